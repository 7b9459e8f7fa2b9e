import { cutAt } from './cells';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import { decodeBytes } from './platform';

export type DecodedText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; fallback: boolean };

/**
 * Bytes of a text file → string. BOMs decide (UTF-8, UTF-16LE/BE); otherwise strict UTF-8; when that fails,
 * Windows-1252 (what Excel on a Western Windows writes) with `fallback: true` so the caller can warn.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeBytes(bytes.subarray(3), 'utf-8') ?? '', encoding: 'utf-8', fallback: false };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeBytes(bytes.subarray(2), 'utf-16le') ?? '', encoding: 'utf-16le', fallback: false };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeBytes(bytes.subarray(2), 'utf-16be') ?? '', encoding: 'utf-16be', fallback: false };
  }
  try {
    const s = decodeBytes(bytes, 'utf-8', true);
    if (s !== undefined) return { text: s, encoding: 'utf-8', fallback: false };
  } catch {
    /* not UTF-8 */
  }
  const w = decodeBytes(bytes, 'windows-1252') ?? decodeBytes(bytes, 'latin1') ?? '';
  return { text: w, encoding: 'windows-1252', fallback: true };
}

/** Pick the delimiter of a CSV from its first line: the most frequent of , ; TAB outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let q = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i] as string;
    if (c === '"') q = !q;
    else if (!q && (c === '\n' || c === '\r')) break;
    else if (!q && c in counts) counts[c] = (counts[c] ?? 0) + 1;
  }
  let best = ',';
  for (const d of [';', '\t']) if ((counts[d] ?? 0) > (counts[best] ?? 0)) best = d;
  return best;
}

/** The limits a CSV parse enforces (the file's budget): see ImportLimits. */
export type CsvLimits = Pick<ImportLimits, 'maxSheetColumns' | 'maxCellChars' | 'maxRowsPerFile' | 'maxCellsPerFile'>;

export type ParsedCsv = {
  rows: string[][];
  /** A quoted field never closed. */
  unterminated: boolean;
  /** Fields cut at `maxCellChars`: how many, and the first one's 1-based row and 0-based column. */
  cut: { count: number; row: number; col: number };
  /** Set when the parse stopped: a row past the column limit, or the file over its row or cell budget. */
  over?: { kind: 'column' | 'rows' | 'cells'; row: number; value: number };
};

/**
 * RFC 4180 CSV → rows of fields. Fields longer than `maxCellChars` are cut (never built in full); the parse
 * stops at the first row past `maxSheetColumns` or when the rows or non-empty fields pass the file's budget.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text), limits: CsvLimits = DEFAULT_LIMITS): ParsedCsv {
  const { maxSheetColumns, maxCellChars, maxRowsPerFile, maxCellsPerFile } = limits;
  const rows: string[][] = [];
  const cut = { count: 0, row: 0, col: 0 };
  let row: string[] = [];
  let field = '';
  let fieldCut = false;
  let cells = 0;
  let over: ParsedCsv['over'];
  let i = 0;
  const n = text.length;
  let inQuotes = false;
  const append = (s: string): void => {
    if (field.length + s.length <= maxCellChars) field += s;
    else {
      if (field.length < maxCellChars) field = cutAt(field + s.slice(0, maxCellChars - field.length), maxCellChars);
      fieldCut = true;
    }
  };
  /** End the current field; false when the parse must stop. */
  const endField = (): boolean => {
    if (fieldCut) {
      if (cut.count === 0) { cut.row = rows.length + 1; cut.col = row.length; }
      cut.count++;
      fieldCut = false;
    }
    if (field !== '' && ++cells > maxCellsPerFile) { over = { kind: 'cells', row: rows.length + 1, value: maxCellsPerFile }; return false; }
    row.push(field);
    field = '';
    if (row.length > maxSheetColumns) { over = { kind: 'column', row: rows.length + 1, value: row.length }; return false; }
    return true;
  };
  const endRow = (): boolean => {
    rows.push(row);
    row = [];
    if (rows.length > maxRowsPerFile) { over = { kind: 'rows', row: rows.length, value: maxRowsPerFile }; return false; }
    return true;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          append('"');
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      const next = text.indexOf('"', i);
      if (next < 0) {
        append(text.slice(i, Math.min(n, i + maxCellChars + 1)));
        i = n;
        break;
      }
      append(text.slice(i, Math.min(next, i + maxCellChars + 1)));
      i = next;
      continue;
    }
    if (c === 34 && field === '' && !fieldCut) {
      inQuotes = true;
      i++;
    } else if (text[i] === delimiter) {
      if (!endField()) break;
      i++;
    } else if (c === 10 || c === 13) {
      if (!endField() || !endRow()) break;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else {
      // plain run of characters up to the next delimiter, quote or line end
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 10 || d === 13 || text[j] === delimiter) break;
        j++;
      }
      append(text.slice(i, Math.min(j, i + maxCellChars + 1)));
      i = j;
    }
  }
  if (!over && (field !== '' || fieldCut || row.length > 0)) {
    if (endField()) endRow();
  }
  return { rows, unterminated: inQuotes, cut, ...(over ? { over } : {}) };
}
