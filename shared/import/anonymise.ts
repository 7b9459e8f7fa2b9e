import type { Inventory, Origin } from '../model/inventory';

/** What a pseudonym stands for. */
export type PseudonymKind =
  | 'vm' | 'host' | 'cluster' | 'datacenter' | 'datastore' | 'network' | 'switch' | 'folder' | 'resourcePool' | 'vApp'
  | 'server' | 'dns' | 'domain' | 'ip' | 'mac' | 'annotation' | 'attribute' | 'rule' | 'group' | 'file' | 'serial'
  | 'licenseKey' | 'snapshot';

export type PseudonymEntry = { kind: PseudonymKind; original: string; pseudonym: string };
export type Anonymised = { inventory: Inventory; map: PseudonymEntry[] };

const PREFIX: Record<PseudonymKind, string> = {
  vm: 'vm', host: 'esx', cluster: 'cluster', datacenter: 'dc', datastore: 'ds', network: 'net', switch: 'sw',
  folder: 'folder', resourcePool: 'rp', vApp: 'vapp', server: 'vcenter', dns: 'guest', domain: 'dom',
  ip: '', mac: '', annotation: 'note', attribute: 'value', rule: 'rule', group: 'group', file: 'file',
  serial: 'SN', licenseKey: 'KEY', snapshot: 'snap',
};

/** 32-bit FNV-1a of a string, seeded. */
function hash(seed: string, s: string): number {
  let h = 0x811c9dc5;
  const t = `${seed}\u0000${s}`;
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const IPV4 = /\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b/g;
const IPV6 = /\b(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{0,4}\b|\b[0-9a-fA-F]{1,4}::(?:[0-9a-fA-F]{1,4}:?){0,6}\b/g;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replace every name that could identify the customer by a stable pseudonym: VMs, hosts, clusters,
 * datacenters, datastores, networks, switches, folders, resource pools, vApps, vCenter servers, DNS names,
 * IPs (the /24 grouping is kept), MACs (the vendor prefix is kept), annotations, attribute values, DRS
 * rule/group names, file names, serial numbers and licence keys. The same original always gives the same
 * pseudonym (for a given seed), in every place it appears: disk paths `[datastore] vm/vm.vmdk`, port
 * groups, DRS rules, HA overrides, health messages. Technical facts (sizes, versions, guest OS, CPU models,
 * UUIDs) are kept: the plan needs them and they do not name the customer. `preset` pseudonyms (the
 * input files' `input-1.xlsx`…) are used as given.
 */
export function anonymise(inv: Inventory, seed = 'vm2pve', preset: readonly PseudonymEntry[] = []): Anonymised {
  const maps = new Map<PseudonymKind, Map<string, string>>();
  const used = new Set<string>();
  const entries: PseudonymEntry[] = [];
  const ipPrefixes = new Map<string, string>();
  // Pseudonyms chosen by the caller (e.g. `input-1.xlsx` for the input files) win over generated ones.
  for (const e of preset) {
    let m = maps.get(e.kind);
    if (!m) maps.set(e.kind, (m = new Map()));
    if (e.original === '' || m.has(e.original) || used.has(e.pseudonym)) continue;
    m.set(e.original, e.pseudonym);
    used.add(e.pseudonym);
    entries.push({ ...e });
  }

  const name = (kind: PseudonymKind, original: string | undefined): string | undefined => {
    if (original === undefined || original === '') return original;
    // A value that is already a pseudonym (text rewritten twice, e.g. a path seen in two columns) stays as is.
    if (used.has(original)) return original;
    let m = maps.get(kind);
    if (!m) maps.set(kind, (m = new Map()));
    const hit = m.get(original);
    if (hit !== undefined) return hit;
    let p: string;
    if (kind === 'ip') p = pseudoIp(original);
    else if (kind === 'mac') p = pseudoMac(original);
    else {
      let n = hash(seed, `${kind}:${original}`);
      do {
        p = `${PREFIX[kind]}-${n.toString(36).padStart(7, '0').slice(-7)}`;
        n = (n + 0x9e3779b1) >>> 0;
      } while (used.has(p));
    }
    used.add(p);
    m.set(original, p);
    entries.push({ kind, original, pseudonym: p });
    return p;
  };

  function pseudoIp(ip: string): string {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
    if (m) {
      const prefix = `${m[1]}.${m[2]}.${m[3]}`;
      let p = ipPrefixes.get(prefix);
      if (!p) {
        const k = ipPrefixes.size;
        p = `10.${200 + Math.floor(k / 256) % 56}.${k % 256}`;
        ipPrefixes.set(prefix, p);
      }
      return `${p}.${m[4]}`;
    }
    // IPv6 (or anything else that looked like an address): a unique-local address
    return `fd00::${(maps.get('ip')?.size ?? 0) + 1}`;
  }

  function pseudoMac(mac: string): string {
    const parts = mac.toLowerCase().split(/[:-]/);
    const oui = parts.length === 6 ? parts.slice(0, 3).join(':') : '00:50:56';
    const n = (maps.get('mac')?.size ?? 0) + 1;
    const tail = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((x) => x.toString(16).padStart(2, '0')).join(':');
    return `${oui}:${tail}`;
  }

  const dns = (fqdn: string | undefined): string | undefined => {
    if (!fqdn) return fqdn;
    const i = fqdn.indexOf('.');
    if (i < 0) return name('dns', fqdn);
    return `${name('dns', fqdn.slice(0, i))}.${name('domain', fqdn.slice(i + 1))}.example`;
  };
  const hostName = (h: string | undefined): string | undefined => {
    if (!h) return h;
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(h)) return name('ip', h);
    return name('host', h);
  };
  const pathSegments = (kind: PseudonymKind, p: string | undefined): string | undefined => {
    if (!p) return p;
    return p
      .split('/')
      .map((seg) => {
        if (seg === '' || seg === 'Resources' || seg === 'vm' || seg === 'host') return seg;
        return maps.get('datacenter')?.get(seg) ?? maps.get('cluster')?.get(seg) ?? name(kind, seg);
      })
      .join('/');
  };

  // 1. Register the names of things (so free text can be rewritten with the same pseudonyms).
  for (const s of inv.sources) {
    name('server', s.server);
    for (const f of s.files) name('file', f);
  }
  for (const c of inv.clusters) { name('cluster', c.name); name('datacenter', c.datacenter); }
  for (const h of inv.hosts) { hostName(h.name); name('cluster', h.cluster); name('datacenter', h.datacenter); }
  for (const d of inv.datastores) name('datastore', d.name);
  for (const p of inv.portGroups) name('network', p.name);
  for (const s of inv.switches) name('switch', s.name);
  for (const v of inv.vms) {
    name('vm', v.name);
    name('cluster', v.cluster);
    name('datacenter', v.datacenter);
    hostName(v.host);
    for (const n of v.networks) name('network', n);
    for (const n of v.nics) { name('network', n.network); name('switch', n.switchName); }
    for (const d of v.disks) name('datastore', d.datastore);
  }
  for (const r of inv.drsRules) name('rule', r.name);
  for (const g of inv.drsGroups) name('group', g.name);
  for (const v of inv.vms) for (const r of (v.clusterRuleNames ?? '').split(/\s*,\s*/)) name('rule', r || undefined);

  // Free text: every registered name (longest first, whole-token), then IPs.
  const known = new Map<string, string>();
  for (const kind of ['file', 'server', 'datacenter', 'cluster', 'host', 'datastore', 'network', 'switch', 'vm', 'rule', 'group'] as PseudonymKind[]) {
    for (const [o, p] of maps.get(kind) ?? []) if (o.length >= 2 && !known.has(o)) known.set(o, p);
  }
  const names = [...known.keys()].sort((a, b) => b.length - a.length);
  const chunks: RegExp[] = [];
  for (let i = 0; i < names.length; i += 2000) {
    chunks.push(new RegExp(`(?<![A-Za-z0-9_-])(?:${names.slice(i, i + 2000).map(escapeRe).join('|')})(?![A-Za-z0-9-])`, 'g'));
  }
  const text = (s: string | undefined): string | undefined => {
    if (!s) return s;
    let out = s;
    for (const re of chunks) out = out.replace(re, (m) => known.get(m) ?? m);
    out = out.replace(IPV4, (m) => name('ip', m) ?? m);
    out = out.replace(IPV6, (m) => (m.includes('::') || m.split(':').length > 3 ? name('ip', m) ?? m : m));
    return out;
  };
  /** One path segment: a known name (with RVTools/VMFS suffixes such as `_1`, `-flat`, `-000001`) or a new pseudonym. */
  const segment = (seg: string): string => {
    if (seg === '') return seg;
    const ext = /\.[A-Za-z0-9]{1,8}$/.exec(seg)?.[0] ?? '';
    const stem = seg.slice(0, seg.length - ext.length);
    const m = /^(.*?)((?:_\d+|-flat|-delta|-sesparse|-ctk|-\d{6}|-Snapshot\d+|-[0-9a-f]{8})*)$/.exec(stem);
    const base = m?.[1] ?? stem;
    const suffix = m?.[2] ?? '';
    const hit = known.get(base) ?? known.get(stem);
    if (hit) return `${hit}${known.has(base) ? suffix : ''}${ext}`;
    return `${name('folder', base) ?? base}${suffix}${ext}`;
  };
  const dsPath = (p: string | undefined): string | undefined => {
    if (!p) return p;
    const m = /^\s*\[([^\]]+)\]\s*(.*)$/.exec(p);
    if (!m) return text(p);
    return `[${name('datastore', m[1]) ?? ''}] ${(m[2] ?? '').split('/').map(segment).join('/')}`;
  };
  const origin = (o: Origin | undefined): Origin | undefined => (o ? { ...o, file: name('file', o.file) ?? o.file } : o);
  const src = (k: string): string => {
    const s = inv.sources.find((x) => x.key === k);
    if (s && !s.uuid) return (s.server ? name('server', s.server) : name('file', k)) ?? k;
    return k;
  };

  // 2. Rewrite.
  const out: Inventory = {
    sources: inv.sources.map((s) => {
      const r = { ...s, key: src(s.key), files: s.files.map((f) => name('file', f) ?? f) };
      if (s.server) r.server = name('server', s.server) ?? s.server;
      return r;
    }),
    vms: inv.vms.map((v) => {
      const vmName = name('vm', v.name) ?? v.name;
      const source = src(v.source);
      const r = { ...v, name: vmName, source, key: `${source}/${v.uuid ?? vmName}` };
      r.datacenter = name('datacenter', v.datacenter);
      r.cluster = name('cluster', v.cluster);
      r.host = hostName(v.host);
      r.folder = pathSegments('folder', v.folder);
      r.resourcePool = pathSegments('resourcePool', v.resourcePool);
      r.vApp = name('vApp', v.vApp);
      r.dnsName = dns(v.dnsName);
      r.primaryIp = v.primaryIp ? text(v.primaryIp) : v.primaryIp;
      r.annotation = name('annotation', v.annotation);
      r.clusterRules = text(v.clusterRules);
      r.clusterRuleNames = v.clusterRuleNames?.split(/\s*,\s*/).map((x) => name('rule', x) ?? x).join(', ');
      r.path = dsPath(v.path);
      r.networks = v.networks.map((n) => name('network', n) ?? n);
      r.attributes = Object.fromEntries(Object.entries(v.attributes).map(([k, val]) => [k, name('attribute', val) ?? val]));
      r.disks = v.disks.map((d) => ({ ...d, path: dsPath(d.path), datastore: name('datastore', d.datastore), origin: origin(d.origin) }));
      r.nics = v.nics.map((n) => ({
        ...n, network: name('network', n.network), switchName: name('switch', n.switchName), mac: name('mac', n.mac),
        ipv4: n.ipv4.map((ip) => text(ip) ?? ip), ipv6: n.ipv6.map((ip) => name('ip', ip) ?? ip), origin: origin(n.origin),
      }));
      r.cdDrives = v.cdDrives.map((c) => ({ ...c, deviceType: dsPathInText(c.deviceType) }));
      r.snapshots = v.snapshots.map((s) => ({ ...s, name: text(s.name) ?? s.name, description: name('snapshot', s.description) }));
      r.partitions = v.partitions.map((p) => ({ ...p }));
      r.origin = origin(v.origin);
      return stripUndefined(r);
    }),
    hosts: inv.hosts.map((h) => {
      const n = hostName(h.name) ?? h.name;
      const source = src(h.source);
      return stripUndefined({ ...h, name: n, key: `${source}/${n}`, source, cluster: name('cluster', h.cluster), datacenter: name('datacenter', h.datacenter), serial: name('serial', h.serial), origin: origin(h.origin) });
    }),
    clusters: inv.clusters.map((c) => {
      const n = name('cluster', c.name) ?? c.name;
      const source = src(c.source);
      return stripUndefined({ ...c, name: n, key: `${source}/${n}`, source, datacenter: name('datacenter', c.datacenter), origin: origin(c.origin) });
    }),
    datastores: inv.datastores.map((d) => {
      const n = name('datastore', d.name) ?? d.name;
      const source = src(d.source);
      return stripUndefined({ ...d, name: n, key: `${source}/${n}`, source, hosts: d.hosts.map((h) => hostName(h) ?? h), clusterName: name('cluster', d.clusterName), url: text(d.url), origin: origin(d.origin) });
    }),
    portGroups: inv.portGroups.map((p) => {
      const source = src(p.source);
      const n = name('network', p.name) ?? p.name;
      const sw = name('switch', p.switchName);
      const host = hostName(p.host);
      const key = p.kind === 'standard' ? `${source}/standard/${host ?? ''}/${sw ?? ''}/${n}` : `${source}/distributed/${sw ?? ''}/${n}`;
      return stripUndefined({ ...p, name: n, key, source, switchName: sw, host, cluster: name('cluster', p.cluster), origin: origin(p.origin) });
    }),
    switches: inv.switches.map((s) => {
      const source = src(s.source);
      const n = name('switch', s.name) ?? s.name;
      const host = hostName(s.host);
      const key = s.kind === 'standard' ? `${source}/standard/${host ?? ''}/${n}` : `${source}/distributed/${n}`;
      return stripUndefined({ ...s, name: n, key, source, host, hostMembers: s.hostMembers?.map((h) => hostName(h) ?? h), origin: origin(s.origin) });
    }),
    vmkernels: inv.vmkernels.map((k) =>
      stripUndefined({ ...k, host: hostName(k.host) ?? k.host, source: src(k.source), cluster: name('cluster', k.cluster), portGroup: name('network', k.portGroup), ip: k.ip ? text(k.ip) : k.ip, gateway: k.gateway ? text(k.gateway) : k.gateway, origin: origin(k.origin) }),
    ),
    licenses: inv.licenses.map((l) => stripUndefined({ ...l, source: src(l.source), key: name('licenseKey', l.key) })),
    health: inv.health.map((h) => ({
      ...h, source: src(h.source),
      name: known.get(h.name) ?? (h.name.startsWith('[') ? dsPath(h.name) : text(h.name)) ?? h.name,
      // vHealth names folders and files that are not inventory objects ("Foldername = x"): pseudonymise them too
      message: (text(h.message) ?? h.message).replace(/(Foldername = )(\S+)/g, (_, lead: string, f: string) => `${lead}${segment(f)}`),
    })),
    resourcePools: inv.resourcePools.map((r) => stripUndefined({ ...r, source: src(r.source), name: maps.get('cluster')?.get(r.name) ?? (r.name === 'Resources' ? r.name : name('resourcePool', r.name) ?? r.name), path: pathSegments('resourcePool', r.path) })),
    drsRules: inv.drsRules.map((r) =>
      r.kind === 'vm-host'
        ? { ...r, name: name('rule', r.name) ?? r.name, cluster: name('cluster', r.cluster) ?? r.cluster, vmGroup: name('group', r.vmGroup) ?? r.vmGroup, hostGroup: name('group', r.hostGroup) ?? r.hostGroup, source: name('file', r.source) ?? r.source }
        : { ...r, name: name('rule', r.name) ?? r.name, cluster: name('cluster', r.cluster) ?? r.cluster, vms: r.vms.map((v) => name('vm', v) ?? v), source: name('file', r.source) ?? r.source },
    ),
    drsGroups: inv.drsGroups.map((g) => ({
      ...g, name: name('group', g.name) ?? g.name, cluster: name('cluster', g.cluster) ?? g.cluster, source: name('file', g.source) ?? g.source,
      members: g.members.map((m) => (g.kind === 'vm' ? name('vm', m) : hostName(m)) ?? m),
    })),
    haOverrides: inv.haOverrides.map((o) => stripUndefined({ ...o, vm: name('vm', o.vm) ?? o.vm, cluster: name('cluster', o.cluster), source: name('file', o.source) ?? o.source })),
  };
  return { inventory: out, map: entries };

  function dsPathInText(s: string | undefined): string | undefined {
    if (!s) return s;
    const i = s.indexOf('[');
    return i < 0 ? text(s) : `${s.slice(0, i)}${dsPath(s.slice(i)) ?? ''}`;
  }
}

function stripUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
