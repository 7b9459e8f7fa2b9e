import defaultBookJson from '../../templates/pricebook.json';
import { tt, type TKey } from '../i18n';
import type { Params, Text } from '../i18n/text';
import {
  CONFIDENCES,
  CURRENCIES,
  PRICE_UNITS,
  PRODUCTS,
  RATE_CONFIDENCES,
  type Confidence,
  type CostIssue,
  type Currency,
  type ExchangeRate,
  type PriceBook,
  type PriceEntry,
  type PriceUnit,
  type Product,
  type RateConfidence,
} from './types';

/**
 * The price book: dated, sourced prices and exchange rates. The default ships as templates/pricebook.json;
 * a project keeps its own edited copy. Every book is read through `readPriceBook`, which checks each field
 * and reports coded bilingual issues: a bad entry is left out (and named), never a crash.
 */

export const PRICE_BOOK_SCHEMA = 'vm2pve.pricebook/1';

/** Upper bounds that catch typos (a VND figure typed as EUR, an extra zero row of digits). */
const MAX_PRICE = 1e12;
const MAX_RATE = 1e7;
const MAX_ENTRIES = 2000;
const MAX_TEXT = 2000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !ISO_DATE.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function issue(code: string, key: TKey, path: string | undefined, params: Params = {}, severity: CostIssue['severity'] = 'error'): CostIssue {
  return { code, severity, path, message: tt(key, { path: path ?? '', ...params }) };
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[]): v is T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v);
}

function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return s === '' ? undefined : s.slice(0, MAX_TEXT);
}

/** The key that identifies an entry: one price per product and tier. */
export function entryKey(e: { product: Product; tier: string }): string {
  return `${e.product}/${e.tier}`;
}

/** An optional bilingual note; a malformed one is dropped with a warning (the entry itself stays). */
function readNote(raw: unknown, at: string, issues: CostIssue[]): Text | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (isObj(raw) && typeof raw.vi === 'string' && typeof raw.en === 'string' && raw.vi.trim() !== '' && raw.en.trim() !== '') {
    return { vi: raw.vi.slice(0, MAX_TEXT), en: raw.en.slice(0, MAX_TEXT) };
  }
  issues.push(issue('PRICEBOOK_NOTE', 'cost.issue.PRICEBOOK_NOTE', `${at}.note`, {}, 'warning'));
  return undefined;
}

function readEntry(raw: unknown, i: number, issues: CostIssue[]): PriceEntry | null {
  const at = `entries[${i}]`;
  if (!isObj(raw)) {
    issues.push(issue('PRICEBOOK_ENTRY_INVALID', 'cost.issue.PRICEBOOK_ENTRY_INVALID', at));
    return null;
  }
  const bad = (field: string, code: string, key: TKey, params: Params = {}): null => {
    issues.push(issue(code, key, `${at}.${field}`, params));
    return null;
  };
  if (!oneOf(raw.product, PRODUCTS)) return bad('product', 'PRICEBOOK_PRODUCT', 'cost.issue.PRICEBOOK_PRODUCT', { value: String(raw.product), allowed: PRODUCTS.join(', ') });
  const tier = text(raw.tier);
  if (!tier) return bad('tier', 'PRICEBOOK_FIELD_MISSING', 'cost.issue.PRICEBOOK_FIELD_MISSING');
  if (!oneOf(raw.unit, PRICE_UNITS)) return bad('unit', 'PRICEBOOK_UNIT', 'cost.issue.PRICEBOOK_UNIT', { value: String(raw.unit), allowed: PRICE_UNITS.join(', ') });
  let price: number | null;
  if (raw.price === null || raw.price === undefined) price = null;
  else if (typeof raw.price === 'number' && Number.isFinite(raw.price) && raw.price >= 0 && raw.price <= MAX_PRICE) price = raw.price;
  else return bad('price', 'PRICEBOOK_PRICE', 'cost.issue.PRICEBOOK_PRICE', { value: String(raw.price) });
  if (!oneOf(raw.currency, CURRENCIES)) return bad('currency', 'PRICEBOOK_CURRENCY', 'cost.issue.PRICEBOOK_CURRENCY', { value: String(raw.currency), allowed: CURRENCIES.join(', ') });
  if (!isIsoDate(raw.validFrom)) return bad('validFrom', 'PRICEBOOK_DATE', 'cost.issue.PRICEBOOK_DATE', { value: String(raw.validFrom) });
  const source = text(raw.source);
  if (!source) return bad('source', 'PRICEBOOK_FIELD_MISSING', 'cost.issue.PRICEBOOK_FIELD_MISSING');
  if (!oneOf(raw.confidence, CONFIDENCES)) return bad('confidence', 'PRICEBOOK_CONFIDENCE', 'cost.issue.PRICEBOOK_CONFIDENCE', { value: String(raw.confidence), allowed: CONFIDENCES.join(', ') });
  const note = readNote(raw.note, at, issues);
  return {
    product: raw.product,
    tier,
    unit: raw.unit as PriceUnit,
    price,
    currency: raw.currency as Currency,
    validFrom: raw.validFrom,
    source,
    confidence: raw.confidence as Confidence,
    ...(note ? { note } : {}),
  };
}

function readRate(raw: unknown, i: number, issues: CostIssue[]): ExchangeRate | null {
  const at = `rates[${i}]`;
  if (!isObj(raw)) {
    issues.push(issue('PRICEBOOK_RATE_INVALID', 'cost.issue.PRICEBOOK_RATE_INVALID', at));
    return null;
  }
  const bad = (field: string, code: string, key: TKey, params: Params = {}): null => {
    issues.push(issue(code, key, `${at}.${field}`, params));
    return null;
  };
  if (!oneOf(raw.from, CURRENCIES)) return bad('from', 'PRICEBOOK_CURRENCY', 'cost.issue.PRICEBOOK_CURRENCY', { value: String(raw.from), allowed: CURRENCIES.join(', ') });
  if (!oneOf(raw.to, CURRENCIES) || raw.to === raw.from) return bad('to', 'PRICEBOOK_CURRENCY', 'cost.issue.PRICEBOOK_CURRENCY', { value: String(raw.to), allowed: CURRENCIES.join(', ') });
  if (typeof raw.rate !== 'number' || !Number.isFinite(raw.rate) || raw.rate <= 0 || raw.rate > MAX_RATE) {
    return bad('rate', 'PRICEBOOK_RATE_INVALID', 'cost.issue.PRICEBOOK_RATE_INVALID', { value: String(raw.rate) });
  }
  if (!isIsoDate(raw.date)) return bad('date', 'PRICEBOOK_DATE', 'cost.issue.PRICEBOOK_DATE', { value: String(raw.date) });
  const source = text(raw.source);
  if (!source) return bad('source', 'PRICEBOOK_FIELD_MISSING', 'cost.issue.PRICEBOOK_FIELD_MISSING');
  if (!oneOf(raw.confidence, RATE_CONFIDENCES)) {
    return bad('confidence', 'PRICEBOOK_CONFIDENCE', 'cost.issue.PRICEBOOK_CONFIDENCE', { value: String(raw.confidence), allowed: RATE_CONFIDENCES.join(', ') });
  }
  const note = readNote(raw.note, at, issues);
  return { from: raw.from, to: raw.to as Currency, rate: raw.rate, date: raw.date, source, confidence: raw.confidence as RateConfidence, ...(note ? { note } : {}) };
}

export type PriceBookRead = { book: PriceBook; issues: CostIssue[] };

/**
 * Read and check a price book (untrusted: a project file or a file the user opened). Entries and rates
 * that fail a check are left out, each with a coded issue; a later duplicate of a product/tier or of a
 * currency pair is left out too. Returns `book: null` when the input is not a price book at all.
 */
export function readPriceBook(raw: unknown): { book: PriceBook | null; issues: CostIssue[] } {
  const issues: CostIssue[] = [];
  if (!isObj(raw)) return { book: null, issues: [issue('PRICEBOOK_NOT_OBJECT', 'cost.issue.PRICEBOOK_NOT_OBJECT', undefined)] };
  if (raw.schema !== PRICE_BOOK_SCHEMA) {
    return { book: null, issues: [issue('PRICEBOOK_SCHEMA', 'cost.issue.PRICEBOOK_SCHEMA', 'schema', { value: String(raw.schema), expected: PRICE_BOOK_SCHEMA })] };
  }
  if (!Array.isArray(raw.entries)) return { book: null, issues: [issue('PRICEBOOK_FIELD_MISSING', 'cost.issue.PRICEBOOK_FIELD_MISSING', 'entries')] };
  const rawRates = Array.isArray(raw.rates) ? raw.rates : [];
  if (!Array.isArray(raw.rates)) issues.push(issue('PRICEBOOK_FIELD_MISSING', 'cost.issue.PRICEBOOK_FIELD_MISSING', 'rates', {}, 'warning'));
  if (raw.entries.length > MAX_ENTRIES) {
    issues.push(issue('PRICEBOOK_TOO_LARGE', 'cost.issue.PRICEBOOK_TOO_LARGE', 'entries', { count: raw.entries.length, max: MAX_ENTRIES }));
  }
  const entries: PriceEntry[] = [];
  const seen = new Set<string>();
  raw.entries.slice(0, MAX_ENTRIES).forEach((e, i) => {
    const entry = readEntry(e, i, issues);
    if (!entry) return;
    const k = entryKey(entry);
    if (seen.has(k)) {
      issues.push(issue('PRICEBOOK_DUPLICATE', 'cost.issue.PRICEBOOK_DUPLICATE', `entries[${i}]`, { key: k }, 'warning'));
      return;
    }
    seen.add(k);
    entries.push(entry);
  });
  const rates: ExchangeRate[] = [];
  const pairs = new Set<string>();
  rawRates.slice(0, MAX_ENTRIES).forEach((r, i) => {
    const rate = readRate(r, i, issues);
    if (!rate) return;
    const k = [rate.from, rate.to].sort().join('/');
    if (pairs.has(k)) {
      issues.push(issue('PRICEBOOK_DUPLICATE', 'cost.issue.PRICEBOOK_DUPLICATE', `rates[${i}]`, { key: k }, 'warning'));
      return;
    }
    pairs.add(k);
    rates.push(rate);
  });
  const title = isObj(raw.title) && typeof raw.title.vi === 'string' && typeof raw.title.en === 'string'
    ? { vi: raw.title.vi.slice(0, 200), en: raw.title.en.slice(0, 200) }
    : tt('cost.priceBook.untitled');
  const updated = isIsoDate(raw.updated) ? raw.updated : (entries.map((e) => e.validFrom).sort().pop() ?? '1970-01-01');
  return { book: { schema: PRICE_BOOK_SCHEMA, title, updated, entries, rates }, issues };
}

const DEFAULT_READ = readPriceBook(defaultBookJson);

/** Problems of the shipped price book (a test keeps this empty). */
export const DEFAULT_PRICE_BOOK_ISSUES: readonly CostIssue[] = DEFAULT_READ.issues;

function emptyBook(): PriceBook {
  return { schema: PRICE_BOOK_SCHEMA, title: tt('cost.priceBook.untitled'), updated: '1970-01-01', entries: [], rates: [] };
}

/** The shipped default price book (templates/pricebook.json), checked on load. */
export const DEFAULT_PRICE_BOOK: PriceBook = DEFAULT_READ.book ?? emptyBook();

/** A fresh deep copy of the default book, to edit. */
export function defaultPriceBook(): PriceBook {
  return JSON.parse(JSON.stringify(DEFAULT_PRICE_BOOK)) as PriceBook;
}

export function findEntry(book: PriceBook, product: Product, tier: string): PriceEntry | undefined {
  return book.entries.find((e) => e.product === product && e.tier === tier);
}
