import type { Currency, ExchangeRate } from './types';

/**
 * Currency conversion with the price book's dated rates. A rate `1 from = rate to` also converts back
 * (`1 to = 1/rate from`); currencies without a direct rate convert through the fewest steps (EUR → USD →
 * VND). The result names the rates it used, so every converted figure can be traced to a dated rate.
 */

export type Conversion = { factor: number; rates: ExchangeRate[] };

/** The factor that turns an amount in `from` into `to`, or `null` when the rates do not connect them. */
export function conversion(from: Currency, to: Currency, rates: readonly ExchangeRate[]): Conversion | null {
  if (from === to) return { factor: 1, rates: [] };
  // Breadth-first over the rate graph: the fewest conversions win (ties: the order of the book).
  const seen = new Set<Currency>([from]);
  let frontier: { at: Currency; factor: number; used: ExchangeRate[] }[] = [{ at: from, factor: 1, used: [] }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const f of frontier) {
      for (const r of rates) {
        let to2: Currency | undefined;
        let k = 0;
        if (r.from === f.at) {
          to2 = r.to;
          k = r.rate;
        } else if (r.to === f.at) {
          to2 = r.from;
          k = 1 / r.rate;
        }
        if (!to2 || seen.has(to2)) continue;
        const step = { at: to2, factor: f.factor * k, used: [...f.used, r] };
        if (to2 === to) return { factor: step.factor, rates: step.used };
        seen.add(to2);
        next.push(step);
      }
    }
    frontier = next;
  }
  return null;
}

/** Convert an amount; `null` when no rate connects the two currencies. */
export function convert(amount: number, from: Currency, to: Currency, rates: readonly ExchangeRate[]): number | null {
  const c = conversion(from, to, rates);
  return c ? amount * c.factor : null;
}

/** Decimal places shown for a currency (the đồng has no minor unit in use). */
export function currencyDecimals(c: Currency): number {
  return c === 'VND' ? 0 : 2;
}

/** Round an amount to the currency's minor unit. */
export function roundMoney(amount: number, c: Currency): number {
  const f = 10 ** currencyDecimals(c);
  return Math.round(amount * f) / f;
}
