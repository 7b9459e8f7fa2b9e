import type { Inventory, Source } from '../model/inventory';
import { emptyInventory } from '../model/inventory';
import { issue, type IssueSink } from './issues';

/**
 * Merge the inventories of several exports (several vCenters, or several files of the same vCenter).
 * Sources are keyed by VI SDK UUID, else server name; a source known only by its server name is folded into
 * the source with the same server and a UUID. VMs are matched by UUID first (across sources), then by
 * (source, name); a VM seen twice is reported as `IMP_DUPLICATE_VM` and the first record is kept.
 */
export function mergeInventories(parts: Inventory[], sink: IssueSink): Inventory {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = emptyInventory();
  const sources = new Map<string, Source>();
  const alias = new Map<string, string>();
  // Pass 1: sources
  for (const p of parts) {
    for (const s of p.sources) {
      let target = sources.get(s.key);
      if (!target && !s.uuid && s.server) {
        target = [...sources.values()].find((x) => x.server?.toLowerCase() === s.server?.toLowerCase());
      }
      if (!target && s.uuid && s.server) {
        const byServer = [...sources.values()].find((x) => !x.uuid && x.server?.toLowerCase() === s.server?.toLowerCase());
        if (byServer) {
          // an earlier server-only source now learns its UUID: keep its key (already used by records)
          byServer.uuid = s.uuid;
          target = byServer;
        }
      }
      if (target) {
        alias.set(s.key, target.key);
        for (const f of s.files) if (!target.files.includes(f)) target.files.push(f);
        for (const t of s.tabs) if (!target.tabs.includes(t)) target.tabs.push(t);
        target.fullName ??= s.fullName;
        target.version ??= s.version;
        target.apiType ??= s.apiType;
        target.rvtoolsVersion ??= s.rvtoolsVersion;
        target.exportedAt ??= s.exportedAt;
        target.server ??= s.server;
      } else {
        const copy: Source = { ...s, files: [...s.files], tabs: [...s.tabs] };
        sources.set(copy.key, copy);
        alias.set(s.key, copy.key);
      }
    }
  }
  const src = (k: string): string => alias.get(k) ?? k;
  const vmByUuid = new Map<string, true>();
  const vmByKey = new Set<string>();
  const seen = new Set<string>();
  const once = (kind: string, key: string): boolean => {
    const k = `${kind}\u0000${key}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
  for (const p of parts) {
    for (const vm of p.vms) {
      const source = src(vm.source);
      const key = `${source}/${vm.uuid ?? vm.name}`;
      const dupe = (vm.uuid !== undefined && vmByUuid.has(vm.uuid.toLowerCase())) || vmByKey.has(key.toLowerCase());
      if (dupe) {
        sink.add(issue('IMP_DUPLICATE_VM', 'warning', { vm: vm.name, key }, { file: vm.origin?.file, sheet: vm.origin?.sheet, row: vm.origin?.row, column: 'VM' }));
        continue;
      }
      if (vm.uuid) vmByUuid.set(vm.uuid.toLowerCase(), true);
      vmByKey.add(key.toLowerCase());
      out.vms.push({ ...vm, source, key });
    }
    for (const h of p.hosts) {
      const source = src(h.source);
      const key = `${source}/${h.name}`;
      if (once('host', key.toLowerCase())) out.hosts.push({ ...h, source, key });
    }
    for (const c of p.clusters) {
      const source = src(c.source);
      const key = `${source}/${c.name}`;
      if (once('cluster', key.toLowerCase())) out.clusters.push({ ...c, source, key });
    }
    for (const d of p.datastores) {
      const source = src(d.source);
      const key = `${source}/${d.name}`;
      if (once('ds', key.toLowerCase())) out.datastores.push({ ...d, source, key });
    }
    for (const g of p.portGroups) {
      const source = src(g.source);
      const key = `${source}/${g.key.slice(g.source.length + 1)}`;
      if (once('pg', key)) out.portGroups.push({ ...g, source, key });
    }
    for (const s of p.switches) {
      const source = src(s.source);
      const key = `${source}/${s.key.slice(s.source.length + 1)}`;
      if (once('sw', key)) out.switches.push({ ...s, source, key });
    }
    for (const k of p.vmkernels) {
      const source = src(k.source);
      if (once('vmk', `${source}/${k.host}/${k.device ?? k.portGroup ?? ''}`)) out.vmkernels.push({ ...k, source });
    }
    for (const l of p.licenses) {
      const source = src(l.source);
      if (once('lic', `${source}/${l.key ?? l.name}`)) out.licenses.push({ ...l, source });
    }
    for (const h of p.health) out.health.push({ ...h, source: src(h.source) });
    for (const r of p.resourcePools) {
      const source = src(r.source);
      if (once('rp', `${source}/${r.path ?? r.name}`)) out.resourcePools.push({ ...r, source });
    }
    // Appended in loops: a spread of a huge rule file into push() overflows the stack.
    for (const r of p.drsRules) out.drsRules.push(r);
    for (const g of p.drsGroups) out.drsGroups.push(g);
    for (const o of p.haOverrides) out.haOverrides.push(o);
  }
  out.sources = [...sources.values()];
  return out;
}
