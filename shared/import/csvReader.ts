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

/** RFC 4180 CSV → rows of fields. `unterminated` is true when a quoted field never closed. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): { rows: string[][]; unterminated: boolean } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  let inQuotes = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      const next = text.indexOf('"', i);
      if (next < 0) {
        field += text.slice(i);
        i = n;
        break;
      }
      field += text.slice(i, next);
      i = next;
      continue;
    }
    if (c === 34 && field === '') {
      inQuotes = true;
      i++;
    } else if (text[i] === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (c === 10 || c === 13) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else {
      // plain run of characters up to the next delimiter, quote or line end
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 10 || d === 13 || text[j] === delimiter) break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows, unterminated: inQuotes };
}
