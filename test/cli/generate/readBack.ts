/** Test helpers: read generated workbooks back with SheetJS, and locate the shared samples / domain notes. */
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';

export const repoRoot = path.resolve(__dirname, '../../..');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const samplePath = path.join(sharedDir, 'samples', 'rvtools-4.6-339vms.xlsx');
export const demoDir = path.join(repoRoot, 'templates', 'demo');

export type Row = Record<string, unknown>;

export function readBook(data: Uint8Array | string): XLSX.WorkBook {
  const bytes = typeof data === 'string' ? fs.readFileSync(data) : data;
  return XLSX.read(bytes, { type: 'buffer' });
}

export function headerRow(wb: XLSX.WorkBook, sheet: string): string[] {
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
  return (rows[0] ?? []).map((h) => String(h));
}

export function rows(wb: XLSX.WorkBook, sheet: string): Row[] {
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return XLSX.utils.sheet_to_json<Row>(ws, { raw: true, defval: null });
}

export function matrix(wb: XLSX.WorkBook, sheet: string): unknown[][] {
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
}

/** Parse one quoted CSV file as PowerShell's Export-Csv writes it. */
export function parseQuotedCsv(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const cells: string[] = [];
    const re = /"((?:[^"]|"")*)"(,|$)/gy;
    let m: RegExpExecArray | null;
    let consumed = 0;
    while ((m = re.exec(line)) !== null) {
      cells.push((m[1] ?? '').replace(/""/g, '"'));
      consumed = re.lastIndex;
      if (m[2] === '') break;
    }
    if (consumed !== line.length) throw new Error(`not a fully quoted CSV line: ${line}`);
    out.push(cells);
  }
  return out;
}
