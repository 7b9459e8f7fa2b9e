import type { ReportLang } from '../../i18n/text';
import { cellParts, textParts } from '../cellText';
import type { Cell, Column } from '../model';

/**
 * WordprocessingML of the big tables and files, written as text. The `docx` package builds an object per
 * paragraph, run and property of every cell and then serialises the tree: for the full profile's per-VM
 * tables (hundreds of thousands of cells) that takes minutes and gigabytes. These functions write the same
 * XML the package writes for `renderDocx`'s tables and code blocks (same fonts, sizes, colours, borders,
 * margins, repeated header row), a batch of rows at a time, so the document part can be streamed into the zip.
 */

/** The look shared with renderDocx.ts (it imports these, so both stay in step). */
export const FONT = 'Arial';
export const CODE_FONT = 'Courier New';
export const C = { navy: '1F3A5F', accent: '2E6DA4', muted: '5F6B7A', rule: 'D3DAE4', zebra: 'F5F7FA', headSub: 'C9D5E6', codeFill: 'F3F4F6', code: '1D4F7A' };
/** Half-points. */
export const SIZE = { body: 19, small: 16, table: 17, h1: 34, h2: 25, h3: 21, title: 52 };
/** A4 in twips and the left/right margin. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 };
/** Text width of the A4 portrait page between the margins (twips): the table grid is a share of it. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Text width of a landscape page (the per-VM sections). */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;

/** A table written as raw XML: a data table, or a checklist (its command column holds code lines). */
export type RawTable = { kind: 'table'; columns: Column[]; rows: Cell[][]; commands?: (string | undefined)[]; /** Text width (twips) the grid spans (default portrait). */ width?: number; /** Column widths in percent (default from the columns' hints). */ percents?: number[] };
/** A code block written as raw XML: one shaded code paragraph per line. */
export type RawCode = { kind: 'code'; code: string };
export type RawBlock = RawTable | RawCode;

// Characters XML 1.0 does not allow (C0 controls but tab/newline/return, lone surrogates, U+FFFE/U+FFFF).
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text content for a `w:t`: XML special characters escaped, characters XML 1.0 forbids removed. */
export function xmlText(s: string): string {
  return s.replace(INVALID, '').replace(SPECIAL, (c) => ENTITY[c] ?? c);
}

type Style = { font?: string; bold?: boolean; italics?: boolean; color?: string; size?: number };

const rPrCache = new Map<string, string>();
function rPr(s: Style): string {
  const key = `${s.font ?? ''}|${s.bold ? 1 : 0}|${s.italics ? 1 : 0}|${s.color ?? ''}|${s.size ?? ''}`;
  let v = rPrCache.get(key);
  if (v === undefined) {
    const f = s.font ?? FONT;
    v =
      `<w:rPr><w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>` +
      (s.bold ? '<w:b/><w:bCs/>' : '') +
      (s.italics ? '<w:i/><w:iCs/>' : '') +
      (s.color ? `<w:color w:val="${s.color}"/>` : '') +
      (s.size ? `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>` : '') +
      '</w:rPr>';
    rPrCache.set(key, v);
  }
  return v;
}

/**
 * Runs of a text, as renderDocx's `runs`: spans between backticks in the code font and colour, a line break
 * as `w:br` at the start of the next line's run (never a raw newline inside `w:t`).
 */
export function runsXml(s: string, style: Style): string {
  let out = '';
  const pieces = s.replace(/\r\n?/g, '\n').split(/`([^`]*)`/);
  for (let i = 0; i < pieces.length; i++) {
    const code = i % 2 === 1;
    const props = rPr(code ? { ...style, font: CODE_FONT, color: C.code } : style);
    const lines = (pieces[i] ?? '').split('\n');
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li] ?? '';
      if (line === '' && li === 0) continue;
      out += `<w:r>${props}${li > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`;
    }
  }
  return out;
}

const JC = { left: '<w:pPr><w:jc w:val="left"/></w:pPr>', right: '<w:pPr><w:jc w:val="right"/></w:pPr>', center: '<w:pPr><w:jc w:val="center"/></w:pPr>' };

/** A cell's paragraphs: one per language part, the second smaller, italic and muted (as renderDocx). */
function cellParagraphsXml(parts: string[], size: number, style: Style, align: Column['align']): string {
  const pPr = JC[align ?? 'left'];
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const s: Style = i === 0 ? { ...style, size } : { ...style, size: size - 1, italics: true, color: style.color === 'FFFFFF' ? C.headSub : C.muted };
    out += `<w:p>${pPr}${runsXml(parts[i] ?? '', s)}</w:p>`;
  }
  return out || `<w:p>${pPr}</w:p>`;
}

/** The command column of a checklist: one code paragraph per command line. */
function commandXml(command: string, size: number): string {
  const props = rPr({ font: CODE_FONT, size, color: C.code });
  return command
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => `<w:p><w:pPr><w:pStyle w:val="Code"/><w:spacing w:after="0"/></w:pPr><w:r>${props}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r></w:p>`)
    .join('');
}

const RULE = `w:val="single" w:color="${C.rule}" w:sz="4"`;
const NONE = 'w:val="none" w:color="FFFFFF" w:sz="0"';
const MARGINS = (v: number): string => `<w:tcMar><w:top w:type="dxa" w:w="${v}"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="${v}"/><w:right w:type="dxa" w:w="80"/></w:tcMar>`;

/** Column widths in percent, as renderDocx's dataTable computes them. */
export function columnPercents(columns: Column[]): number[] {
  const hints = columns.map((c) => (c.width && c.width > 0 ? c.width : 1));
  const total = hints.reduce((a, b) => a + b, 0);
  return hints.map((h) => Math.round((h / total) * 100));
}

/**
 * Column widths in percent from what the columns hold (the per-VM tables on landscape pages, as the PDF's
 * appendices size their columns by content), counted over the header and an even sample of rows. A row is
 * as tall as its fullest cell, so each column's width follows its average text length; but each column gets
 * at least its longest word (up to 10 characters) and never more than its
 * longest line. Widths are in characters of the table font (about 0.55 em each) plus the cell margins.
 */
export function contentPercents(columns: Column[], rows: Cell[][], lang: ReportLang, textWidth = LANDSCAPE_TEXT_WIDTH, sample = 400): number[] {
  const word = columns.map(() => 2);
  const line = columns.map(() => 2);
  const sum = columns.map(() => 0);
  let seen = 0;
  const see = (i: number, parts: string[]): number => {
    let n = 0;
    for (const part of parts)
      for (const l of part.split('\n')) {
        n += l.length;
        line[i] = Math.max(line[i] ?? 0, l.length);
        for (const w of l.split(/\s+/)) word[i] = Math.max(word[i] ?? 0, Math.min(10, w.length));
      }
    return n;
  };
  columns.forEach((c, i) => see(i, textParts(c.label, lang)));
  const step = Math.max(1, Math.floor(rows.length / sample));
  for (let r = 0; r < rows.length; r += step, seen++) columns.forEach((_, i) => (sum[i] = (sum[i] ?? 0) + see(i, cellParts(rows[r]?.[i] ?? '', lang))));
  const size = columns.length > 6 ? SIZE.table - 2 : SIZE.table;
  const pad = 160 / (size * 5.5);
  const capacity = textWidth / (size * 5.5);
  const min = word.map((w) => w + 0.5 + pad);
  const max = line.map((l, i) => Math.max(l + 0.5 + pad, min[i] ?? 0));
  const avg = sum.map((x) => Math.max(1, x / Math.max(1, seen)));
  // Widths proportional to the average text, clamped to [min, max]; the scale found by bisection.
  const fit = (k: number): number[] => avg.map((a, i) => Math.min(max[i] ?? 0, Math.max(min[i] ?? 0, k * a)));
  let lo = 0;
  let hi = capacity;
  for (let it = 0; it < 40; it++) {
    const k = (lo + hi) / 2;
    if (fit(k).reduce((x, y) => x + y, 0) > capacity) hi = k;
    else lo = k;
  }
  const chars = fit(lo);
  const total = chars.reduce((x, y) => x + y, 0);
  return chars.map((c) => Math.max(1, Math.round((c / total) * 100)));
}

/**
 * A data table as XML, in chunks of `batch` rows (the first chunk opens the table
 * with its repeated header row, the last one closes it).
 */
export function* tableXml(t: RawTable, lang: ReportLang, batch = 250): Generator<string, void, void> {
  const { columns, rows } = t;
  const size = columns.length > 6 ? SIZE.table - 2 : SIZE.table;
  const widths = t.percents ?? columnPercents(columns);
  const tcW = widths.map((w) => `<w:tcW w:type="pct" w:w="${Math.round(w * 50)}"/>`);
  const headShade = `<w:shd w:fill="${C.navy}" w:color="auto" w:val="clear"/>`;
  const zebra = `<w:shd w:fill="${C.zebra}" w:color="auto" w:val="clear"/>`;
  const headMar = MARGINS(60);
  const rowMar = MARGINS(50);
  let out =
    `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders><w:top ${RULE}/><w:left ${NONE}/><w:bottom ${RULE}/><w:right ${NONE}/><w:insideH ${RULE}/><w:insideV ${NONE}/></w:tblBorders></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${Math.round((w / 100) * (t.width ?? TEXT_WIDTH))}"/>`).join('')}</w:tblGrid>` +
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
  columns.forEach((c, i) => {
    out += `<w:tc><w:tcPr>${tcW[i] ?? ''}${headShade}${headMar}</w:tcPr>${cellParagraphsXml(textParts(c.label, lang), size, { bold: true, color: 'FFFFFF' }, c.align)}</w:tc>`;
  });
  out += '</w:tr>';
  const commandSize = SIZE.table - 3;
  for (let ri = 0; ri < rows.length; ri++) {
    const r = rows[ri] ?? [];
    out += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    for (let ci = 0; ci < columns.length; ci++) {
      const command = ci === 2 ? t.commands?.[ri] : undefined;
      const body = command !== undefined ? commandXml(command, commandSize) : cellParagraphsXml(cellParts(r[ci] ?? '', lang), size, {}, columns[ci]?.align);
      out += `<w:tc><w:tcPr>${tcW[ci] ?? ''}${ri % 2 === 1 ? zebra : ''}${rowMar}</w:tcPr>${body}</w:tc>`;
    }
    out += '</w:tr>';
    if ((ri + 1) % batch === 0) {
      yield out;
      out = '';
    }
  }
  yield `${out}</w:tbl>`;
}

/** A code block as XML: one shaded paragraph per line in the code style (as renderDocx's code blocks). */
export function* codeXml(code: string, batch = 500): Generator<string, void, void> {
  const props = rPr({ font: CODE_FONT, size: SIZE.small });
  const pPr = `<w:pPr><w:pStyle w:val="Code"/><w:shd w:fill="${C.codeFill}" w:color="auto" w:val="clear"/><w:spacing w:after="0"/></w:pPr>`;
  const lines = code.split(/\r?\n/);
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    out += `<w:p>${pPr}<w:r>${props}<w:t xml:space="preserve">${xmlText(lines[i] ?? '')}</w:t></w:r></w:p>`;
    if ((i + 1) % batch === 0) {
      yield out;
      out = '';
    }
  }
  if (out) yield out;
}

/** Rows (or lines) of a raw block, for progress. */
export function rawUnits(b: RawBlock): number {
  return b.kind === 'table' ? b.rows.length : b.code.split('\n').length;
}
