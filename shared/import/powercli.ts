import type { DrsGroup, DrsRule, HaOverride, Inventory } from '../model/inventory';
import { asBool, asText, capName } from './cells';
import { MAX_NAME_CHARS } from './limits';
import { canonicalHeader } from './columns';
import { issue, type IssueSink } from './issues';

/** The PowerCLI CSV formats documented in POWERCLI.md, recognised by their header row. */
export type PowerCliKind = 'drs-vm-rules' | 'drs-vmhost-rules' | 'drs-groups' | 'ha-overrides';

const SIGNATURES: Record<PowerCliKind, string[]> = {
  'drs-vm-rules': ['cluster', 'name', 'enabled', 'type', 'vms'],
  'drs-vmhost-rules': ['cluster', 'name', 'enabled', 'type', 'vmgroup', 'vmhostgroup'],
  'drs-groups': ['cluster', 'name', 'grouptype', 'member'],
  'ha-overrides': ['name', 'cluster', 'restartpriority', 'isolationresponse'],
};

/** Which PowerCLI export a header row is, or undefined. */
export function powerCliKind(headers: string[]): PowerCliKind | undefined {
  const keys = new Set(headers.map((h) => canonicalHeader(h)));
  // most specific first
  for (const kind of ['drs-vmhost-rules', 'drs-vm-rules', 'drs-groups', 'ha-overrides'] as PowerCliKind[]) {
    if (SIGNATURES[kind].every((k) => keys.has(k))) return kind;
  }
  return undefined;
}

export type PowerCliTable = {
  file: string;
  sheet?: string;
  kind: PowerCliKind;
  headers: string[];
  rows: string[][];
  firstRow: number;
  /** Spreadsheet row of each row when they are not consecutive (template Rules sheet split by type). */
  rowNumbers?: number[];
};

const VM_RULE_TYPES: Record<string, 'vm-affinity' | 'vm-anti-affinity'> = {
  vmaffinity: 'vm-affinity', vmantiaffinity: 'vm-anti-affinity', affinity: 'vm-affinity', antiaffinity: 'vm-anti-affinity',
};
const HOST_RULE_TYPES: Record<string, { mandatory: boolean; affine: boolean }> = {
  mustrunon: { mandatory: true, affine: true },
  shouldrunon: { mandatory: false, affine: true },
  mustnotrunon: { mandatory: true, affine: false },
  shouldnotrunon: { mandatory: false, affine: false },
};
const squash = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
const members = (s: string | undefined): string[] => (s ?? '').split(/[;|\n]/).map((x) => capName(x.trim(), MAX_NAME_CHARS)).filter(Boolean);

/** Read PowerCLI rule/group/HA tables into the inventory, reporting unknown VMs, hosts, groups and clusters. */
export function applyPowerCli(inv: Inventory, tables: PowerCliTable[], sink: IssueSink): void {
  const sourceName = (t: PowerCliTable): string => t.file;
  const vmNames = new Set(inv.vms.map((v) => v.name.toLowerCase()));
  const hostNames = new Set<string>();
  for (const h of inv.hosts) {
    hostNames.add(h.name.toLowerCase());
    hostNames.add(h.name.toLowerCase().split('.')[0] ?? '');
  }
  const clusterNames = new Set(inv.clusters.map((c) => c.name.toLowerCase()));
  const haveInventory = inv.vms.length > 0;
  const ordered = [...tables].sort((a, b) => (a.kind === 'drs-groups' ? -1 : 0) - (b.kind === 'drs-groups' ? -1 : 0));
  for (const t of ordered) {
    const col = (name: string): number => t.headers.findIndex((h) => canonicalHeader(h) === name);
    const get = (row: string[], name: string): string | undefined => {
      const c = col(name);
      const v = c < 0 ? undefined : asText(row[c]);
      // names shortened like the inventory's own (a member list is split first, by `members`)
      return v === undefined || name === 'vms' || name === 'member' ? v : capName(v, MAX_NAME_CHARS);
    };
    t.rows.forEach((row, i) => {
      const at = { file: t.file, sheet: t.sheet, row: t.rowNumbers?.[i] ?? t.firstRow + i };
      const cluster = get(row, 'cluster') ?? '';
      const name = get(row, 'name') ?? '';
      if (!name) return;
      if (cluster && clusterNames.size > 0 && !clusterNames.has(cluster.toLowerCase())) {
        sink.add(issue('IMP_RULE_UNKNOWN_CLUSTER', 'warning', { rule: name, cluster }, { ...at, column: 'Cluster' }));
      }
      const checkVms = (rule: string, list: string[]): void => {
        if (!haveInventory) return;
        for (const vm of list) {
          if (!vmNames.has(vm.toLowerCase())) sink.add(issue('IMP_RULE_UNKNOWN_VM', 'warning', { rule, vm }, at));
        }
      };
      if (t.kind === 'drs-vm-rules') {
        const type = get(row, 'type') ?? '';
        const kind = VM_RULE_TYPES[squash(type)];
        if (!kind) {
          sink.add(issue('IMP_RULE_BAD_TYPE', 'warning', { value: type, allowed: 'VMAffinity, VMAntiAffinity' }, { ...at, column: 'Type' }));
          return;
        }
        const vms = members(get(row, 'vms'));
        checkVms(name, vms);
        const rule: DrsRule = { kind, name, cluster, enabled: asBool(get(row, 'enabled')) ?? true, vms, source: sourceName(t) };
        inv.drsRules.push(rule);
      } else if (t.kind === 'drs-vmhost-rules') {
        const type = get(row, 'type') ?? '';
        const k = HOST_RULE_TYPES[squash(type)];
        if (!k) {
          sink.add(issue('IMP_RULE_BAD_TYPE', 'warning', { value: type, allowed: 'MustRunOn, ShouldRunOn, MustNotRunOn, ShouldNotRunOn' }, { ...at, column: 'Type' }));
          return;
        }
        const vmGroup = get(row, 'vmgroup') ?? '';
        const hostGroup = get(row, 'vmhostgroup') ?? '';
        for (const [g, kind] of [[vmGroup, 'vm'], [hostGroup, 'host']] as const) {
          if (!inv.drsGroups.some((x) => x.kind === kind && x.name.toLowerCase() === g.toLowerCase() && (!cluster || x.cluster.toLowerCase() === cluster.toLowerCase()))) {
            sink.add(issue('IMP_RULE_UNKNOWN_GROUP', 'warning', { rule: name, group: g }, at));
          }
        }
        inv.drsRules.push({ kind: 'vm-host', name, cluster, enabled: asBool(get(row, 'enabled')) ?? true, mandatory: k.mandatory, affine: k.affine, vmGroup, hostGroup, source: sourceName(t) });
      } else if (t.kind === 'drs-groups') {
        const gt = squash(get(row, 'grouptype') ?? '');
        const kind = gt === 'vmgroup' || gt === 'vm' ? 'vm' : gt === 'vmhostgroup' || gt === 'host' || gt === 'hostgroup' ? 'host' : undefined;
        if (!kind) {
          sink.add(issue('IMP_RULE_BAD_TYPE', 'warning', { value: get(row, 'grouptype') ?? '', allowed: 'VMGroup, VMHostGroup' }, { ...at, column: 'GroupType' }));
          return;
        }
        const list = members(get(row, 'member'));
        if (kind === 'vm') checkVms(name, list);
        else if (inv.hosts.length > 0) {
          for (const h of list) {
            if (!hostNames.has(h.toLowerCase())) sink.add(issue('IMP_RULE_UNKNOWN_HOST', 'warning', { rule: name, host: h }, at));
          }
        }
        const g: DrsGroup = { kind, name, cluster, members: list, source: sourceName(t) };
        inv.drsGroups.push(g);
      } else {
        checkVms(name, [name]);
        const o: HaOverride = { vm: name, source: sourceName(t) };
        if (cluster) o.cluster = cluster;
        const rp = get(row, 'restartpriority');
        if (rp) o.restartPriority = rp;
        const ir = get(row, 'isolationresponse');
        if (ir) o.isolationResponse = ir;
        inv.haOverrides.push(o);
      }
    });
  }
}
