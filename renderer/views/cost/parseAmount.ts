/**
 * An amount typed by a user in either convention: "1234.5", "1,234.5", "1.234,5", "1 234,5", "26000".
 * Empty means "no price" (`null`); anything that is not a number of 0 or more is `undefined` (rejected).
 * The last separator followed by one or two digits is the decimal one; other separators group thousands.
 */
export function parseAmount(raw: string): number | null | undefined {
  const s = raw.replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
  const m = /^(.*?)[.,](\d{1,2})$/.exec(s);
  const whole = m ? (m[1] ?? '') : s;
  const frac = m ? (m[2] ?? '') : '';
  // Group separators must split the whole part into groups of three.
  if (/[.,]/.test(whole) && !/^\d{1,3}([.,]\d{3})+$/.test(whole)) return undefined;
  const n = Number(`${whole.replace(/[.,]/g, '')}${frac ? `.${frac}` : ''}`);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
