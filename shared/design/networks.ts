import { cidrOf, classifyVmk, migrationNetwork } from '../mapping';
import type { Inventory, VmKernel } from '../model/inventory';
import type { Text } from '../i18n/text';
import { dt } from './dt';
import type { CorosyncLink, NetworkPlan, NodeAddress, PlannedNetwork } from './types';

export const MIGRATION_PLACEHOLDER = '<MIGRATION-CIDR>';
export const COROSYNC_PLACEHOLDER = '<COROSYNC-LINK0-CIDR>';
export const MANAGEMENT_PLACEHOLDER = '<MANAGEMENT-CIDR>';

/** What a VMkernel port is for (the mapping area's classification: exported services, else the port-group name). */
export function vmkServices(k: VmKernel): string[] {
  return classifyVmk(k);
}

export function isValidCidr(s: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(s.trim());
  return !!m && m.slice(1, 5).every((x) => Number(x) <= 255) && Number(m[5]) <= 32;
}

function isLinkLocal(ip: string | undefined): boolean {
  return !!ip && ip.startsWith('169.254.');
}

function collect(vmks: VmKernel[], want: (s: string[]) => boolean, role: PlannedNetwork['role']): PlannedNetwork[] {
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
 * The migration network of a target cluster, from the vMotion VMkernel subnet of its vSphere clusters.
 * Detection is the mapping area's `migrationNetwork(inventory, cluster)` (the one place it is decided);
 * the first source cluster with a vMotion subnet wins.
 */
export function migrationFromVmotion(inv: Inventory, sourceClusters: string[]): PlannedNetwork | undefined {
  for (const c of sourceClusters) {
    const m = migrationNetwork(inv, c);
    if (m.from === 'vmotion' && m.cidr) {
      const pgs = [...new Set(inv.vmkernels.filter((k) => m.hosts.some((h) => h.host === k.host && h.ip === k.ip)).map((k) => k.portGroup ?? ''))].filter(Boolean).sort();
      return { role: 'migration', cidr: m.cidr, source: 'vmkernel', portGroups: pgs };
    }
  }
  return undefined;
}

export function planNetworks(vmks: VmKernel[], vmotion: PlannedNetwork | undefined, opts: { migrationCidr?: string; corosyncCidrs?: string[] }): NetworkPlan {
  const findings: Text[] = [];
  const management = collect(vmks, (s) => s.includes('management'), 'management');
  const storage = collect(vmks, (s) => s.includes('storage') || s.includes('vsan'), 'storage');
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

/** The VMkernel addresses of one ESXi host, by role (link-local and unparsable ones left out). */
export function nodeAddresses(vmks: VmKernel[]): NodeAddress[] {
  const out: NodeAddress[] = [];
  for (const k of vmks) {
    if (!k.ip || isLinkLocal(k.ip)) continue;
    const cidr = cidrOf(k.ip, k.subnetMask);
    const prefix = cidr ? Number(cidr.split('/')[1]) : undefined;
    if (prefix === undefined || Number.isNaN(prefix)) continue;
    const roles = vmkServices(k);
    const role: NodeAddress['role'] | undefined = roles.includes('management') ? 'management' : roles.includes('vmotion') ? 'migration' : roles.includes('storage') || roles.includes('vsan') ? 'storage' : undefined;
    if (role) out.push({ role, ip: k.ip, prefix, gateway: k.gateway || undefined, portGroup: k.portGroup });
  }
  return out;
}
