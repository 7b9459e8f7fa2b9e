/**
 * The one formula-injection neutraliser. A spreadsheet reads a cell that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return as a formula (OWASP "CSV injection"); every text we write into an XLSX sheet or a
 * CSV file goes through here first and gets a leading apostrophe, so it shows as the text it is.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** Excel refuses cells longer than this many characters. */
export const MAX_CELL_CHARS = 32_767;

/** The text with a leading `'` when a spreadsheet could evaluate it. */
export function neutraliseFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** An XLSX text cell: neutralised, and cut with "…" when longer than a cell may hold. */
export function safeSheetText(s: string): string {
  const safe = neutraliseFormula(s);
  return safe.length > MAX_CELL_CHARS ? `${safe.slice(0, MAX_CELL_CHARS - 1)}…` : safe;
}

/** One CSV field: neutralised, then quoted (doubled quotes) when it holds a quote, comma or line break. */
export function csvField(v: string): string {
  const safe = neutraliseFormula(v);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
