import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { dictionary } from '../i18n';
import type { ReportLang, Text } from '../i18n/text';
import { cellText, formatDate, label, LANG_NAME, textParts } from './cellText';
import { chartTable } from './chart';
import type { Block, Cell, Column, ReportModel, SheetPlacement } from './model';
import { safeSheetText } from '../text/safeCell';

/**
 * XLSX rendering with SheetJS: a cover sheet, then per section a sheet for its text blocks (when it has
 * any) and one sheet per table or checklist. Every table sheet starts with its header row, frozen, under
 * an auto filter. Text cells that a spreadsheet could read as a formula are neutralised.
 */

type SheetValue = string | number;
type SheetRows = SheetValue[][];

const MAX_SHEET_NAME = 31;

/** At most `max` characters; a longer text is cut at a word boundary and ends with "…". */
function shorten(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  const head = chars.slice(0, max - 1).join('');
  const cut = head.lastIndexOf(' ');
  return `${(cut >= max / 2 ? head.slice(0, cut) : head).trim()}…`;
}

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`, not blank, unique (case-insensitive). */
export function sheetName(wanted: string, used: Set<string>): string {
  let base = wanted.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim();
  if (base === '') base = 'Sheet';
  base = shorten(base, MAX_SHEET_NAME);
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = shorten(base, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}

/** Backticks mark commands and paths in report texts; a spreadsheet cell shows them plain. */
function unmark(s: string): string {
  return s.replace(/`([^`]*)`/g, '$1');
}

function value(c: Cell, lang: ReportLang): SheetValue {
  if (typeof c === 'number' && Number.isFinite(c)) return c;
  return safeSheetText(unmark(cellText(c, lang)));
}

function text(t: Text, lang: ReportLang): string {
  return safeSheetText(unmark(textParts(t, lang).join(' / ')));
}

/** Sheet names use one language: English for `en`, Vietnamese otherwise. */
function nameText(t: Text, lang: ReportLang): string {
  return lang === 'en' ? t.en : t.vi;
}

/** `validations`: a drop-down list on a column (0-based) of every data row. */
type SheetSpec = { name: string; rows: SheetRows; table: boolean; validations?: { col: number; values: string[] }[] };

function columnWidths(rows: SheetRows, max: number): XLSX.ColInfo[] {
  const widths: number[] = [];
  for (const r of rows) {
    r.forEach((v, i) => {
      const longest = String(v)
        .split(/\r?\n/)
        .reduce((m, line) => Math.max(m, [...line].length), 0);
      widths[i] = Math.max(widths[i] ?? 0, longest);
    });
  }
  return Array.from(widths, (w) => ({ wch: Math.min(max, Math.max(8, (w ?? 0) + 2)) }));
}

function textBlockRows(b: Block, lang: ReportLang): SheetRows {
  switch (b.kind) {
    case 'heading':
      return [[], [text(b.text, lang)]];
    case 'paragraph':
      return textParts(b.text, lang).map((p) => [safeSheetText(unmark(p))]);
    case 'note': {
      const tag = label(b.tone === 'correction' ? 'report.note.correction' : b.tone === 'warning' ? 'report.note.warning' : 'report.note.info', lang);
      return [[safeSheetText(tag), text(b.text, lang)]];
    }
    case 'kv':
      return b.rows.map((r) => [text(r.label, lang), value(r.value, lang)]);
    case 'code':
      return [...(b.title ? [[text(b.title, lang)]] : []), ...b.code.split(/\r?\n/).map((l) => [safeSheetText(l)])];
    default:
      return [];
  }
}

/** A table sheet: every table of one kind, one row per item, the group (cluster, rule …) as the first column. */
type TableGroup = { name: Text; groupLabel?: Text; columns: Column[]; rows: { group?: string; cells: Map<string, Cell> }[]; doneColumn?: string };

const CHECKLIST_KEYS = [
  'report.checklist.id',
  'report.checklist.task',
  'report.checklist.command',
  'report.checklist.expected',
  'report.checklist.status',
  'report.checklist.owner',
  'report.checklist.date',
  'report.checklist.actual',
  'report.checklist.signOff',
] as const;

const STATUS_KEYS = ['report.checklist.statusOpen', 'report.checklist.statusPass', 'report.checklist.statusFail', 'report.checklist.statusNa'] as const;

/** The status values of a checklist drop-down, in the export language (both for vi+en). */
export function statusValues(lang: ReportLang): string[] {
  return STATUS_KEYS.map((k) => (lang === 'vi+en' ? `${dictionary[k].vi} / ${dictionary[k].en}` : dictionary[k][lang]));
}

function checklistTable(b: Extract<Block, { kind: 'checklist' }>): { columns: Column[]; rows: Cell[][] } {
  return {
    columns: CHECKLIST_KEYS.map((k) => ({ key: k, label: dictionary[k] })),
    rows: b.items.map((it) => [
      it.id,
      it.detail ? { vi: `${it.text.vi}\n${it.detail.vi}`, en: `${it.text.en}\n${it.detail.en}` } : it.text,
      it.command ?? '',
      it.expected ?? '',
      dictionary['report.checklist.statusOpen'],
      '',
      '',
      '',
      '',
    ]),
  };
}

/** Sheet name of a kind (`report.sheet.<kind>` when the dictionary has one). */
function kindName(kind: string): Text | undefined {
  return (dictionary as Record<string, Text | undefined>)[`report.sheet.${kind}`];
}

function sheetsFor(model: ReportModel, lang: ReportLang, maxRows: number): SheetSpec[] {
  const used = new Set<string>();
  const cover: SheetRows = [[text(model.title, lang)]];
  if (model.subtitle) cover.push([text(model.subtitle, lang)]);
  cover.push([]);
  cover.push([label('report.cover.project', lang), safeSheetText(model.meta.project)]);
  if (model.meta.customer) cover.push([label('report.cover.customer', lang), safeSheetText(model.meta.customer)]);
  if (model.meta.author) cover.push([label('report.cover.author', lang), safeSheetText(model.meta.author)]);
  cover.push(
    [label('report.cover.date', lang), formatDate(model.meta.generatedAt)],
    [label('report.cover.calculator', lang), safeSheetText(model.meta.calculatorVersion)],
    [label('report.cover.language', lang), label(LANG_NAME[lang], lang)],
  );
  const coverSheet: SheetSpec = { name: sheetName(nameText(dictionary['report.sheet.cover'], lang), used), rows: cover, table: false };

  // One sheet for every sentence of the report (section, text, value), filterable by section.
  const textRows: SheetRows = [[label('report.sheet.col.section', lang), label('report.sheet.col.text', lang), label('report.sheet.col.value', lang)]];
  const groups = new Map<string, TableGroup>();
  const add = (key: string, name: Text, columns: Column[], rows: Cell[][], sheet: SheetPlacement | undefined, doneColumn?: string): void => {
    let g = groups.get(key);
    if (!g) {
      g = { name: (sheet && kindName(sheet.kind)) ?? name, groupLabel: sheet?.group !== undefined ? sheet.groupLabel ?? dictionary['report.sheet.col.group'] : undefined, columns: [], rows: [], doneColumn };
      groups.set(key, g);
    }
    for (const c of columns) if (!g.columns.some((x) => x.key === c.key)) g.columns.push(c);
    for (const r of rows) g.rows.push({ group: sheet?.group, cells: new Map(columns.map((c, i) => [c.key, r[i]])) });
  };
  for (const section of model.sections) {
    const sectionText = text(section.title, lang);
    for (const b of section.blocks) {
      if ((b.kind === 'table' || b.kind === 'checklist') && b.sheet?.kind === 'none') continue;
      if (b.kind === 'table') add(b.sheet?.kind ?? `table:${b.id}:${section.id}`, b.title ?? section.title, b.columns, b.rows, b.sheet);
      else if (b.kind === 'checklist') {
        const t = checklistTable(b);
        add(b.sheet?.kind ?? `checklist:${b.id}:${section.id}`, section.title, t.columns, t.rows, b.sheet, 'report.checklist.status');
      } else if (b.kind === 'chart') {
        // A chart's data goes on the text sheet (a sheet per chart would multiply the sheets).
        const t = chartTable(b.chart);
        textRows.push([sectionText, text(b.title, lang)]);
        for (const r of t.rows) textRows.push([sectionText, value(r[0], lang), ...r.slice(1).map((c, i) => (c === null || c === undefined ? '' : `${text(t.columns[i + 1]?.label ?? { vi: '', en: '' }, lang)}: ${cellText(c, lang)}`))].slice(0, 3));
      } else for (const r of textBlockRows(b, lang)) if (r.length > 0) textRows.push([sectionText, ...r]);
    }
  }
  const sheets: SheetSpec[] = [coverSheet];
  const contents: SheetRows = [[], [label('report.toc', lang)]];
  for (let start = 1, part = 0; start < textRows.length || part === 0; start += maxRows - 1, part++) {
    const name = sheetName(nameText(dictionary['report.sheet.text'], lang), used);
    sheets.push({ name, rows: [textRows[0] as SheetValue[], ...textRows.slice(start, start + maxRows - 1)], table: true });
    contents.push([name, part === 0 ? label('report.sheet.text.about', lang) : `${label('report.sheet.text.about', lang)} — ${label('report.sheet.continued', lang)}`]);
  }
  for (const g of groups.values()) {
    const name = sheetName(nameText(g.name, lang), used);
    const head = [...(g.groupLabel ? [text(g.groupLabel, lang)] : []), ...g.columns.map((c) => text(c.label, lang))];
    const rows: SheetRows = [head, ...g.rows.map((r) => [...(g.groupLabel ? [safeSheetText(r.group ?? '')] : []), ...g.columns.map((c) => value(r.cells.get(c.key), lang))])];
    const doneIndex = g.doneColumn ? g.columns.findIndex((c) => c.key === g.doneColumn) : -1;
    const validations = doneIndex >= 0 ? [{ col: doneIndex + (g.groupLabel ? 1 : 0), values: statusValues(lang) }] : [];
    // Past Excel's row limit the rows continue on a sheet of the same name with "(2)", header repeated.
    for (let start = 1, part = 0; start < rows.length || part === 0; start += maxRows - 1, part++) {
      const chunk = [head, ...rows.slice(start, start + maxRows - 1)];
      const partName = part === 0 ? name : sheetName(nameText(g.name, lang), used);
      sheets.push({ name: partName, rows: chunk, table: true, validations });
      const about = part === 0 ? text(g.name, lang) : `${text(g.name, lang)} — ${label('report.sheet.continued', lang)}`;
      contents.push([partName, about, chunk.length - 1]);
    }
  }
  coverSheet.rows.push(...contents);
  return sheets;
}

const SHEET_VIEW = /<sheetView\b([^>]*?)\/>/;

/** SheetJS (community build) does not write frozen panes: add a frozen first row to the sheet XML. */
function freezeHeaderRow(xml: string): string {
  const pane = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';
  if (SHEET_VIEW.test(xml)) return xml.replace(SHEET_VIEW, (_m, attrs: string) => `<sheetView${attrs}>${pane}</sheetView>`);
  return xml.replace(/<sheetData\b/, `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetData`);
}

function xmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * What SheetJS (community build) does not write, added to a table sheet's XML: drop-down lists (data
 * validation) on status columns, and print setup (landscape, fit to one page wide; the header row repeats
 * through the workbook's print titles).
 */
function tableSheetExtras(xml: string, s: SheetSpec): string {
  let out = freezeHeaderRow(xml);
  const last = Math.max(2, s.rows.length);
  const dv = (s.validations ?? [])
    .map((v) => {
      const col = XLSX.utils.encode_col(v.col);
      // A list formula is one quoted string with comma separators; a value holding a comma or quote cannot be listed.
      const list = v.values.filter((x) => !/[",]/.test(x)).join(',');
      return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${col}2:${col}${last}"><formula1>"${xmlAttr(list)}"</formula1></dataValidation>`;
    })
    .join('');
  if (dv) out = out.replace(/<pageMargins\b/, `<dataValidations count="${s.validations?.length ?? 0}">${dv}</dataValidations><pageMargins`);
  out = out.replace(/(<pageMargins\b[^>]*\/>)/, '$1<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  out = out.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  return out;
}

/** Excel's number format for a non-integer (integers keep General: a VMID must not get a thousands separator). */
const DECIMAL_FORMAT = '0.0#';

/** Excel's limit: 1,048,576 rows per sheet (header included). */
export const EXCEL_MAX_ROWS = 1_048_576;

export function renderXlsx(model: ReportModel, lang: ReportLang, opts: { maxRows?: number } = {}): Uint8Array {
  const wb = XLSX.utils.book_new();
  const sheets = sheetsFor(model, lang, Math.max(2, Math.min(EXCEL_MAX_ROWS, opts.maxRows ?? EXCEL_MAX_ROWS)));
  const names: NonNullable<XLSX.WorkBook['Workbook']>['Names'] = [];
  sheets.forEach((s, index) => {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    ws['!cols'] = columnWidths(s.rows, s.table ? 60 : 100);
    ws['!margins'] = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };
    for (const [addr, cell] of Object.entries(ws)) {
      if (!addr.startsWith('!') && (cell as XLSX.CellObject).t === 'n' && !Number.isInteger((cell as XLSX.CellObject).v)) (cell as XLSX.CellObject).z = DECIMAL_FORMAT;
    }
    if (s.table) {
      const width = Math.max(1, s.rows[0]?.length ?? 1);
      ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, s.rows.length - 1), c: width - 1 } }) };
      names.push({ Name: '_xlnm.Print_Titles', Sheet: index, Ref: `'${s.name.replace(/'/g, "''")}'!$1:$1` });
    }
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  });
  wb.Workbook = { Names: names };
  wb.Props = { Title: textParts(model.title, lang).join(' / '), Company: model.meta.customer ?? '', Author: model.meta.author ?? 'vm2pve' };
  const raw = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  const files = unzipSync(new Uint8Array(raw));
  sheets.forEach((s, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const f = files[path];
    if (s.table && f) files[path] = strToU8(tableSheetExtras(strFromU8(f), s));
  });
  return zipSync(files, { level: 6 });
}
