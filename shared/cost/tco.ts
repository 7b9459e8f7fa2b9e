import { tt } from '../i18n';
import type { Text } from '../i18n/text';
import { conversion } from './currency';
import { editionLabel, tierLabel, ttLang } from './labels';
import { findEntry } from './priceBook';
import type {
  ClusterSubscription,
  CostLine,
  CostSide,
  Currency,
  EditionOrder,
  ExchangeRate,
  PriceBook,
  PriceUnit,
  ProxmoxNodeRow,
  Product,
  SideTotals,
  SubscriptionTier,
  YearPoint,
} from './types';
import { LATE_RENEWAL_PENALTY } from './vmware';

/**
 * The TCO lines: one per thing to pay for, each priced from the book (converted to the plan's currency
 * with dated rates) and tagged `estimated` (a book price, official or reported), `quoted` (a price the
 * user entered) or `unpriced` (no price, no quantity or no rate). Unpriced lines carry no amount and are
 * never part of a total; the totals say how many lines are missing.
 */

export const LATE_RENEWAL_SOURCE = 'redresscompliance.com (updated 2026-02)';
export const LATE_RENEWAL_DATE = '2026-02-01';

type LineSpec = {
  item: string;
  label: Text;
  side: CostSide;
  product: Product;
  tier: string;
  quantity: number | null;
  unit: PriceUnit;
  recurring: boolean;
  discountPct?: number;
  note?: Text;
};

export type TcoContext = { book: PriceBook; currency: Currency; years: number; usedRates: Map<string, ExchangeRate> };

function rateKey(r: ExchangeRate): string {
  return `${r.from}/${r.to}`;
}

/** Price one line from the book. */
export function priceLine(spec: LineSpec, ctx: TcoContext): CostLine {
  const entry = findEntry(ctx.book, spec.product, spec.tier);
  const base = {
    item: spec.item,
    label: spec.label,
    side: spec.side,
    quantity: spec.quantity,
    unit: spec.unit,
    recurring: spec.recurring,
    note: spec.note,
  };
  if (!entry) {
    return { ...base, unitPrice: null, currency: ctx.currency, amount: null, total: null, tag: 'unpriced', source: '', validFrom: '', unpricedReason: 'no-price' };
  }
  const common = { ...base, unitPrice: entry.price, currency: entry.currency, source: entry.source, validFrom: entry.validFrom, confidence: entry.confidence };
  if (entry.price === null) return { ...common, amount: null, total: null, tag: 'unpriced', unpricedReason: 'no-price' };
  if (spec.quantity === null) return { ...common, amount: null, total: null, tag: 'unpriced', unpricedReason: 'no-quantity' };
  const conv = conversion(entry.currency, ctx.currency, ctx.book.rates);
  if (!conv) return { ...common, amount: null, total: null, tag: 'unpriced', unpricedReason: 'no-rate' };
  for (const r of conv.rates) ctx.usedRates.set(rateKey(r), r);
  const discount = spec.discountPct && spec.discountPct > 0 ? spec.discountPct : 0;
  const amount = spec.quantity * entry.price * conv.factor * (1 - discount / 100);
  return {
    ...common,
    amount,
    total: spec.recurring ? amount * ctx.years : amount,
    tag: entry.confidence === 'user' ? 'quoted' : 'estimated',
    ...(discount > 0 ? { discountPct: discount } : {}),
  };
}

export function vmwareLines(orders: readonly EditionOrder[], opts: { discountPct: number; lateRenewal: boolean; orderMinimum: boolean }, ctx: TcoContext): CostLine[] {
  const lines: CostLine[] = [];
  for (const o of orders) {
    if (o.orderCores > 0) {
      lines.push(
        priceLine(
          {
            item: `vmware.${o.edition}`,
            label: ttLang('cost.line.vmware', (lang) => ({ edition: editionLabel(o.edition)[lang], hosts: o.hosts - o.unknownHosts })),
            side: 'vmware',
            product: 'vmware',
            tier: o.edition,
            quantity: o.orderCores,
            unit: 'core-year',
            recurring: true,
            discountPct: opts.discountPct,
            note: o.minimumApplied ? tt('cost.line.minimumApplied', { licensed: o.licensedCores, order: o.orderCores }) : undefined,
          },
          ctx,
        ),
      );
    }
    if (o.unknownHosts > 0) {
      const entry = findEntry(ctx.book, 'vmware', o.edition);
      lines.push({
        item: `vmware.${o.edition}.unknown`,
        label: ttLang('cost.line.vmwareUnknown', (lang) => ({ edition: editionLabel(o.edition)[lang], hosts: o.unknownHosts })),
        side: 'vmware',
        quantity: null,
        unit: 'core-year',
        unitPrice: entry?.price ?? null,
        currency: entry?.currency ?? ctx.currency,
        recurring: true,
        amount: null,
        total: null,
        tag: 'unpriced',
        source: entry?.source ?? '',
        validFrom: entry?.validFrom ?? '',
        confidence: entry?.confidence,
        unpricedReason: 'no-quantity',
      });
    }
  }
  if (opts.lateRenewal) {
    const firstYear = lines.filter((l) => l.recurring && l.amount !== null).reduce((s, l) => s + (l.amount ?? 0), 0);
    const anyUnpriced = lines.some((l) => l.amount === null);
    const amount = firstYear * LATE_RENEWAL_PENALTY;
    lines.push({
      item: 'vmware.lateRenewal',
      label: tt('cost.line.lateRenewal', { pct: LATE_RENEWAL_PENALTY * 100 }),
      side: 'vmware',
      quantity: 1,
      unit: 'one-off',
      unitPrice: amount,
      currency: ctx.currency,
      recurring: false,
      amount,
      total: amount,
      tag: 'estimated',
      source: LATE_RENEWAL_SOURCE,
      validFrom: LATE_RENEWAL_DATE,
      confidence: 'reported',
      note: anyUnpriced ? tt('cost.line.lateRenewalPartial') : undefined,
    });
  }
  return lines;
}

export type ProxmoxLineInput = {
  clusters: readonly ClusterSubscription[];
  nodes: readonly ProxmoxNodeRow[];
  includeHardware: boolean;
  pbsServers: number;
  pbsTier: SubscriptionTier;
  migrationHours: number | null;
  migrationHoursSource: 'user' | 'waves' | 'unknown';
  trainees: number | null;
  discountPct: number;
};

export function proxmoxLines(p: ProxmoxLineInput, ctx: TcoContext): CostLine[] {
  const lines: CostLine[] = [];
  for (const c of p.clusters) {
    if (c.sockets > 0) {
      if (c.tier === 'none') {
        lines.push({
          item: `proxmox.ve.${c.cluster}`,
          label: ttLang('cost.line.pve', (lang) => ({ tier: tierLabel('none')[lang], cluster: c.cluster })),
          side: 'proxmox',
          quantity: c.sockets,
          unit: 'socket-year',
          unitPrice: 0,
          currency: ctx.currency,
          recurring: true,
          amount: 0,
          total: 0,
          tag: 'estimated',
          source: 'Proxmox VE (GNU AGPL v3)',
          validFrom: '',
          note: tt('cost.line.noSubscription'),
        });
      } else {
        const tier = c.tier;
        const line = priceLine(
          {
            item: `proxmox.ve.${c.cluster}`,
            label: ttLang('cost.line.pve', (lang) => ({ tier: tierLabel(tier)[lang], cluster: c.cluster })),
            side: 'proxmox',
            product: 'proxmox-ve',
            tier: c.tier,
            quantity: c.sockets,
            unit: 'socket-year',
            recurring: true,
            discountPct: p.discountPct,
          },
          ctx,
        );
        lines.push(line);
      }
    }
    if (c.unknownSocketNodes.length > 0 && c.tier !== 'none') {
      const entry = findEntry(ctx.book, 'proxmox-ve', c.tier);
      lines.push({
        item: `proxmox.ve.${c.cluster}.unknown`,
        label: tt('cost.line.pveUnknown', { cluster: c.cluster, nodes: c.unknownSocketNodes.join(', ') }),
        side: 'proxmox',
        quantity: null,
        unit: 'socket-year',
        unitPrice: entry?.price ?? null,
        currency: entry?.currency ?? ctx.currency,
        recurring: true,
        amount: null,
        total: null,
        tag: 'unpriced',
        source: entry?.source ?? '',
        validFrom: entry?.validFrom ?? '',
        confidence: entry?.confidence,
        unpricedReason: 'no-quantity',
      });
    }
  }
  if (p.pbsServers > 0 && p.pbsTier !== 'none') {
    const pbsTier = p.pbsTier;
    const line = priceLine(
      { item: 'proxmox.pbs', label: ttLang('cost.line.pbs', (lang) => ({ tier: tierLabel(pbsTier)[lang] })), side: 'proxmox', product: 'proxmox-backup-server', tier: p.pbsTier, quantity: p.pbsServers, unit: 'server-year', recurring: true, discountPct: p.discountPct },
      ctx,
    );
    lines.push(line);
  }
  if (p.includeHardware) {
    const models = new Map<string, string[]>();
    for (const n of p.nodes) {
      if (!n.needsHardware) continue;
      const list = models.get(n.model) ?? [];
      list.push(n.node);
      models.set(n.model, list);
    }
    for (const [model, nodes] of [...models.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      lines.push(
        priceLine(
          {
            item: `proxmox.hardware.${model}`,
            label: tt('cost.line.hardware', { model, nodes: nodes.join(', ') }),
            side: 'proxmox',
            product: 'hardware',
            tier: model,
            quantity: nodes.length,
            unit: 'one-off',
            recurring: false,
          },
          ctx,
        ),
      );
    }
  }
  lines.push(
    priceLine(
      {
        item: 'proxmox.services',
        label: tt(p.migrationHoursSource === 'waves' ? 'cost.line.servicesWaves' : 'cost.line.services'),
        side: 'proxmox',
        product: 'services',
        tier: 'migration',
        quantity: p.migrationHours,
        unit: 'hour',
        recurring: false,
      },
      ctx,
    ),
  );
  lines.push(
    priceLine(
      { item: 'proxmox.training', label: tt('cost.line.training'), side: 'proxmox', product: 'training', tier: 'proxmox-admin', quantity: p.trainees, unit: 'person', recurring: false },
      ctx,
    ),
  );
  return lines;
}

export function sideTotals(lines: readonly CostLine[], side: CostSide, years: number): SideTotals {
  let annual = 0;
  let oneOff = 0;
  let unpriced = 0;
  for (const l of lines) {
    if (l.side !== side) continue;
    if (l.amount === null) {
      unpriced += 1;
      continue;
    }
    if (l.recurring) annual += l.amount;
    else oneOff += l.amount;
  }
  return { annual, oneOff, total: annual * years + oneOff, unpriced };
}

/** Cumulative cost at the end of each year (one-offs fall in year 1). */
export function yearlySeries(vmware: SideTotals, proxmox: SideTotals, years: number): YearPoint[] {
  const out: YearPoint[] = [];
  for (let y = 1; y <= years; y++) out.push({ year: y, vmware: vmware.annual * y + vmware.oneOff, proxmox: proxmox.annual * y + proxmox.oneOff });
  return out;
}
