import * as XLSX from 'xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import { cutAt, type CellValue } from './cells';
import { fatal } from './issues';
import { DEFAULT_LIMITS } from './limits';
import type { ZipEntry } from './zipGuard';

/** A sheet read as raw rows; `headerRow` is the 1-based row of the first non-empty row. */
export type RawSheet = { name: string; rows: CellValue[][]; headerRow: number; declaredRows: number };

/** A character reference as a string; one past U+10FFFF is malformed XML (never a RangeError). */
function charRef(cp: number, ref: string): string {
  if (!Number.isFinite(cp) || cp > 0x10ffff) throw new Error(`invalid character reference ${ref.slice(0, 24)}`);
  return String.fromCodePoint(cp);
}

const decodeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (m, d: string) => charRef(Number(d), m))
    .replace(/&#x([0-9a-fA-F]+);/g, (m, h: string) => charRef(parseInt(h, 16), m))
    .replace(/&amp;/g, '&');

/** Sheet names of an xlsx, from xl/workbook.xml only (nothing else is inflated). */
export function xlsxSheetNames(data: Uint8Array, file: string, entries: ZipEntry[]): string[] {
  const wbName = entries.find((e) => e.name.toLowerCase() === 'xl/workbook.xml')?.name;
  if (!wbName) throw fatal('IMP_NOT_SPREADSHEET', file);
  let xml: string;
  try {
    const files = unzipSync(data, { filter: (f) => f.name === wbName });
    const bytes = files[wbName];
    if (!bytes) throw new Error('workbook.xml missing');
    xml = strFromU8(bytes);
    if (!/<\/(\w+:)?workbook>\s*$/.test(xml)) throw new Error('workbook.xml is incomplete');
  } catch (e) {
    throw fatal('IMP_CORRUPT', file, { detail: e instanceof Error ? e.message : String(e) });
  }
  const names: string[] = [];
  try {
    for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)) names.push(decodeXml((m[1] ?? '').slice(0, 4096)));
  } catch (e) {
    throw fatal('IMP_CORRUPT', file, { detail: `xl/workbook.xml: ${e instanceof Error ? e.message : String(e)}` });
  }
  return names;
}

function cellValue(c: XLSX.CellObject | undefined): CellValue {
  if (!c) return undefined;
  if (c.t === 'e' || c.t === 'z') return undefined;
  const v = c.v;
  if (v instanceof Date) return v.toISOString();
  // Excel's own limit for one cell; the streaming reader cuts (and reports) the same way.
  if (typeof v === 'string' && v.length > DEFAULT_LIMITS.maxCellChars) return cutAt(v, DEFAULT_LIMITS.maxCellChars);
  return v as CellValue;
}

/** Rows of a dense SheetJS sheet, from the first non-empty row, trailing empty rows dropped. */
export function rowsOfSheet(ws: XLSX.WorkSheet): { rows: CellValue[][]; headerRow: number; declaredRows: number } {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  let declaredRows = data.length;
  const ref = ws['!ref'];
  if (ref) {
    try {
      declaredRows = XLSX.utils.decode_range(ref).e.r + 1;
    } catch {
      /* keep the data length */
    }
  }
  let last = data.length - 1;
  const rowEmpty = (r: XLSX.CellObject[] | undefined): boolean => {
    if (!r) return true;
    for (const c of r) {
      if (c && c.t !== 'z' && c.v !== undefined && c.v !== null && !(typeof c.v === 'string' && c.v.trim() === '')) return false;
    }
    return true;
  };
  while (last >= 0 && rowEmpty(data[last])) last--;
  let first = 0;
  while (first <= last && rowEmpty(data[first])) first++;
  const rows: CellValue[][] = [];
  for (let i = first; i <= last; i++) {
    const r = data[i];
    if (!r) {
      rows.push([]);
      continue;
    }
    const out: CellValue[] = new Array(r.length);
    for (let j = 0; j < r.length; j++) out[j] = cellValue(r[j]);
    rows.push(out);
  }
  return { rows, headerRow: first + 1, declaredRows };
}

/** Read the named sheets of a workbook (xlsx or legacy xls) with SheetJS. Throws IMP_CORRUPT on failure. */
export function readWorkbookSheets(data: Uint8Array, file: string, sheets: string[] | undefined): { names: string[]; sheets: RawSheet[] } {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(data, {
      type: 'array',
      dense: true,
      cellText: false,
      cellHTML: false,
      cellFormula: false,
      cellStyles: false,
      cellNF: false,
      ...(sheets ? { sheets } : {}),
    });
  } catch (e) {
    throw fatal('IMP_CORRUPT', file, { detail: e instanceof Error ? e.message : String(e) });
  }
  const out: RawSheet[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    if (sheets && !sheets.includes(name)) continue;
    const { rows, headerRow, declaredRows } = rowsOfSheet(ws);
    out.push({ name, rows, headerRow, declaredRows });
  }
  return { names: wb.SheetNames, sheets: out };
}
