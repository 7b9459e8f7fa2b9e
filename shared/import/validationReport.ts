import * as XLSX from 'xlsx';
import { unzipSync } from 'fflate';
import { pick, t, type Lang, type ReportLang } from '../i18n';
import type { Inventory } from '../model/inventory';
import { countBySeverity, type ImportIssue, type ImportReport } from '../model/importReport';
import { summarize } from '../model/summary';
import type { CellValue } from './cells';
import { decodeText, parseCsv } from './csvReader';
import type { InputFile } from './inputFile';
import { readWorkbookSheets } from './xlsxReader';
import { safeSheetText } from '../text/safeCell';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Issues sorted error → warning → info, then by file, sheet and row (stable). */
export function sortedIssues(report: ImportReport): ImportIssue[] {
  return [...report.issues].sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.row ?? 0) - (b.row ?? 0),
  );
}

function where(i: ImportIssue): string {
  const parts = [i.file, i.sheet, i.row !== undefined ? `#${i.row}` : undefined, i.column ? `[${i.column}]` : undefined].filter(Boolean);
  return parts.join(' ');
}

/**
 * Plain-text validation summary (CLI, logs): counts, then the issues (at most `maxIssues`), excluded rows and
 * unknown fields, in one language.
 */
export function formatValidation(inventory: Inventory, report: ImportReport, lang: Lang, maxIssues = 200): string {
  const s = summarize(inventory);
  const c = countBySeverity(report);
  const lines: string[] = [];
  lines.push(t(lang, 'import.summary.title'));
  lines.push(`${t(lang, 'import.summary.files')}: ${report.files.map((f) => `${f.name} (${f.kind})`).join(', ')}`);
  lines.push(
    t(lang, 'import.summary.counts', {
      vms: s.vms, templates: s.templates, poweredOn: s.poweredOn, hosts: s.hosts, clusters: s.clusters,
      datastores: s.datastores, vCpus: s.vCpus, memoryGiB: Math.round(s.memoryMiB / 1024),
    }),
  );
  lines.push(t(lang, 'import.summary.issues', { errors: c.error, warnings: c.warning, infos: c.info }));
  const issues = sortedIssues(report);
  for (const i of issues.slice(0, maxIssues)) {
    lines.push(`  ${t(lang, `import.severity.${i.severity}`).padEnd(10)} ${i.code.padEnd(24)} ${where(i)}${where(i) ? ' — ' : ''}${i.message[lang]}`);
  }
  if (issues.length > maxIssues) lines.push(`  ${t(lang, 'import.summary.more', { count: issues.length - maxIssues })}`);
  if (report.excluded.length > 0) {
    lines.push(`${t(lang, 'import.summary.excluded')}:`);
    for (const e of report.excluded) {
      const label = e.reason === 'template' ? t(lang, 'import.excluded.template') : e.reason === 'srmPlaceholder' ? t(lang, 'import.excluded.srmPlaceholder') : e.reason;
      lines.push(`  ${label}: ${e.count}`);
    }
  }
  if (report.unknown.length > 0) {
    lines.push(`${t(lang, 'import.summary.unknown')}:`);
    for (const u of report.unknown) lines.push(`  ${u.field}: ${u.count} — ${u.why[lang]}`);
  }
  return lines.join('\n');
}

/** A cell an office suite would read as a formula (= + - @, or a leading tab/CR) gets a leading apostrophe. */
export function neutralise(v: CellValue): CellValue {
  return typeof v === 'string' ? safeSheetText(v) : v;
}

function label(lang: ReportLang, key: Parameters<typeof t>[1]): string {
  return lang === 'vi+en' ? `${t('vi', key)} / ${t('en', key)}` : t(lang, key);
}

/** Sheet names cannot hold "/", so the two languages are joined with " - " there. */
function sheetLabel(lang: ReportLang, key: Parameters<typeof t>[1]): string {
  return lang === 'vi+en' ? `${t('vi', key)} - ${t('en', key)}` : t(lang, key);
}

function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 28)}~${n}`;
  used.add(name.toLowerCase());
  return name;
}

/** The raw rows of one sheet of one input file (xlsx/xls sheet, CSV file, or CSV inside a zip). */
function rowsOf(files: InputFile[], file: string, sheet: string): CellValue[][] | undefined {
  const direct = files.find((f) => f.name === file);
  try {
    if (direct && !/\.(csv|txt)$/i.test(file)) {
      const s = readWorkbookSheets(direct.data, file, [sheet]).sheets[0];
      return s ? [...Array.from({ length: s.headerRow - 1 }, () => [] as CellValue[]), ...s.rows] : undefined;
    }
    let bytes = direct?.data;
    if (!bytes) {
      const zip = files.find((f) => file.startsWith(`${f.name}/`));
      if (!zip) return undefined;
      const entry = file.slice(zip.name.length + 1);
      bytes = unzipSync(zip.data, { filter: (x) => x.name === entry })[entry];
    }
    return bytes ? parseCsv(decodeText(bytes).text).rows : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The problems of an import as an XLSX for the customer to fix and send back: an Issues sheet (code,
 * severity, file, sheet, row, column, message), the excluded rows and unknown fields, and — when the input
 * files are given — one sheet per source sheet with its header and every row that has a problem, followed
 * by the problem messages. Every text cell that could be read as a formula is neutralised.
 */
export function problemRowsXlsx(report: ImportReport, lang: ReportLang, files?: InputFile[]): Uint8Array {
  const msg = (i: ImportIssue): string => pick(i.message, lang);
  const wb = XLSX.utils.book_new();
  const used = new Set<string>();
  const add = (name: string, rows: CellValue[][]): void => {
    const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => r.map(neutralise)));
    ws['!autofilter'] = { ref: ws['!ref'] ?? 'A1' };
    XLSX.utils.book_append_sheet(wb, ws, sheetName(name, used));
  };
  const issues = sortedIssues(report);
  add(sheetLabel(lang, 'import.sheet.issues'), [
    [label(lang, 'import.col.severity'), label(lang, 'import.col.code'), label(lang, 'import.col.file'), label(lang, 'import.col.sheet'), label(lang, 'import.col.row'), label(lang, 'import.col.column'), label(lang, 'import.col.message')],
    ...issues.map((i) => [label(lang, `import.severity.${i.severity}`), i.code, i.file ?? '', i.sheet ?? '', i.row ?? '', i.column ?? '', msg(i)]),
  ]);
  add(sheetLabel(lang, 'import.sheet.excluded'), [
    [label(lang, 'import.col.reason'), label(lang, 'import.col.count'), label(lang, 'import.col.names')],
    ...report.excluded.map((e) => [e.reason, e.count, e.names.join(', ').slice(0, 32000)]),
  ]);
  add(sheetLabel(lang, 'import.sheet.unknown'), [
    [label(lang, 'import.col.field'), label(lang, 'import.col.count'), label(lang, 'import.col.reason')],
    ...report.unknown.map((u) => [u.field, u.count, pick(u.why, lang)]),
  ]);
  if (files && files.length > 0) {
    const bySheet = new Map<string, ImportIssue[]>();
    for (const i of issues) {
      if (!i.file || !i.sheet || i.row === undefined || i.row < 2) continue;
      const k = `${i.file}\u0000${i.sheet}`;
      const list = bySheet.get(k) ?? [];
      list.push(i);
      bySheet.set(k, list);
    }
    for (const [k, list] of bySheet) {
      const [file, sheet] = k.split('\u0000') as [string, string];
      const rows = rowsOf(files, file, sheet);
      if (!rows) continue;
      const headerIdx = rows.findIndex((r) => r.some((c) => c !== undefined && c !== null && c !== ''));
      const header = rows[headerIdx] ?? [];
      const out: CellValue[][] = [[label(lang, 'import.col.row'), ...header, label(lang, 'import.col.message')]];
      const byRow = new Map<number, ImportIssue[]>();
      for (const i of list) byRow.set(i.row as number, [...(byRow.get(i.row as number) ?? []), i]);
      for (const [rowNo, its] of [...byRow].sort((a, b) => a[0] - b[0])) {
        const r = rows[rowNo - 1] ?? [];
        out.push([rowNo, ...header.map((_, c) => r[c]), its.map((i) => `${i.code}${i.column ? ` [${i.column}]` : ''}: ${msg(i)}`).join('\n')]);
      }
      add(`${sheet}`, out);
    }
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
