import type { Datastore, Inventory, Vm } from '../model/inventory';
import type { Assumptions } from '../model/assumptions';
import type { MappingResult } from '../mapping';
import type { RuleContext } from './rule';

const normCache = new Map<string, string>();

/** `vSnapshot`, `tabvSnapshot`, `RVTools_tabvSnapshot.csv` → `vsnapshot` (memoised: rules ask with literals). */
function normTab(t: string): string {
  let n = normCache.get(t);
  if (n === undefined) {
    n = t.trim().toLowerCase().replace(/\.csv$/, '').replace(/^rvtools_tab/, '').replace(/^tab/, '');
    if (normCache.size < 1000) normCache.set(t, n);
  }
  return n;
}

/** Excel serial day or ISO text → ms since epoch. */
export function parseTime(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const t = s.trim();
  if (/^\d+(\.\d+)?$/.test(t)) {
    const serial = Number(t);
    if (serial > 20000 && serial < 80000) return Math.round((serial - 25569) * 86400000);
    return undefined;
  }
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : ms;
}

export function buildRuleContext(inv: Inventory, a: Assumptions, mapping: MappingResult): RuleContext {
  const tabs = new Map<string, Set<string>>();
  const times = new Map<string, number | undefined>();
  for (const s of inv.sources) {
    tabs.set(s.key, new Set(s.tabs.map(normTab)));
    times.set(s.key, parseTime(s.exportedAt));
  }
  const ds = new Map<string, Datastore>();
  for (const d of inv.datastores) if (!ds.has(d.name)) ds.set(d.name, d);
  // vmdk path → the one VM using it, or the set of VMs when several do (paths are case-sensitive on VMFS).
  const paths = new Map<string, string | Set<string>>();
  for (const vm of inv.vms) {
    if (vm.template || vm.srmPlaceholder) continue;
    for (const d of vm.disks) {
      if (!d.path) continue;
      const cur = paths.get(d.path);
      if (cur === undefined) paths.set(d.path, vm.key);
      else if (typeof cur === 'string') {
        if (cur !== vm.key) paths.set(d.path, new Set([cur, vm.key]));
      } else cur.add(vm.key);
    }
  }
  const clusters = new Map(mapping.clusters.map((c) => [c.name, c]));
  // DRS rules by VM name (`cluster\u0000vm`): VM-VM rules list VMs; VM-host rules go through VM groups.
  const drs = new Map<string, string[]>();
  const addDrs = (cluster: string, vmName: string, rule: string) => {
    const k = `${cluster}\u0000${vmName}`;
    const list = drs.get(k);
    if (list) list.push(rule);
    else drs.set(k, [rule]);
  };
  const groups = new Map(inv.drsGroups.filter((g) => g.kind === 'vm').map((g) => [`${g.cluster}\u0000${g.name}`, g.members]));
  for (const r of inv.drsRules) {
    if (r.kind === 'vm-host') for (const m of groups.get(`${r.cluster}\u0000${r.vmGroup}`) ?? []) addDrs(r.cluster, m, r.name);
    else for (const m of r.vms) addDrs(r.cluster, m, r.name);
  }
  return {
    inventory: inv,
    assumptions: a,
    hasTab(vm: Vm, tab: string) {
      const set = tabs.get(vm.source);
      if (!set || set.size === 0) return undefined;
      return set.has(normTab(tab));
    },
    datastore: (name) => (name ? ds.get(name) : undefined),
    pathUsers: (p) => {
      const u = paths.get(p);
      return u === undefined ? 0 : typeof u === 'string' ? 1 : u.size;
    },
    target: (vm) => mapping.vms[vm.key],
    cluster: (vm) => {
      const t = mapping.vms[vm.key];
      const name = t?.cluster.value ?? vm.cluster;
      return name ? clusters.get(name) : undefined;
    },
    drsRulesOf: (vm) => drs.get(`${vm.cluster ?? ''}\u0000${vm.name}`) ?? [],
    referenceTime: (vm) => times.get(vm.source),
  };
}
