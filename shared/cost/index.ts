import type { DesignResult } from '../design/types';
import { tt } from '../i18n';
import type { Text } from '../i18n/text';
import type { Inventory } from '../model/inventory';
import type { Decisions, PveTarget } from '../model/project';
import { CALCULATOR_VERSION } from '../version';
import { featureRows } from './features';
import { readCostInputs, type CostInputs } from './inputs';
import { confidenceLabel, editionLabel, formatMoney, formatQuantity, tierLabel, ttLang } from './labels';
import { costNotes } from './notes';
import { DEFAULT_PRICE_BOOK, DEFAULT_PRICE_BOOK_ISSUES } from './priceBook';
import { clusterSubscriptions, proxmoxNodes } from './proxmox';
import { LATE_RENEWAL_SOURCE, proxmoxLines, sideTotals, vmwareLines, yearlySeries, type TcoContext } from './tco';
import type { CostAssumption, CostIssue, CostResult, EditionToday, ExchangeRate, PriceBook, SubscriptionTier, VmwareEdition } from './types';
import { countHosts, editionOrders, LATE_RENEWAL_PENALTY, MIN_CORES_PER_CPU, MIN_CORES_PER_ORDER } from './vmware';

export * from './types';
export { readCostInputs, DEFAULT_COST_INPUTS, COST_DECISIONS_KEY, TCO_YEARS } from './inputs';
export type { CostInputs, TcoYears } from './inputs';
export { DEFAULT_PRICE_BOOK, readPriceBook, entryKey, findEntry, defaultPriceBook } from './priceBook';
export { convert, conversion, roundMoney, currencyDecimals } from './currency';
export { editionLabel, tierLabel, unitLabel, tagLabel, productLabel, confidenceLabel, entryTierLabel, formatMoney, formatQuantity } from './labels';
export { licensedCoresOf, MIN_CORES_PER_CPU, MIN_CORES_PER_ORDER, LATE_RENEWAL_PENALTY } from './vmware';
export { needsHardware, nodeModel } from './proxmox';

/** Version of the cost calculator (counting rules and TCO); printed with every result. */
export const COST_CALCULATOR_VERSION = `${CALCULATOR_VERSION}+cost.1`;

/** A rate older than this (days before the plan date) is flagged. */
const STALE_RATE_DAYS = 180;

export type CostContext = {
  inventory: Inventory;
  design: DesignResult;
  pveTarget: PveTarget;
  /** Plan date (ISO): dates of rates and prices are judged against it. */
  now: string;
  /**
   * HOOK for the waves stage: total migration hours of all waves, once waves exist. A number the user
   * entered (`CostInputs.migrationHours`) wins; without either, the services line is unpriced (unknown).
   */
  wavesMigrationHours?: number;
};

function daysBetween(a: string, b: string): number {
  const ta = Date.parse(a.length === 10 ? `${a}T00:00:00Z` : a);
  const tb = Date.parse(b.length === 10 ? `${b}T00:00:00Z` : b);
  return Number.isNaN(ta) || Number.isNaN(tb) ? 0 : Math.floor((tb - ta) / 86_400_000);
}

function dateIssues(book: PriceBook, rates: readonly ExchangeRate[], now: string): CostIssue[] {
  const out: CostIssue[] = [];
  for (const r of rates) {
    const age = daysBetween(r.date, now);
    if (age > STALE_RATE_DAYS) {
      out.push({ code: 'COST_RATE_OLD', severity: 'warning', path: `${r.from}/${r.to}`, message: tt('cost.issue.COST_RATE_OLD', { from: r.from, to: r.to, date: r.date, days: age }) });
    }
  }
  const year = now.slice(0, 4);
  for (const e of book.entries) {
    if (e.product === 'proxmox-ve' && e.price !== null && e.validFrom.slice(0, 4) < year) {
      out.push({ code: 'COST_PRICE_OLD_YEAR', severity: 'warning', path: `${e.product}/${e.tier}`, message: tt('cost.issue.COST_PRICE_OLD_YEAR', { tier: e.tier, year: e.validFrom.slice(0, 4) }) });
    }
  }
  return out;
}

function rateText(r: ExchangeRate): Text {
  return ttLang('cost.assumption.rateValue', (lang) => ({ from: r.from, to: r.to, rate: formatQuantity(r.rate, lang, 6), date: r.date, confidence: confidenceLabel(r.confidence)[lang] }));
}

/**
 * The cost comparison from explicit inputs (the Cost view's what-if calls this directly; the plan stage
 * calls `deriveCost`, which reads the inputs from the project decisions). Pure and deterministic.
 */
export function computeCost(ctx: CostContext, inputs: CostInputs, inputIssues: readonly CostIssue[] = []): CostResult {
  const book = inputs.priceBook ?? DEFAULT_PRICE_BOOK;
  const issues: CostIssue[] = [...(inputs.priceBook ? [] : DEFAULT_PRICE_BOOK_ISSUES), ...inputIssues];
  const tco: TcoContext = { book, currency: inputs.currency, years: inputs.years, usedRates: new Map() };

  // VMware: count per host, then per edition order.
  const hosts = countHosts(ctx.inventory, inputs.vmwareEdition);
  const orders = editionOrders(hosts, inputs.orderMinimum);
  const todayCounts = new Map<EditionToday, { hosts: number; licences: Set<string> }>();
  for (const h of hosts) {
    const t = todayCounts.get(h.editionToday) ?? { hosts: 0, licences: new Set<string>() };
    t.hosts += 1;
    if (h.licence) t.licences.add(h.licence);
    todayCounts.set(h.editionToday, t);
  }
  const editionsToday = [...todayCounts.entries()].sort((a, b) => b[1].hosts - a[1].hosts || a[0].localeCompare(b[0]));

  // Proxmox: one level per target cluster over the sockets of every node.
  const tierOf = (cluster: string): SubscriptionTier => inputs.clusterTiers[cluster] ?? inputs.defaultTier;
  const clusters = clusterSubscriptions(ctx.design, tierOf);
  const nodes = proxmoxNodes(ctx.design);
  const tiers = new Set(clusters.map((c) => c.tier));

  const hoursSource: 'user' | 'waves' | 'unknown' = inputs.migrationHours !== null ? 'user' : ctx.wavesMigrationHours !== undefined ? 'waves' : 'unknown';
  const migrationHours = inputs.migrationHours ?? ctx.wavesMigrationHours ?? null;

  const lines = [
    ...vmwareLines(orders, { discountPct: inputs.discounts.vmware, lateRenewal: inputs.lateRenewal, orderMinimum: inputs.orderMinimum }, tco),
    ...proxmoxLines(
      {
        clusters,
        nodes,
        includeHardware: inputs.includeHardware,
        pbsServers: inputs.pbsServers,
        pbsTier: inputs.pbsTier,
        migrationHours,
        migrationHoursSource: hoursSource,
        trainees: inputs.trainees,
        discountPct: inputs.discounts.proxmox,
      },
      tco,
    ),
  ];
  const vmwareTotals = sideTotals(lines, 'vmware', inputs.years);
  const proxmoxTotals = sideTotals(lines, 'proxmox', inputs.years);
  const ratesUsed = [...tco.usedRates.values()];
  issues.push(...dateIssues(book, ratesUsed, ctx.now));

  const quoteEditions = new Set(orders.map((o) => o.edition));
  const edition: VmwareEdition | 'mixed' | 'none' = quoteEditions.size === 0 ? 'none' : quoteEditions.size === 1 ? ([...quoteEditions][0] as VmwareEdition) : 'mixed';
  const result: CostResult = {
    calculatorVersion: COST_CALCULATOR_VERSION,
    currency: inputs.currency,
    years: inputs.years,
    pveTarget: ctx.pveTarget,
    priceBook: { title: book.title, updated: book.updated, edited: inputs.priceBook !== undefined, entries: book.entries, rates: book.rates },
    vmware: {
      edition,
      editionMode: inputs.vmwareEdition,
      editionsToday: editionsToday.map(([e, v]) => ({ edition: e, hosts: v.hosts, licences: [...v.licences].sort() })),
      hosts,
      orders,
      licensedCores: orders.reduce((s, o) => s + o.licensedCores, 0),
      orderCores: orders.reduce((s, o) => s + o.orderCores, 0),
      unknownHosts: orders.reduce((s, o) => s + o.unknownHosts, 0),
      orderMinimum: inputs.orderMinimum,
      lateRenewal: inputs.lateRenewal,
    },
    proxmox: {
      tier: tiers.size === 1 ? ([...tiers][0] as SubscriptionTier) : tiers.size === 0 ? inputs.defaultTier : 'mixed',
      clusters,
      nodes,
      sockets: clusters.reduce((s, c) => s + c.sockets, 0),
      pbsServers: inputs.pbsServers,
      pbsTier: inputs.pbsTier,
    },
    lines,
    totals: { vmware: vmwareTotals, proxmox: proxmoxTotals },
    unpriced: vmwareTotals.unpriced + proxmoxTotals.unpriced,
    yearly: yearlySeries(vmwareTotals, proxmoxTotals, inputs.years),
    features: featureRows(ctx.inventory, editionsToday.map(([e]) => e), ctx.pveTarget),
    notes: costNotes(ctx.pveTarget),
    assumptions: [],
    ratesUsed,
    issues,
    migrationHours: { hours: migrationHours, source: hoursSource },
  };
  result.assumptions = costAssumptions(result, inputs, nodes.filter((n) => n.needsHardware).length);
  return result;
}

/** The plan stage: cost inputs read from the project decisions (`decisions.cost`). */
export function deriveCost(ctx: CostContext, decisions: Decisions | undefined): CostResult {
  const read = readCostInputs(decisions);
  return computeCost(ctx, read.inputs, read.issues);
}

function costAssumptions(r: CostResult, inputs: CostInputs, hardwareNodes: number): CostAssumption[] {
  const yes = (b: boolean): Text => tt(b ? 'cost.yes' : 'cost.no');
  const out: CostAssumption[] = [
    { id: 'calculatorVersion', label: tt('cost.assumption.calculatorVersion'), value: r.calculatorVersion },
    { id: 'currency', label: tt('cost.assumption.currency'), value: r.currency },
    { id: 'years', label: tt('cost.assumption.years'), value: r.years },
    { id: 'priceBook', label: tt('cost.assumption.priceBook'), value: ttLang('cost.assumption.priceBookValue', (lang) => ({ title: r.priceBook.title[lang], date: r.priceBook.updated, edited: tt(r.priceBook.edited ? 'cost.priceBook.edited' : 'cost.priceBook.default')[lang] })) },
    { id: 'perCpu', label: tt('cost.assumption.perCpu'), value: tt('cost.assumption.perCpuValue', { min: MIN_CORES_PER_CPU }), source: 'https://knowledge.broadcom.com/external/article/313548' },
    { id: 'orderMinimum', label: tt('cost.assumption.orderMinimum', { min: MIN_CORES_PER_ORDER }), value: yes(inputs.orderMinimum), source: 'https://www.otava.com/blog/simplifying-vmware-licensing' },
    { id: 'lateRenewal', label: tt('cost.assumption.lateRenewal', { pct: LATE_RENEWAL_PENALTY * 100 }), value: yes(inputs.lateRenewal), source: LATE_RENEWAL_SOURCE },
    {
      id: 'vmwareEdition',
      label: tt('cost.assumption.vmwareEdition'),
      value: inputs.vmwareEdition === 'current' ? tt('cost.assumption.editionCurrent') : editionLabel(inputs.vmwareEdition),
    },
    { id: 'pveRule', label: tt('cost.assumption.pveRule'), value: tt('cost.assumption.pveRuleValue'), source: 'Proxmox VE Subscription Agreement' },
    {
      id: 'tiers',
      label: tt('cost.assumption.tiers'),
      value: r.proxmox.clusters.length === 0
        ? tierLabel(inputs.defaultTier)
        : ttLang('cost.assumption.tiersValue', (lang) => ({ list: r.proxmox.clusters.map((c) => `${c.cluster}: ${tierLabel(c.tier)[lang]}`).join('; ') })),
    },
    { id: 'hardware', label: tt('cost.assumption.hardware'), value: ttLang('cost.assumption.hardwareValue', (lang) => ({ included: yes(inputs.includeHardware)[lang], nodes: hardwareNodes })) },
    { id: 'pbs', label: tt('cost.assumption.pbs'), value: ttLang('cost.assumption.pbsValue', (lang) => ({ servers: inputs.pbsServers, tier: tierLabel(inputs.pbsTier)[lang] })) },
    {
      id: 'migrationHours',
      label: tt('cost.assumption.migrationHours'),
      value: r.migrationHours.hours === null ? tt('cost.assumption.hoursUnknown') : ttLang(r.migrationHours.source === 'waves' ? 'cost.assumption.hoursWaves' : 'cost.assumption.hoursUser', (lang) => ({ hours: formatQuantity(r.migrationHours.hours ?? 0, lang) })),
    },
    { id: 'trainees', label: tt('cost.assumption.trainees'), value: inputs.trainees === null ? tt('cost.assumption.unknown') : inputs.trainees },
    { id: 'discounts', label: tt('cost.assumption.discounts'), value: tt('cost.assumption.discountsValue', { vmware: inputs.discounts.vmware, proxmox: inputs.discounts.proxmox }) },
    { id: 'constantPrices', label: tt('cost.assumption.constantPrices'), value: tt('cost.assumption.constantPricesValue') },
  ];
  for (const rate of r.ratesUsed) out.push({ id: `rate.${rate.from}.${rate.to}`, label: tt('cost.assumption.rate'), value: rateText(rate), source: rate.source });
  return out;
}

/** One sentence for the executive summary and the dashboard: both totals, and what is missing. */
export function costHeadline(r: CostResult): Text {
  const key = r.unpriced === 0 ? 'cost.headline.complete' : 'cost.headline.incomplete';
  return ttLang(key, (lang) => ({
    years: r.years,
    vmware: formatMoney(r.totals.vmware.total, r.currency, lang),
    proxmox: formatMoney(r.totals.proxmox.total, r.currency, lang),
    diff: formatMoney(Math.abs(r.totals.vmware.total - r.totals.proxmox.total), r.currency, lang),
    cheaper: tt(r.totals.proxmox.total <= r.totals.vmware.total ? 'cost.headline.proxmoxLower' : 'cost.headline.vmwareLower')[lang],
    unpriced: r.unpriced,
  }));
}
