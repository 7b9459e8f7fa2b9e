import type { ImportReport } from './importReport';
import type { Inventory, Vm } from './inventory';
import type { Project } from './project';
import { isRecord } from './readFinding';
import type { Decisions, DesignDecisions, WavesDecisions } from './decisions';

/**
 * Re-import: a corrected inventory export replaces the inventory of an open project while every decision
 * stays. VMs of the new export are matched to the old ones by UUID, then by name (the same name in the same
 * cluster first); a matched VM whose key changed (another vCenter key, a VM rebuilt with a new UUID) takes
 * its decisions along under its new key. Decisions of VMs that are gone, of port groups, datastores and
 * clusters that are gone, are kept in the project (a later export may bring them back) and listed as
 * decisions that no longer apply. The change report lists added, removed and changed VMs.
 *
 * Decision areas this module does not know (waves, areas of a later version) are carried over with every
 * object key and string value that is an old VM key replaced by the VM's new key.
 */

export type FieldChange = { field: string; before: string; after: string };
export type VmRef = { key: string; name: string; cluster?: string };
export type ChangedVm = VmRef & { previousKey?: string; previousName?: string; matchedBy: 'uuid' | 'name'; fields: FieldChange[] };
export type OrphanDecision = {
  /** Decision area and key (`vmOverrides`, `design.pins`, `networkMap` …). */
  area: string;
  key: string;
  /** What it was about: a VM name, a port group, a datastore, a cluster. */
  subject: string;
};

export type ReimportReport = {
  /** VMs found again (by UUID or by name). */
  matched: number;
  matchedByName: number;
  added: VmRef[];
  removed: VmRef[];
  changed: ChangedVm[];
  /** Decisions that no longer apply (kept in the project). */
  orphaned: OrphanDecision[];
  /** Decisions moved to a VM's new key. */
  rekeyed: number;
};

export type ReimportResult = { project: Project; report: ReimportReport };

/** The fields a change report compares, with how a value is shown. */
const COMPARED: readonly [string, (v: Vm) => unknown][] = [
  ['name', (v) => v.name],
  ['cluster', (v) => v.cluster],
  ['host', (v) => v.host],
  ['powerState', (v) => v.powerState],
  ['template', (v) => v.template],
  ['cpus', (v) => v.cpus],
  ['sockets', (v) => v.sockets],
  ['coresPerSocket', (v) => v.coresPerSocket],
  ['memoryMiB', (v) => v.memoryMiB],
  ['osConfig', (v) => v.osConfig],
  ['firmware', (v) => v.firmware],
  ['hwVersion', (v) => v.hwVersion],
  ['disks', (v) => v.disks.map((d) => `${d.label}:${d.capacityMiB ?? '?'}@${d.datastore ?? '?'}`).join(', ')],
  ['nics', (v) => v.nics.map((n) => `${n.label}:${n.network ?? '?'}`).join(', ')],
  ['networks', (v) => [...v.networks].sort().join(', ')],
  ['primaryIp', (v) => v.primaryIp],
  ['haRestartPriority', (v) => v.haRestartPriority],
];

const show = (v: unknown): string => (v === undefined || v === null || v === '' ? '—' : String(v));

function diff(a: Vm, b: Vm): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, get] of COMPARED) {
    const x = show(get(a));
    const y = show(get(b));
    if (x !== y) out.push({ field, before: x, after: y });
  }
  return out;
}

/** Old VM key → new VM key for every VM of the new inventory found in the old one. */
export function matchVms(oldVms: readonly Vm[], newVms: readonly Vm[]): Map<Vm, { old: Vm; by: 'uuid' | 'name' }> {
  const byUuid = new Map<string, Vm[]>();
  for (const v of oldVms) if (v.uuid) byUuid.set(v.uuid.toLowerCase(), [...(byUuid.get(v.uuid.toLowerCase()) ?? []), v]);
  const taken = new Set<Vm>();
  const out = new Map<Vm, { old: Vm; by: 'uuid' | 'name' }>();
  // 1. UUID (when it names exactly one VM of the old inventory; the same source preferred).
  for (const v of newVms) {
    if (!v.uuid) continue;
    const cands = (byUuid.get(v.uuid.toLowerCase()) ?? []).filter((o) => !taken.has(o));
    const pick = cands.length === 1 ? cands[0] : cands.find((o) => o.source === v.source && o.name === v.name);
    if (pick) {
      taken.add(pick);
      out.set(v, { old: pick, by: 'uuid' });
    }
  }
  // 2. Name, among the VMs left: the same name and cluster first, else a name that is unique on both sides.
  const left = oldVms.filter((o) => !taken.has(o));
  const byName = new Map<string, Vm[]>();
  for (const o of left) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  const newNameCount = new Map<string, number>();
  const inCluster = (v: Vm): string => `${v.name}\u0000${v.cluster ?? ''}`;
  for (const v of newVms) {
    if (out.has(v)) continue;
    newNameCount.set(v.name, (newNameCount.get(v.name) ?? 0) + 1);
    newNameCount.set(inCluster(v), (newNameCount.get(inCluster(v)) ?? 0) + 1);
  }
  for (const v of newVms) {
    if (out.has(v)) continue;
    const cands = (byName.get(v.name) ?? []).filter((o) => !taken.has(o));
    const sameCluster = cands.filter((o) => o.cluster === v.cluster);
    // Ambiguous on either side (two old or two new VMs of that name): no match, the report shows both.
    const pick =
      sameCluster.length === 1 && newNameCount.get(inCluster(v)) === 1 ? sameCluster[0] : cands.length === 1 && newNameCount.get(v.name) === 1 ? cands[0] : undefined;
    if (pick) {
      taken.add(pick);
      out.set(v, { old: pick, by: 'name' });
    }
  }
  return out;
}

/** A record with some keys renamed (`rename` returns the new key, or the same). */
function renameKeys<T>(rec: Record<string, T> | undefined, rename: (k: string) => string, count: { n: number }): Record<string, T> | undefined {
  if (!rec) return rec;
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(rec)) {
    const nk = rename(k);
    if (nk !== k) count.n++;
    // Two old VMs can never map to one new key (matching is one-to-one); a decision already on the new key wins.
    if (nk !== k && Object.hasOwn(rec, nk)) out[k] = v;
    else out[nk] = v;
  }
  return out;
}

/** Any value with every object key and string equal to an old VM key replaced by the new one. */
function rekeyDeep(v: unknown, map: ReadonlyMap<string, string>, count: { n: number }): unknown {
  if (typeof v === 'string') {
    const n = map.get(v);
    if (n === undefined) return v;
    count.n++;
    return n;
  }
  if (Array.isArray(v)) return v.map((x) => rekeyDeep(x, map, count));
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const nk = map.get(k);
      if (nk !== undefined) count.n++;
      out[nk ?? k] = rekeyDeep(x, map, count);
    }
    return out;
  }
  return v;
}

/** Decision areas whose keys this module knows (VM-keyed or keyed by inventory names). */
const KNOWN_AREAS = new Set(['vmOverrides', 'acknowledged', 'vmidByUuid', 'clusterCpuType', 'networkMap', 'storageMap', 'design', 'checklist', 'waves', 'cost']);

function splitAck(k: string): [string, string] {
  const i = k.lastIndexOf('|');
  return i < 0 ? [k, ''] : [k.slice(0, i), k.slice(i)];
}

/**
 * Replace the inventory of `old` with a new import, keeping (and moving to the new VM keys) every decision.
 * Pure: `old` is never changed.
 */
export function reimport(old: Project, inventory: Inventory, importReport: ImportReport | undefined, now: string): ReimportResult {
  const matches = matchVms(old.inventory.vms, inventory.vms);
  const keyMap = new Map<string, string>();
  const changed: ChangedVm[] = [];
  const matchedOld = new Set<Vm>();
  let matchedByName = 0;
  for (const [v, { old: o, by }] of matches) {
    matchedOld.add(o);
    if (by === 'name') matchedByName++;
    if (o.key !== v.key) keyMap.set(o.key, v.key);
    const fields = diff(o, v);
    if (fields.length > 0 || o.key !== v.key) {
      changed.push({
        key: v.key,
        name: v.name,
        cluster: v.cluster,
        matchedBy: by,
        fields,
        ...(o.key !== v.key ? { previousKey: o.key } : {}),
        ...(o.name !== v.name ? { previousName: o.name } : {}),
      });
    }
  }
  const added: VmRef[] = inventory.vms.filter((v) => !matches.has(v)).map((v) => ({ key: v.key, name: v.name, cluster: v.cluster }));
  const removedVms = old.inventory.vms.filter((o) => !matchedOld.has(o));
  const removed: VmRef[] = removedVms.map((o) => ({ key: o.key, name: o.name, cluster: o.cluster }));

  // ----- move decisions to the new keys -----
  const count = { n: 0 };
  const rk = (k: string): string => keyMap.get(k) ?? k;
  const d = old.decisions;
  const out: Record<string, unknown> = {};
  for (const [area, value] of Object.entries(d)) out[area] = KNOWN_AREAS.has(area) ? value : rekeyDeep(value, keyMap, count);
  if (d.vmOverrides) out.vmOverrides = renameKeys(d.vmOverrides, rk, count);
  if (d.acknowledged) {
    out.acknowledged = renameKeys(d.acknowledged, (k) => {
      const [vm, rule] = splitAck(k);
      return `${rk(vm)}${rule}`;
    }, count);
  }
  if (d.design) {
    const dd: Partial<DesignDecisions> = { ...d.design };
    if (dd.pins) dd.pins = renameKeys(dd.pins, rk, count);
    if (dd.haTiers) dd.haTiers = renameKeys(dd.haTiers, rk, count);
    if (dd.nodePriorities) dd.nodePriorities = renameKeys(dd.nodePriorities, rk, count);
    if (dd.keepAppliances) dd.keepAppliances = renameKeys(dd.keepAppliances, rk, count);
    out.design = dd;
  }
  if (d.waves) {
    const w: Partial<WavesDecisions> = { ...d.waves };
    if (w.assign) w.assign = renameKeys(w.assign, rk, count);
    if (w.method) w.method = renameKeys(w.method, rk, count);
    out.waves = w;
  }
  if (d.vmidByUuid) {
    // A VM matched by name whose UUID changed keeps its VMID.
    const ids = { ...d.vmidByUuid };
    for (const [v, { old: o }] of matches) {
      if (o.uuid && v.uuid && o.uuid !== v.uuid && ids[o.uuid] !== undefined && ids[v.uuid] === undefined) {
        ids[v.uuid] = ids[o.uuid]!;
        delete ids[o.uuid];
        count.n++;
      }
    }
    out.vmidByUuid = ids;
  }
  const decisions = out as Decisions;

  // ----- decisions that no longer apply -----
  const orphaned: OrphanDecision[] = [];
  const newKeys = new Set(inventory.vms.map((v) => v.key));
  const oldName = new Map(old.inventory.vms.map((v) => [v.key, v.name]));
  const vmArea = (area: string, rec: Record<string, unknown> | undefined, vmOf: (k: string) => string = (k) => k): void => {
    for (const k of Object.keys(rec ?? {})) {
      const vm = vmOf(k);
      if (!newKeys.has(vm)) orphaned.push({ area, key: k, subject: oldName.get(vm) ?? vm });
    }
  };
  vmArea('vmOverrides', decisions.vmOverrides);
  vmArea('acknowledged', decisions.acknowledged, (k) => splitAck(k)[0]);
  vmArea('design.pins', decisions.design?.pins);
  vmArea('design.haTiers', decisions.design?.haTiers);
  vmArea('design.nodePriorities', decisions.design?.nodePriorities);
  vmArea('design.keepAppliances', decisions.design?.keepAppliances);
  vmArea('waves.assign', decisions.waves?.assign);
  vmArea('waves.method', decisions.waves?.method);
  const portGroups = new Set([...inventory.portGroups.map((p) => p.name), ...inventory.vms.flatMap((v) => v.networks)]);
  for (const k of Object.keys(decisions.networkMap ?? {})) if (!portGroups.has(k)) orphaned.push({ area: 'networkMap', key: k, subject: k });
  const datastores = new Set([...inventory.datastores.map((x) => x.name), ...inventory.vms.flatMap((v) => v.disks.map((x) => x.datastore ?? ''))]);
  for (const k of Object.keys(decisions.storageMap ?? {})) if (!datastores.has(k)) orphaned.push({ area: 'storageMap', key: k, subject: k });
  const clusters = new Set([...inventory.clusters.map((c) => c.name), ...inventory.vms.map((v) => v.cluster ?? '')]);
  for (const k of Object.keys(decisions.design?.clusterTargets ?? {})) if (!clusters.has(k)) orphaned.push({ area: 'design.clusterTargets', key: k, subject: k });

  const project: Project = {
    ...old,
    inventory,
    importReport,
    decisions,
    meta: { ...old.meta, updatedAt: now },
  };
  const byName = (a: VmRef, b: VmRef): number => a.name.localeCompare(b.name) || a.key.localeCompare(b.key);
  return {
    project,
    report: { matched: matches.size, matchedByName, added: added.sort(byName), removed: removed.sort(byName), changed: changed.sort(byName), orphaned, rekeyed: count.n },
  };
}

/** Nothing added, removed or changed (the same export imported again). */
export function isUnchanged(r: ReimportReport): boolean {
  return r.added.length === 0 && r.removed.length === 0 && r.changed.length === 0;
}

/** How many decisions a project holds (entries of every area; an area this version does not know counts once). */
export function countDecisions(d: Decisions): number {
  let n = 0;
  for (const [area, v] of Object.entries(d)) {
    if (area === 'design' && isRecord(v)) {
      for (const [k, x] of Object.entries(v)) if (isRecord(x)) n += Object.keys(x).length;
      else if (k !== 'includePoweredOff' && k !== 'hostMemoryReserveMiB') n += 1;
    } else if (isRecord(v) && area !== 'cost') n += Object.keys(v).length;
    else if (v !== undefined) n += 1;
  }
  return n;
}
