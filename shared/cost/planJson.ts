import { roundMoney } from './currency';
import type { CostResult, Currency, LineTag, PriceUnit, SubscriptionTier, VmwareEdition } from './types';

/**
 * The `cost` section of plan.json (documented in schema/plan.schema.json). Money in the plan's currency,
 * rounded to its minor unit; `null` where a line is unpriced (never counted in `annual` / `total`).
 */
export type PlanJsonCostLine = {
  item: string;
  label: { vi: string; en: string };
  side: 'vmware' | 'proxmox';
  quantity: number | null;
  unit: PriceUnit;
  unitPrice: number | null;
  currency: Currency;
  tag: LineTag;
  source: string;
  validFrom: string | null;
  recurring: boolean;
  amount: number | null;
  total: number | null;
};

export type PlanJsonCost = {
  calculatorVersion: string;
  currency: Currency;
  years: number;
  vmware: {
    edition: VmwareEdition | 'mixed' | 'none';
    licensedCores: number;
    orderCores: number;
    orderMinimum: boolean;
    annual: number;
    total: number;
    hosts: { host: string; cluster: string | null; editionToday: string; cpus: number | null; coresPerCpu: number | null; licensedCores: number | null; quoteEdition: VmwareEdition | null }[];
  };
  proxmox: {
    tier: SubscriptionTier | 'mixed';
    sockets: number;
    annual: number;
    oneOff: number;
    total: number;
    clusters: { cluster: string; tier: SubscriptionTier; nodes: number; addedNodes: number; sockets: number }[];
  };
  lines: PlanJsonCostLine[];
  unpriced: number;
  yearly: { year: number; vmware: number; proxmox: number }[];
  rates: { from: Currency; to: Currency; rate: number; date: string; source: string }[];
  priceBook: { updated: string; edited: boolean };
  migrationHours: { hours: number | null; source: 'user' | 'waves' | 'unknown' };
};

export function costPlanJson(r: CostResult): PlanJsonCost {
  const m = (n: number): number => roundMoney(n, r.currency);
  const mn = (n: number | null): number | null => (n === null ? null : m(n));
  return {
    calculatorVersion: r.calculatorVersion,
    currency: r.currency,
    years: r.years,
    vmware: {
      edition: r.vmware.edition,
      licensedCores: r.vmware.licensedCores,
      orderCores: r.vmware.orderCores,
      orderMinimum: r.vmware.orderMinimum,
      annual: m(r.totals.vmware.annual),
      total: m(r.totals.vmware.total),
      hosts: r.vmware.hosts.map((h) => ({
        host: h.host,
        cluster: h.cluster ?? null,
        editionToday: h.editionToday,
        cpus: h.cpus ?? null,
        coresPerCpu: h.coresPerCpu ?? null,
        licensedCores: h.licensedCores,
        quoteEdition: h.quoteEdition,
      })),
    },
    proxmox: {
      tier: r.proxmox.tier,
      sockets: r.proxmox.sockets,
      annual: m(r.totals.proxmox.annual),
      oneOff: m(r.totals.proxmox.oneOff),
      total: m(r.totals.proxmox.total),
      clusters: r.proxmox.clusters.map((c) => ({ cluster: c.cluster, tier: c.tier, nodes: c.nodes, addedNodes: c.addedNodes, sockets: c.sockets })),
    },
    lines: r.lines.map((l) => ({
      item: l.item,
      label: { vi: l.label.vi, en: l.label.en },
      side: l.side,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: l.unitPrice,
      currency: l.currency,
      tag: l.tag,
      source: l.source,
      validFrom: l.validFrom === '' ? null : l.validFrom,
      recurring: l.recurring,
      amount: mn(l.amount),
      total: mn(l.total),
    })),
    unpriced: r.unpriced,
    yearly: r.yearly.map((y) => ({ year: y.year, vmware: m(y.vmware), proxmox: m(y.proxmox) })),
    rates: r.ratesUsed.map((x) => ({ from: x.from, to: x.to, rate: x.rate, date: x.date, source: x.source })),
    priceBook: { updated: r.priceBook.updated, edited: r.priceBook.edited },
    migrationHours: { ...r.migrationHours },
  };
}
