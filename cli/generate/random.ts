/** A small seeded pseudo-random source (mulberry32) so generated estates are identical run to run. */

export type Random = {
  /** Uniform float in [0, 1). */
  next: () => number;
  /** Integer in [min, max] inclusive. */
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Pick by weight: [[value, weight], …]. */
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
  hex: (digits: number) => string;
  /** Lower-case 8-4-4-4-12 GUID. */
  uuid: () => string;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let roll = next() * total;
    for (const [value, weight] of items) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  };
  const hex = (digits: number): string => {
    let out = '';
    while (out.length < digits) out += Math.floor(next() * 0x10000).toString(16).padStart(4, '0');
    return out.slice(0, digits);
  };
  const uuid = (): string => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
  return { next, int, chance: (p) => next() < p, pick, weighted, hex, uuid };
}

/** MAC in the VMware assigned range 00:50:56:xx:xx:xx, derived from a counter so it is unique. */
export function vmwareMac(index: number, prefix = '00:50:56'): string {
  const a = (index >>> 16) & 0x3f;
  const b = (index >>> 8) & 0xff;
  const c = index & 0xff;
  return `${prefix}:${hex2(0x80 | a)}:${hex2(b)}:${hex2(c)}`;
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

const DAY_MS = 86_400_000;

/** Date `days` (may be fractional, negative = earlier) from a reference date. */
export function addDays(ref: Date, days: number): Date {
  return new Date(ref.getTime() + Math.round(days * DAY_MS));
}

/** IPv6 link-local address (EUI-64) for a MAC, as vSphere reports it: fe80::250:56ff:fe81:1279. */
export function ipv6LinkLocal(mac: string): string {
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0] = mac.split(':').map((x) => parseInt(x, 16));
  const h = (n: number): string => n.toString(16);
  return `fe80::${h(((b0 ^ 2) << 8) | b1)}:${h((b2 << 8) | 0xff)}:${h(0xfe00 | b3)}:${h((b4 << 8) | b5)}`;
}
