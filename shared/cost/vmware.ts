import { tt } from '../i18n';
import type { Host, Inventory, License } from '../model/inventory';
import type { EditionBasis, EditionOrder, EditionToday, HostLicenceRow, VmwareEdition } from './types';

/**
 * VMware by Broadcom licence counting.
 * - Per host: Σ over its CPUs of max(cores per CPU, 16) — Broadcom KB 313548 (official, updated 2025-03-17).
 * - Per order: at least 72 cores per product line — reported by partners and press from 2025-04-10, no
 *   public Broadcom document (a switch, on by default).
 * Facts and sources: ../shared/domain/proxmox-facts.md §1.3.
 */

/** KB 313548: every physical CPU counts at least this many cores. */
export const MIN_CORES_PER_CPU = 16;
/** Reported minimum cores per order and product line (from 2025-04-10). */
export const MIN_CORES_PER_ORDER = 72;
/** Reported surcharge on the first year when a subscription is renewed late. */
export const LATE_RENEWAL_PENALTY = 0.2;

/** Edition of a licence name from vLicense (`vSphere 8 Enterprise Plus for VCF` → `vcf`). */
export function editionOfLicence(name: string): EditionToday | null {
  const n = name.toLowerCase();
  // Licences that are not a host (CPU / core) edition: vCenter, vSAN, and other add-ons.
  if (/vcenter|\bvsan\b|horizon|\bnsx\b|tanzu|aria|vrealize|site recovery|\bsrm\b/.test(n) && !/vsphere|esxi|hypervisor|cloud foundation|\bvcf\b|\bvvf\b/.test(n)) {
    return null;
  }
  if (/for vcf|cloud foundation|\bvcf\b/.test(n)) return 'vcf';
  if (/vsphere foundation|\bvvf\b/.test(n)) return 'vvf';
  if (/enterprise\s*plus/.test(n)) return 'enterprise-plus';
  if (/enterprise/.test(n)) return 'enterprise';
  if (/essentials\s*plus/.test(n)) return 'essentials-plus';
  if (/essentials/.test(n)) return 'essentials';
  if (/hypervisor|\bfree\b/.test(n)) return 'free';
  if (/standard/.test(n)) return 'standard';
  if (/vsphere|esxi/.test(n)) return 'unknown';
  return null;
}

/** The offering a host would renew into, like for like (the per-core catalogue since 2024). */
export const LIKE_FOR_LIKE: Record<EditionToday, VmwareEdition | null> = {
  vcf: 'vcf',
  vvf: 'vvf',
  'enterprise-plus': 'enterprise-plus',
  // vSphere Enterprise is no longer sold; Enterprise Plus is the smallest offering that keeps DRS.
  enterprise: 'enterprise-plus',
  standard: 'standard',
  // Essentials kits have no per-core price in the catalogue: the smallest per-core offering.
  'essentials-plus': 'standard',
  essentials: 'standard',
  free: null,
  unknown: 'vvf',
};

/** Edition quoted when the edition of today is unknown. */
export const DEFAULT_QUOTE_EDITION: VmwareEdition = 'vvf';

export type HostEdition = { edition: EditionToday; basis: EditionBasis; licence?: License };

/**
 * The edition each host runs today: through the host's assigned licence keys when the export has them,
 * else the one host edition in use in its vCenter when there is exactly one, else unknown.
 */
export function hostEditions(inv: Inventory): Map<string, HostEdition> {
  const hostLicences = inv.licenses.filter((l) => editionOfLicence(l.name) !== null);
  const byKey = new Map<string, License>();
  for (const l of hostLicences) if (l.key) byKey.set(`${l.source}\u0000${l.key}`, l);
  const inUse = new Map<string, Set<EditionToday>>();
  const inUseLicence = new Map<string, License>();
  for (const l of hostLicences) {
    if (!(l.used !== undefined && l.used > 0)) continue;
    const e = editionOfLicence(l.name) ?? 'unknown';
    const set = inUse.get(l.source) ?? new Set<EditionToday>();
    set.add(e);
    inUse.set(l.source, set);
    inUseLicence.set(l.source, l);
  }
  const out = new Map<string, HostEdition>();
  for (const h of inv.hosts) {
    const assigned = (h.licenseKeys ?? []).map((k) => byKey.get(`${h.source}\u0000${k}`)).find((l): l is License => l !== undefined);
    if (assigned) {
      out.set(h.key, { edition: editionOfLicence(assigned.name) ?? 'unknown', basis: 'assigned', licence: assigned });
      continue;
    }
    const editions = inUse.get(h.source);
    if (editions && editions.size === 1) {
      const only = [...editions][0] ?? 'unknown';
      out.set(h.key, { edition: only, basis: 'only-edition', licence: inUseLicence.get(h.source) });
      continue;
    }
    out.set(h.key, { edition: 'unknown', basis: 'unknown' });
  }
  return out;
}

/** CPUs and cores per CPU of a host; cores per CPU from `# Cores / # CPU` when only the total is known. */
export function hostCpus(h: Pick<Host, 'sockets' | 'coresPerSocket' | 'cores'>): { cpus?: number; coresPerCpu?: number } {
  const cpus = h.sockets !== undefined && h.sockets > 0 ? h.sockets : undefined;
  let coresPerCpu = h.coresPerSocket !== undefined && h.coresPerSocket > 0 ? h.coresPerSocket : undefined;
  if (coresPerCpu === undefined && cpus !== undefined && h.cores !== undefined && h.cores > 0) coresPerCpu = Math.ceil(h.cores / cpus);
  return { cpus, coresPerCpu };
}

/** KB 313548: Σ over CPUs of max(cores per CPU, 16). CPUs of a host are taken as identical (as RVTools reports them). */
export function licensedCoresOf(cpus: number, coresPerCpu: number): number {
  return cpus * Math.max(coresPerCpu, MIN_CORES_PER_CPU);
}

/** One row per ESXi host: the edition of today, the edition quoted and the licensed cores with the rule. */
export function countHosts(inv: Inventory, mode: 'current' | VmwareEdition): HostLicenceRow[] {
  const editions = hostEditions(inv);
  return [...inv.hosts]
    .sort((a, b) => (a.cluster ?? '').localeCompare(b.cluster ?? '') || a.name.localeCompare(b.name))
    .map((h) => {
      const e = editions.get(h.key) ?? { edition: 'unknown' as const, basis: 'unknown' as const };
      const like = LIKE_FOR_LIKE[e.edition];
      const quoteEdition = mode === 'current' ? like : mode;
      const { cpus, coresPerCpu } = hostCpus(h);
      let licensedCores: number | null = null;
      let rule;
      if (quoteEdition === null) {
        rule = tt('cost.rule.notLicensed');
      } else if (cpus === undefined || coresPerCpu === undefined) {
        rule = tt('cost.rule.unknownCpu');
      } else {
        licensedCores = licensedCoresOf(cpus, coresPerCpu);
        rule = tt(coresPerCpu < MIN_CORES_PER_CPU ? 'cost.rule.perCpuRaised' : 'cost.rule.perCpu', {
          cpus,
          cores: coresPerCpu,
          min: MIN_CORES_PER_CPU,
          per: Math.max(coresPerCpu, MIN_CORES_PER_CPU),
          total: licensedCores,
        });
      }
      return {
        host: h.name,
        cluster: h.cluster,
        editionToday: e.edition,
        editionBasis: e.basis,
        licence: e.licence?.name,
        quoteEdition,
        quoteEditionAssumed: mode === 'current' && e.edition === 'unknown',
        cpus,
        coresPerCpu,
        licensedCores,
        rule,
      };
    });
}

/** Orders per quoted edition: licensed cores, raised to the per-order minimum when that rule is on. */
export function editionOrders(rows: readonly HostLicenceRow[], orderMinimum: boolean): EditionOrder[] {
  const by = new Map<VmwareEdition, EditionOrder>();
  for (const r of rows) {
    if (r.quoteEdition === null) continue;
    const o = by.get(r.quoteEdition) ?? { edition: r.quoteEdition, hosts: 0, unknownHosts: 0, licensedCores: 0, orderCores: 0, minimumApplied: false };
    o.hosts += 1;
    if (r.licensedCores === null) o.unknownHosts += 1;
    else o.licensedCores += r.licensedCores;
    by.set(r.quoteEdition, o);
  }
  const order: VmwareEdition[] = ['vcf', 'vvf', 'enterprise-plus', 'standard'];
  return order
    .map((e) => by.get(e))
    .filter((o): o is EditionOrder => o !== undefined)
    .map((o) => {
      const raised = orderMinimum && o.licensedCores > 0 && o.licensedCores < MIN_CORES_PER_ORDER;
      return { ...o, orderCores: raised ? MIN_CORES_PER_ORDER : o.licensedCores, minimumApplied: raised };
    });
}
