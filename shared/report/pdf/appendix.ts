import { dictionary } from '../../i18n';
import { fill, pick, type ReportLang, type Text } from '../../i18n/text';
import { cellParts, textParts } from '../cellText';
import type { Block, Cell, ChecklistItem, Column } from '../model';

/**
 * Appendix pages of the full report, drawn straight onto the PDFKit document that pdfmake wrote the body
 * into (pdfmake lays out every table cell as a tree of nodes: fine for a few hundred rows, minutes and
 * gigabytes for the per-VM lists of a 10,000-VM estate).
 *
 * Two steps. `layoutAppendices` measures every line with the font metrics and breaks the appendices into
 * pages (rows have heights known before drawing: each cell is one or a few lines, clipped to its column), so
 * the page count is known before anything is drawn and "Page X of Y" counts the appendix pages. Then
 * `writeAppendices` draws those pages one by one on landscape A4 (repeated header row on each page,
 * running header and footer, outline entries), reports progress and stops between pages when cancelled.
 */

// ---------------------------------------------------------------------------------------------------
// Geometry and style
// ---------------------------------------------------------------------------------------------------

export const PAGE_W = 841.89;
export const PAGE_H = 595.28;
const MARGIN_X = 40;
const TOP = 50;
const BOTTOM = PAGE_H - 40;
const CONTENT_W = PAGE_W - 2 * MARGIN_X;
/** Body text of the appendix tables. */
const SIZE = 6.5;
const LINE = 8;
const PAD_X = 3;
const PAD_Y = 1.5;
/** At most this many lines per text part of a cell (longer text is clipped with "…"). */
const MAX_TEXT_LINES = 3;
/** A cell with more lines than this (a long command list) is cut with a marker (never seen in practice). */
const MAX_CELL_LINES = 40;

const COLOR = {
  ink: '#1f2933',
  navy: '#1f3a5f',
  accent: '#2e6da4',
  muted: '#5f6b7a',
  rule: '#d3dae4',
  headSub: '#c9d5e6',
  zebra: '#f5f7fa',
  codeFill: '#f3f4f6',
  code: '#1d4f7a',
} as const;

const TONE: Record<'info' | 'warning' | 'correction', string> = { info: '#2e6da4', warning: '#c77c1e', correction: '#a83232' };

// ---------------------------------------------------------------------------------------------------
// Fonts and metrics
// ---------------------------------------------------------------------------------------------------

/** r: Roboto, b: Roboto Medium, i: Roboto Italic, m: Courier (commands, configuration files). */
export type FontKey = 'r' | 'b' | 'i' | 'm';

/** What the layout needs from a font: the advance width of a string at a size (PDFKit fonts have it). */
export type MetricFont = { widthOfString(s: string, size: number): number };

/**
 * Widths by character (kerning left out: Roboto's kerning only narrows, so a line that fits measured this
 * way fits when drawn). Measuring character by character is cached and much faster than shaping each string.
 */
export class Metrics {
  private readonly cache = new Map<FontKey, Map<string, number>>();
  constructor(private readonly fonts: Record<FontKey, MetricFont>) {}

  /** Printable ASCII widths by code, per font (most of the per-VM values). */
  private readonly ascii = new Map<FontKey, Float64Array>();

  width(font: FontKey, s: string, size: number): number {
    let a = this.ascii.get(font);
    if (!a) {
      a = new Float64Array(128).fill(-1);
      this.ascii.set(font, a);
    }
    let w = 0;
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (code < 128) {
        let cw = a[code] ?? -1;
        if (cw < 0) {
          cw = this.fonts[font].widthOfString(String.fromCharCode(code), 1000);
          a[code] = cw;
        }
        w += cw;
        continue;
      }
      // Beyond ASCII: by code point (a surrogate pair is one character).
      const cp = s.codePointAt(i) ?? code;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      let m = this.cache.get(font);
      if (!m) this.cache.set(font, (m = new Map()));
      let cw = m.get(ch);
      if (cw === undefined) {
        cw = this.fonts[font].widthOfString(ch, 1000);
        m.set(ch, cw);
      }
      w += cw;
    }
    return (w * size) / 1000;
  }
}

// ---------------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------------

/** Characters the embedded fonts (Roboto, Courier) lack, replaced so nothing renders as a blank box. */
const GLYPH_SUBSTITUTES: [RegExp, string][] = [
  [/→/g, '->'],
  [/←/g, '<-'],
  [/[⇔↔]/g, '<->'],
  [/≙/g, '='],
  [/[☐□]/g, '[ ]'],
  [/[✓✔]/g, 'x'],
];

/** `s` with the characters the fonts lack replaced (the body and the appendices share this). */
export function substituteGlyphs(s: string): string {
  let out = s;
  for (const [re, sub] of GLYPH_SUBSTITUTES) out = out.replace(re, sub);
  return out;
}

/** Characters the embedded fonts lack are replaced; control characters (tabs, stray CR) become spaces. */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

export function printable(s: string, markup = true): string {
  // Most values are plain ASCII without backticks: nothing to replace.
  if (PLAIN_ASCII.test(s)) return s;
  // Sentences mark commands with backticks (dropped here); a name keeps its backticks.
  const out = substituteGlyphs(markup ? s.replace(/`([^`]*)`/g, '$1') : s);
  // eslint-disable-next-line no-control-regex
  return out.replace(/\t/g, '    ').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ').normalize('NFC');
}

/** A line break inside a one-line value (a VM name with a newline) is shown as this visible marker. */
export const NEWLINE_MARK = ' ¶ ';
const ELLIPSIS = '…';
/** Courier (a PDF standard font) covers printable ASCII only; other lines stay in Roboto. */
const ASCII_LINE = /^[\x20-\x7e]*$/;
/** A token that reads as a number (digits with separators, units, signs): never broken across lines. */
const NUMBER_TOKEN = /^[-+(]?[\d.,:%/]+[)%]?$/;

/** `s` cut to `width` with an ellipsis (at a character; a number is cut before it, never inside). */
function clip(metrics: Metrics, font: FontKey, s: string, size: number, width: number): string {
  if (metrics.width(font, s, size) <= width) return s;
  const ell = metrics.width(font, ELLIPSIS, size);
  let w = 0;
  let end = 0;
  const chars = Array.from(s);
  for (; end < chars.length; end++) {
    const cw = metrics.width(font, chars[end] ?? '', size);
    if (w + cw + ell > width) break;
    w += cw;
  }
  let cut = chars.slice(0, end).join('');
  // Never end inside a number: go back to the start of the digits run.
  if (/\d$/.test(cut) && /^\d/.test(chars.slice(end).join(''))) cut = cut.replace(/[\d.,]+$/, '');
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/**
 * Greedy word wrap into at most `maxLines` lines of `width`; the last kept line ends with "…" when text is
 * left over. A word wider than the column is broken at characters unless it is a number (a number moves
 * whole to the next line; the columns are made wide enough for their numbers).
 */
export function wrap(metrics: Metrics, font: FontKey, s: string, size: number, width: number, maxLines: number): string[] {
  if (s === '') return [''];
  if (metrics.width(font, s, size) <= width) return [s];
  const words = s.split(/ +/);
  const lines: string[] = [];
  let cur = '';
  const space = metrics.width(font, ' ', size);
  let curW = 0;
  const push = (): void => {
    lines.push(cur);
    cur = '';
    curW = 0;
  };
  for (const word of words) {
    const ww = metrics.width(font, word, size);
    if (cur !== '' && curW + space + ww <= width) {
      cur += ` ${word}`;
      curW += space + ww;
      continue;
    }
    if (cur !== '') push();
    if (ww <= width || NUMBER_TOKEN.test(word)) {
      cur = word;
      curW = ww;
      continue;
    }
    // A long name or path: break at characters.
    let piece = '';
    let pw = 0;
    for (const ch of word) {
      const cw = metrics.width(font, ch, size);
      if (piece !== '' && pw + cw > width) {
        lines.push(piece);
        piece = '';
        pw = 0;
      }
      piece += ch;
      pw += cw;
    }
    cur = piece;
    curW = pw;
  }
  if (cur !== '') push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = clip(metrics, font, `${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`, size, width);
  return kept;
}

// ---------------------------------------------------------------------------------------------------
// Layout units
// ---------------------------------------------------------------------------------------------------

type Line = { s: string; font: FontKey; color: string; size: number };

type TableLayout = {
  /** Left edge of each column. */
  x: number[];
  /** Columns of commands (Courier). */
  mono: boolean[];
  widths: number[];
  align: ('left' | 'right' | 'center')[];
  header: Line[][];
  headerH: number;
  /**
   * A row's lines per cell (or a tick box); `en[i]`: the line where cell i's second language starts;
   * `pre`: the cells' lines already split (while sizing the table).
   */
  cellsOf: (row: Cell[], pre?: (string[][] | null)[]) => { cells: (string[] | 'box')[]; en: number[] | undefined; lines: number };
};

type Unit = (
  | { k: 'title'; lines: Line[]; h: number }
  | { k: 'text'; lines: Line[]; h: number; keep: boolean; fill?: string; bar?: string; /** Space above the first line. */ top?: number }
  | { k: 'thead'; table: TableLayout; caption: Line[]; h: number }
  /**
   * A table row: the model's row and its height; its lines are laid out again when drawn (a 10,000-VM
   * report has a quarter of a million rows: keeping their lines would cost a few hundred MB).
   */
  | { k: 'row'; table: TableLayout; row: Cell[]; h: number; zebra: boolean }
  | { k: 'code'; line: Line; h: number; cont: boolean }
  /** Lines of a file in columns (each column read top to bottom). */
  | { k: 'codeband'; columns: Line[][]; h: number }
) & { /** A named destination (a link target) on the page of this unit. */ anchor?: string };

/**
 * One appendix: a letter, a title and the blocks it prints (tables, checklists, code, headings, text).
 * `anchors`: blocks a link points to (the body's pointer to a moved table), by destination name.
 */
export type AppendixSource = { id: string; letter: string; title: Text; intro?: Text; blocks: Block[]; anchors?: Map<Block, string> };

export type AppendixPage = { appendix: number; start: number; end: number; repeat?: TableLayout };

export type AppendixInfo = { id: string; letter: string; title: Text; /** 0-based index of its first page among the appendix pages. */ firstPage: number; pages: number; rows: number };

export type AppendixLayout = {
  appendices: AppendixInfo[];
  /** Destination name → index of its page among the appendix pages. */
  anchors: Map<string, number>;
  units: Unit[][];
  pages: AppendixPage[];
  /** Data rows laid out (table and checklist rows, code lines). */
  rows: number;
};

function appendixLabel(letter: string, title: Text): Text {
  const t = dictionary['report.appendix.label'];
  return { vi: fill(t.vi, { letter, title: title.vi }), en: fill(t.en, { letter, title: title.en }) };
}

/** "Phụ lục A — Vị trí máy ảo" in the report language(s). */
export function appendixTitle(letter: string, title: Text, lang: ReportLang): string[] {
  return textParts(appendixLabel(letter, title), lang).map((p) => printable(p));
}

type Builder = { metrics: Metrics; lang: ReportLang; out: Unit[]; rows: number; /** Progress: rows laid out before this appendix, and the report. */ base: number; onRows?: (rows: number) => void };

/** Rows an appendix source will lay out (table and checklist rows, code lines, chart bars): the progress total. */
export function countRows(sources: readonly AppendixSource[]): number {
  let n = 0;
  for (const src of sources) {
    for (const b of src.blocks) {
      if (b.kind === 'table') n += b.rows.length;
      else if (b.kind === 'checklist') n += b.items.length;
      else if (b.kind === 'code') n += b.code.split('\n').length;
      else if (b.kind === 'chart') n += b.chart.categories.length;
      else if (b.kind === 'kv') n += b.rows.length;
    }
  }
  return n;
}

function textLines(b: Builder, t: Text, font: FontKey, size: number, color: string, width: number): Line[] {
  const parts = textParts(t, b.lang);
  return parts.flatMap((p, i) => {
    const f: FontKey = i === 0 ? font : font === 'b' ? 'b' : 'i';
    const c = i === 0 ? color : COLOR.muted;
    return printable(p)
      .split('\n')
      .flatMap((para) => wrap(b.metrics, f, para, size, width, 1000))
      .map((s) => ({ s, font: f, color: c, size }));
  });
}

function heading(b: Builder, t: Text, level: 2 | 3): void {
  const size = level === 2 ? 10 : 8.5;
  const lines = textLines(b, t, 'b', size, level === 2 ? COLOR.navy : COLOR.ink, CONTENT_W);
  const top = level === 2 ? 8 : 5;
  b.out.push({ k: 'text', lines, h: top + lines.length * size * 1.25 + 3, keep: true, top });
}

function paragraph(b: Builder, t: Text, opts: { fill?: string; bar?: string; label?: Text } = {}): void {
  const width = CONTENT_W - (opts.bar ? 12 : 0);
  const lines = [...(opts.label ? textLines(b, opts.label, 'b', 7, opts.bar ?? COLOR.ink, width) : []), ...textLines(b, t, 'r', 7.5, COLOR.ink, width)];
  // One unit per line: a long paragraph flows over pages.
  lines.forEach((l, i) => b.out.push({ k: 'text', lines: [l], h: l.size * 1.3 + (i === lines.length - 1 ? 6 : 0), keep: false, ...(opts.fill ? { fill: opts.fill } : {}), ...(opts.bar ? { bar: opts.bar } : {}) }));
}

const isNumeric = (c: Cell): boolean => typeof c === 'number';
const MONO_COLUMN = /^(cmd|command|commands)$/i;

/** Splits a cell into lines: line breaks kept in multi-line columns, a visible marker elsewhere. */
function cellLines(c: Cell, lang: ReportLang, multiline: boolean): string[][] {
  const markup = typeof c === 'object' && c !== null;
  return cellParts(c, lang).map((p) => (multiline ? printable(p, markup).split('\n') : [printable(p.replace(/\r?\n/g, NEWLINE_MARK), markup)]));
}

/**
 * Column widths: each column gets what its content needs (numbers always get their full width), the rest
 * is shared by the hints of the columns whose text is longer than their share.
 */
function columnWidths(b: Builder, columns: Column[], rows: Cell[][], lines: (string[][] | null)[][], mono: boolean[], total: number): number[] {
  const natural = columns.map(() => 0);
  const minimum = columns.map(() => 24);
  columns.forEach((col, i) => {
    for (const part of textParts(col.label, b.lang)) {
      for (const w of printable(part).split(/\s+/)) minimum[i] = Math.max(minimum[i] ?? 0, b.metrics.width('b', w, SIZE) + 2 * PAD_X);
    }
  });
  for (let ri = 0; ri < rows.length; ri++) {
    const r = rows[ri] as Cell[];
    const rl = lines[ri] as (string[][] | null)[];
    for (let i = 0; i < columns.length; i++) {
      const c = r[i];
      const cl = rl[i];
      if (!cl) continue;
      for (const part of cl) {
        for (const line of part) {
          const w = b.metrics.width(mono[i] && ASCII_LINE.test(line) ? 'm' : 'r', line, SIZE) + 2 * PAD_X;
          if (w > (natural[i] ?? 0)) natural[i] = w;
          if (isNumeric(c) && w > (minimum[i] ?? 0)) minimum[i] = w;
        }
      }
    }
  }
  const need = natural.map((n, i) => Math.max(n, minimum[i] ?? 0));
  const sumNeed = need.reduce((a, x) => a + x, 0);
  if (sumNeed <= total) {
    // Everything fits: the spare width goes to the columns by their hints.
    const spare = total - sumNeed;
    const hints = columns.map((c) => c.width ?? 1);
    const hs = hints.reduce((a, x) => a + x, 0);
    return need.map((n, i) => n + (spare * (hints[i] ?? 1)) / hs);
  }
  // Water-filling: every column gets its minimum; the rest goes to the columns that want more, by their
  // hints, never more than they need.
  const widths = [...minimum];
  let rest = total - widths.reduce((a, x) => a + x, 0);
  let open = columns.map((_, i) => (need[i] ?? 0) > (widths[i] ?? 0));
  for (let pass = 0; pass < 8 && rest > 0.5 && open.some(Boolean); pass++) {
    const hs = columns.reduce((a, c, i) => a + (open[i] ? (c.width ?? 1) : 0), 0);
    let given = 0;
    columns.forEach((c, i) => {
      if (!open[i]) return;
      const share = (rest * (c.width ?? 1)) / hs;
      const add = Math.min(share, (need[i] ?? 0) - (widths[i] ?? 0));
      widths[i] = (widths[i] ?? 0) + add;
      given += add;
    });
    rest -= given;
    open = columns.map((_, i) => (need[i] ?? 0) > (widths[i] ?? 0) + 0.01);
  }
  if (rest > 0.5) {
    const hs = columns.reduce((a, c) => a + (c.width ?? 1), 0);
    columns.forEach((c, i) => (widths[i] = (widths[i] ?? 0) + (rest * (c.width ?? 1)) / hs));
  }
  // Minimums wider than the page (many numeric columns): scale down proportionally.
  const sum = widths.reduce((a, x) => a + x, 0);
  return sum > total ? widths.map((w) => (w * total) / sum) : widths;
}

/** The largest cell height a page can hold under a repeated header. */
function maxRowLines(headerH: number): number {
  return Math.max(1, Math.min(MAX_CELL_LINES, Math.floor((BOTTOM - TOP - headerH - 20 - 2 * PAD_Y) / LINE)));
}

function table(b: Builder, columns: Column[], rows: Cell[][], title?: Text, boxColumn?: number): void {
  if (columns.length === 0) return;
  // A column whose cells mostly hold several lines (VM + VMID + node, a list of commands) keeps its line
  // breaks; elsewhere a line break (a name with a newline) is shown as a marker.
  const multiline = columns.map((col, i) => {
    // Commands: one per line, always.
    if (MONO_COLUMN.test(col.key)) return true;
    let filled = 0;
    let multi = 0;
    for (const r of rows) {
      const c = r[i];
      if (typeof c !== 'string' || c === '') continue;
      filled++;
      if (c.includes('\n')) multi++;
    }
    return filled > 0 && multi * 2 > filled;
  });
  const mono = columns.map((c) => MONO_COLUMN.test(c.key));
  // Each cell's lines, computed once (widths, then wrapping).
  const split = rows.map((r) => columns.map((_, i) => (r[i] === null || r[i] === undefined || r[i] === '' ? null : cellLines(r[i], b.lang, multiline[i] ?? false))));
  const widths = columnWidths(b, columns, rows, split, mono, CONTENT_W);
  const x: number[] = [];
  let acc = MARGIN_X;
  for (const w of widths) {
    x.push(acc);
    acc += w;
  }
  const header = columns.map((c, i) =>
    textParts(c.label, b.lang).flatMap((p, j) =>
      wrap(b.metrics, 'b', printable(p), j === 0 ? SIZE : SIZE - 0.5, (widths[i] ?? 0) - 2 * PAD_X, 3).map((s) => ({ s, font: 'b' as FontKey, color: j === 0 ? '#ffffff' : COLOR.headSub, size: j === 0 ? SIZE : SIZE - 0.5 })),
    ),
  );
  const headerH = Math.max(...header.map((h) => h.length)) * LINE + 2 * PAD_Y + 1;
  const layout: TableLayout = { x, mono, widths, align: columns.map((c) => c.align ?? 'left'), header, headerH, cellsOf: () => ({ cells: [], en: undefined, lines: 1 }) };
  const caption = title ? textLines(b, title, 'b', 8, COLOR.navy, CONTENT_W) : [];
  b.out.push({ k: 'thead', table: layout, caption, h: caption.length * 10 + (caption.length ? 3 : 0) + headerH });
  const cap = maxRowLines(headerH);
  const more = pick(dictionary['report.appendix.moreLines'], b.lang === 'en' ? 'en' : 'vi');
  // Made in a function of its own: a closure here would keep this table's split lines alive.
  layout.cellsOf = rowCells({ columns, widths, mono, multiline, metrics: b.metrics, lang: b.lang, cap, more, boxColumn });
  rows.forEach((r, ri) => {
    const { lines } = layout.cellsOf(r, split[ri]);
    b.out.push({ k: 'row', table: layout, row: r, h: lines * LINE + 2 * PAD_Y, zebra: ri % 2 === 1 });
    b.rows++;
    if (b.onRows && b.rows % 1000 === 0) b.onRows(b.base + b.rows);
  });
}

type RowSpec = {
  columns: Column[];
  widths: number[];
  mono: boolean[];
  multiline: boolean[];
  metrics: Metrics;
  lang: ReportLang;
  /** Most lines a cell may have (what a page holds under the header). */
  cap: number;
  /** "… and {{n}} more lines". */
  more: string;
  boxColumn: number | undefined;
};

/** A row's cell lines: computed to size the row, and again when it is drawn (not kept: memory). */
function rowCells(o: RowSpec): TableLayout['cellsOf'] {
  const { columns, widths, mono, multiline, metrics, lang, cap, more, boxColumn } = o;
  return (r, pre) => {
    let lines = 1;
    let en: number[] | undefined;
    const cells = columns.map((_, i): string[] | 'box' => {
      const c = r[i];
      if (i === boxColumn || c === '☐') return 'box';
      const inner = (widths[i] ?? 0) - 2 * PAD_X;
      const out: string[] = [];
      const parts = pre ? pre[i] : c === null || c === undefined || c === '' ? null : cellLines(c, lang, multiline[i] ?? false);
      (parts ?? [['']]).forEach((part, j) => {
        if (j === 1) (en ??= columns.map(() => NO_EN))[i] = out.length;
        for (const raw of part) {
          // Commands and numbers are never wrapped inside a word; text wraps on up to three lines (the
          // wrapped lines fit their column; only a number could be wider, and columns are sized for them).
          if (isNumeric(c)) out.push(raw);
          else out.push(...wrap(metrics, fontOf(mono[i] ?? false, j, raw), raw, SIZE, inner, mono[i] ? 4 : MAX_TEXT_LINES));
        }
      });
      if (out.length > cap) {
        const left = out.length - cap + 1;
        out.length = cap - 1;
        out.push(fill(more, { n: left }));
      }
      lines = Math.max(lines, out.length);
      return out;
    });
    return { cells, en, lines };
  };
}

/** `en[i]` of a row without a second language part in cell i. */
const NO_EN = 1 << 30;

/** The font of a cell line: commands in Courier (when ASCII), the second language part in italics. */
function fontOf(mono: boolean, part: number, s: string): FontKey {
  return mono && ASCII_LINE.test(s) ? 'm' : part === 0 ? 'r' : 'i';
}

function checklist(b: Builder, items: ChecklistItem[]): void {
  const hasExpected = items.some((i) => i.expected);
  const columns: Column[] = [
    { key: 'id', label: dictionary['report.checklist.id'], width: 0.6 },
    { key: 'task', label: dictionary['report.checklist.task'], width: 2.4 },
    ...(hasExpected ? [{ key: 'expected', label: dictionary['report.checklist.expected'], width: 1.4 }] : []),
    { key: 'cmd', label: dictionary['report.checklist.command'], width: 3 },
    { key: 'done', label: dictionary['report.checklist.done'], width: 0.3 },
  ];
  const join = (t?: Text, d?: Text): Cell => (t && d ? { vi: `${t.vi} — ${d.vi}`, en: `${t.en} — ${d.en}` } : t);
  const rows: Cell[][] = items.map((it) => [it.id, join(it.text, it.detail), ...(hasExpected ? [it.expected] : []), it.command ?? '', '☐']);
  // The command column holds one command per line; the last column is the tick box.
  table(b, columns, rows, undefined, columns.length - 1);
}

/** Lines per column in a band of a configuration file set in columns (three bands fill a page). */
const BAND = Math.floor((BOTTOM - TOP) / LINE / 3);
const COL_GAP = 14;

function code(b: Builder, title: Text | undefined, src: string): void {
  if (title) heading(b, title, 3);
  const width = CONTENT_W - 2 * PAD_X;
  const raws = src.replace(/\r\n?/g, '\n').split('\n');
  const lines = raws.map((raw) => {
    const s = printable(raw);
    const font: FontKey = ASCII_LINE.test(s) ? 'm' : 'r';
    return { s, font, color: COLOR.ink, size: SIZE } satisfies Line;
  });
  // Short lines (configuration files: one key per line) are set in two or three columns, in bands of
  // BAND lines read down each column, then across; a file with a long line keeps one column.
  const widest = lines.reduce((m, l) => Math.max(m, b.metrics.width(l.font, l.s, SIZE)), 0);
  const cols = [3, 2].find((k) => widest + 2 * PAD_X <= (CONTENT_W - (k - 1) * COL_GAP) / k) ?? 1;
  if (cols > 1 && lines.length > BAND) {
    for (let start = 0; start < lines.length; start += cols * BAND) {
      const chunk = lines.slice(start, start + cols * BAND);
      const per = Math.ceil(chunk.length / cols);
      const columns = Array.from({ length: cols }, (_, c) => chunk.slice(c * per, (c + 1) * per));
      b.out.push({ k: 'codeband', columns, h: per * LINE });
    }
    b.rows += lines.length;
    return;
  }
  for (const raw of raws) {
    const ascii = ASCII_LINE.test(raw.replace(/\t/g, '    '));
    const s = printable(raw);
    const font: FontKey = ascii ? 'm' : 'r';
    // A line longer than the page is continued on the next line (marked), never clipped.
    let rest = s;
    let cont = false;
    do {
      let piece = rest;
      if (b.metrics.width(font, rest, SIZE) > width) {
        let w = 0;
        let n = 0;
        const chars = Array.from(rest);
        while (n < chars.length && w + b.metrics.width(font, chars[n] ?? '', SIZE) <= width - 12) w += b.metrics.width(font, chars[n++] ?? '', SIZE);
        piece = chars.slice(0, Math.max(1, n)).join('');
      }
      rest = rest.slice(piece.length);
      b.out.push({ k: 'code', line: { s: piece, font, color: COLOR.ink, size: SIZE }, h: LINE, cont });
      cont = true;
    } while (rest.length > 0);
    b.rows++;
  }
}

function chartAsTable(b: Builder, blk: Extract<Block, { kind: 'chart' }>): void {
  const ch = blk.chart;
  const columns: Column[] = [{ key: 'cat', label: ch.categoryLabel }, ...ch.series.map((s, i) => ({ key: `s${i}`, label: s.name, align: 'right' as const }))];
  const rows: Cell[][] = ch.categories.map((c, ci) => [c, ...ch.series.map((s) => s.values[ci] ?? null)]);
  table(b, columns, rows, blk.title);
}

function blockUnits(b: Builder, blk: Block): void {
  switch (blk.kind) {
    case 'heading':
      return heading(b, blk.text, blk.level);
    case 'paragraph':
      return paragraph(b, blk.text);
    case 'note':
      return paragraph(b, blk.text, { fill: '#f4f7fb', bar: TONE[blk.tone], label: dictionary[blk.tone === 'info' ? 'report.note.info' : blk.tone === 'warning' ? 'report.note.warning' : 'report.note.correction'] });
    case 'kv':
      return table(
        b,
        [
          { key: 'k', label: dictionary['report.appendix.item'], width: 3 },
          { key: 'v', label: dictionary['report.appendix.value'], width: 1 },
        ],
        blk.rows.map((r) => [r.label, r.value]),
      );
    case 'table':
      return table(b, blk.columns, blk.rows, blk.title);
    case 'checklist':
      return checklist(b, blk.items);
    case 'code':
      return code(b, blk.title, blk.code);
    case 'chart':
      return chartAsTable(b, blk);
  }
}

const TITLE_SIZE = 15;

/**
 * Measures the appendices and breaks them into pages. Pure: the same input gives the same pages, and
 * `writeAppendices` draws exactly these pages.
 */
export function layoutAppendices(sources: AppendixSource[], metrics: Metrics, lang: ReportLang, onRows?: (rows: number) => void): AppendixLayout {
  const units: Unit[][] = [];
  const pages: AppendixPage[] = [];
  const appendices: AppendixInfo[] = [];
  let rows = 0;
  sources.forEach((src, ai) => {
    const b: Builder = { metrics, lang, out: [], rows: 0, base: rows, ...(onRows ? { onRows } : {}) };
    const titleLines = appendixTitle(src.letter, src.title, lang).flatMap((p, i) =>
      wrap(metrics, i === 0 ? 'b' : 'i', p, i === 0 ? TITLE_SIZE : 11, CONTENT_W, 3).map((s) => ({ s, font: (i === 0 ? 'b' : 'i') as FontKey, color: i === 0 ? COLOR.navy : COLOR.muted, size: i === 0 ? TITLE_SIZE : 11 })),
    );
    b.out.push({ k: 'title', lines: titleLines, h: titleLines.reduce((a, l) => a + l.size * 1.2, 0) + 12 });
    if (src.intro) paragraph(b, src.intro);
    for (const blk of src.blocks) {
      const at = b.out.length;
      blockUnits(b, blk);
      const anchor = src.anchors?.get(blk);
      const first = b.out[at];
      if (anchor && first) first.anchor = anchor;
    }
    units.push(b.out);
    rows += b.rows;
    const first = pages.length;
    paginate(b.out, ai, pages);
    appendices.push({ id: src.id, letter: src.letter, title: src.title, firstPage: first, pages: pages.length - first, rows: b.rows });
  });
  const anchors = new Map<string, number>();
  pages.forEach((p, pi) => {
    const us = units[p.appendix] ?? [];
    for (let i = p.start; i < p.end; i++) {
      const a = us[i]?.anchor;
      if (a && !anchors.has(a)) anchors.set(a, pi);
    }
  });
  return { appendices, anchors, units, pages, rows };
}

function paginate(us: Unit[], appendix: number, pages: AppendixPage[]): void {
  let page: AppendixPage = { appendix, start: 0, end: 0 };
  let y = TOP;
  let current: TableLayout | undefined;
  const newPage = (at: number): void => {
    pages.push(page);
    page = { appendix, start: at, end: at, ...(current ? { repeat: current } : {}) };
    y = TOP + (current ? current.headerH : 0);
  };
  for (let i = 0; i < us.length; i++) {
    const u = us[i] as Unit;
    if (u.k === 'thead') current = u.table;
    else if (u.k !== 'row') current = undefined;
    let need = u.h;
    // A heading or a table header is kept with what follows it.
    if ((u.k === 'thead' || (u.k === 'text' && u.keep)) && i + 1 < us.length) need += (us[i + 1] as Unit).h;
    if (y + need > BOTTOM && page.end > page.start) {
      if (u.k === 'thead' || u.k === 'text' || u.k === 'title') {
        const keep = current;
        current = undefined;
        newPage(i);
        current = keep;
      } else newPage(i);
    }
    y += u.h;
    page.end = i + 1;
  }
  pages.push(page);
}

// ---------------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------------

/** The subset of PDFKit's document API the writer uses (pdfmake's document is a PDFKit document). */
export type PdfKitDoc = {
  addPage(options: object): unknown;
  addContent(data: string): unknown;
  addNamedDestination(name: string, ...args: unknown[]): void;
  page: { fonts: Record<string, unknown> };
  outline: PdfOutline;
};
export type PdfOutline = { addItem(title: string, options?: object): PdfOutline; children: PdfOutline[] };

/**
 * A PDFKit font: an embedded TrueType font (Roboto: fontkit font, glyph subset, widths and ToUnicode
 * tables) or a standard font (Courier: WinAnsi codes).
 */
export type PdfKitFont = MetricFont & {
  id: string;
  ascender: number;
  ref(): unknown;
  encode(text: string): [string[], unknown[]];
  font?: { glyphForCodePoint(cp: number): { id: number; advanceWidth: number; codePoints: number[] } };
  subset?: { includeGlyph(id: number): number };
  widths?: number[];
  unicode?: number[][];
  scale?: number;
};

/** The fonts as PDFKit font objects (the ones pdfmake embedded for the body). */
export type DrawFonts = Record<FontKey, PdfKitFont>;

export type WriteOptions = {
  lang: ReportLang;
  fonts: DrawFonts;
  /** Page number of the first appendix page (the body pages come before). */
  firstPageNumber: number;
  totalPages: number;
  headerLeft: string;
  footerLeft: string;
  /** The outline item the appendices hang under (the "Appendices" contents page), else the root. */
  outlineParent?: PdfOutline;
  onPage?: (done: number, total: number) => void;
  signal?: AbortSignal;
};

/** The coded error of a cancelled export. */
export class ExportCancelledError extends Error {
  readonly code = 'EXPORT_CANCELLED';
  constructor() {
    super('EXPORT_CANCELLED: the export was cancelled');
    this.name = 'ExportCancelledError';
  }
}

export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new ExportCancelledError();
}

/** Lets the event loop run (a cancel message, a Ctrl+C, progress output) between pages. */
/** The chunks of a stream (PDFKit's, the DOCX zip's) as one byte array. */
export function concatChunks(chunks: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const c of chunks) size += c.byteLength;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export function yieldToEventLoop(): Promise<void> {
  type Port = { onmessage: (() => void) | null; close(): void; postMessage(x: unknown): void };
  const g = globalThis as unknown as { setImmediate?: (f: () => void) => void; MessageChannel?: new () => { port1: Port; port2: Port } };
  if (typeof g.setImmediate === 'function') return new Promise((r) => g.setImmediate?.(r));
  const MC = g.MessageChannel;
  if (!MC) return new Promise((r) => setTimeout(r, 0));
  return new Promise((r) => {
    const ch = new MC();
    ch.port1.onmessage = () => {
      ch.port1.close();
      r();
    };
    ch.port2.postMessage(0);
  });
}

/** Destination names of an appendix's first and last page (the contents page links to them). */
export function appendixDestination(id: string, end: 'first' | 'last'): string {
  return `appxref-${id}-${end}`;
}

const num = (n: number): string => (Math.round(n * 100) / 100).toString();

const rgbCache = new Map<string, string>();
function rgb(hex: string): string {
  let v = rgbCache.get(hex);
  if (!v) {
    const n = parseInt(hex.slice(1), 16);
    v = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((x) => num(x / 255)).join(' ');
    rgbCache.set(hex, v);
  }
  return v;
}

/**
 * Glyph codes of a string. Embedded fonts: one glyph per character, added to the font's subset with its
 * width and Unicode value (what PDFKit's own encoder records, without shaping each string: the per-VM
 * values are mostly seen once and shaping them is most of the cost). Standard fonts: WinAnsi codes.
 */
class Encoder {
  private readonly cache = new Map<PdfKitFont, Map<string, string>>();
  private readonly ascii = new Map<PdfKitFont, (string | undefined)[]>();
  hex(f: PdfKitFont, s: string): string {
    if (!f.font || !f.subset || !f.widths || !f.unicode) return f.encode(s)[0].join('');
    let m = this.cache.get(f);
    if (!m) this.cache.set(f, (m = new Map()));
    let a = this.ascii.get(f);
    if (!a) this.ascii.set(f, (a = []));
    let out = '';
    for (const ch of s) {
      const code = ch.charCodeAt(0);
      let h = code < 128 ? a[code] : m.get(ch);
      if (h === undefined) {
        let glyph = f.font.glyphForCodePoint(ch.codePointAt(0) ?? 0);
        // A character the font lacks prints as "?" rather than as an empty box.
        if (glyph.id === 0) glyph = f.font.glyphForCodePoint(0x3f);
        const gid = f.subset.includeGlyph(glyph.id);
        if (f.widths[gid] == null) f.widths[gid] = glyph.advanceWidth * (f.scale ?? 1);
        if (f.unicode[gid] == null) f.unicode[gid] = glyph.codePoints;
        h = `0000${gid.toString(16)}`.slice(-4);
        if (code < 128) a[code] = h;
        else m.set(ch, h);
      }
      out += h;
    }
    return out;
  }
}

/** The content of one page, written as PDF operators (graphics first, then one text object). */
class PageWriter {
  readonly gfx: string[] = [];
  readonly txt: string[] = [];
  private font = '';
  private color = '';
  constructor(
    private readonly fonts: DrawFonts,
    private readonly enc: Encoder,
  ) {}
  rect(x: number, y: number, w: number, h: number, color: string): void {
    this.gfx.push(`${rgb(color)} rg ${num(x)} ${num(y)} ${num(w)} ${num(h)} re f`);
  }
  strokeRect(x: number, y: number, w: number, h: number, color: string, width: number): void {
    this.gfx.push(`${num(width)} w ${rgb(color)} RG ${num(x)} ${num(y)} ${num(w)} ${num(h)} re S`);
  }
  line(x1: number, y1: number, x2: number, y2: number, color: string, width: number): void {
    this.gfx.push(`${num(width)} w ${rgb(color)} RG ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
  }
  /** Text with the top of its line at `y` (as PDFKit's `text(s, x, y)`). */
  text(l: Line, x: number, y: number): void {
    if (l.s === '') return;
    const f = this.fonts[l.font];
    const fk = `/${f.id} ${num(l.size)} Tf`;
    if (fk !== this.font) {
      this.txt.push(fk);
      this.font = fk;
    }
    const c = `${rgb(l.color)} rg`;
    if (c !== this.color) {
      this.txt.push(c);
      this.color = c;
    }
    const baseline = PAGE_H - y - (f.ascender / 1000) * l.size;
    this.txt.push(`1 0 0 1 ${num(x)} ${num(baseline)} Tm <${this.enc.hex(f, l.s)}> Tj`);
  }
  flush(doc: PdfKitDoc): void {
    for (const f of Object.values(this.fonts)) doc.page.fonts[f.id] ??= f.ref();
    // PDFKit's page space is flipped (y down); text goes back to PDF space inside q … Q.
    doc.addContent(`${this.gfx.join('\n')}\nq 1 0 0 -1 0 ${num(PAGE_H)} cm BT\n${this.txt.join('\n')}\nET Q`);
  }
}

/** Draws the pages of `layout` after the body pages; returns the number of pages written. */
export async function writeAppendices(doc: PdfKitDoc, layout: AppendixLayout, o: WriteOptions): Promise<number> {
  const pageTemplate = dictionary['report.page'];
  const pageText = (n: number): string => fill(o.lang === 'en' ? pageTemplate.en : pageTemplate.vi, { page: n, pages: o.totalPages });
  const metrics = new Metrics(o.fonts);
  const enc = new Encoder();
  const parent = o.outlineParent ?? doc.outline;
  const muted = (s: string): Line => ({ s, font: 'r', color: COLOR.muted, size: 8 });
  let written = 0;
  for (let p = 0; p < layout.pages.length; p++) {
    throwIfCancelled(o.signal);
    if (p % 8 === 7) {
      await yieldToEventLoop();
      throwIfCancelled(o.signal);
    }
    const page = layout.pages[p] as AppendixPage;
    const info = layout.appendices[page.appendix] as AppendixInfo;
    doc.addPage({ size: [PAGE_W, PAGE_H], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    const w = new PageWriter(o.fonts, enc);
    const number = o.firstPageNumber + p;
    const title = appendixTitle(info.letter, info.title, o.lang)[0] ?? '';
    if (p === info.firstPage) {
      doc.addNamedDestination(appendixDestination(info.id, 'first'));
      parent.addItem(title);
    }
    if (p === info.firstPage + info.pages - 1) doc.addNamedDestination(appendixDestination(info.id, 'last'));
    // Running header and footer (as on the body pages).
    w.text(muted(clip(metrics, 'r', o.headerLeft, 8, CONTENT_W / 2 - 10)), MARGIN_X, 26);
    const right = clip(metrics, 'r', title, 8, CONTENT_W / 2 - 10);
    w.text(muted(right), PAGE_W - MARGIN_X - metrics.width('r', right, 8), 26);
    w.text(muted(o.footerLeft), MARGIN_X, PAGE_H - 30);
    const pt = pageText(number);
    w.text(muted(pt), PAGE_W - MARGIN_X - metrics.width('r', pt, 8), PAGE_H - 30);
    let y = TOP;
    if (page.repeat) y = drawHeader(w, page.repeat, y);
    const us = layout.units[page.appendix] as Unit[];
    for (let i = page.start; i < page.end; i++) {
      const u = us[i] as Unit;
      if (u.anchor) doc.addNamedDestination(u.anchor, 'XYZ', null, y, null);
      switch (u.k) {
        case 'title': {
          let ty = y;
          for (const l of u.lines) {
            w.text(l, MARGIN_X, ty);
            ty += l.size * 1.2;
          }
          w.line(MARGIN_X, ty + 3, MARGIN_X + CONTENT_W, ty + 3, COLOR.accent, 1);
          break;
        }
        case 'text': {
          if (u.fill) w.rect(MARGIN_X, y, CONTENT_W, u.h, u.fill);
          if (u.bar) w.rect(MARGIN_X, y, 2.5, u.h, u.bar);
          // At the top of a page a heading needs no space above it.
          let ty = y + (y > TOP + 1 ? (u.top ?? 0) : 0);
          for (const l of u.lines) {
            w.text(l, MARGIN_X + (u.bar ? 8 : 0), ty + (u.bar ? 1 : 0));
            ty += l.size * 1.25;
          }
          break;
        }
        case 'thead': {
          let ty = y;
          for (const l of u.caption) {
            w.text(l, MARGIN_X, ty);
            ty += 10;
          }
          drawHeader(w, u.table, ty + (u.caption.length ? 3 : 0));
          break;
        }
        case 'row':
          drawRow(w, u, y);
          break;
        case 'codeband': {
          w.rect(MARGIN_X, y, CONTENT_W, u.h, COLOR.codeFill);
          const colW = (CONTENT_W - (u.columns.length - 1) * COL_GAP) / u.columns.length;
          u.columns.forEach((c, ci) => {
            const x = MARGIN_X + ci * (colW + COL_GAP);
            if (ci > 0) w.line(x - COL_GAP / 2, y + 1, x - COL_GAP / 2, y + u.h - 1, COLOR.rule, 0.5);
            c.forEach((l, li) => w.text(l, x + PAD_X, y + 0.5 + li * LINE));
          });
          break;
        }
        case 'code':
          w.rect(MARGIN_X, y, CONTENT_W, u.h, COLOR.codeFill);
          if (u.cont) w.text({ s: '»', font: 'r', color: COLOR.muted, size: SIZE }, MARGIN_X + 1, y + 0.5);
          w.text(u.line, MARGIN_X + PAD_X + (u.cont ? 8 : 0), y + 0.5);
          break;
      }
      y += u.h;
    }
    w.flush(doc);
    written++;
    o.onPage?.(written, layout.pages.length);
  }
  return written;

  function drawHeader(w: PageWriter, t: TableLayout, y: number): number {
    const width = t.widths.reduce((a, x) => a + x, 0);
    w.rect(MARGIN_X, y, width, t.headerH, COLOR.navy);
    t.header.forEach((lines, ci) => {
      lines.forEach((l, li) => w.text(l, cellX(t, ci, l), y + PAD_Y + 0.5 + li * LINE));
    });
    return y + t.headerH;
  }

  function cellX(t: TableLayout, ci: number, l: Line): number {
    const x = t.x[ci] ?? MARGIN_X;
    const cw = t.widths[ci] ?? 0;
    const a = t.align[ci];
    if (a === 'right') return x + cw - PAD_X - metrics.width(l.font, l.s, l.size);
    if (a === 'center') return x + (cw - metrics.width(l.font, l.s, l.size)) / 2;
    return x + PAD_X;
  }

  function drawRow(w: PageWriter, u: Extract<Unit, { k: 'row' }>, y: number): void {
    const t = u.table;
    const width = t.widths.reduce((a, x) => a + x, 0);
    if (u.zebra) w.rect(MARGIN_X, y, width, u.h, COLOR.zebra);
    const { cells, en } = t.cellsOf(u.row);
    cells.forEach((c, ci) => {
      if (c === 'box') {
        w.strokeRect((t.x[ci] ?? 0) + ((t.widths[ci] ?? 0) - 6) / 2, y + PAD_Y + 0.5, 6, 6, COLOR.muted, 0.5);
        return;
      }
      const mono = t.mono[ci] ?? false;
      const enAt = en?.[ci] ?? NO_EN;
      c.forEach((s, li) => {
        const part = li >= enAt ? 1 : 0;
        const l: Line = { s, font: fontOf(mono, part, s), color: mono ? COLOR.code : part === 0 ? COLOR.ink : COLOR.muted, size: SIZE };
        w.text(l, cellX(t, ci, l), y + PAD_Y + 0.5 + li * LINE);
      });
    });
    w.line(MARGIN_X, y + u.h, MARGIN_X + width, y + u.h, COLOR.rule, 0.3);
  }
}
