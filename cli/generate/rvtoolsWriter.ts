/**
 * Writes an EstateSpec as an RVTools export: one xlsx workbook or one `RVTools_tab<Name>.csv` per tab. The xlsx
 * goes through a streaming writer (xlsxStream.ts) by default; `engine: 'sheetjs'` writes it with SheetJS instead
 * (same cells; used to cross-check the streaming writer).
 *
 * - headers '4.6' (default): exact RVTools 4.6.1 header names and order, MiB/KiB sizes, `VI SDK UUID`.
 * - headers '3.x-MB': the shape of an RVTools 3.9-era export: `MB`/`KB` size headers, `vCenter UUID` instead of
 *   `VI SDK UUID`, none of the tabs or columns that arrived with 3.10 or later (vMetaData, vUSB, vFileInfo,
 *   vSource; CBT, EnableUUID, Latency Sensitivity, vDisk Label/Unit #/Shared Bus, SRM Placeholder,
 *   Network #5–#8, NIC label, IPv6, Disk Key/Path/UUID, certificates …), one `IP Address` column on vNetwork.
 * - tabs: write only these tabs (a partial export, e.g. ['vInfo', 'vHost']).
 * - format 'csv': RFC 4180 text, every field quoted, dates as `yyyy/mm/dd hh:mm:ss`, UTF-8.
 *
 * Output is byte-stable for the same estate: workbook properties use the estate's export date and zip
 * entries carry no wall-clock time.
 */
import * as XLSX from 'xlsx';
import type { EstateSpec } from './estateSpec';
import { buildTabs, RVTOOLS_TABS, type Cell, type TabData } from './rvtoolsTabs';
import { type ChunkSink, writeXlsxStream, xlsxBytes } from './xlsxStream';

export type HeaderVariant = '4.6' | '3.x-MB';

export type WriteOptions = {
  headers?: HeaderVariant;
  tabs?: readonly string[];
  format?: 'xlsx' | 'csv';
  /** xlsx only: 'stream' (default, linear memory, any size) or 'sheetjs' (SheetJS XLSX.write; small estates). */
  engine?: 'stream' | 'sheetjs';
};

export type CsvFile = { name: string; data: Uint8Array };

/** Tabs that a 3.9-era export does not have (vMetaData came with 3.10, the others with 4.x). */
const TABS_ADDED_AFTER_39 = new Set(['vUSB', 'vFileInfo', 'vSource', 'vMetaData']);

/** Columns that arrived after RVTools 3.9, per tab ('*' = every tab). */
const COLUMNS_ADDED_AFTER_39: Record<string, readonly string[]> = {
  '*': ['SRM Placeholder', 'Internal Sort Column'],
  vInfo: [
    'CBT', 'EnableUUID', 'Latency Sensitivity',
    'Network #5', 'Network #6', 'Network #7', 'Network #8', 'Total disk capacity MiB', 'Folder ID', 'FT Role', 'Reboot PowerOff',
    'EFI Secure boot', 'SMBIOS UUID', 'Suspended To Memory', 'Suspend Interval', 'Overall Cpu Readiness', 'Active Memory',
    'Fixed Passthru HotPlug', 'Op Notification Timeout', 'Vm Failover In Progress', 'Customization Info', 'Guest Detailed Data',
  ],
  vCPU: ['Numa Hotadd Exposed'],
  vDisk: ['Disk Key', 'Disk Path', 'Disk UUID', 'Sharing mode', 'Label', 'Unit #', 'Shared Bus'],
  vPartition: ['Disk Key'],
  vNetwork: ['NIC label', 'IPv6 Address'],
  vHost: [
    'Compliance Check State', 'Domain List', 'Memory Tiering Type', 'Certificate Issuer', 'Certificate Start Date',
    'Certificate Expiry Date', 'Certificate Status', 'Certificate Subject',
  ],
};

const RENAMES_3X: Record<string, string> = { 'VI SDK UUID': 'vCenter UUID', 'IPv4 Address': 'IP Address' };

/** Header as RVTools 3.x printed it: MiB → MB, KiB → KB, `vCenter UUID`. */
export function legacyHeader(header: string): string {
  const renamed = RENAMES_3X[header];
  if (renamed) return renamed;
  return header.replace(/\bMiB\b/g, 'MB').replace(/\bKiB\b/g, 'KB');
}

function toLegacy(tab: TabData): TabData {
  const drop = new Set([...(COLUMNS_ADDED_AFTER_39['*'] ?? []), ...(COLUMNS_ADDED_AFTER_39[tab.name] ?? [])]);
  const keep: number[] = [];
  tab.headers.forEach((h, i) => {
    if (!drop.has(h)) keep.push(i);
  });
  const headers = keep.map((i) => legacyHeader(tab.headers[i] as string));
  const source = tab.rows;
  return {
    name: tab.name,
    headers,
    rows: {
      *[Symbol.iterator]() {
        for (const row of source) yield keep.map((i) => row[i] ?? null);
      },
    },
  };
}

/** The tabs (headers + lazy rows) for a variant, in RVTools order. */
export function rvtoolsTabData(estate: EstateSpec, opts: Pick<WriteOptions, 'headers' | 'tabs'> = {}): TabData[] {
  const variant = opts.headers ?? '4.6';
  const wanted = (opts.tabs ?? RVTOOLS_TABS).filter((t) => variant === '4.6' || !TABS_ADDED_AFTER_39.has(t));
  const tabs = buildTabs(estate, wanted);
  return variant === '4.6' ? tabs : tabs.map(toLegacy);
}

const DAY_MS = 86_400_000;
/** Excel serial day number (1900 date system) of a UTC instant. */
export function excelSerial(d: Date): number {
  return d.getTime() / DAY_MS + 25569;
}

const DATE_FORMAT = 'yyyy/mm/dd\\ hh:mm:ss';

function toCell(value: Cell): XLSX.CellObject | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return { t: 's', v: value };
  if (typeof value === 'number') return { t: 'n', v: value };
  return { t: 'n', v: Math.round(excelSerial(value) * 1e10) / 1e10, z: DATE_FORMAT };
}

function sheetOf(tab: TabData): XLSX.WorkSheet {
  const data: XLSX.CellObject[][] = [tab.headers.map((h) => ({ t: 's', v: h }))];
  for (const row of tab.rows) {
    const out: XLSX.CellObject[] = new Array<XLSX.CellObject>(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = toCell(row[c] ?? null);
      if (cell) out[c] = cell;
    }
    data.push(out);
  }
  const ref = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: data.length - 1, c: Math.max(0, tab.headers.length - 1) } });
  const ws: XLSX.WorkSheet = { '!data': data, '!ref': ref };
  ws['!autofilter'] = { ref };
  return ws;
}

function writeXlsx(estate: EstateSpec, tabs: TabData[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const tab of tabs) XLSX.utils.book_append_sheet(wb, sheetOf(tab), tab.name);
  wb.Props = { Author: 'RVTools', LastAuthor: 'RVTools', CreatedDate: estate.exportedAt };
  const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true }) as ArrayBuffer;
  return new Uint8Array(out);
}

function csvText(value: Cell): string {
  if (value === null) return '""';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') text = String(value);
  else text = value.toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/');
  return `"${text.replace(/"/g, '""').replace(/\r?\n/g, ' ')}"`;
}

function writeCsv(tabs: TabData[]): CsvFile[] {
  const encoder = new TextEncoder();
  return tabs.map((tab) => {
    const lines: string[] = [tab.headers.map(csvText).join(',')];
    for (const row of tab.rows) lines.push(row.map(csvText).join(','));
    return { name: `RVTools_tab${tab.name}.csv`, data: encoder.encode(lines.join('\r\n') + '\r\n') };
  });
}

export function writeRvtoolsWorkbook(estate: EstateSpec, opts?: WriteOptions & { format?: 'xlsx' }): Uint8Array;
export function writeRvtoolsWorkbook(estate: EstateSpec, opts: WriteOptions & { format: 'csv' }): CsvFile[];
export function writeRvtoolsWorkbook(estate: EstateSpec, opts?: WriteOptions): Uint8Array | CsvFile[];
export function writeRvtoolsWorkbook(estate: EstateSpec, opts: WriteOptions = {}): Uint8Array | CsvFile[] {
  const tabs = rvtoolsTabData(estate, opts);
  if (opts.format === 'csv') return writeCsv(tabs);
  if (opts.engine === 'sheetjs') return writeXlsx(estate, tabs);
  return xlsxBytes(tabs, { created: estate.exportedAt, author: 'RVTools' });
}

/** Stream an xlsx workbook to `sink` chunk by chunk (for very large estates written straight to disk). */
export function streamRvtoolsWorkbook(estate: EstateSpec, sink: ChunkSink, opts: Pick<WriteOptions, 'headers' | 'tabs'> = {}): void {
  writeXlsxStream(rvtoolsTabData(estate, opts), { created: estate.exportedAt, author: 'RVTools' }, sink);
}
