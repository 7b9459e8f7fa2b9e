import { MAX_NAME_CHARS } from './limits';

/** A raw cell value as read from a sheet or a CSV field (CSV gives strings only). */
export type CellValue = string | number | boolean | null | undefined;

/** The first `n` UTF-16 units of `s`, never ending on half a surrogate pair. */
export function cutAt(s: string, n: number): string {
  if (s.length <= n) return s;
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

/** FNV-1a (32 bit) of a string's UTF-16 units, as 8 hex digits. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A name shortened to `max` characters: its start, `~` and a hash of the whole name. The same long name
 * always gives the same short one (so references between tabs still match), and two long names that share
 * their start stay distinct.
 */
export function capName(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${cutAt(s, Math.max(1, max - 9))}~${fnv1a(s)}`;
}

/** Trimmed text, or undefined when empty. Numbers are printed without exponent where possible. */
export function asText(v: CellValue): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') {
    const s = v.trim();
    return s === '' ? undefined : s;
  }
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (!Number.isFinite(v)) return undefined;
  return String(v);
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on', 'enabled', 'có', 'co']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off', 'disabled', 'không', 'khong']);

/** Boolean in any case (`True`, `TRUE`, `true`, `Yes`, 1 …); undefined when empty; null when not a boolean. */
export function asBool(v: CellValue): boolean | undefined | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  const s = asText(v);
  if (s === undefined) return undefined;
  const l = s.toLowerCase();
  if (TRUE_WORDS.has(l)) return true;
  if (FALSE_WORDS.has(l)) return false;
  return null;
}

const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const GROUPED_SPACE = /^[-+]?\d{1,3}([  ]\d{3})+([.,]\d+)?$/;
const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Number from a numeric cell or text: "16,384", "1 024", "12.5", "45%" (→ 45). Undefined when empty,
 * null when the text is not a number.
 */
export function asNumber(v: CellValue): number | undefined | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return null;
  let s = asText(v);
  if (s === undefined) return undefined;
  if (s.endsWith('%')) s = s.slice(0, -1).trim();
  if (PLAIN.test(s)) return Number(s);
  if (GROUPED.test(s)) return Number(s.replace(/,/g, ''));
  if (GROUPED_SPACE.test(s)) return Number(s.replace(/[  ]/g, '').replace(',', '.'));
  return null;
}

/** Integer (rounded toward nearest) or undefined/null like asNumber. */
export function asInt(v: CellValue): number | undefined | null {
  const n = asNumber(v);
  return n === undefined || n === null ? n : Math.round(n);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Excel serial date (1900 system) → ISO 8601 local date-time without zone, as RVTools wrote it. */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial <= 0 || serial > 2958465) return undefined;
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
const US_LIKE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

/**
 * Date cell → ISO text. Accepts Excel serials (numbers or numeric text), ISO-like text and US-style
 * `M/D/YYYY h:mm:ss AM` text (RVTools CSV). Undefined when empty, null when unreadable.
 */
export function asDate(v: CellValue): string | undefined | null {
  if (typeof v === 'number') return excelSerialToIso(v) ?? null;
  const s = asText(v);
  if (s === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(s)) return excelSerialToIso(Number(s)) ?? null;
  let m = ISO_LIKE.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, se] = m;
    return `${y}-${pad(Number(mo))}-${pad(Number(d))}T${pad(Number(h ?? 0))}:${pad(Number(mi ?? 0))}:${pad(Number(se ?? 0))}`;
  }
  m = US_LIKE.exec(s);
  if (m) {
    const [, mo, d, y, h, mi, se, ap] = m;
    let hour = Number(h ?? 0);
    if (ap) {
      const pm = ap.toLowerCase() === 'pm';
      if (hour === 12) hour = pm ? 12 : 0;
      else if (pm) hour += 12;
    }
    return `${y}-${pad(Number(mo))}-${pad(Number(d))}T${pad(hour)}:${pad(Number(mi ?? 0))}:${pad(Number(se ?? 0))}`;
  }
  return null;
}

/** Split a list cell ("a, b; c") into trimmed non-empty parts. */
export function asList(v: CellValue, sep: RegExp = /[,;]/): string[] {
  const s = asText(v);
  if (s === undefined) return [];
  // list members are names (hosts, IPs): shortened like the names they refer to
  return s.split(sep).map((x) => capName(x.trim(), MAX_NAME_CHARS)).filter((x) => x !== '');
}

/** `[datastore] folder/file.vmdk` → `datastore`. */
export function datastoreFromPath(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const m = /^\s*\[([^\]]+)\]/.exec(path);
  const ds = m?.[1]?.trim();
  return ds ? capName(ds, MAX_NAME_CHARS) : undefined;
}
