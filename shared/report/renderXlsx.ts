import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { dictionary } from '../i18n';
import type { ReportLang, Text } from '../i18n/text';
import { cellText, formatDate, label, LANG_NAME, textParts } from './cellText';
import { chartTable } from './chart';
import type { Block, Cell, Column, ReportModel } from './model';
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

/** `validation`: a drop-down list on one column of every data row (checklist status). */
type SheetSpec = { name: string; rows: SheetRows; table: boolean; validation?: { col: number; values: string[] } };

const STATUS_KEYS = ['report.checklist.statusOpen', 'report.checklist.statusPass', 'report.checklist.statusFail', 'report.checklist.statusNa'] as const;

/** The status values of a checklist drop-down, in the export language (both for vi+en). */
export function statusValues(lang: ReportLang): string[] {
  return STATUS_KEYS.map((k) => (lang === 'vi+en' ? `${dictionary[k].vi} / ${dictionary[k].en}` : dictionary[k][lang]));
}

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

function tableRows(columns: Column[], rows: Cell[][], lang: ReportLang): SheetRows {
  return [columns.map((c) => text(c.label, lang)), ...rows.map((r) => columns.map((_, i) => value(r[i], lang)))];
}

function checklistRows(b: Extract<Block, { kind: 'checklist' }>, lang: ReportLang): SheetRows {
  const head = (
    ['report.checklist.id', 'report.checklist.task', 'report.checklist.command', 'report.checklist.expected', 'report.checklist.status', 'report.checklist.owner', 'report.checklist.date', 'report.checklist.actual', 'report.checklist.signOff'] as const
  ).map((k) => text(dictionary[k], lang));
  const open = statusValues(lang)[0] ?? '';
  return [
    head,
    ...b.items.map((it) => [
      safeSheetText(it.id),
      text(it.detail ? { vi: `${it.text.vi}\n${it.detail.vi}`, en: `${it.text.en}\n${it.detail.en}` } : it.text, lang),
      safeSheetText(it.command ?? ''),
      it.expected ? text(it.expected, lang) : '',
      open,
      '',
      '',
      '',
      '',
    ]),
  ];
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

function sheetsFor(model: ReportModel, lang: ReportLang): SheetSpec[] {
  const used = new Set<string>();
  const cover: SheetRows = [[text(model.title, lang)]];
  if (model.subtitle) cover.push([text(model.subtitle, lang)]);
  cover.push([]);
  cover.push([label('report.cover.project', lang), safeSheetText(model.meta.project)]);
  if (model.meta.customer) cover.push([label('report.cover.customer', lang), safeSheetText(model.meta.customer)]);
  cover.push(
    [label('report.cover.date', lang), formatDate(model.meta.generatedAt)],
    [label('report.cover.calculator', lang), safeSheetText(model.meta.calculatorVersion)],
    [label('report.cover.language', lang), label(LANG_NAME[lang], lang)],
  );
  const coverSheet: SheetSpec = { name: sheetName(nameText(dictionary['report.sheet.cover'], lang), used), rows: cover, table: false };
  const sheets: SheetSpec[] = [coverSheet];
  const contents: SheetRows = [[], [label('report.toc', lang)]];

  model.sections.forEach((section) => {
    const textRows: SheetRows = [[text(section.title, lang)]];
    let hasText = false;
    const tables: SheetSpec[] = [];
    let n = 0;
    for (const b of section.blocks) {
      if (b.kind === 'table' || b.kind === 'checklist' || b.kind === 'chart') {
        n += 1;
        const title = (b.kind === 'table' || b.kind === 'chart') && b.title ? nameText(b.title, lang) : `${nameText(section.title, lang)} ${n}`;
        const chart = b.kind === 'chart' ? chartTable(b.chart) : undefined;
        const rows = b.kind === 'table' ? tableRows(b.columns, b.rows, lang) : chart ? tableRows(chart.columns, chart.rows, lang) : b.kind === 'checklist' ? checklistRows(b, lang) : [];
        tables.push({ name: title, rows, table: true, ...(b.kind === 'checklist' ? { validation: { col: 4, values: statusValues(lang) } } : {}) });
      } else {
        const rows = textBlockRows(b, lang);
        if (rows.length > 0) hasText = true;
        textRows.push(...rows);
      }
    }
    if (hasText || tables.length === 0) {
      const name = sheetName(nameText(section.title, lang), used);
      sheets.push({ name, rows: textRows, table: false });
      contents.push([name, text(section.title, lang)]);
    }
    for (const t of tables) {
      t.name = sheetName(t.name, used);
      sheets.push(t);
      contents.push([t.name, text(section.title, lang)]);
    }
  });
  coverSheet.rows.push(...contents);
  return sheets;
}

const SHEET_VIEW = /<sheetView\b([^>]*?)\/>/;

const xmlAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * SheetJS (community build) does not write data validations: add an in-cell drop-down list on one column
 * (rows 2…n) of the sheet XML, after the elements the schema puts before it.
 */
function addListValidation(xml: string, col: number, lastRow: number, values: readonly string[]): string {
  const letter = XLSX.utils.encode_col(col);
  const list = values.map((v) => v.replace(/[",]/g, ' ')).join(',');
  const dv = `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${letter}2:${letter}${Math.max(2, lastRow)}"><formula1>"${xmlAttr(list)}"</formula1></dataValidation></dataValidations>`;
  for (const before of ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<drawing', '<legacyDrawing', '<tableParts', '<extLst']) {
    const i = xml.indexOf(before);
    if (i >= 0) return `${xml.slice(0, i)}${dv}${xml.slice(i)}`;
  }
  return xml.replace('</worksheet>', `${dv}</worksheet>`);
}

/** SheetJS (community build) does not write frozen panes: add a frozen first row to the sheet XML. */
function freezeHeaderRow(xml: string): string {
  const pane = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';
  if (SHEET_VIEW.test(xml)) return xml.replace(SHEET_VIEW, (_m, attrs: string) => `<sheetView${attrs}>${pane}</sheetView>`);
  return xml.replace(/<sheetData\b/, `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetData`);
}

export function renderXlsx(model: ReportModel, lang: ReportLang): Uint8Array {
  const wb = XLSX.utils.book_new();
  const sheets = sheetsFor(model, lang);
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    ws['!cols'] = columnWidths(s.rows, s.table ? 60 : 100);
    if (s.table) {
      const width = Math.max(1, s.rows[0]?.length ?? 1);
      ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, s.rows.length - 1), c: width - 1 } }) };
    }
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  wb.Props = { Title: textParts(model.title, lang).join(' / '), Company: model.meta.customer ?? '', Author: 'vm2pve' };
  const raw = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  const files = unzipSync(new Uint8Array(raw));
  sheets.forEach((s, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const f = files[path];
    if (s.table && f) {
      let xml = freezeHeaderRow(strFromU8(f));
      if (s.validation) xml = addListValidation(xml, s.validation.col, s.rows.length, s.validation.values);
      files[path] = strToU8(xml);
    }
  });
  return zipSync(files, { level: 6 });
}
