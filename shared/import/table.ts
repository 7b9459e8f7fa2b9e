import type { CellValue } from './cells';
import { canonicalHeader, type RvTab } from './columns';

/** One sheet (or CSV file) as rows of raw cells, with its header row. */
export type Table = {
  file: string;
  /** Sheet name as found in the file (CSV: the file name). */
  sheet: string;
  tab: RvTab;
  headers: string[];
  rows: CellValue[][];
  /** 1-based spreadsheet row number of rows[0] (header row + 1). */
  firstRow: number;
};

/** Column lookup of one table by canonical header name. First occurrence wins. */
export type Columns = {
  /** Index of a column by any header spelling, or -1. */
  index(header: string): number;
  has(header: string): boolean;
  /** Headers that occur more than once (as written in the file). */
  duplicates: string[];
};

export function columnsOf(t: Table): Columns {
  const map = new Map<string, number>();
  const duplicates: string[] = [];
  t.headers.forEach((h, i) => {
    if (h.trim() === '') return;
    const k = canonicalHeader(h, t.tab);
    if (map.has(k)) duplicates.push(h);
    else map.set(k, i);
  });
  const index = (header: string): number => map.get(canonicalHeader(header, t.tab)) ?? -1;
  return { index, has: (h) => index(h) >= 0, duplicates };
}

/** Trim a rows array: drop trailing rows with no value at all. */
export function trimTrailingEmpty(rows: CellValue[][]): CellValue[][] {
  let n = rows.length;
  while (n > 0 && isEmptyRow(rows[n - 1])) n--;
  return n === rows.length ? rows : rows.slice(0, n);
}

export function isEmptyRow(r: CellValue[] | undefined): boolean {
  if (!r) return true;
  for (const c of r) {
    if (c !== null && c !== undefined && !(typeof c === 'string' && c.trim() === '')) return false;
  }
  return true;
}
