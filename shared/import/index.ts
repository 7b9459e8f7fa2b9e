import type { Inventory } from '../model/inventory';
import { emptyImportReport, ImportError, type ImportReport } from '../model/importReport';
import { tt } from '../i18n';
import { unzipSync } from 'fflate';
import { cutAt, type CellValue } from './cells';
import { RVTOOLS_TABS, tabFromName, type RvTab } from './columns';
import { decodeText, parseCsv } from './csvReader';
import { fatal, issue, issueSink, type IssueSink } from './issues';
import { MAX_NAME_CHARS, resolveLimits, type ImportLimits } from './limits';
import { mergeInventories } from './merge';
import { yieldToHost, type AbortSignalLike } from './platform';
import { applyPowerCli, powerCliKind, type PowerCliTable } from './powercli';
import { inventoryFromTables, missingTabIssue, type SourceKind } from './rvtools';
import { fingerprint, isEncryptedCfb, sniff } from './sniff';
import { isEmptyRow, type Table } from './table';
import { templateSheetTab, templateTables, isTemplateWorkbook } from './templateImport';
import { readWorkbookSheets, xlsxSheetNames, type RawSheet } from './xlsxReader';
import { readXlsxStreaming } from './xlsxStream';
import { guardZip, type ZipEntry } from './zipGuard';
import type { InputFile } from './inputFile';

export type { ImportLimits } from './limits';
export { DEFAULT_LIMITS } from './limits';
export type { AbortSignalLike } from './platform';

export type { InputFile } from './inputFile';
export type ImportProgress = {
  phase: 'read' | 'parse' | 'validate';
  file?: string;
  sheet?: string;
  rows?: number;
  done: number;
  total: number;
};
export type ImportOptions = {
  onProgress?: (p: ImportProgress) => void;
  /** A real AbortSignal fits; aborting makes the import reject with IMP_CANCELLED. */
  signal?: AbortSignalLike;
  limits?: Partial<ImportLimits>;
};
export type ImportResult = { inventory: Inventory; report: ImportReport };

type Export = { file: string; kind: SourceKind; tables: Partial<Record<RvTab, Table>> };

type State = {
  limits: ImportLimits;
  sink: IssueSink;
  exports: Export[];
  powercli: PowerCliTable[];
  /** CSV tables grouped into exports: key = container + folder. */
  csvGroups: Map<string, Export>;
  opts: ImportOptions;
};

function checkCancel(opts: ImportOptions): void {
  if (opts.signal?.aborted) throw fatal('IMP_CANCELLED', undefined);
}

/** Refuse a file whose vInfo holds more VM rows than one plan is sized for (IMP_VM_BUDGET). */
function checkVmBudget(st: State, file: string, table: Table): void {
  if (table.rows.length <= st.limits.maxVms) return;
  const count = vmRows(table);
  if (count > st.limits.maxVms) throw fatal('IMP_VM_BUDGET', file, { count, limit: st.limits.maxVms });
}

/** Non-empty rows of a vInfo table. */
function vmRows(table: Table | undefined): number {
  let n = 0;
  for (const r of table?.rows ?? []) if (!isEmptyRow(r)) n++;
  return n;
}

/**
 * The limits the streaming reader enforces while it reads, checked on sheets read by SheetJS (legacy .xls, or
 * the fallback): Excel's row and column limits and the file's row and cell budget.
 */
function checkSheetBudget(st: State, file: string, sheets: RawSheet[]): void {
  const l = st.limits;
  let rows = 0;
  let cells = 0;
  for (const s of sheets) {
    const last = s.headerRow + s.rows.length - 1;
    if (last > l.maxSheetRows) throw fatal('IMP_ROW_LIMIT', file, { sheet: s.name, row: last });
    rows += last;
    if (rows > l.maxRowsPerFile) throw fatal('IMP_ROW_BUDGET', file, { limit: l.maxRowsPerFile });
    for (const r of s.rows) {
      if (r.length > l.maxSheetColumns) throw fatal('IMP_COLUMN_LIMIT', file, { sheet: s.name, column: r.length });
      for (const c of r) if (c !== undefined && c !== null && c !== '') cells++;
    }
    if (cells > l.maxCellsPerFile) throw fatal('IMP_CELL_BUDGET', file, { limit: l.maxCellsPerFile });
  }
}

/** One warning per sheet whose cells were cut at the cell-text limit. */
function reportCut(st: State, file: string, sheet: string, cut: { count: number; row: number; col: number }): void {
  if (cut.count === 0) return;
  const column = columnName(cut.col);
  const row = cut.row;
  st.sink.add(issue('IMP_CELL_TRUNCATED', 'warning', { sheet, count: cut.count, limit: st.limits.maxCellChars, row, column }, { file, sheet, row, column }));
}

/** 0-based column index → A1 letters. */
function columnName(c: number): string {
  let out = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out || 'A';
}

function toTable(file: string, sheet: string, tab: RvTab, rows: CellValue[][], headerRow: number): Table {
  const header = rows[0] ?? [];
  return {
    file, sheet, tab,
    // a header is a column name: one past the name limit is cut (it matches no known column anyway)
    headers: header.map((h) => (h === null || h === undefined ? '' : cutAt(String(h).trim(), MAX_NAME_CHARS))),
    rows: rows.slice(1),
    firstRow: headerRow + 1,
  };
}

/** One CSV file's bytes → either an RVTools tab table (added to its export group) or a PowerCLI table. */
function addCsv(st: State, name: string, data: Uint8Array, group: string): void {
  const dec = decodeText(data);
  if (dec.fallback) st.sink.add(issue('IMP_CSV_ENCODING', 'warning', { file: name }, { file: name }));
  const { rows, unterminated, cut, over } = parseCsv(dec.text, undefined, st.limits);
  if (over?.kind === 'column') throw fatal('IMP_COLUMN_LIMIT', name, { sheet: name.replace(/^.*[\\/]/, ''), column: over.value });
  if (over?.kind === 'rows') throw fatal('IMP_ROW_BUDGET', name, { limit: over.value });
  if (over?.kind === 'cells') throw fatal('IMP_CELL_BUDGET', name, { limit: over.value });
  if (unterminated) st.sink.add(issue('IMP_CSV_MALFORMED', 'warning', { file: name }, { file: name }));
  reportCut(st, name, name.replace(/^.*[\\/]/, ''), cut);
  let first = 0;
  while (first < rows.length && (rows[first] ?? []).every((c) => c.trim() === '')) first++;
  // PowerShell 5 Export-Csv without -NoTypeInformation writes a "#TYPE …" line first.
  if ((rows[first]?.[0] ?? '').startsWith('#TYPE')) first++;
  const body = rows.slice(first).filter((r) => !(r.length === 1 && r[0] === ''));
  const headers = (body[0] ?? []).map((h) => h.trim());
  const tab = tabFromName(name);
  if (tab) {
    let g = st.csvGroups.get(group);
    if (!g || g.tables[tab]) {
      // the same tab twice in one folder: a second export
      let n = 2;
      while (st.csvGroups.get(`${group}#${n}`)?.tables[tab]) n++;
      const key = g ? `${group}#${n}` : group;
      g = st.csvGroups.get(key) ?? { file: name, kind: 'rvtools-csv', tables: {} };
      st.csvGroups.set(key, g);
    }
    if (tab === 'vInfo') g.file = name;
    const table = toTable(name, name.replace(/^.*[\\/]/, ''), tab, body as CellValue[][], first + 1);
    if (tab === 'vInfo') checkVmBudget(st, name, table);
    g.tables[tab] = table;
    return;
  }
  const kind = powerCliKind(headers);
  if (kind) {
    st.powercli.push({ file: name, kind, headers, rows: body.slice(1), firstRow: first + 2 });
    return;
  }
  st.sink.add(issue('IMP_CSV_UNKNOWN', 'warning', { file: name }, { file: name }));
}

function readZipOfCsv(st: State, f: InputFile, entries: ZipEntry[]): void {
  const csvNames = entries.filter((e) => /\.(csv|txt)$/i.test(e.name) && !e.name.startsWith('__MACOSX/')).map((e) => e.name);
  if (csvNames.length === 0) throw fatal('IMP_NOT_SPREADSHEET', f.name);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(f.data, { filter: (x) => csvNames.includes(x.name) });
  } catch (e) {
    throw fatal('IMP_CORRUPT', f.name, { detail: e instanceof Error ? e.message : String(e) });
  }
  for (const n of csvNames) {
    const bytes = files[n];
    if (!bytes) continue;
    const full = `${f.name}/${n}`;
    const folder = n.includes('/') ? n.replace(/\/[^/]*$/, '') : '';
    addCsv(st, full, bytes, `${f.name}/${folder}`);
  }
}

async function readWorkbook(st: State, f: InputFile, names: string[] | undefined, legacy: boolean, entries?: ZipEntry[]): Promise<void> {
  const opts = st.opts;
  // Which sheets to read: RVTools tabs (any naming), or the template sheets.
  let wanted: string[] | undefined;
  let template = false;
  if (names) {
    template = isTemplateWorkbook(names);
    wanted = names.filter((n) => (template ? templateSheetTab(n) !== undefined : tabFromName(n) !== undefined));
    if (!template && !wanted.some((n) => tabFromName(n) === 'vInfo')) throw fatal('IMP_NOT_RVTOOLS', f.name);
  }
  opts.onProgress?.({ phase: 'parse', file: f.name, done: 0, total: wanted?.length ?? 1 });
  let read: { names: string[]; sheets: RawSheet[] } | undefined;
  if (entries && wanted) {
    try {
      read = readXlsxStreaming(f.data, f.name, entries, wanted, (sheet, rows) =>
        opts.onProgress?.({ phase: 'parse', file: f.name, sheet, rows, done: 0, total: wanted?.length ?? 1 }),
      st.limits);
    } catch (e) {
      // A coded problem (corrupt, truncated) stands; an unexpected parser failure falls back to SheetJS.
      if (e instanceof ImportError) throw e;
      read = undefined;
    }
  }
  try {
    read ??= readWorkbookSheets(f.data, f.name, wanted);
  } catch (e) {
    if (legacy && e instanceof ImportError) {
      throw new ImportError('IMP_LEGACY_XLS', tt('import.issue.IMP_LEGACY_XLS_UNREADABLE', { file: f.name, detail: e.text.en }), f.name);
    }
    throw e;
  }
  if (!read.sheets.every((x) => 'cut' in x)) checkSheetBudget(st, f.name, read.sheets);
  if (!names) {
    template = isTemplateWorkbook(read.names);
    if (!template && !read.names.some((n) => tabFromName(n) === 'vInfo')) throw fatal('IMP_NOT_RVTOOLS', f.name);
  }
  if (legacy) st.sink.add(issue('IMP_LEGACY_XLS', 'info', { file: f.name }, { file: f.name }));
  await yieldToHost();
  checkCancel(opts);
  for (const s of read.sheets) if ('cut' in s) reportCut(st, f.name, s.name, s.cut as { count: number; row: number; col: number });
  if (template) {
    const t = templateTables(f.name, read.sheets, st.sink);
    if (t.tables.vInfo) checkVmBudget(st, f.name, t.tables.vInfo);
    st.exports.push({ file: f.name, kind: 'template', tables: t.tables });
    for (const x of t.powercli) st.powercli.push(x);
    return;
  }
  const tables: Partial<Record<RvTab, Table>> = {};
  let done = 0;
  for (const s of read.sheets) {
    const tab = tabFromName(s.name);
    done++;
    if (!tab || tables[tab]) continue;
    const dataRows = s.headerRow + s.rows.length - 1;
    if (s.declaredRows > dataRows + 1000) {
      st.sink.add(issue('IMP_SHEET_CLAMPED', 'info', { sheet: s.name, declared: s.declaredRows, rows: dataRows }, { file: f.name, sheet: s.name }));
    }
    tables[tab] = toTable(f.name, s.name, tab, s.rows, s.headerRow);
    if (tab === 'vInfo') checkVmBudget(st, f.name, tables[tab]);
    opts.onProgress?.({ phase: 'parse', file: f.name, sheet: s.name, rows: Math.max(0, s.rows.length - 1), done, total: read.sheets.length });
  }
  st.exports.push({ file: f.name, kind: 'rvtools-xlsx', tables });
}

async function readOne(st: State, f: InputFile): Promise<string> {
  const { limits } = st;
  if (f.data.length === 0) throw fatal('IMP_FILE_EMPTY', f.name);
  if (f.data.length > limits.maxFileBytes) {
    throw fatal('IMP_TOO_LARGE', f.name, { size: Math.round((f.data.length / 1048576) * 10) / 10, limit: Math.round(limits.maxFileBytes / 1048576) });
  }
  const kind = sniff(f.data);
  if (kind === 'zip') {
    const entries = guardZip(f.data, f.name, limits);
    const wb = entries.some((e) => e.name.toLowerCase() === 'xl/workbook.xml');
    if (wb) {
      if (entries.some((e) => e.encrypted)) throw fatal('IMP_ENCRYPTED', f.name);
      await readWorkbook(st, f, xlsxSheetNames(f.data, f.name, entries), false, entries);
      return 'xlsx';
    }
    readZipOfCsv(st, f, entries);
    return 'zip-csv';
  }
  if (kind === 'cfb') {
    if (isEncryptedCfb(f.data)) throw fatal('IMP_ENCRYPTED', f.name);
    await readWorkbook(st, f, undefined, true);
    return 'xls';
  }
  if (kind === 'text' && /\.(csv|txt)$/i.test(f.name)) {
    addCsv(st, f.name, f.data, f.name.includes('/') ? f.name.replace(/\/[^/]*$/, '') : '');
    return 'csv';
  }
  if (kind === 'text') {
    // A text file with another extension: accept it only when it looks like a CSV we know.
    const dec = decodeText(f.data.subarray(0, 4096));
    const firstLine = dec.text.split(/\r?\n/)[0] ?? '';
    if (/[,;\t]/.test(firstLine) && (tabFromName(f.name) || powerCliKind(parseCsv(firstLine).rows[0] ?? []))) {
      addCsv(st, f.name, f.data, '');
      return 'csv';
    }
  }
  throw fatal('IMP_NOT_SPREADSHEET', f.name);
}

/**
 * Import RVTools exports (xlsx, legacy xls, CSV files or a zip of CSVs), the vm2pve template and the PowerCLI
 * DRS/HA CSVs into one Inventory, with a validation report. Fatal problems of a single file reject with an
 * `ImportError` carrying a stable code; with several files, a bad file becomes an `error` issue and the
 * others are still imported (unless none is usable).
 */
export async function importFiles(files: InputFile[], opts: ImportOptions = {}): Promise<ImportResult> {
  const report = emptyImportReport();
  const st: State = {
    limits: resolveLimits(opts.limits),
    sink: issueSink(report),
    exports: [],
    powercli: [],
    csvGroups: new Map(),
    opts,
  };
  if (files.length === 0) throw fatal('IMP_NO_FILES', undefined);
  const seen = new Map<string, string>();
  const failures: ImportError[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i] as InputFile;
    checkCancel(opts);
    opts.onProgress?.({ phase: 'read', file: f.name, done: i, total: files.length });
    const fp = fingerprint(f.data);
    const other = seen.get(fp);
    if (other !== undefined && f.data.length > 0) {
      st.sink.add(issue('IMP_DUPLICATE_FILE', 'warning', { file: f.name, other }, { file: f.name }));
      report.files.push({ name: f.name, kind: 'duplicate', bytes: f.data.length });
      continue;
    }
    seen.set(fp, f.name);
    try {
      const kind = await readOne(st, f);
      report.files.push({ name: f.name, kind, bytes: f.data.length });
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      if (e.code === 'IMP_CANCELLED' || files.length === 1) throw e;
      failures.push(e);
      report.files.push({ name: f.name, kind: 'failed', bytes: f.data.length });
      st.sink.add({ code: e.code, severity: 'error', file: f.name, message: e.text });
    }
    await yieldToHost();
  }
  checkCancel(opts);
  opts.onProgress?.({ phase: 'validate', done: 0, total: 1 });
  const allExports = [...st.exports, ...st.csvGroups.values()];
  const vms = allExports.reduce((n, ex) => n + vmRows(ex.tables.vInfo), 0);
  if (vms > st.limits.maxVms) throw fatal('IMP_VM_BUDGET', allExports.map((ex) => ex.file).join(', ').slice(0, 200), { count: vms, limit: st.limits.maxVms });
  const parts: Inventory[] = [];
  for (const ex of allExports) {
    if (ex.kind === 'rvtools-csv' && !ex.tables.vInfo) {
      // CSV tabs without their vInfo: read what they hold (hosts, clusters …) but say what is missing.
      st.sink.add(missingTabIssue('vInfo', ex.file, 'warning'));
    }
    parts.push(inventoryFromTables(ex.tables, ex.file, ex.kind, st.sink));
    checkCancel(opts);
  }
  if (parts.length === 0 && st.powercli.length === 0) {
    if (failures[0]) throw failures[0];
    throw fatal('IMP_NOTHING_IMPORTED', undefined);
  }
  const inventory = mergeInventories(parts.length > 0 ? parts : [], st.sink);
  if (parts.length > 1) {
    st.sink.add(issue('IMP_MERGED_SOURCES', 'info', { count: inventory.sources.length, files: report.files.length }));
  }
  applyPowerCli(inventory, st.powercli, st.sink);
  const templates = inventory.vms.filter((v) => v.template);
  const srm = inventory.vms.filter((v) => !v.template && v.srmPlaceholder);
  if (templates.length > 0) report.excluded.push({ reason: 'template', count: templates.length, names: templates.map((v) => v.name) });
  if (srm.length > 0) report.excluded.push({ reason: 'srmPlaceholder', count: srm.length, names: srm.map((v) => v.name) });
  st.sink.flush?.();
  opts.onProgress?.({ phase: 'validate', done: 1, total: 1 });
  return { inventory, report };
}

export { RVTOOLS_TABS };
export { formatValidation, problemRowsXlsx, neutralise, sortedIssues } from './validationReport';
export { anonymise, type Anonymised, type PseudonymEntry, type PseudonymKind } from './anonymise';
export { prepareImport, pseudonymMapCsv, PSEUDONYM_MAP_FILE, type PreparedImport, type PrepareOptions } from './prepareImport';
