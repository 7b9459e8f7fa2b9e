import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCost, costHeadline, deriveCost, DEFAULT_COST_INPUTS, DEFAULT_PRICE_BOOK, readCostInputs, type CostInputs, type ExchangeRate } from '../../../shared/cost';
import { conversion, convert } from '../../../shared/cost/currency';
import { editCost, removePrice, resetPriceBook, setClusterTier, setCostInput, upsertPrice, upsertRate } from '../../../shared/cost/inputs';
import { DEFAULT_PRICE_BOOK_ISSUES, readPriceBook } from '../../../shared/cost/priceBook';
import { deriveDesign } from '../../../shared/design';
import { emptyInventory, type Inventory } from '../../../shared/model/inventory';
import { DEFAULT_ASSUMPTIONS, type Decisions } from '../../../shared/model/project';
import { host, vm } from '../design/estate';

const NOW = '2026-03-02T00:00:00.000Z';
const RATES: ExchangeRate[] = [
  { from: 'EUR', to: 'USD', rate: 1.1, date: '2026-03-01', source: 'test', confidence: 'user' },
  { from: 'USD', to: 'VND', rate: 26000, date: '2026-03-01', source: 'test', confidence: 'user' },
];

function estate(): Inventory {
  const inv = emptyInventory();
  inv.clusters.push({ key: 'src/Prod', name: 'Prod', source: 'src', haEnabled: true });
  for (let i = 1; i <= 3; i++) {
    inv.hosts.push(host(`esx${i}`, 'Prod', 32, 524288, 2));
    inv.vms.push(vm(`vm${i}`, 'Prod', `esx${i}`, 4, 8192));
  }
  return inv;
}

function run(decisions: Decisions, extra: { waves?: number } = {}) {
  const inv = estate();
  const design = deriveDesign(inv, undefined, decisions, DEFAULT_ASSUMPTIONS);
  return deriveCost({ inventory: inv, design, pveTarget: 'pve9.0', now: NOW, wavesMigrationHours: extra.waves }, decisions);
}

describe('currency conversion with dated rates', () => {
  it('converts directly, backwards and through an intermediate currency', () => {
    expect(convert(100, 'EUR', 'USD', RATES)).toBeCloseTo(110, 10);
    expect(convert(110, 'USD', 'EUR', RATES)).toBeCloseTo(100, 10);
    expect(convert(1, 'EUR', 'VND', RATES)).toBeCloseTo(28600, 6);
    expect(convert(28600, 'VND', 'EUR', RATES)).toBeCloseTo(1, 10);
    expect(convert(42, 'VND', 'VND', RATES)).toBe(42);
    const c = conversion('EUR', 'VND', RATES);
    expect(c?.rates.map((r) => `${r.from}/${r.to}`)).toEqual(['EUR/USD', 'USD/VND']);
  });

  it('returns null when no rate connects two currencies, and the line stays unpriced', () => {
    expect(convert(1, 'EUR', 'VND', [RATES[1] as ExchangeRate])).toBeNull();
    const base = { ...DEFAULT_PRICE_BOOK, rates: [RATES[1] as ExchangeRate] };
    const inv = estate();
    const design = deriveDesign(inv, undefined, {}, DEFAULT_ASSUMPTIONS);
    const r = computeCost({ inventory: inv, design, pveTarget: 'pve9.0', now: NOW }, { ...DEFAULT_COST_INPUTS, currency: 'VND', priceBook: base });
    const pve = r.lines.find((l) => l.item === 'proxmox.ve.prod');
    expect(pve?.tag).toBe('unpriced');
    expect(pve?.unpricedReason).toBe('no-rate');
    // The USD-priced VMware line still converts.
    expect(r.lines.find((l) => l.item.startsWith('vmware.'))?.amount).toBeGreaterThan(0);
  });

  it('prices every line in the chosen currency with the rates it used', () => {
    const d = setCostInput(upsertRate(upsertRate({}, DEFAULT_PRICE_BOOK, RATES[0] as ExchangeRate, NOW), DEFAULT_PRICE_BOOK, RATES[1] as ExchangeRate, NOW), 'currency', 'VND');
    const r = run(d);
    expect(r.currency).toBe('VND');
    const pve = r.lines.find((l) => l.item === 'proxmox.ve.prod');
    // 6 sockets × €550 × 1.1 × 26,000
    expect(pve?.amount).toBeCloseTo(6 * 550 * 1.1 * 26000, 4);
    expect(pve?.currency).toBe('EUR');
    expect(pve?.unitPrice).toBe(550);
    expect(r.ratesUsed.map((x) => `${x.from}/${x.to}=${x.rate}`).sort()).toEqual(['EUR/USD=1.1', 'USD/VND=26000']);
    expect(r.assumptions.filter((a) => a.id.startsWith('rate.'))).toHaveLength(2);
  });
});

describe('TCO totals never include unpriced lines', () => {
  it('sums only priced lines and says how many are missing', () => {
    const r = run({});
    const priced = r.lines.filter((l) => l.amount !== null);
    const unpriced = r.lines.filter((l) => l.amount === null);
    // Default book: PBS, services (no hours) and training (no trainees, no price) are unpriced.
    expect(unpriced.map((l) => l.item).sort()).toEqual(['proxmox.pbs', 'proxmox.services', 'proxmox.training']);
    expect(unpriced.every((l) => l.tag === 'unpriced' && l.total === null)).toBe(true);
    expect(r.unpriced).toBe(3);
    expect(r.totals.proxmox.unpriced).toBe(3);
    const sum = (side: string) => priced.filter((l) => l.side === side).reduce((s, l) => s + (l.total ?? 0), 0);
    expect(r.totals.proxmox.total).toBeCloseTo(sum('proxmox'), 6);
    expect(r.totals.vmware.total).toBeCloseTo(sum('vmware'), 6);
    expect(costHeadline(r).en).toMatch(/3 lines are unpriced and not in the totals/);
    expect(costHeadline(r).vi).toMatch(/3 dòng chưa có giá/);
  });

  it('adds an entered price to the total exactly once, tagged quoted', () => {
    const before = run({});
    const d = upsertPrice({}, DEFAULT_PRICE_BOOK, { product: 'proxmox-backup-server', tier: 'standard', unit: 'server-year', price: 1000, currency: 'USD', validFrom: '2026-03-01', source: 'Quote 42', confidence: 'user' }, NOW);
    const after = run(d);
    const pbs = after.lines.find((l) => l.item === 'proxmox.pbs');
    expect(pbs?.tag).toBe('quoted');
    expect(pbs?.source).toBe('Quote 42');
    expect(pbs?.amount).toBe(1000);
    expect(after.totals.proxmox.annual - before.totals.proxmox.annual).toBeCloseTo(1000, 6);
    expect(after.totals.proxmox.total - before.totals.proxmox.total).toBeCloseTo(3000, 6);
    expect(after.unpriced).toBe(2);
    expect(after.priceBook.edited).toBe(true);
    expect(run(resetPriceBook(d)).unpriced).toBe(3);
  });

  it('takes migration hours from the waves hook unless the user entered some', () => {
    const priced = upsertPrice({}, DEFAULT_PRICE_BOOK, { product: 'services', tier: 'migration', unit: 'hour', price: 50, currency: 'USD', validFrom: '2026-03-01', source: 'rate card', confidence: 'user' }, NOW);
    expect(run(priced).lines.find((l) => l.item === 'proxmox.services')?.unpricedReason).toBe('no-quantity');
    const fromWaves = run(priced, { waves: 120 });
    expect(fromWaves.migrationHours).toEqual({ hours: 120, source: 'waves' });
    expect(fromWaves.lines.find((l) => l.item === 'proxmox.services')?.amount).toBe(6000);
    const user = run(setCostInput(priced, 'migrationHours', 80), { waves: 120 });
    expect(user.migrationHours).toEqual({ hours: 80, source: 'user' });
    expect(user.lines.find((l) => l.item === 'proxmox.services')?.amount).toBe(4000);
  });

  it('builds the year-by-year series from annual and one-off amounts', () => {
    const d = setCostInput(setCostInput(upsertPrice({}, DEFAULT_PRICE_BOOK, { product: 'training', tier: 'proxmox-admin', unit: 'person', price: 500, currency: 'USD', validFrom: '2026-03-01', source: 'q', confidence: 'user' }, NOW), 'trainees', 4), 'years', 5);
    const r = run(d);
    expect(r.yearly).toHaveLength(5);
    expect(r.totals.proxmox.oneOff).toBe(2000);
    for (const p of r.yearly) {
      expect(p.proxmox).toBeCloseTo(r.totals.proxmox.annual * p.year + 2000, 6);
      expect(p.vmware).toBeCloseTo(r.totals.vmware.annual * p.year, 6);
    }
    expect(r.yearly[4]?.proxmox).toBeCloseTo(r.totals.proxmox.total, 6);
  });

  it('applies discounts to subscriptions and records them on the line', () => {
    const r0 = run({});
    const r = run(editCost({}, (c) => ({ ...c, discounts: { vmware: 10, proxmox: 25 } })));
    expect(r.totals.vmware.annual).toBeCloseTo(r0.totals.vmware.annual * 0.9, 6);
    const pve = r.lines.find((l) => l.item === 'proxmox.ve.prod');
    expect(pve?.discountPct).toBe(25);
  });
});

describe('price book validation', () => {
  it('ships a default book that passes every check, with the 2026 Proxmox figures and reported VMware figures', () => {
    expect(DEFAULT_PRICE_BOOK_ISSUES).toEqual([]);
    const raw = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../templates/pricebook.json'), 'utf8')) as unknown;
    expect(readPriceBook(raw).issues).toEqual([]);
    const pve = DEFAULT_PRICE_BOOK.entries.filter((e) => e.product === 'proxmox-ve').map((e) => [e.tier, e.price, e.currency, e.unit]);
    expect(pve).toEqual([
      ['community', 120, 'EUR', 'socket-year'],
      ['basic', 370, 'EUR', 'socket-year'],
      ['standard', 550, 'EUR', 'socket-year'],
      ['premium', 1100, 'EUR', 'socket-year'],
    ]);
    const vmw = DEFAULT_PRICE_BOOK.entries.filter((e) => e.product === 'vmware');
    expect(vmw.map((e) => e.tier).sort()).toEqual(['enterprise-plus', 'standard', 'vcf', 'vvf']);
    expect(vmw.every((e) => e.confidence === 'reported' && e.unit === 'core-year' && e.currency === 'USD')).toBe(true);
    const pbs = DEFAULT_PRICE_BOOK.entries.filter((e) => e.product === 'proxmox-backup-server');
    expect(pbs.length).toBeGreaterThan(0);
    expect(pbs.every((e) => e.price === null && e.unit === 'server-year')).toBe(true);
    for (const e of DEFAULT_PRICE_BOOK.entries) {
      expect(e.source.length).toBeGreaterThan(5);
      expect(e.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('reports each bad field with a code, a path and both languages, and keeps the good entries', () => {
    const good = DEFAULT_PRICE_BOOK.entries[0];
    const r = readPriceBook({
      schema: 'vm2pve.pricebook/1',
      title: { vi: 'x', en: 'x' },
      updated: '2026-01-01',
      entries: [
        good,
        { ...good, tier: 'basic', price: -5 },
        { ...good, tier: 'premium', currency: 'GBP' },
        { ...good, tier: 'x', unit: 'per-vm' },
        { ...good, tier: 'y', validFrom: '2026-02-30' },
        { ...good, tier: 'z', confidence: 'guess' },
        { ...good, tier: 'w', source: '' },
        'not an object',
        good,
      ],
      rates: [{ from: 'EUR', to: 'EUR', rate: 1, date: '2026-01-01', source: 's', confidence: 'user' }, { from: 'EUR', to: 'USD', rate: 0, date: '2026-01-01', source: 's', confidence: 'user' }],
    });
    expect(r.book?.entries).toHaveLength(1);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['PRICEBOOK_PRICE', 'entries[1].price'],
      ['PRICEBOOK_CURRENCY', 'entries[2].currency'],
      ['PRICEBOOK_UNIT', 'entries[3].unit'],
      ['PRICEBOOK_DATE', 'entries[4].validFrom'],
      ['PRICEBOOK_CONFIDENCE', 'entries[5].confidence'],
      ['PRICEBOOK_FIELD_MISSING', 'entries[6].source'],
      ['PRICEBOOK_ENTRY_INVALID', 'entries[7]'],
      ['PRICEBOOK_DUPLICATE', 'entries[8]'],
      ['PRICEBOOK_CURRENCY', 'rates[0].to'],
      ['PRICEBOOK_RATE_INVALID', 'rates[1].rate'],
    ]);
    for (const i of r.issues) {
      expect(i.message.vi).toContain(i.path ?? '');
      expect(i.message.en).toContain(i.path ?? '');
      expect(i.message.vi).not.toBe(i.message.en);
      expect(i.message.en).not.toMatch(/\{\{/);
    }
  });

  it('refuses what is not a price book at all, without throwing', () => {
    for (const bad of [null, 42, 'x', [], { schema: 'other' }, { schema: 'vm2pve.pricebook/1', entries: 'no' }]) {
      const r = readPriceBook(bad);
      expect(r.book).toBeNull();
      expect(r.issues[0]?.code).toMatch(/^PRICEBOOK_/);
    }
  });

  it('reads a project whose cost inputs are garbage with defaults and coded issues, never a crash', () => {
    const read = readCostInputs({ cost: { currency: 'BTC', years: 7, priceBook: { schema: 'nope' }, clusterTiers: { a: 'gold', b: 'basic' }, discounts: { vmware: 300 }, pbsServers: -1, migrationHours: 'lots' } });
    expect(read.inputs).toMatchObject({ currency: 'USD', years: 3, clusterTiers: { b: 'basic' }, discounts: { vmware: 0, proxmox: 0 }, pbsServers: 1, migrationHours: null });
    expect(read.inputs.priceBook).toBeUndefined();
    expect(read.issues.map((i) => i.code)).toEqual(['PRICEBOOK_SCHEMA']);
    expect(readCostInputs({ cost: 'x' }).inputs).toEqual({ ...DEFAULT_COST_INPUTS, priceBook: undefined });
  });

  it('keeps only what differs from the defaults, edits never mutate the input', () => {
    const d0: Decisions = { design: { pins: {} } };
    const d1 = setClusterTier(d0, 'prod', 'premium');
    expect(d0).toEqual({ design: { pins: {} } });
    expect(d1.cost).toEqual({ clusterTiers: { prod: 'premium' } });
    expect(readCostInputs(setClusterTier(d1, 'prod', undefined)).inputs.clusterTiers).toEqual({});
    const d2 = removePrice(d1, DEFAULT_PRICE_BOOK, 'proxmox-ve/premium', NOW);
    const inputs: CostInputs = readCostInputs(d2).inputs;
    expect(inputs.priceBook?.entries.some((e) => e.tier === 'premium' && e.product === 'proxmox-ve')).toBe(false);
    expect(DEFAULT_PRICE_BOOK.entries.some((e) => e.tier === 'premium' && e.product === 'proxmox-ve')).toBe(true);
    // A cluster on a level the book no longer prices becomes an unpriced line.
    expect(run(d2).lines.find((l) => l.item === 'proxmox.ve.prod')?.unpricedReason).toBe('no-price');
  });

  it('flags rates far older than the plan date', () => {
    const r = run({});
    expect(r.issues.some((i) => i.code === 'COST_RATE_OLD')).toBe(true);
    const fresh = run(upsertRate({}, DEFAULT_PRICE_BOOK, { ...(RATES[0] as ExchangeRate), date: '2026-03-01' }, NOW));
    expect(fresh.issues.some((i) => i.code === 'COST_RATE_OLD')).toBe(false);
  });
});
