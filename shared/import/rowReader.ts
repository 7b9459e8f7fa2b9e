import { asBool, asDate, asInt, asNumber, asText, capName, type CellValue } from './cells';
import { issue, type IssueSink } from './issues';
import { MAX_NAME_CHARS } from './limits';
import { columnsOf, type Columns, type Table } from './table';

/**
 * Typed access to the cells of one table by header name. A missing column gives undefined (unknown); a
 * present but unreadable value gives undefined and a warning `RVT_BAD_VALUE` with file, sheet, row and column.
 */
export type RowReader = {
  table: Table;
  cols: Columns;
  has(header: string): boolean;
  /** First header of the list that exists, or undefined. */
  pick(...headers: string[]): string | undefined;
  text(row: CellValue[], i: number, ...headers: string[]): string | undefined;
  num(row: CellValue[], i: number, ...headers: string[]): number | undefined;
  int(row: CellValue[], i: number, ...headers: string[]): number | undefined;
  bool(row: CellValue[], i: number, ...headers: string[]): boolean | undefined;
  date(row: CellValue[], i: number, ...headers: string[]): string | undefined;
  raw(row: CellValue[], ...headers: string[]): CellValue;
  /** 1-based spreadsheet row of rows[i]. */
  rowNumber(i: number): number;
};

/**
 * Columns of free text that may be long (kept up to the cell limit). Every other text column holds a name or
 * a short value and is shortened to MAX_NAME_CHARS with `capName`.
 */
const LONG_TEXT = new Set(['Annotation', 'Path', 'Description', 'Message', 'Cluster rule(s)', 'Cluster rule name(s)', 'Assigned License(s)', 'Features', 'URL']);

/** Long names already reported, per sink: one warning per name and column, not one per row that repeats it. */
const reported = new WeakMap<IssueSink, Set<string>>();

export function rowReader(table: Table, sink: IssueSink): RowReader {
  const cols = columnsOf(table);
  const idxCache = new Map<string, number>();
  const idx = (headers: string[]): number => {
    const key = headers.join('\u0000');
    let v = idxCache.get(key);
    if (v === undefined) {
      v = -1;
      for (const h of headers) {
        const k = cols.index(h);
        if (k >= 0) { v = k; break; }
      }
      idxCache.set(key, v);
    }
    return v;
  };
  const bad = (i: number, col: number, value: CellValue, expected: string): void => {
    sink.add(
      issue('RVT_BAD_VALUE', 'warning', { value: String(value).slice(0, 80), column: table.headers[col] ?? '', expected }, {
        file: table.file, sheet: table.sheet, row: table.firstRow + i, column: table.headers[col],
      }),
    );
  };
  const rowNumber = (i: number): number => table.firstRow + i;
  return {
    table,
    cols,
    has: (h) => cols.has(h),
    pick: (...hs) => hs.find((h) => cols.has(h)),
    raw(row, ...hs) {
      const c = idx(hs);
      return c < 0 ? undefined : row[c];
    },
    text(row, i, ...hs) {
      const c = idx(hs);
      if (c < 0) return undefined;
      const v = asText(row[c]);
      if (v === undefined || v.length <= MAX_NAME_CHARS || LONG_TEXT.has(hs[0] ?? '')) return v;
      const short = capName(v, MAX_NAME_CHARS);
      const column = table.headers[c] ?? '';
      let seen = reported.get(sink);
      if (!seen) reported.set(sink, (seen = new Set()));
      const key = `${column}\u0000${short}`;
      if (!seen.has(key)) {
        seen.add(key);
        sink.add(issue('IMP_NAME_TRUNCATED', 'warning', { column, length: v.length, limit: MAX_NAME_CHARS, name: `${v.slice(0, 40)}…${short.slice(-9)}` }, {
          file: table.file, sheet: table.sheet, row: table.firstRow + i, column,
        }));
      }
      return short;
    },
    num(row, i, ...hs) {
      const c = idx(hs);
      if (c < 0) return undefined;
      const v = asNumber(row[c]);
      if (v === null) { bad(i, c, row[c], 'number'); return undefined; }
      return v;
    },
    int(row, i, ...hs) {
      const c = idx(hs);
      if (c < 0) return undefined;
      const v = asInt(row[c]);
      if (v === null) { bad(i, c, row[c], 'integer'); return undefined; }
      return v;
    },
    bool(row, i, ...hs) {
      const c = idx(hs);
      if (c < 0) return undefined;
      const v = asBool(row[c]);
      if (v === null) { bad(i, c, row[c], 'True/False'); return undefined; }
      return v;
    },
    date(row, i, ...hs) {
      const c = idx(hs);
      if (c < 0) return undefined;
      const v = asDate(row[c]);
      if (v === null) { bad(i, c, row[c], 'date'); return undefined; }
      return v;
    },
    rowNumber,
  };
}
