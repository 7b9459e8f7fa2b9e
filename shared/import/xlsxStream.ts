import { inflateSync } from 'fflate';
import { cutAt, type CellValue } from './cells';
import { fatal } from './issues';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import { decodeBytes } from './platform';
import type { RawSheet } from './xlsxReader';
import type { ZipEntry } from './zipGuard';

/**
 * A lean xlsx reader for RVTools-sized workbooks: inflates only the entries it needs (workbook, rels,
 * shared strings, the wanted sheets) with fflate, one sheet at a time into a buffer of the size the zip
 * declares (so a lying header cannot grow memory), and scans the XML bytes directly — no DOM, no string
 * copy of the sheet, no per-cell objects. Gives the same cell values as SheetJS with
 * `{ dense: true, cellText: false, cellHTML: false }` (shared strings, inline strings, numbers, booleans;
 * errors become empty), as a differential test checks on the samples and generated files.
 */

const LT = 60, GT = 62, SLASH = 47, QUOTE = 34, APOS = 39, AMP = 38, COLON = 58, UNDERSCORE = 95, EQ = 61, QMARK = 63;

/**
 * A problem found while scanning one XML part. `readXlsxStreaming` turns it into a coded ImportError that
 * names the file and the sheet: `malformed` → IMP_CORRUPT, `row`/`column` → IMP_ROW_LIMIT / IMP_COLUMN_LIMIT,
 * `rows`/`cells` → IMP_ROW_BUDGET / IMP_CELL_BUDGET.
 */
export class XmlProblem extends Error {
  constructor(
    readonly kind: 'malformed' | 'row' | 'column' | 'rows' | 'cells',
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'XmlProblem';
  }
}

const malformed = (what: string, at: number): XmlProblem => new XmlProblem('malformed', `${what} at byte ${at}`);

/** The limits a sheet scan enforces and what the file has used of its budget so far. */
export type SheetBudget = {
  limits: Pick<ImportLimits, 'maxSheetRows' | 'maxSheetColumns' | 'maxCellChars' | 'maxRowsPerFile' | 'maxCellsPerFile'>;
  /** Rows and non-empty cells of the file's sheets read so far. */
  rows: number;
  cells: number;
};

export const newBudget = (limits: SheetBudget['limits'] = DEFAULT_LIMITS): SheetBudget => ({ limits, rows: 0, cells: 0 });

/** Cells cut at the cell-text limit: how many, and where the first one is (1-based row, 0-based column). */
export type CutCells = { count: number; row: number; col: number };

const decoder = { utf8: (b: Uint8Array): string => decodeBytes(b, 'utf-8') ?? '' };

/** Bytes → string: ASCII fast path, UTF-8 otherwise. */
function str(buf: Uint8Array, s: number, e: number): string {
  if (e - s < 64) {
    let ascii = true;
    for (let i = s; i < e; i++) if ((buf[i] as number) >= 0x80) { ascii = false; break; }
    if (ascii) {
      let out = '';
      for (let i = s; i < e; i++) out += String.fromCharCode(buf[i] as number);
      return out;
    }
  }
  return decoder.utf8(buf.subarray(s, e));
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML text → string the way SheetJS reads xlsx text: character entities (any case), then Excel's
 * `_xHHHH_` escapes, then CR LF → LF.
 */
let lastCut = false;

function text(buf: Uint8Array, s: number, e: number, maxChars = DEFAULT_LIMITS.maxCellChars): string {
  lastCut = false;
  // Never decode more than the longest escape (10 bytes) per kept character: a 50 MB cell costs 330 KB.
  if (e - s > maxChars * 10) {
    e = s + maxChars * 10;
    lastCut = true;
  }
  let hasAmp = false;
  let hasEsc = false;
  for (let i = s; i < e; i++) {
    const c = buf[i];
    if (c === AMP) hasAmp = true;
    else if (c === UNDERSCORE) hasEsc = true;
  }
  let out = str(buf, s, e);
  if (hasAmp) {
    out = out.replace(/&(?:quot|apos|gt|lt|amp|#x?([0-9a-fA-F]+));/gi, (m, num: string | undefined) => {
      if (num === undefined) return ENTITY[m.slice(1, -1).toLowerCase()] ?? m;
      const cp = parseInt(num, m.includes('x') || m.includes('X') ? 16 : 10);
      if (!Number.isFinite(cp) || cp > 0x10ffff) throw new XmlProblem('malformed', `invalid character reference ${m.slice(0, 24)}`);
      return String.fromCodePoint(cp);
    });
  }
  if (hasEsc) out = out.replace(/_x([0-9a-fA-F]{4})_/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  if (out.includes('\r\n')) out = out.replace(/\r\n/g, '\n');
  if (out.length > maxChars) {
    out = cutAt(out, maxChars);
    lastCut = true;
  }
  return out;
}


function indexOfByte(buf: Uint8Array, b: number, from: number): number {
  return buf.indexOf(b, from);
}

/** Find the byte sequence `pat` from `from`. */
function indexOfSeq(buf: Uint8Array, pat: Uint8Array, from: number): number {
  const first = pat[0] as number;
  let i = buf.indexOf(first, from);
  while (i >= 0 && i + pat.length <= buf.length) {
    let ok = true;
    for (let j = 1; j < pat.length; j++) if (buf[i + j] !== pat[j]) { ok = false; break; }
    if (ok) return i;
    i = buf.indexOf(first, i + 1);
  }
  return -1;
}

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Inflate one zip entry into a buffer of its declared size. */
function entryBytes(data: Uint8Array, e: ZipEntry, file: string): Uint8Array {
  const o = e.offset;
  if (o + 30 > data.length || data[o] !== 0x50 || data[o + 1] !== 0x4b || data[o + 2] !== 3 || data[o + 3] !== 4) {
    throw fatal('IMP_CORRUPT', file, { detail: `zip entry ${e.name} has no local header` });
  }
  const nameLen = (data[o + 26] as number) | ((data[o + 27] as number) << 8);
  const extraLen = (data[o + 28] as number) | ((data[o + 29] as number) << 8);
  const start = o + 30 + nameLen + extraLen;
  const raw = data.subarray(start, start + e.compressedSize);
  if (raw.length < e.compressedSize) throw fatal('IMP_CORRUPT', file, { detail: `zip entry ${e.name} is truncated` });
  if (e.method === 0) return raw;
  if (e.method !== 8) throw fatal('IMP_CORRUPT', file, { detail: `zip entry ${e.name} uses compression method ${e.method}` });
  try {
    return inflateSync(raw, { out: new Uint8Array(e.uncompressedSize) });
  } catch (err) {
    throw fatal('IMP_CORRUPT', file, { detail: `${e.name}: ${err instanceof Error ? err.message : String(err)}` });
  }
}

/**
 * Attributes of the tag whose name ends at `s`, up to `end` (its `>`): name → [start, end) of the value.
 * Anything but `name="value"` / `name='value'` pairs is malformed XML.
 */
function attrs(buf: Uint8Array, s: number, end: number, out: Map<string, [number, number]>): void {
  out.clear();
  if (end < 0) throw malformed('tag without its closing >', s);
  let i = s;
  for (;;) {
    while (i < end && (buf[i] as number) <= 32) i++;
    if (i >= end || buf[i] === SLASH || buf[i] === QMARK) return;
    const ns = i;
    while (i < end && buf[i] !== EQ && (buf[i] as number) > 32 && buf[i] !== SLASH) i++;
    const ne = i;
    while (i < end && (buf[i] as number) <= 32) i++;
    if (buf[i] !== EQ || ne === ns) throw malformed('attribute without a value', ns);
    i++;
    while (i < end && (buf[i] as number) <= 32) i++;
    const q = buf[i];
    if (q !== QUOTE && q !== APOS) throw malformed('attribute value without quotes', i);
    const vs = i + 1;
    const ve = buf.indexOf(q, vs);
    if (ve < 0 || ve > end) throw malformed('unterminated attribute value', i);
    let name = str(buf, ns, ne);
    const colon = name.indexOf(':');
    if (colon >= 0 && !name.startsWith('xmlns')) name = name.slice(colon + 1);
    out.set(name, [vs, ve]);
    i = ve + 1;
  }
}

/** Tag at `lt` (buf[lt] === '<'): local name, whether closing, and the index just after the name. */
function tagName(buf: Uint8Array, lt: number): { name: string; closing: boolean; after: number } {
  let i = lt + 1;
  const closing = buf[i] === SLASH;
  if (closing) i++;
  let s = i;
  while (i < buf.length && (buf[i] as number) > 32 && buf[i] !== GT && buf[i] !== SLASH) {
    if (buf[i] === COLON) s = i + 1;
    i++;
  }
  return { name: str(buf, s, Math.min(i, s + 64)), closing, after: i };
}

/** Index of the next `<` from `from` (the end of a text node); malformed when there is none. */
function textEnd(buf: Uint8Array, from: number): number {
  const end = indexOfByte(buf, LT, from);
  if (end < 0) throw malformed('text without a closing tag', from);
  return end;
}

/**
 * Shared strings: the text of every `<si>` (rich-text runs joined; phonetic runs skipped), each cut at
 * `maxChars`; `cut` receives the indices of the strings that were cut.
 */
export function parseSharedStrings(buf: Uint8Array, maxChars = DEFAULT_LIMITS.maxCellChars, cut?: Set<number>): string[] {
  const out: string[] = [];
  let i = 0;
  let cur: string[] | undefined;
  let curLen = 0;
  let curCut = false;
  let skip = 0;
  for (;;) {
    const lt = indexOfByte(buf, LT, i);
    if (lt < 0) break;
    const gt = indexOfByte(buf, GT, lt);
    if (gt < 0) throw malformed('tag without its closing >', lt);
    const t = tagName(buf, lt);
    const selfClose = buf[gt - 1] === SLASH;
    if (t.name === 'si') {
      if (t.closing) {
        if (curCut) cut?.add(out.length);
        out.push(cur ? cutAt(cur.join(''), maxChars) : '');
        cur = undefined;
      } else if (selfClose) out.push('');
      else { cur = []; curLen = 0; curCut = false; }
    } else if (t.name === 'rPh') {
      if (!selfClose) skip += t.closing ? -1 : 1;
    } else if (t.name === 't' && !t.closing && !selfClose && cur && skip === 0) {
      const end = textEnd(buf, gt + 1);
      if (curLen < maxChars) {
        const part = text(buf, gt + 1, end, maxChars - curLen);
        if (lastCut) curCut = true;
        cur.push(part);
        curLen += part.length;
      } else if (end > gt + 1) curCut = true;
      i = end;
      continue;
    }
    i = gt + 1;
  }
  return out;
}

/** Column index (0-based) from an A1 reference's letters; -1 without letters; a column past the limit throws. */
function colOf(buf: Uint8Array, s: number, e: number, maxCols: number): number {
  let c = 0;
  let i = s;
  for (; i < e; i++) {
    const b = buf[i] as number;
    if (b >= 65 && b <= 90) c = c * 26 + (b - 64);
    else if (b >= 97 && b <= 122) c = c * 26 + (b - 96);
    else break;
    if (c > maxCols) throw new XmlProblem('column', str(buf, s, Math.min(e, s + 12)));
  }
  return c - 1;
}

/** Row number (1-based) of an A1 reference or a row's `r`: its digits; none, 0 or a row past the limit throws. */
function rowNumber(buf: Uint8Array, s: number, e: number, maxRows: number): number {
  let n = 0;
  let digits = 0;
  for (let i = s; i < e; i++) {
    const b = buf[i] as number;
    if (b >= 48 && b <= 57) {
      n = n * 10 + (b - 48);
      digits++;
      if (n > maxRows) throw new XmlProblem('row', str(buf, s, Math.min(e, s + 16)));
    }
  }
  if (digits === 0 || n === 0) throw malformed('row without a number', s);
  return n;
}

/** Index into the shared strings (digits only); -1 when it is not a number. */
function sstIndex(buf: Uint8Array, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) {
    const b = buf[i] as number;
    if (b < 48 || b > 57 || n > 1e9) return -1;
    n = n * 10 + (b - 48);
  }
  return e > s ? n : -1;
}

const SHEET_DATA = ascii('sheetData');
const DIMENSION = ascii('dimension');
const CLOSE_TAG = ascii('</');

/**
 * One worksheet's cells → rows from the first non-empty row to the last, like `rowsOfSheet` does for a
 * SheetJS dense sheet. `onRows` is called every 5,000 rows (progress). Enforces Excel's row and column
 * limits, the cell-text limit (cut cells go to `cut`) and the file's row/cell budget (updated).
 */
export function parseSheet(
  buf: Uint8Array,
  sst: string[],
  onRows?: (rows: number) => void,
  budget: SheetBudget = newBudget(),
  cut?: CutCells,
  sstCut?: Set<number>,
): { rows: CellValue[][]; headerRow: number; declaredRows: number } {
  const { maxSheetRows, maxSheetColumns, maxCellChars, maxRowsPerFile, maxCellsPerFile } = budget.limits;
  const a = new Map<string, [number, number]>();
  let declaredRows = 0;
  const dimAt = indexOfSeq(buf, DIMENSION, 0);
  const sd = indexOfSeq(buf, SHEET_DATA, 0);
  if (dimAt >= 0 && (sd < 0 || dimAt < sd)) {
    const gt = indexOfByte(buf, GT, dimAt);
    attrs(buf, dimAt + 9, gt, a);
    const ref = a.get('ref');
    if (ref) {
      const refText = str(buf, ref[0], Math.min(ref[1], ref[0] + 32));
      const m = /(\d+)$/.exec(refText);
      if (m) declaredRows = Math.min(Number(m[1]), maxSheetRows);
    }
  }
  const rows: CellValue[][] = [];
  if (sd < 0) return { rows, headerRow: 1, declaredRows };
  const sdEnd = indexOfByte(buf, GT, sd);
  if (sdEnd < 0) throw malformed('tag without its closing >', sd);
  let i = sdEnd + 1;
  if (buf[i - 2] === SLASH) return { rows, headerRow: 1, declaredRows };
  const rowsBefore = budget.rows;
  let rowIdx = -1;
  let row: CellValue[] | undefined;
  let col = -1;
  let type = '';
  let inCell = false;
  let inIs = false;
  let isParts: string[] = [];
  let isLen = 0;
  let value: CellValue;
  let valueCut = false;
  let count = 0;
  const noteCut = (): void => {
    if (!cut) return;
    if (cut.count === 0) { cut.row = rowIdx + 1; cut.col = col; }
    cut.count++;
  };
  const store = (): void => {
    if (row && col >= 0 && value !== undefined) {
      if (col >= maxSheetColumns) throw new XmlProblem('column', String(col + 1));
      if (++budget.cells > maxCellsPerFile) throw new XmlProblem('cells', String(maxCellsPerFile));
      while (row.length < col) row.push(undefined);
      row[col] = value;
      if (valueCut) noteCut();
    }
    inCell = false;
  };
  const cellValue = (s: number, e: number): CellValue => {
    valueCut = false;
    if (type === 's') {
      const k = sstIndex(buf, s, e);
      if (k >= 0 && sstCut?.has(k)) valueCut = true;
      return k >= 0 ? sst[k] : undefined;
    }
    if (type === 'n') {
      if (s === e) return undefined;
      const n = Number(str(buf, s, Math.min(e, s + 64)));
      return Number.isNaN(n) ? undefined : n;
    }
    if (type === 'b') return buf[s] === 49;
    if (type === 'e') return undefined;
    const t = text(buf, s, e, maxCellChars);
    valueCut = lastCut;
    return t;
  };
  for (;;) {
    const lt = indexOfByte(buf, LT, i);
    if (lt < 0) break;
    const gt = indexOfByte(buf, GT, lt);
    if (gt < 0) throw malformed('tag without its closing >', lt);
    const b1 = buf[lt + 1];
    const b2 = buf[lt + 2] as number;
    // Fast paths for the tags that make up almost all of a sheet: <c …>, <v>, </v>, </c>.
    if (b1 === 99 && (b2 <= 32 || b2 === GT || b2 === SLASH)) {
      let r0 = -1, r1 = -1, t0 = -1, t1 = -1;
      for (let k = lt + 2; k < gt; k++) {
        const ch = buf[k];
        if ((ch === 114 || ch === 116) && (buf[k - 1] as number) <= 32 && buf[k + 1] === EQ) {
          const q = buf[k + 2] as number;
          if (q !== QUOTE && q !== APOS) throw malformed('attribute value without quotes', k + 2);
          const ve = buf.indexOf(q, k + 3);
          if (ve < 0 || ve > gt) throw malformed('unterminated attribute value', k + 2);
          if (ch === 114) { r0 = k + 3; r1 = ve; } else { t0 = k + 3; t1 = ve; }
          k = ve;
        }
      }
      col = r0 >= 0 ? colOf(buf, r0, r1, maxSheetColumns) : col + 1;
      type = t0 >= 0 ? (t1 - t0 === 1 ? String.fromCharCode(buf[t0] as number) : str(buf, t0, Math.min(t1, t0 + 16))) : 'n';
      value = undefined;
      valueCut = false;
      inCell = buf[gt - 1] !== SLASH;
      i = gt + 1;
      continue;
    }
    if (b1 === 118 && b2 === GT && inCell) {
      const end = textEnd(buf, gt + 1);
      value = cellValue(gt + 1, end);
      i = end;
      continue;
    }
    if (b1 === SLASH && (b2 === 118 || b2 === 99) && buf[lt + 3] === GT) {
      if (b2 === 99) store();
      i = gt + 1;
      continue;
    }
    const t = tagName(buf, lt);
    const selfClose = buf[gt - 1] === SLASH;
    if (!t.closing) {
      if (t.name === 'row') {
        attrs(buf, t.after, gt, a);
        const r = a.get('r');
        if (r) rowIdx = rowNumber(buf, r[0], r[1], maxSheetRows) - 1;
        else if (++rowIdx >= maxSheetRows) throw new XmlProblem('row', String(rowIdx + 1));
        if (rowsBefore + rowIdx + 1 > maxRowsPerFile) throw new XmlProblem('rows', String(maxRowsPerFile));
        if (rowIdx + 1 > rows.length) budget.rows = rowsBefore + rowIdx + 1;
        row = [];
        while (rows.length < rowIdx) rows.push([]);
        rows[rowIdx] = row;
        col = -1;
        if (selfClose) row = undefined;
        if (++count % 5000 === 0) onRows?.(count);
      } else if (t.name === 'c') {
        attrs(buf, t.after, gt, a);
        const r = a.get('r');
        col = r ? colOf(buf, r[0], r[1], maxSheetColumns) : col + 1;
        const ty = a.get('t');
        type = ty ? str(buf, ty[0], Math.min(ty[1], ty[0] + 16)) : 'n';
        value = undefined;
        valueCut = false;
        inCell = !selfClose;
      } else if ((t.name === 'v' || (t.name === 't' && inIs)) && inCell && !selfClose) {
        const end = textEnd(buf, gt + 1);
        if (t.name === 't') {
          if (isLen < maxCellChars) {
            const part = text(buf, gt + 1, end, maxCellChars - isLen);
            if (lastCut) valueCut = true;
            isParts.push(part);
            isLen += part.length;
          } else if (end > gt + 1) valueCut = true;
        } else value = cellValue(gt + 1, end);
        i = end;
        continue;
      } else if (t.name === 'is' && inCell) {
        inIs = !selfClose;
        isParts = [];
        isLen = 0;
      } else if (t.name === 'f' && !selfClose) {
        // formula text: skip to its end
        const end = indexOfSeq(buf, CLOSE_TAG, gt + 1);
        i = end < 0 ? gt + 1 : end;
        continue;
      }
    } else {
      if (t.name === 'c') store();
      else if (t.name === 'is') {
        inIs = false;
        if (inCell) value = isParts.join('');
      } else if (t.name === 'row') {
        row = undefined;
      } else if (t.name === 'sheetData') break;
    }
    i = gt + 1;
  }
  // trim leading/trailing empty rows, like rowsOfSheet
  const empty = (r: CellValue[] | undefined): boolean => !r || r.every((c) => c === undefined || c === null || (typeof c === 'string' && c.trim() === ''));
  let last = rows.length - 1;
  while (last >= 0 && empty(rows[last])) last--;
  let first = 0;
  while (first <= last && empty(rows[first])) first++;
  const out = rows.slice(first, last + 1).map((r) => r ?? []);
  return { rows: out, headerRow: first + 1, declaredRows: Math.max(declaredRows, last + 1) };
}

const RELATIONSHIP = ascii('<Relationship ');

/** Sheet name → zip path of its XML, from workbook.xml and its rels. */
function sheetPaths(data: Uint8Array, entries: Map<string, ZipEntry>, file: string): { name: string; path: string }[] {
  const wbE = entries.get('xl/workbook.xml');
  const relE = entries.get('xl/_rels/workbook.xml.rels');
  if (!wbE || !relE) throw fatal('IMP_CORRUPT', file, { detail: 'workbook.xml or its rels missing' });
  const wb = entryBytes(data, wbE, file);
  const rel = entryBytes(data, relE, file);
  const a = new Map<string, [number, number]>();
  const targets = new Map<string, string>();
  let part = 'xl/_rels/workbook.xml.rels';
  try {
    for (let i = indexOfSeq(rel, RELATIONSHIP, 0); i >= 0; i = indexOfSeq(rel, RELATIONSHIP, i + 1)) {
      const gt = indexOfByte(rel, GT, i);
      attrs(rel, i + 13, gt, a);
      const id = a.get('Id');
      const target = a.get('Target');
      if (id && target) targets.set(str(rel, id[0], id[1]), text(rel, target[0], target[1], 1024));
    }
    part = 'xl/workbook.xml';
    const out: { name: string; path: string }[] = [];
    let i = 0;
    for (;;) {
      const lt = indexOfByte(wb, LT, i);
      if (lt < 0) break;
      const gt = indexOfByte(wb, GT, lt);
      if (gt < 0) throw malformed('tag without its closing >', lt);
      const t = tagName(wb, lt);
      if (!t.closing && t.name === 'sheet') {
        attrs(wb, t.after, gt, a);
        const n = a.get('name');
        const id = a.get('id');
        if (n && id) {
          const target = targets.get(str(wb, id[0], id[1])) ?? '';
          const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/');
          out.push({ name: text(wb, n[0], n[1], 255), path });
        }
      }
      i = gt + 1;
    }
    return out;
  } catch (e) {
    throw asImportError(e, file, part);
  }
}

/** An XmlProblem (or any other failure of the scan) → the coded ImportError for `file`, `part`/`sheet`. */
function asImportError(e: unknown, file: string, part: string, sheet?: string): unknown {
  if (!(e instanceof XmlProblem)) {
    if (e instanceof RangeError || e instanceof TypeError) return fatal('IMP_CORRUPT', file, { detail: `${part}: ${e.message}` });
    return e;
  }
  const where = sheet ?? part;
  switch (e.kind) {
    case 'row': return fatal('IMP_ROW_LIMIT', file, { sheet: where, row: e.detail });
    case 'column': return fatal('IMP_COLUMN_LIMIT', file, { sheet: where, column: e.detail });
    case 'rows': return fatal('IMP_ROW_BUDGET', file, { limit: e.detail });
    case 'cells': return fatal('IMP_CELL_BUDGET', file, { limit: e.detail });
    default: return fatal('IMP_CORRUPT', file, { detail: `${part}: ${e.detail}` });
  }
}

/** A sheet read by the streaming reader, with its cells cut at the cell-text limit. */
export type StreamedSheet = RawSheet & { cut: CutCells };

/**
 * Read the wanted sheets of an xlsx. Calls `onRows` every 5,000 rows (progress).
 * Throws a coded ImportError on a damaged file (IMP_CORRUPT), on a sheet past Excel's limits
 * (IMP_ROW_LIMIT, IMP_COLUMN_LIMIT) and on a file over its row or cell budget (IMP_ROW_BUDGET, IMP_CELL_BUDGET).
 */
export function readXlsxStreaming(
  data: Uint8Array,
  file: string,
  entryList: ZipEntry[],
  wanted: string[],
  onRows?: (sheet: string, rows: number) => void,
  limits: SheetBudget['limits'] = DEFAULT_LIMITS,
): { names: string[]; sheets: StreamedSheet[] } {
  const entries = new Map(entryList.map((e) => [e.name, e]));
  const paths = sheetPaths(data, entries, file);
  const sstE = entries.get('xl/sharedStrings.xml');
  let sst: string[] = [];
  const sstCut = new Set<number>();
  if (sstE) {
    const bytes = entryBytes(data, sstE, file);
    if (!/<\/(\w+:)?sst>\s*$/.test(str(bytes, Math.max(0, bytes.length - 32), bytes.length))) {
      throw fatal('IMP_CORRUPT', file, { detail: 'shared strings are incomplete' });
    }
    try {
      sst = parseSharedStrings(bytes, limits.maxCellChars, sstCut);
    } catch (e) {
      throw asImportError(e, file, 'xl/sharedStrings.xml');
    }
  }
  const budget = newBudget(limits);
  const sheets: StreamedSheet[] = [];
  for (const { name, path } of paths) {
    if (!wanted.includes(name)) continue;
    const e = entries.get(path);
    if (!e) throw fatal('IMP_CORRUPT', file, { detail: `sheet ${name} (${path}) missing` });
    const xml = entryBytes(data, e, file);
    const tail = str(xml, Math.max(0, xml.length - 64), xml.length);
    if (!/<\/(\w+:)?worksheet>\s*$/.test(tail)) throw fatal('IMP_CORRUPT', file, { detail: `sheet ${name} is incomplete` });
    const cut: CutCells = { count: 0, row: 0, col: 0 };
    try {
      const { rows, headerRow, declaredRows } = parseSheet(xml, sst, (n) => onRows?.(name, n), budget, cut, sstCut);
      sheets.push({ name, rows, headerRow, declaredRows, cut });
    } catch (err) {
      throw asImportError(err, file, path, name);
    }
  }
  return { names: paths.map((p) => p.name), sheets };
}
