import { text, type Text } from '../i18n/text';
import type { Inventory, PortGroup, VmKernel } from '../model/inventory';
import { resolveDecisions, type Decisions, type NetworkOverride } from '../model/decisions';
import type { Assumptions } from '../model/assumptions';
import type { Provenance } from './provenance';

/**
 * Port groups → Proxmox bridge + VLAN tag. Default: one VLAN-aware bridge (`defaultBridge`) with the port
 * group's VLAN as the NIC tag; optionally one SDN VNet per VLAN. Users edit entries through
 * `decisions.networkMap[<port group name>] = { bridge?, tag? }`.
 */

export type NetworkEntry = {
  /** Port-group / network name as the VMs' NICs name it. */
  network: string;
  kind: 'standard' | 'distributed' | 'unknown';
  switches: string[];
  /** Distinct VLAN ids seen for this name (standard port groups are per host). */
  vlans: number[];
  /** dvPort VLAN text when it is a range / trunk (e.g. "0-4094"). */
  vlanText?: string;
  trunk: boolean;
  /** The same name carries different VLANs on different hosts. */
  conflict: boolean;
  hosts: string[];
  nicCount: number;
  vmCount: number;
  bridge: string;
  /** Tag on the NIC (`tag=`); undefined = untagged or trunk. */
  tag?: number;
  /** SDN VNet id when networkMode = sdn. */
  vnet?: string;
  source: Provenance;
  notes: Text[];
};

export type NetworkMap = {
  mode: 'bridge' | 'sdn';
  defaultBridge: string;
  sdnZone?: string;
  entries: NetworkEntry[];
  /** Bridges the plan needs, each VLAN-aware. */
  bridges: { name: string; vlanAware: boolean; vlans: number[] }[];
};

function networkOverride(decisions: Decisions, name: string): NetworkOverride | undefined {
  const o = decisions.networkMap?.[name];
  return o && (o.bridge !== undefined || o.tag !== undefined) ? o : undefined;
}

function parseVlanText(s: string | undefined): { single?: number; trunk: boolean } {
  if (!s) return { trunk: false };
  const t = s.trim();
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    return n === 4095 ? { trunk: true } : { single: n, trunk: false };
  }
  if (/[-,]/.test(t)) return { trunk: true };
  return { trunk: false };
}

/** Build the network map from port groups and the networks VM NICs use. */
export function buildNetworkMap(inv: Inventory, a: Assumptions, decisions: Decisions = {}): NetworkMap {
  const read = resolveDecisions(decisions);
  const groups = new Map<string, PortGroup[]>();
  for (const pg of inv.portGroups) {
    if (pg.isUplink) continue;
    const list = groups.get(pg.name);
    if (list) list.push(pg);
    else groups.set(pg.name, [pg]);
  }
  const usage = new Map<string, { nics: number; vms: Set<string> }>();
  for (const vm of inv.vms) {
    if (vm.template || vm.srmPlaceholder) continue;
    for (const n of vm.nics) {
      if (!n.network) continue;
      const u = usage.get(n.network) ?? { nics: 0, vms: new Set<string>() };
      u.nics += 1;
      u.vms.add(vm.key);
      usage.set(n.network, u);
    }
  }
  const names = [...new Set([...groups.keys(), ...usage.keys()])].sort((x, y) => x.localeCompare(y));
  const entries: NetworkEntry[] = [];
  for (const name of names) {
    const pgs = groups.get(name) ?? [];
    const kinds = new Set(pgs.map((p) => p.kind));
    const kind: NetworkEntry['kind'] = kinds.has('distributed') ? 'distributed' : kinds.has('standard') ? 'standard' : 'unknown';
    const vlanSet = new Set<number>();
    let trunk = false;
    let vlanText: string | undefined;
    for (const p of pgs) {
      if (p.vlan !== undefined) {
        if (p.vlan === 4095) trunk = true;
        else vlanSet.add(p.vlan);
      } else if (p.vlanText) {
        const parsed = parseVlanText(p.vlanText);
        if (parsed.trunk) {
          trunk = true;
          vlanText = p.vlanText;
        } else if (parsed.single !== undefined) vlanSet.add(parsed.single);
      }
    }
    const vlans = [...vlanSet].sort((x, y) => x - y);
    const conflict = vlans.length > 1;
    const u = usage.get(name);
    const notes: Text[] = [];
    let source: Provenance = pgs.length > 0 ? 'derived' : 'unknown';
    let tag: number | undefined;
    if (!trunk && vlans.length >= 1) {
      const v = vlans[0] ?? 0;
      tag = v >= 1 && v <= 4094 ? v : undefined;
    }
    if (conflict) {
      notes.push(text(
        'Cùng tên port group "{{name}}" nhưng VLAN khác nhau trên các host ({{vlans}}); tạm dùng VLAN {{vlan}} — cần xác nhận.',
        'The port group name "{{name}}" carries different VLANs on different hosts ({{vlans}}); VLAN {{vlan}} is used for now — confirm.',
        { name, vlans: vlans.join(', '), vlan: vlans[0] ?? 0 },
      ));
    }
    if (trunk) {
      notes.push(text(
        'Port group trunk (VLAN {{vlan}}): NIC không gắn tag; bridge VLAN-aware chuyển tiếp các VLAN, máy khách tự gắn tag.',
        'Trunk port group (VLAN {{vlan}}): the NIC gets no tag; the VLAN-aware bridge passes the VLANs and the guest tags them.',
        { vlan: vlanText ?? '4095' },
      ));
    }
    if (pgs.length === 0) {
      notes.push(text(
        'Không tìm thấy port group "{{name}}" trong vPort/dvPort: VLAN chưa rõ.',
        'Port group "{{name}}" was not found in vPort/dvPort: VLAN unknown.',
        { name },
      ));
    }
    let bridge = a.defaultBridge;
    let vnet: string | undefined;
    if (a.networkMode === 'sdn') {
      vnet = tag !== undefined ? `vlan${tag}` : trunk ? 'trunk' : 'untag';
      bridge = vnet;
    }
    const ov = networkOverride(read, name);
    if (ov) {
      if (ov.bridge !== undefined) bridge = ov.bridge;
      if (ov.tag !== undefined) tag = ov.tag === null ? undefined : ov.tag;
      source = 'override';
    }
    entries.push({
      network: name,
      kind,
      switches: [...new Set(pgs.map((p) => p.switchName).filter((s): s is string => !!s))].sort(),
      vlans,
      vlanText,
      trunk,
      conflict,
      hosts: [...new Set(pgs.map((p) => p.host).filter((h): h is string => !!h))].sort(),
      nicCount: u?.nics ?? 0,
      vmCount: u?.vms.size ?? 0,
      bridge,
      tag,
      vnet: a.networkMode === 'sdn' ? vnet : undefined,
      source,
      notes,
    });
  }
  const bridgeMap = new Map<string, Set<number>>();
  for (const e of entries) {
    const s = bridgeMap.get(e.bridge) ?? new Set<number>();
    if (e.tag !== undefined) s.add(e.tag);
    bridgeMap.set(e.bridge, s);
  }
  if (a.networkMode === 'bridge' && !bridgeMap.has(a.defaultBridge)) bridgeMap.set(a.defaultBridge, new Set());
  return {
    mode: a.networkMode,
    defaultBridge: a.defaultBridge,
    sdnZone: a.networkMode === 'sdn' ? a.sdnZone : undefined,
    entries,
    bridges: [...bridgeMap.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([name, v]) => ({ name, vlanAware: true, vlans: [...v].sort((x, y) => x - y) })),
  };
}

// ---------- VMkernel classification and the migration network ----------

export type VmkRole = 'management' | 'vmotion' | 'storage' | 'vsan' | 'ft' | 'replication' | 'provisioning' | 'other';

/** What a VMkernel port is for: from the export's service list, else from its port-group name. */
export function classifyVmk(k: VmKernel): VmkRole[] {
  if (k.services.length > 0) return [...k.services];
  const pg = (k.portGroup ?? '').toLowerCase();
  const roles: VmkRole[] = [];
  if (/v-?motion/.test(pg)) roles.push('vmotion');
  if (/vsan/.test(pg)) roles.push('vsan');
  if (/storage|iscsi|nfs|\bsan\b/.test(pg) && !/vsan/.test(pg)) roles.push('storage');
  if (/\bft\b|fault/.test(pg)) roles.push('ft');
  if (/replication/.test(pg)) roles.push('replication');
  if (/manage|mgmt/.test(pg) || (roles.length === 0 && k.device === 'vmk0')) roles.push('management');
  return roles.length > 0 ? roles : ['other'];
}

function ipv4ToInt(ip: string | undefined): number | undefined {
  if (!ip) return undefined;
  const m = ip.trim().match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (!m) return undefined;
  const parts = m.slice(1, 5).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return (((parts[0] ?? 0) << 24) >>> 0) + ((parts[1] ?? 0) << 16) + ((parts[2] ?? 0) << 8) + (parts[3] ?? 0);
}

function intToIpv4(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** Network CIDR from an IPv4 address and a dotted mask (or a prefix length); undefined when invalid. */
export function cidrOf(ip: string | undefined, mask: string | undefined): string | undefined {
  const addr = ipv4ToInt(ip);
  if (addr === undefined || !mask) return undefined;
  let prefix: number;
  const m = mask.trim();
  if (/^\d{1,2}$/.test(m)) {
    prefix = Number(m);
    if (prefix > 32) return undefined;
  } else {
    const mi = ipv4ToInt(m);
    if (mi === undefined) return undefined;
    const bits = mi.toString(2).padStart(32, '0');
    if (!/^1*0*$/.test(bits)) return undefined;
    prefix = bits.indexOf('0') === -1 ? 32 : bits.indexOf('0');
  }
  const maskInt = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return `${intToIpv4((addr & maskInt) >>> 0)}/${prefix}`;
}

export type MigrationNetwork = {
  cluster: string;
  /** Suggested `migration: secure,network=<cidr>` for datacenter.cfg; undefined when none found. */
  cidr?: string;
  from: 'vmotion' | 'management' | 'none';
  /** Hosts and their vMotion addresses. */
  hosts: { host: string; ip?: string; cidr?: string }[];
  note: Text;
};

/** Migration network of one cluster, from its vMotion VMkernel subnet. */
export function migrationNetwork(inv: Inventory, cluster: string): MigrationNetwork {
  const standaloneHost = cluster.startsWith('standalone:') ? cluster.slice('standalone:'.length) : undefined;
  const vmks = inv.vmkernels.filter((k) =>
    standaloneHost !== undefined
      ? k.host === standaloneHost && !k.cluster
      : k.cluster === cluster || (k.cluster === undefined && inv.hosts.some((h) => h.name === k.host && h.cluster === cluster)),
  );
  const pick = (role: VmkRole) => vmks.filter((k) => classifyVmk(k).includes(role)).map((k) => ({ host: k.host, ip: k.ip, cidr: cidrOf(k.ip, k.subnetMask) }));
  const mostCommon = (xs: { cidr?: string }[]) => {
    const c = new Map<string, number>();
    for (const x of xs) if (x.cidr) c.set(x.cidr, (c.get(x.cidr) ?? 0) + 1);
    return [...c.entries()].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))[0]?.[0];
  };
  const vm = pick('vmotion');
  const vmCidr = mostCommon(vm);
  if (vmCidr) {
    return {
      cluster, cidr: vmCidr, from: 'vmotion', hosts: vm,
      note: text(
        'Mạng migration lấy từ subnet VMkernel vMotion {{cidr}}: đặt "migration: secure,network={{cidr}}" trong datacenter.cfg.',
        'Migration network taken from the vMotion VMkernel subnet {{cidr}}: set "migration: secure,network={{cidr}}" in datacenter.cfg.',
        { cidr: vmCidr },
      ),
    };
  }
  const mg = pick('management');
  const mgCidr = mostCommon(mg);
  return {
    cluster,
    cidr: undefined,
    from: mgCidr ? 'management' : 'none',
    hosts: mg,
    note: mgCidr
      ? text(
          'Không thấy VMkernel vMotion riêng; vMotion dùng chung mạng quản lý {{cidr}}. Nên tách mạng migration riêng trên Proxmox.',
          'No dedicated vMotion VMkernel found; vMotion shares the management network {{cidr}}. A separate migration network on Proxmox is advised.',
          { cidr: mgCidr },
        )
      : text(
          'Không thấy VMkernel vMotion; vMotion dùng chung mạng quản lý (không có dữ liệu vSC_VMK).',
          'No vMotion VMkernel found; vMotion shares management (no vSC_VMK data).',
        ),
  };
}
