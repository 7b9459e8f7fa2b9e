import type { Decisions } from '../model/project';
import { PRICE_BOOK_SCHEMA, entryKey, isIsoDate, readPriceBook } from './priceBook';
import {
  CURRENCIES,
  SUBSCRIPTION_TIERS,
  VMWARE_EDITIONS,
  type CostIssue,
  type Currency,
  type ExchangeRate,
  type PriceBook,
  type PriceEntry,
  type SubscriptionTier,
  type VmwareEdition,
} from './types';

/**
 * The user's cost inputs: an edited price book, the what-if switches, tiers per target cluster, quantities
 * the inventory does not give (PBS servers, migration hours, trainees) and discounts. Saved in the project
 * under ONE key, `decisions.cost` (`COST_DECISIONS_KEY`), read back defensively (the project file is
 * untrusted), changed only through the pure edit functions below.
 */

export const COST_DECISIONS_KEY = 'cost';

/** Comparison periods offered (years). */
export const TCO_YEARS = [1, 3, 5] as const;
export type TcoYears = (typeof TCO_YEARS)[number];

export type CostInputs = {
  /** The project's own copy of the price book, once edited (absent: the shipped default). */
  priceBook?: PriceBook;
  currency: Currency;
  years: TcoYears;
  /** `current`: each host keeps the like-for-like offering of the edition it runs today. */
  vmwareEdition: 'current' | VmwareEdition;
  /** Reported rule (from 2025-04-10): at least 72 cores per order and product. */
  orderMinimum: boolean;
  /** Reported 20 % surcharge on the first year when a subscription is renewed late. */
  lateRenewal: boolean;
  /** Subscription level for every target cluster without its own choice. */
  defaultTier: SubscriptionTier;
  /** Target cluster name → subscription level (all nodes of a cluster share one level). */
  clusterTiers: Record<string, SubscriptionTier>;
  /** Count the price of the nodes the design adds (new hardware). */
  includeHardware: boolean;
  pbsServers: number;
  pbsTier: SubscriptionTier;
  /** Hours of migration services the user entered; `null` = from the waves when they exist, else unknown. */
  migrationHours: number | null;
  /** People to train; `null` = unknown. */
  trainees: number | null;
  /** Discount in percent on each side's subscriptions (0–100). */
  discounts: { vmware: number; proxmox: number };
};

export const DEFAULT_COST_INPUTS: CostInputs = {
  currency: 'USD',
  years: 3,
  vmwareEdition: 'current',
  orderMinimum: true,
  lateRenewal: false,
  defaultTier: 'standard',
  clusterTiers: {},
  includeHardware: true,
  pbsServers: 1,
  pbsTier: 'standard',
  migrationHours: null,
  trainees: null,
  discounts: { vmware: 0, proxmox: 0 },
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function pick<T extends string | number>(v: unknown, allowed: readonly T[], d: T): T {
  return (allowed as readonly unknown[]).includes(v) ? (v as T) : d;
}

function count(v: unknown, d: number, max = 100_000): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max ? Math.floor(v) : d;
}

function countOrNull(v: unknown, max = 10_000_000): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max ? v : null;
}

function intOrNull(v: unknown, max: number): number | null {
  const n = countOrNull(v, max);
  return n === null ? null : Math.floor(n);
}

function percent(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100 ? v : 0;
}

export type CostInputsRead = { inputs: CostInputs; issues: CostIssue[] };

/** Read `decisions.cost` (anything missing or wrong falls back to the default; the book is checked). */
export function readCostInputs(decisions: Decisions | undefined): CostInputsRead {
  const raw = decisions?.[COST_DECISIONS_KEY];
  const d = DEFAULT_COST_INPUTS;
  const r = isObj(raw) ? raw : {};
  const issues: CostIssue[] = [];
  let priceBook: PriceBook | undefined;
  if (r.priceBook !== undefined) {
    const read = readPriceBook(r.priceBook);
    issues.push(...read.issues);
    if (read.book) priceBook = read.book;
  }
  const tiers: Record<string, SubscriptionTier> = {};
  if (isObj(r.clusterTiers)) {
    for (const [k, v] of Object.entries(r.clusterTiers)) if ((SUBSCRIPTION_TIERS as readonly unknown[]).includes(v)) tiers[k] = v as SubscriptionTier;
  }
  const disc = isObj(r.discounts) ? r.discounts : {};
  return {
    inputs: {
      priceBook,
      currency: pick(r.currency, CURRENCIES, d.currency),
      years: pick(r.years, TCO_YEARS, d.years),
      vmwareEdition: pick(r.vmwareEdition, ['current', ...VMWARE_EDITIONS] as const, d.vmwareEdition),
      orderMinimum: typeof r.orderMinimum === 'boolean' ? r.orderMinimum : d.orderMinimum,
      lateRenewal: typeof r.lateRenewal === 'boolean' ? r.lateRenewal : d.lateRenewal,
      defaultTier: pick(r.defaultTier, SUBSCRIPTION_TIERS, d.defaultTier),
      clusterTiers: tiers,
      includeHardware: typeof r.includeHardware === 'boolean' ? r.includeHardware : d.includeHardware,
      pbsServers: count(r.pbsServers, d.pbsServers, 10_000),
      pbsTier: pick(r.pbsTier, SUBSCRIPTION_TIERS, d.pbsTier),
      migrationHours: countOrNull(r.migrationHours),
      trainees: intOrNull(r.trainees, 100_000),
      discounts: { vmware: percent(disc.vmware), proxmox: percent(disc.proxmox) },
    },
    issues,
  };
}

// ---------------------------------------------------------------------------------------------------
// Pure edits: each takes the project decisions and returns new ones (the input is never changed).
// ---------------------------------------------------------------------------------------------------

/** Store cost inputs (only what differs from the defaults is kept, plus the edited book). */
function store(d: Decisions, inputs: CostInputs): Decisions {
  const out: Record<string, unknown> = {};
  const def = DEFAULT_COST_INPUTS as Record<string, unknown>;
  for (const [k, v] of Object.entries(inputs)) {
    if (v === undefined) continue;
    if (JSON.stringify(v) !== JSON.stringify(def[k])) out[k] = v;
  }
  return { ...d, [COST_DECISIONS_KEY]: out };
}

/** Change the cost inputs with a function of the current ones. */
export function editCost(d: Decisions, change: (c: CostInputs) => CostInputs): Decisions {
  return store(d, change(readCostInputs(d).inputs));
}

/** Set one what-if switch or quantity. */
export function setCostInput<K extends Exclude<keyof CostInputs, 'priceBook'>>(d: Decisions, key: K, value: CostInputs[K]): Decisions {
  return editCost(d, (c) => ({ ...c, [key]: value }));
}

/** Subscription level for one target cluster (`undefined` = back to the default level). */
export function setClusterTier(d: Decisions, cluster: string, tier: SubscriptionTier | undefined): Decisions {
  return editCost(d, (c) => {
    const tiers = { ...c.clusterTiers };
    if (tier === undefined) delete tiers[cluster];
    else tiers[cluster] = tier;
    return { ...c, clusterTiers: tiers };
  });
}

/** The same level for every cluster (clears the per-cluster choices). */
export function setAllTiers(d: Decisions, tier: SubscriptionTier): Decisions {
  return editCost(d, (c) => ({ ...c, defaultTier: tier, clusterTiers: {} }));
}

function bookOf(c: CostInputs, base: PriceBook): PriceBook {
  return c.priceBook ?? (JSON.parse(JSON.stringify(base)) as PriceBook);
}

function today(now: string): string {
  return isIsoDate(now.slice(0, 10)) ? now.slice(0, 10) : '1970-01-01';
}

/**
 * Add or replace a price (keyed by product and tier). A changed price becomes a user price (a quote)
 * unless the caller says otherwise. `base` is the book edited when the project has none of its own.
 */
export function upsertPrice(d: Decisions, base: PriceBook, entry: PriceEntry, now: string): Decisions {
  return editCost(d, (c) => {
    const book = bookOf(c, base);
    const k = entryKey(entry);
    const i = book.entries.findIndex((e) => entryKey(e) === k);
    const entries = [...book.entries];
    if (i >= 0) entries[i] = { ...entry };
    else entries.push({ ...entry });
    return { ...c, priceBook: { ...book, schema: PRICE_BOOK_SCHEMA, entries, updated: today(now) } };
  });
}

export function removePrice(d: Decisions, base: PriceBook, key: string, now: string): Decisions {
  return editCost(d, (c) => {
    const book = bookOf(c, base);
    return { ...c, priceBook: { ...book, entries: book.entries.filter((e) => entryKey(e) !== key), updated: today(now) } };
  });
}

/** Add or replace an exchange rate (keyed by the currency pair, either direction). */
export function upsertRate(d: Decisions, base: PriceBook, rate: ExchangeRate, now: string): Decisions {
  return editCost(d, (c) => {
    const book = bookOf(c, base);
    const same = (r: ExchangeRate) => (r.from === rate.from && r.to === rate.to) || (r.from === rate.to && r.to === rate.from);
    const rates = book.rates.some(same) ? book.rates.map((r) => (same(r) ? { ...rate } : r)) : [...book.rates, { ...rate }];
    return { ...c, priceBook: { ...book, rates, updated: today(now) } };
  });
}

/** Replace the project's book with one read from a file (already checked with `readPriceBook`). */
export function replacePriceBook(d: Decisions, book: PriceBook): Decisions {
  return editCost(d, (c) => ({ ...c, priceBook: JSON.parse(JSON.stringify(book)) as PriceBook }));
}

/** Drop the project's edited book: the shipped default applies again. */
export function resetPriceBook(d: Decisions): Decisions {
  return editCost(d, (c) => {
    const next = { ...c };
    delete next.priceBook;
    return next;
  });
}
