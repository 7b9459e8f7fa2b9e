import type { Inventory, VmKernel } from '../model/inventory';
import type { Text } from '../i18n/text';
import { dt } from './dt';
import type { CorosyncLink, NetworkPlan, PlannedNetwork } from './types';

export const MIGRATION_PLACEHOLDER = '<MIGRATION-CIDR>';
export const COROSYNC_PLACEHOLDER = '<COROSYNC-LINK0-CIDR>';
export const MANAGEMENT_PLACEHOLDER = '<MANAGEMENT-CIDR>';

type Service = VmKernel['services'][number];

function ipToInt(ip: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip.trim());
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return (((parts[0] ?? 0) << 24) | ((parts[1] ?? 0) << 16) | ((parts[2] ?? 0) << 8) | (parts[3] ?? 0)) >>> 0;
}

function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

/** Prefix length of a dotted mask (`255.255.255.0` → 24); undefined when the mask is not contiguous. */
export function maskToPrefix(mask: string): number | undefined {
  const trimmed = mask.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const p = Number(trimmed);
    return p <= 32 ? p : undefined;
  }
  const n = ipToInt(trimmed);
  if (n === undefined) return undefined;
  let prefix = 0;
  while (prefix < 32 && (n & (0x80000000 >>> prefix)) !== 0) prefix++;
  const rebuilt = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return rebuilt === n ? prefix : undefined;
}

/** `10.1.2.37` + `255.255.255.0` → `10.1.2.0/24`. */
export function cidrOf(ip: string | undefined, mask: string | undefined): string | undefined {
  if (!ip || !mask) return undefined;
  const n = ipToInt(ip);
  const prefix = maskToPrefix(mask);
  if (n === undefined || prefix === undefined) return undefined;
  const net = prefix === 0 ? 0 : (n & ((0xffffffff << (32 - prefix)) >>> 0)) >>> 0;
  return `${intToIp(net)}/${prefix}`;
}

export function isValidCidr(s: string): boolean {
  const [ip, p] = s.split('/');
  return ip !== undefined && p !== undefined && ipToInt(ip) !== undefined && /^\d{1,2}$/.test(p) && Number(p) <= 32;
}

/** What a VMkernel port is for: the exported services, else a guess from its port-group name. */
export function vmkServices(k: VmKernel): Service[] {
  if (k.services.length) return k.services;
  const pg = (k.portGroup ?? '').toLowerCase();
  const out: Service[] = [];
  if (/vmotion/.test(pg)) out.push('vmotion');
  if (/vsan/.test(pg)) out.push('vsan');
  else if (/stor|iscsi|nfs|\bsan\b/.test(pg)) out.push('storage');
  if (/manage|mgmt/.test(pg)) out.push('management');
  if (/\bft\b|fault/.test(pg)) out.push('ft');
  if (/replic/.test(pg)) out.push('replication');
  if (!out.length && k.device === 'vmk0') out.push('management');
  return out;
}

function isLinkLocal(ip: string | undefined): boolean {
  return !!ip && ip.startsWith('169.254.');
}

function collect(vmks: VmKernel[], want: (s: Service[]) => boolean, role: PlannedNetwork['role']): PlannedNetwork[] {
  const byCidr = new Map<string, { pgs: Set<string>; ports: number }>();
  for (const k of vmks) {
    if (isLinkLocal(k.ip) || !want(vmkServices(k))) continue;
    const c = cidrOf(k.ip, k.subnetMask);
    if (!c) continue;
    const e = byCidr.get(c) ?? { pgs: new Set<string>(), ports: 0 };
    if (k.portGroup) e.pgs.add(k.portGroup);
    e.ports++;
    byCidr.set(c, e);
  }
  // The subnet with the most ports first; ties by CIDR text.
  return [...byCidr.entries()]
    .sort((a, b) => b[1].ports - a[1].ports || a[0].localeCompare(b[0]))
    .map(([cidr, e]) => ({ role, cidr, source: 'vmkernel' as const, portGroups: [...e.pgs].sort() }));
}

/** VMkernel ports of a target cluster: those on its ESXi hosts or tagged with one of its vSphere clusters. */
export function clusterVmkernels(inv: Inventory, hosts: string[], sourceClusters: string[]): VmKernel[] {
  const hs = new Set(hosts);
  const cs = new Set(sourceClusters);
  return inv.vmkernels.filter((k) => hs.has(k.host) || (k.cluster !== undefined && cs.has(k.cluster)));
}

/**
 * The migration network of a cluster: the subnet of its vMotion VMkernel ports (the one place this is
 * decided in the design area). Returns undefined when no vMotion VMkernel port is known.
 */
export function migrationNetworkFromVmkernels(vmks: VmKernel[]): PlannedNetwork | undefined {
  const nets = collect(vmks, (s) => s.includes('vmotion'), 'migration');
  return nets[0];
}

export function planNetworks(vmks: VmKernel[], opts: { migrationCidr?: string; corosyncCidrs?: string[] }): NetworkPlan {
  const findings: Text[] = [];
  const management = collect(vmks, (s) => s.includes('management'), 'management');
  const storage = collect(vmks, (s) => s.includes('storage') || s.includes('vsan'), 'storage');
  const vmotion = migrationNetworkFromVmkernels(vmks);
  let migration: PlannedNetwork;
  let fromVmotion = false;
  if (opts.migrationCidr && isValidCidr(opts.migrationCidr)) {
    migration = { role: 'migration', cidr: opts.migrationCidr, source: 'decision', portGroups: [] };
    findings.push(dt('design.net.migrationEntered', { cidr: opts.migrationCidr }));
  } else if (vmotion) {
    fromVmotion = true;
    migration = vmotion;
    const sharesMgmt = management.some((m) => m.cidr === vmotion.cidr);
    findings.push(dt('design.net.migrationFromVmotion', { cidr: vmotion.cidr, portGroups: vmotion.portGroups.join(', ') }));
    if (sharesMgmt) findings.push(dt('design.net.vmotionSharesMgmtSubnet', { cidr: vmotion.cidr }));
  } else {
    migration = {
      role: 'migration',
      cidr: MIGRATION_PLACEHOLDER,
      source: 'proposed',
      portGroups: [],
      note: dt('design.net.noVmotion'),
    };
    findings.push(dt('design.net.noVmotion'));
  }
  if (opts.migrationCidr && !isValidCidr(opts.migrationCidr)) findings.push(dt('design.net.badCidr', { cidr: opts.migrationCidr }));
  if (!management.length) findings.push(dt('design.net.noManagement'));

  const links: CorosyncLink[] = [];
  const entered = (opts.corosyncCidrs ?? []).filter(isValidCidr).slice(0, 8);
  if (entered.length) {
    entered.forEach((cidr, i) =>
      links.push({ link: i, network: { role: 'corosync', cidr, source: 'decision', portGroups: [] }, note: dt('design.net.corosyncEntered', { link: i }) }),
    );
  } else {
    links.push({
      link: 0,
      network: { role: 'corosync', cidr: COROSYNC_PLACEHOLDER, source: 'proposed', portGroups: [] },
      note: dt('design.net.corosyncLink0'),
    });
    const mg = management[0];
    links.push({
      link: 1,
      network: mg ? { ...mg, role: 'corosync' } : { role: 'corosync', cidr: MANAGEMENT_PLACEHOLDER, source: 'proposed', portGroups: [] },
      note: dt('design.net.corosyncLink1'),
    });
  }
  if (links.length < 2) findings.push(dt('design.net.oneLink'));
  return {
    management,
    storage,
    migration,
    migrationFromVmotion: fromVmotion,
    migrationSetting: `secure,network=${migration.cidr}`,
    corosyncLinks: links,
    findings,
  };
}
