import type { HaOverride, Vm } from '../model/inventory';
import type { PveTarget } from '../model/project';
import type { Text } from '../i18n/text';
import type { ClusterDecision, DesignDecisions } from '../model/decisions';
import { dt } from './dt';
import { checkHaRules, formatNodePriorities, haId, preferredNodes, priorityClasses } from './haRules';
import { uniqueName } from './names';
import type {
  ClusterHaPlan,
  ClusterPlacement,
  DatacenterOptions,
  DroppedRule,
  HaGroup,
  HaResource,
  HaRule,
  HaTier,
  NodePriorities,
  PlacedVm,
  PlacementRule,
  PriorityWarning,
  ShutdownPolicy,
} from './types';

/** Per-tier defaults (seed guidance: restart 1–3, relocate 1). */
export const TIER_DEFAULTS: Record<1 | 2 | 3, { maxRestart: number; maxRelocate: number; failback: boolean }> = {
  1: { maxRestart: 3, maxRelocate: 1, failback: true },
  2: { maxRestart: 1, maxRelocate: 1, failback: true },
  3: { maxRestart: 1, maxRelocate: 0, failback: true },
};

/**
 * vSphere HA restart priority → tier: highest/high → 1, medium → 2, low/lowest → 3 (still HA-managed: the
 * VM is restarted after a failure, as vSphere did), disabled → not HA-managed (vSphere did not restart it).
 */
export function tierFromRestartPriority(p: string | undefined, clusterDefault: string | undefined): HaTier | undefined {
  const v = (p ?? '').trim().toLowerCase();
  if (!v) return undefined;
  if (v === 'clusterrestartpriority') return clusterDefault ? tierFromRestartPriority(clusterDefault, undefined) : undefined;
  if (v === 'high' || v === 'highest') return 1;
  if (v === 'medium') return 2;
  if (v === 'low' || v === 'lowest') return 3;
  if (v === 'disabled') return 'none';
  return undefined;
}

export type HaPlanInput = {
  target: PveTarget;
  clusterName: string;
  nodes: string[];
  haPossible: boolean;
  vms: Vm[];
  placement: ClusterPlacement;
  clusterRestartPriority?: string;
  haOverrides: HaOverride[];
  decisions: DesignDecisions;
  clusterDecision: ClusterDecision;
  migrationSetting: string;
  migrationIsPlaceholder: boolean;
};

type Na = { nodes: NodePriorities; strict: boolean; source: string; label: string };

function shutdownText(p: ShutdownPolicy): Text {
  return dt(`design.ha.shutdown.${p}`);
}

export function datacenterOptions(target: PveTarget, dec: ClusterDecision, migrationSetting: string, migrationIsPlaceholder: boolean): DatacenterOptions {
  const autoRebalance = target === 'pve9.2' && dec.autoRebalance === true;
  // The dynamic scheduler (pve-ha-manager 5.2, Usage/Dynamic.pm) exists from PVE 9.2 on; elsewhere static.
  const ha = target === 'pve9.2' && dec.crs === 'dynamic' ? 'dynamic' : 'static';
  const shutdownPolicy = dec.shutdownPolicy ?? 'conditional';
  const crs = `crs: ha=${ha},ha-rebalance-on-start=1${autoRebalance ? ',ha-auto-rebalance=1' : ''}`;
  const lines = [crs, `ha: shutdown_policy=${shutdownPolicy}`];
  if (!migrationIsPlaceholder) lines.push(`migration: ${migrationSetting}`);
  const explanation: Text[] = [dt(ha === 'dynamic' ? 'design.ha.crsDynamic' : 'design.ha.crsStatic'), dt('design.ha.shutdownChosen', { policy: shutdownPolicy })];
  if (dec.crs === 'dynamic' && ha !== 'dynamic') explanation.push(dt('design.ha.crsDynamicIgnored'));
  for (const p of ['conditional', 'freeze', 'failover', 'migrate'] as const) explanation.push(shutdownText(p));
  if (target === 'pve9.2') explanation.push(autoRebalance ? dt('design.ha.autoRebalanceOn') : dt('design.ha.autoRebalanceOff'));
  else explanation.push(dt('design.ha.autoRebalanceNeeds92'));
  if (dec.autoRebalance && target !== 'pve9.2') explanation.push(dt('design.ha.autoRebalanceIgnored'));
  if (migrationIsPlaceholder) explanation.push(dt('design.ha.migrationLineCommented'));
  return { crs: { ha, rebalanceOnStart: true, autoRebalance }, shutdownPolicy, migration: migrationSetting, lines, explanation };
}

function sameNodes(a: NodePriorities, b: NodePriorities): boolean {
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}

function flatten(nodes: NodePriorities): NodePriorities {
  const out: NodePriorities = {};
  for (const n of Object.keys(nodes)) out[n] = 1;
  return out;
}

/**
 * The HA plan of one target cluster: tiers, resources, PVE 9 rules (or PVE 8 groups), with every vSphere
 * rule that Proxmox would drop repaired to the nearest valid set and explained.
 */
export function planHa(input: HaPlanInput): ClusterHaPlan {
  const pve8 = input.target === 'pve8';
  const target = pve8 ? 'pve8' : 'pve9';
  const datacenter = datacenterOptions(input.target, input.clusterDecision, input.migrationSetting, input.migrationIsPlaceholder);
  const notes: Text[] = [dt('design.ha.priorityConvention')];
  const dropped: DroppedRule[] = [];
  const priorityWarnings: PriorityWarning[] = [];
  const empty = (extra: Text): ClusterHaPlan => ({
    target, enabled: false, resources: [], notManaged: [], rules: [], groups: [], dropped, priorityWarnings, notes: [...notes, extra], datacenter,
  });
  if (!input.haPossible) return empty(dt('design.ha.notPossible', { cluster: input.clusterName }));
  if (input.clusterDecision.haDisabled) return empty(dt('design.ha.disabledByDecision', { cluster: input.clusterName }));

  const nodes = input.nodes;
  const placedByKey = new Map<string, PlacedVm>(input.placement.vms.map((p) => [p.vmKey, p]));
  const overrides = new Map<string, string>();
  for (const o of input.haOverrides) if (o.restartPriority) overrides.set(o.vm, o.restartPriority);

  // 1. Tiers and resources.
  const resources: HaResource[] = [];
  const notManaged: ClusterHaPlan['notManaged'] = [];
  const sidOf = new Map<string, string>();
  let unknownTier = 0;
  for (const vm of input.vms) {
    const p = placedByKey.get(vm.key);
    if (!p || !p.node) continue;
    let tier = input.decisions.haTiers[vm.key];
    const byDecision = tier !== undefined;
    if (tier === undefined) {
      tier = tierFromRestartPriority(overrides.get(vm.name) ?? overrides.get(vm.key) ?? vm.haRestartPriority, input.clusterRestartPriority);
      if (tier === undefined) {
        tier = tierFromRestartPriority(input.clusterRestartPriority, undefined) ?? 2;
        unknownTier++;
      }
    }
    if (tier === 'none') {
      notManaged.push({ vmKey: vm.key, vmName: vm.name, reason: dt(byDecision ? 'design.ha.notManaged.decision' : 'design.ha.notManaged.disabled', { vm: vm.name }) });
      continue;
    }
    const d = TIER_DEFAULTS[tier];
    const sid = `vm:${p.vmid}`;
    sidOf.set(vm.key, sid);
    resources.push({
      sid,
      vmKey: vm.key,
      vmName: vm.name,
      tier,
      state: p.poweredOn ? 'started' : 'stopped',
      maxRestart: d.maxRestart,
      maxRelocate: d.maxRelocate,
      failback: d.failback,
      node: p.node,
      // What the HA manager sees: the VM's configured cores and memory (not the measured sizing figures).
      cores: (p.configured ? p.configured.vcpus : p.vcpus) || undefined,
      memoryMiB: (p.configured ? p.configured.memoryMiB : p.memoryMiB) || undefined,
    });
  }
  if (unknownTier) notes.push(dt('design.ha.tierAssumed', { count: unknownTier }));
  notes.push(dt('design.ha.tiersExplained'));
  const inHa = new Set(resources.map((r) => r.vmKey));

  // 2. Desired node affinity per resource: strict from "must", non-strict from "should", else primary/secondary.
  const na = new Map<string, Na>();
  const rulesOf = input.placement.rules;
  const nodeRulesOf = new Map<string, PlacementRule[]>();
  for (const x of rulesOf) {
    if (x.kind === 'together' || x.kind === 'apart' || x.kind === 'should-not-run-on') continue;
    for (const k of x.vmKeys) nodeRulesOf.set(k, [...(nodeRulesOf.get(k) ?? []), x]);
  }
  for (const r of resources) {
    const p = placedByKey.get(r.vmKey);
    if (!p?.node) continue;
    const mine = nodeRulesOf.get(r.vmKey) ?? [];
    const must = mine.filter((x) => x.kind === 'must-run-on' || x.kind === 'must-not-run-on');
    const should = mine.filter((x) => x.kind === 'should-run-on');
    let entry: Na;
    if (must.length) {
      let allowed = new Set(nodes);
      for (const m of must) {
        if (m.kind === 'must-run-on' || m.kind === 'must-not-run-on') {
          const ns = new Set(m.nodes);
          allowed = new Set([...allowed].filter((n) => (m.kind === 'must-run-on' ? ns.has(n) : !ns.has(n))));
        }
      }
      const pri: NodePriorities = {};
      for (const n of [...allowed].sort()) pri[n] = n === p.node ? 2 : 1;
      if (must.length > 1) notes.push(dt('design.ha.mustMerged', { vm: r.vmName, rules: must.map((m) => m.name).join(', ') }));
      entry = { nodes: pri, strict: true, source: must.map((m) => m.name).join('+'), label: `must-${must[0]?.name ?? 'rule'}` };
    } else if (should.length) {
      const ns = new Set(should.flatMap((s) => (s.kind === 'should-run-on' ? s.nodes : [])));
      const pri: NodePriorities = {};
      for (const n of [...ns].sort()) pri[n] = n === p.node ? 2 : 1;
      if (!(p.node in pri)) pri[p.node] = 2;
      entry = { nodes: pri, strict: false, source: should.map((s) => s.name).join('+'), label: `should-${should[0]?.name ?? 'rule'}` };
    } else {
      const pri: NodePriorities = { [p.node]: 2 };
      if (p.secondary && p.secondary !== p.node) pri[p.secondary] = 1;
      entry = { nodes: pri, strict: false, source: 'placement', label: p.secondary ? `prefer-${p.node}-then-${p.secondary}` : `prefer-${p.node}` };
    }
    // User-typed priorities win; warn when they look like the seed's convention.
    const typed = input.decisions.nodePriorities[r.vmKey];
    if (typed) {
      const valid: NodePriorities = {};
      for (const [n, v] of Object.entries(typed)) if (nodes.includes(n)) valid[n] = v;
      if (Object.keys(valid).length) {
        entry = { nodes: valid, strict: entry.strict, source: 'decision', label: `user-${r.vmName}` };
        const top = preferredNodes(valid);
        const intended = p.pinned ?? p.node;
        if (!top.includes(intended)) {
          const lowest = Math.min(...Object.values(valid));
          const seedStyle = valid[intended] === lowest;
          priorityWarnings.push({
            vmKey: r.vmKey,
            vmName: r.vmName,
            text: dt(seedStyle ? 'design.ha.priorityWarning.seedStyle' : 'design.ha.priorityWarning.other', {
              vm: r.vmName,
              typed: formatNodePriorities(valid),
              intended,
              actual: top.join(', '),
            }),
          });
        }
      }
    }
    na.set(r.sid, entry);
  }

  // 3. Resource affinity from DRS VM–VM rules, restricted to HA-managed VMs.
  type Ra = { id: string; source: string; resources: string[]; affinity: 'positive' | 'negative' };
  let ras: Ra[] = [];
  for (const r of rulesOf) {
    if (r.kind !== 'together' && r.kind !== 'apart') continue;
    const sids = r.vmKeys.filter((k) => inHa.has(k)).map((k) => sidOf.get(k) as string);
    const affinity = r.kind === 'together' ? 'positive' : 'negative';
    if (pve8) {
      dropped.push({ source: r.name, text: dt('design.ha.pve8NoVmVm', { rule: r.name }) });
      continue;
    }
    if (sids.length < 2) {
      dropped.push({ source: r.name, text: dt('design.ha.drop.tooFew', { rule: r.name, count: sids.length }) });
      continue;
    }
    ras.push({ id: r.name, source: r.name, resources: sids, affinity });
  }

  // 3a. Positive and negative sharing resources: keep the positive rule, keep one shared resource in the negative one.
  for (const pr of ras.filter((x) => x.affinity === 'positive')) {
    const ps = new Set(pr.resources);
    for (const nr of ras.filter((x) => x.affinity === 'negative')) {
      const shared = nr.resources.filter((s) => ps.has(s));
      if (shared.length < 2) continue;
      const keep = shared[0] as string;
      nr.resources = nr.resources.filter((s) => !ps.has(s) || s === keep);
      dropped.push({ source: nr.source, text: dt('design.ha.drop.posNeg', { neg: nr.source, pos: pr.source, kept: keep, removed: shared.slice(1).join(', ') }), replacement: nr.id });
    }
  }
  // 3b. Positive groups: every member gets the same node-affinity (the first member's; strict sets are intersected).
  for (const pr of ras.filter((x) => x.affinity === 'positive')) {
    const entries = pr.resources.map((s) => na.get(s)).filter((e): e is Na => e !== undefined);
    const first = entries[0];
    if (!first) continue;
    const differs = entries.some((e) => !sameNodes(e.nodes, first.nodes) || e.strict !== first.strict);
    if (!differs) continue;
    const stricts = entries.filter((e) => e.strict);
    let merged: Na = first;
    if (stricts.length) {
      const common = Object.keys(stricts[0]?.nodes ?? {}).filter((n) => stricts.every((e) => n in e.nodes));
      if (common.length) merged = { nodes: Object.fromEntries(common.map((n) => [n, 1])), strict: true, source: stricts.map((e) => e.source).join('+'), label: `together-${pr.id}` };
      else {
        merged = { ...first, strict: false };
        dropped.push({ source: pr.source, text: dt('design.ha.drop.strictClash', { rule: pr.source }) });
      }
    }
    for (const s of pr.resources) na.set(s, merged);
    notes.push(dt('design.ha.positiveUnified', { rule: pr.source }));
  }
  // 3c. Negative rules: no more resources than nodes they may use.
  for (const nr of ras.filter((x) => x.affinity === 'negative')) {
    const allowed = new Set<string>();
    for (const s of nr.resources) {
      const e = na.get(s);
      for (const n of e?.strict ? Object.keys(e.nodes) : nodes) allowed.add(n);
    }
    const limit = Math.min(allowed.size, nodes.length);
    if (nr.resources.length > limit) {
      const removed = nr.resources.slice(limit);
      nr.resources = nr.resources.slice(0, limit);
      dropped.push({
        source: nr.source,
        text: dt('design.ha.drop.negTooMany', { rule: nr.source, nodes: limit, count: nr.resources.length + removed.length, removed: removed.join(', ') }),
        replacement: nr.resources.length >= 2 ? nr.id : undefined,
      });
    }
  }
  ras = ras.filter((r) => {
    if (new Set(r.resources).size >= 2) return true;
    dropped.push({ source: r.source, text: dt('design.ha.drop.tooFew', { rule: r.source, count: r.resources.length }) });
    return false;
  });
  // 3d. Resources in a resource-affinity rule need a node-affinity rule with ONE priority class.
  const inRa = new Set(ras.flatMap((r) => r.resources));
  const flattened: string[] = [];
  for (const s of inRa) {
    const e = na.get(s);
    if (e && priorityClasses(e.nodes).length > 1) {
      na.set(s, { ...e, nodes: flatten(e.nodes), label: e.source === 'placement' ? `pool-${Object.keys(e.nodes).sort().join('-')}` : e.label });
      flattened.push(s);
    }
  }
  if (flattened.length) notes.push(dt('design.ha.flattened', { count: flattened.length, sids: flattened.slice(0, 12).join(', ') + (flattened.length > 12 ? ', …' : '') }));

  // 4. Group resources with the same node affinity into one rule (or PVE 8 group).
  const sigOf = (e: Na, failback: boolean) => `${e.strict ? 1 : 0}|${formatNodePriorities(e.nodes)}${pve8 ? `|${failback ? 1 : 0}` : ''}`;
  const bySig = new Map<string, { e: Na; sids: string[]; failback: boolean }>();
  for (const r of resources) {
    const e = na.get(r.sid);
    if (!e) continue;
    const sig = sigOf(e, r.failback);
    const g = bySig.get(sig) ?? { e, sids: [], failback: r.failback };
    g.sids.push(r.sid);
    bySig.set(sig, g);
  }
  const taken = new Set<string>();
  const resBySid = new Map(resources.map((r) => [r.sid, r]));
  const rules: HaRule[] = [];
  const groups: HaGroup[] = [];
  const sortedSigs = [...bySig.values()].sort((a, b) => a.e.label.localeCompare(b.e.label) || formatNodePriorities(a.e.nodes).localeCompare(formatNodePriorities(b.e.nodes)));
  for (const g of sortedSigs) {
    const id = uniqueName(haId(g.e.label), taken, 60);
    const comment = g.e.source === 'placement' ? 'vm2pve: placement primary/secondary' : g.e.source === 'decision' ? 'vm2pve: priorities entered by the user' : `vm2pve: from vSphere rule ${g.e.source}`;
    if (pve8) {
      groups.push({ id, nodes: g.e.nodes, restricted: g.e.strict, nofailback: !g.failback, comment });
      for (const s of g.sids) {
        const r = resBySid.get(s);
        if (r) r.group = id;
      }
    } else rules.push({ type: 'node-affinity', id, resources: [...g.sids].sort(sidCompare), nodes: g.e.nodes, strict: g.e.strict, comment });
  }
  if (!pve8) {
    for (const r of ras) rules.push({ type: 'resource-affinity', id: uniqueName(haId(`${r.affinity === 'positive' ? 'together' : 'apart'}-${r.id}`), taken, 60), resources: [...r.resources].sort(sidCompare), affinity: r.affinity, comment: `vm2pve: from vSphere rule ${r.source}` });
    // 5. Final proof: nothing Proxmox would drop. Anything left is removed and explained.
    const violations = checkHaRules(rules, nodes);
    for (const v of violations) {
      for (const id of v.rules) {
        const i = rules.findIndex((r) => r.id === id && r.type === 'resource-affinity');
        if (i >= 0) {
          rules.splice(i, 1);
          dropped.push({ source: id, text: dt('design.ha.drop.residual', { rule: id, code: v.code }) });
        }
      }
    }
  } else {
    notes.push(dt('design.ha.pve8Groups'));
  }
  return { target, enabled: true, resources: resources.sort((a, b) => sidCompare(a.sid, b.sid)), notManaged, rules, groups, dropped, priorityWarnings, notes, datacenter };
}

export function sidCompare(a: string, b: string): number {
  const na = Number(a.split(':')[1]), nb = Number(b.split(':')[1]);
  return na - nb || a.localeCompare(b);
}
