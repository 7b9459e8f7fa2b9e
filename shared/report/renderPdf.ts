import type { PdfMakeInstance } from 'pdfmake';
import { dictionary, type TKey } from '../i18n';
import { fill, pick, type ReportLang, type Text } from '../i18n/text';
import { cellParts, formatDate, LANG_NAME, textParts } from './cellText';
import { barChartSvg } from './chart';
import type { Block, Cell, ChecklistItem, Column, ReportModel, Section } from './model';
import { appendixDestination, appendixTitle, concatChunks, countRows, ExportCancelledError, layoutAppendices, Metrics, substituteGlyphs, throwIfCancelled, writeAppendices, type AppendixLayout, type DrawFonts, type PdfKitDoc } from './pdf/appendix';
import { splitFullReport, type Pointer } from './pdf/split';

/**
 * PDF rendering with pdfmake 0.3 and the Roboto fonts embedded from pdfmake's own virtual file system
 * (base64 strings, no file access), so the same code runs in Node (CLI, tests), the browser and a Web
 * Worker. Every URL and every local path is refused: the document is built from data only.
 */

/** pdfmake's document nodes are plain objects; this is the subset of keys we use. */
type Node = { [key: string]: unknown } | string;

const A4_WIDTH = 595.28;
const A4_HEIGHT = 841.89;
const MARGIN_X = 50;
const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN_X;
/** Content width of a landscape page (wide per-VM tables). */
const LANDSCAPE_WIDTH = A4_HEIGHT - 2 * MARGIN_X;
const CHART_HEIGHT = 210;
/** Monospace font family for commands and configuration files. */
const MONO = 'Courier';
const COURIER_FACES = new Set(['Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique']);

const COLOR = {
  ink: '#1f2933',
  navy: '#1f3a5f',
  accent: '#2e6da4',
  muted: '#5f6b7a',
  rule: '#d3dae4',
  headFill: '#1f3a5f',
  headSub: '#c9d5e6',
  zebra: '#f5f7fa',
  codeFill: '#f3f4f6',
  code: '#1d4f7a',
  codeBg: '#edf1f6',
} as const;

const TONE: Record<'info' | 'warning' | 'correction', { fill: string; bar: string; key: TKey }> = {
  info: { fill: '#eef4fb', bar: '#2e6da4', key: 'report.note.info' },
  warning: { fill: '#fff6e5', bar: '#c77c1e', key: 'report.note.warning' },
  correction: { fill: '#fbeeee', bar: '#a83232', key: 'report.note.correction' },
};


/** Plain text without the backticks that mark commands and file names. */
function plain(s: string): string {
  return substituteGlyphs(s.replace(/`([^`]*)`/g, '$1'));
}

/** Inline runs: text between backticks (commands, config keys, paths) is set as code. */
function rich(s: string, style: Record<string, unknown> = {}): Node[] {
  const out: Node[] = [];
  const parts = substituteGlyphs(s).split(/`([^`]*)`/);
  parts.forEach((p, i) => {
    if (p === '') return;
    out.push(i % 2 === 1 ? { ...style, text: p, color: COLOR.code, background: COLOR.codeBg, ...(ASCII_LINE.test(p) ? { font: MONO } : {}) } : { ...style, text: p });
  });
  return out.length > 0 ? out : [{ ...style, text: '' }];
}

// ---------------------------------------------------------------------------------------------------
// pdfmake loading (lazy: the fonts are ~0.8 MB of base64 and only needed when a PDF is made)
// ---------------------------------------------------------------------------------------------------

let ready: Promise<PdfMakeInstance> | undefined;

function unwrapDefault<T>(mod: unknown): T {
  let m = mod as { default?: unknown };
  // CommonJS through ESM interop may nest `default` once or twice depending on the loader.
  for (let i = 0; i < 2 && m && typeof m === 'object' && 'default' in m && m.default !== undefined; i++) m = m.default as { default?: unknown };
  return m as T;
}

async function loadPdfMake(): Promise<PdfMakeInstance> {
  const [pm, vfs, mono] = await Promise.all([import('pdfmake'), import('pdfmake/build/vfs_fonts.js'), import('pdfmake/build/standard-fonts/Courier.js')]);
  const pdfmake = unwrapDefault<PdfMakeInstance>(pm);
  const files = unwrapDefault<Record<string, string>>(vfs);
  // The fonts are registered under their PostScript names ("Roboto-Regular", not "Roboto-Regular.ttf"):
  // PDFKit caches a loaded font under that name, so text inside an SVG (charts), which PDFKit opens by
  // the same name, reuses the embedded font instead of looking for a file on disk.
  const fonts: Record<string, string> = {};
  for (const [name, b64] of Object.entries(files)) fonts[name.replace(/\.ttf$/i, '')] = b64;
  if (typeof pdfmake.addVirtualFileSystem === 'function') pdfmake.addVirtualFileSystem(fonts);
  else for (const [name, b64] of Object.entries(fonts)) pdfmake.virtualfs.writeFileSync(name, b64, 'base64');
  // Courier, one of the PDF standard fonts (nothing embedded): its metrics come with PDFKit in Node and
  // from pdfmake's standard-font container in the browser build.
  const courier = unwrapDefault<{ vfs?: Record<string, { data: string; encoding?: string }> }>(mono);
  for (const [name, f] of Object.entries(courier.vfs ?? {})) pdfmake.virtualfs.writeFileSync(name, f.data, f.encoding ?? 'utf8');
  pdfmake.setFonts({
    Roboto: { normal: 'Roboto-Regular', bold: 'Roboto-Medium', italics: 'Roboto-Italic', bolditalics: 'Roboto-MediumItalic' },
    [MONO]: { normal: 'Courier', bold: 'Courier-Bold', italics: 'Courier-Oblique', bolditalics: 'Courier-BoldOblique' },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  // No file is ever read; the only names let through are the PDF standard Courier faces (PDFKit's built-in
  // metrics, not files).
  pdfmake.setLocalAccessPolicy?.((p) => COURIER_FACES.has(p));
  return pdfmake;
}

function pdfMake(): Promise<PdfMakeInstance> {
  ready ??= loadPdfMake().catch((e: unknown) => {
    ready = undefined;
    throw e;
  });
  return ready;
}

// ---------------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------------

/** A page reference whose page is known only once the body is laid out (an appendix page). */
type Late = { node: object; page: number };

type Ctx = {
  lang: ReportLang;
  width: number;
  /** Full profile: pointer notes of the body, the appendix page each points to, the late page references. */
  pointers?: Map<Block, Pointer>;
  pointerPage?: Map<string, number>;
  late?: Late[];
};

/** A bilingual paragraph: Vietnamese first, English beneath in a muted italic. */
function stacked(t: Text, ctx: Ctx, style: Record<string, unknown> = {}): Node[] {
  const parts = textParts(t, ctx.lang);
  return parts.map((p, i) =>
    i === 0 ? { text: rich(p), ...style } : { text: rich(p), ...style, italics: true, color: COLOR.muted, fontSize: 0.92 * Number(style.fontSize ?? 9.5) },
  );
}

function inlineStacked(parts: string[], subColor: string, subSize: number): Node[] {
  const sub = { color: subColor, fontSize: subSize, italics: true };
  return parts.flatMap((p, i) => (i === 0 ? rich(p) : [{ ...sub, text: '\n' }, ...rich(p, sub)]));
}

function widthsFor(columns: Column[], total: number): number[] {
  const hints = columns.map((c) => (c.width && c.width > 0 ? c.width : 1));
  const sum = hints.reduce((a, b) => a + b, 0);
  return hints.map((h) => Math.floor(((h / sum) * total - 8) * 100) / 100);
}

const tableLayout = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i: number) => (i <= 1 ? COLOR.navy : COLOR.rule),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
  fillColor: (row: number) => (row > 0 && row % 2 === 0 ? COLOR.zebra : null),
};

function headerCell(t: Text, ctx: Ctx, fontSize: number, align?: string): Node {
  return {
    text: inlineStacked(textParts(t, ctx.lang), COLOR.headSub, fontSize - 1),
    bold: true,
    color: '#ffffff',
    fillColor: COLOR.headFill,
    fontSize,
    alignment: align ?? 'left',
  };
}

function bodyCell(c: Cell, ctx: Ctx, fontSize: number, align?: string): Node {
  return { text: inlineStacked(cellParts(c, ctx.lang), COLOR.muted, fontSize - 0.5), fontSize, alignment: align ?? 'left' };
}

function dataTable(columns: Column[], rows: Cell[][], ctx: Ctx): Node {
  const fontSize = columns.length > 6 ? 7.5 : 8.5;
  return {
    table: {
      headerRows: 1,
      // A header row is never left alone at the bottom of a page.
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: widthsFor(columns, ctx.width),
      body: [
        columns.map((c) => headerCell(c.label, ctx, fontSize, c.align)),
        ...rows.map((r) => columns.map((c, i) => bodyCell(r[i], ctx, fontSize, c.align))),
      ],
    },
    layout: tableLayout,
    margin: [0, 4, 0, 10],
  };
}

function kvTable(rows: { label: Text; value: Cell }[], ctx: Ctx): Node {
  return {
    table: {
      widths: [CONTENT_WIDTH * 0.68 - 8, CONTENT_WIDTH * 0.32 - 8],
      body: rows.map((r) => [
        { text: inlineStacked(textParts(r.label, ctx.lang), COLOR.muted, 8.5), fontSize: 9.5 },
        { text: inlineStacked(cellParts(r.value, ctx.lang), COLOR.muted, 8.5), fontSize: 9.5, bold: true, alignment: 'right' },
      ]),
    },
    layout: {
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === node.table.body.length ? 0 : 0.4),
      vLineWidth: () => 0,
      hLineColor: () => COLOR.rule,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 4, 0, 10],
  };
}

function note(tone: 'info' | 'warning' | 'correction', t: Text, ctx: Ctx): Node {
  const spec = TONE[tone];
  return {
    table: {
      widths: [CONTENT_WIDTH - 12],
      body: [
        [
          {
            stack: [
              { text: substituteGlyphs(pick(dictionary[spec.key], ctx.lang)), bold: true, color: spec.bar, fontSize: 8.5, margin: [0, 0, 0, 2] },
              ...stacked(t, ctx, { fontSize: 9 }),
            ],
            fillColor: spec.fill,
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i: number) => (i === 0 ? 3 : 0),
      vLineColor: () => spec.bar,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 5,
      paddingBottom: () => 5,
    },
    margin: [0, 2, 0, 8],
    unbreakable: true,
  };
}

/**
 * "VM placement — cluster x: 277 rows, printed in Appendix C, page 212." The page number is a pdfmake page
 * reference to this very line; its page is set to the appendix page once the body is laid out (the appendix
 * pages come after the body, so their numbers are known only then), and the link goes to the appendix.
 */
function pointerNote(p: Pointer, ctx: Ctx): Node {
  const e = dictionary[p.unit === 'lines' ? 'report.appendix.pointerLines' : 'report.appendix.pointer'];
  const parts = textParts(p.title, ctx.lang);
  const templates = ctx.lang === 'en' ? [e.en] : ctx.lang === 'vi' ? [e.vi] : [e.vi, e.en];
  const lines: Node[] = templates.map((tpl, i) => {
    const title = i === 0 ? (parts[0] ?? '') : (parts[1] ?? parts[0] ?? '');
    const [before, after] = fill(tpl, { title: plain(title), rows: formatCount(p.rows, i === 1 ? 'en' : ctx.lang), letter: p.letter, page: '\u0000' }).split('\u0000');
    const inlines: Node[] = [{ text: substituteGlyphs(before ?? '') }, { pageReference: p.id, color: COLOR.accent }, { text: substituteGlyphs(after ?? '') }];
    if (i > 0) return { text: inlines, fontSize: 8, italics: true, color: COLOR.muted };
    const node = { text: inlines, id: p.id, fontSize: 8.5 };
    ctx.late?.push({ node, page: ctx.pointerPage?.get(p.id) ?? 0 });
    return node;
  });
  return {
    table: { widths: [CONTENT_WIDTH - 12], body: [[{ stack: lines, fillColor: TONE.info.fill }]] },
    layout: { hLineWidth: () => 0, vLineWidth: (i: number) => (i === 0 ? 2 : 0), vLineColor: () => TONE.info.bar, paddingLeft: () => 8, paddingRight: () => 8, paddingTop: () => 3, paddingBottom: () => 3 },
    margin: [0, 2, 0, 6],
    unbreakable: true,
  };
}

function formatCount(n: number, lang: ReportLang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN').format(n);
}

/** A fresh node per use: pdfmake writes layout state into the nodes it draws. */
const checkbox = (): Node => ({ canvas: [{ type: 'rect', x: 2, y: 1, w: 8, h: 8, lineWidth: 0.7, lineColor: COLOR.muted }] });

/** Courier (a PDF standard font) covers printable ASCII only; a line with other characters stays in Roboto. */
const ASCII_LINE = /^[\x20-\x7e\t]*$/;

/**
 * Code lines: one node per line in a monospace font, spaces kept. Commands are printed one per line across
 * the full width, so an option is never separated from its value by a line wrap.
 */
function codeLines(code: string, fontSize: number, color: string = COLOR.ink): Node[] {
  return code
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (ASCII_LINE.test(line) ? { text: line.replace(/\t/g, '    ') || ' ', font: MONO, fontSize, color, preserveLeadingSpaces: true } : { text: substituteGlyphs(line), fontSize, color, preserveLeadingSpaces: true }));
}

function checklist(items: ChecklistItem[], ctx: Ctx): Node {
  const fontSize = 8.5;
  const head = (['report.checklist.id', 'report.checklist.task', 'report.checklist.expected', 'report.checklist.record', 'report.checklist.done'] as const).map((k) => headerCell(dictionary[k], ctx, fontSize));
  // What the team writes on the printed page: actual result, owner / tester, date, sign-off.
  const record = (): Node => ({
    stack: (['report.checklist.actual', 'report.checklist.owner', 'report.checklist.date', 'report.checklist.signOff'] as const).map((k) => ({
      text: `${substituteGlyphs(pick(dictionary[k], ctx.lang))}:`,
      fontSize: fontSize - 2,
      color: COLOR.muted,
      margin: [0, 0, 0, 7],
    })),
  });
  const widths = [40, 0, 140, 62, 26];
  widths[1] = ctx.width - widths.reduce((a, b) => a + b, 0) - 40;
  const commandLabel = substituteGlyphs(pick(dictionary['report.checklist.command'], ctx.lang === 'en' ? 'en' : 'vi'));
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        head,
        ...items.flatMap((it) => {
          const row: Node[] = [
            { text: substituteGlyphs(it.id), fontSize, bold: true },
            { stack: [...stacked(it.text, ctx, { fontSize }), ...(it.detail ? stacked(it.detail, ctx, { fontSize: fontSize - 0.5, color: COLOR.muted }) : [])] },
            it.expected ? { stack: stacked(it.expected, ctx, { fontSize }) } : '',
            record(),
            checkbox(),
          ];
          if (!it.command) return [row];
          const commands: Node[] = [
            { stack: [{ text: commandLabel, fontSize: 7, color: COLOR.muted, margin: [0, 0, 0, 1] }, ...codeLines(it.command, 7.5, COLOR.code)], colSpan: 5, fillColor: COLOR.codeFill },
            '',
            '',
            '',
            '',
          ];
          return [row, commands];
        }),
      ],
    },
    layout: { ...tableLayout, fillColor: () => null },
    margin: [0, 4, 0, 10],
  };
}

function code(b: Extract<Block, { kind: 'code' }>, ctx: Ctx): Node[] {
  const out: Node[] = [];
  if (b.title) out.push({ stack: stacked(b.title, ctx, { bold: true, fontSize: 9 }), margin: [0, 4, 0, 2] });
  out.push({
    table: { widths: [ctx.width - 16], body: [[{ stack: codeLines(b.code, 7.5), fillColor: COLOR.codeFill }]] },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 8, paddingRight: () => 8, paddingTop: () => 6, paddingBottom: () => 6 },
    margin: [0, 0, 0, 10],
  });
  return out;
}

function blockNodes(b: Block, ctx: Ctx): Node[] {
  switch (b.kind) {
    case 'heading':
      return [{ stack: stacked(b.text, ctx, { style: b.level === 2 ? 'h2' : 'h3' }), margin: [0, b.level === 2 ? 10 : 6, 0, 4], headlineLevel: b.level }];
    case 'paragraph':
      return [{ stack: stacked(b.text, ctx), margin: [0, 0, 0, 8] }];
    case 'note': {
      const p = ctx.pointers?.get(b);
      return [p ? pointerNote(p, ctx) : note(b.tone, b.text, ctx)];
    }
    case 'kv':
      return [kvTable(b.rows, ctx)];
    case 'table': {
      return [dataTable(b.columns, b.rows, ctx)];
    }
    case 'checklist':
      return [checklist(b.items, ctx)];
    case 'code':
      return code(b, ctx);
    case 'chart':
      // Vector graphics: the chart is an SVG drawn by pdfmake (svg-to-pdfkit) with the embedded Roboto; its
      // title stays on the same page.
      return [
        {
          stack: [
            { stack: stacked(b.title, ctx, { bold: true, fontSize: 9.5 }), margin: [0, 4, 0, 2] },
            { svg: barChartSvg(b.chart, ctx.lang, ctx.width, b.height ?? CHART_HEIGHT), width: ctx.width, margin: [0, 0, 0, 10] },
          ],
          unbreakable: true,
        },
      ];
  }
}

function sectionNodes(s: Section, index: number, outer: Ctx, prev?: Section): Node[] {
  const ctx: Ctx = { ...outer, width: s.landscape ? LANDSCAPE_WIDTH : CONTENT_WIDTH };
  // Orientation changes only at a section start (each section starts on a new page).
  const orientation = s.landscape ? 'landscape' : prev?.landscape ? 'portrait' : undefined;
  const parts = textParts(s.title, ctx.lang);
  const number = `${index + 1}. `;
  const titleInlines: Node[] = [{ text: plain(`${number}${parts[0] ?? ''}`) }];
  if (parts[1]) titleInlines.push({ text: `\n${plain(parts[1])}`, fontSize: 12, color: COLOR.muted, bold: false, italics: true });
  return [
    {
      text: titleInlines,
      style: 'h1',
      tocItem: true,
      tocStyle: { fontSize: 10.5, color: COLOR.ink },
      tocMargin: [0, 5, 0, 0],
      id: s.id,
      pageBreak: 'before',
      ...(orientation ? { pageOrientation: orientation } : {}),
      outline: true,
      outlineText: plain(pick(s.title, ctx.lang)),
    },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: ctx.width, y2: 0, lineWidth: 1, lineColor: COLOR.accent }], margin: [0, 2, 0, 10] },
    ...s.blocks.flatMap((b) => blockNodes(b, ctx)),
  ];
}

function coverNodes(model: ReportModel, ctx: Ctx): Node[] {
  const meta: [TKey, string][] = [['report.cover.project', model.meta.project]];
  if (model.meta.customer) meta.push(['report.cover.customer', model.meta.customer]);
  if (model.meta.author) meta.push(['report.cover.author', model.meta.author]);
  if (model.profile) meta.push(['report.cover.profile', pick(dictionary[model.profile === 'full' ? 'report.profile.full' : 'report.profile.summary'], ctx.lang)]);
  meta.push(
    ['report.cover.date', formatDate(model.meta.generatedAt)],
    ['report.cover.calculator', model.meta.calculatorVersion],
    ['report.cover.language', pick(dictionary[LANG_NAME[ctx.lang]], ctx.lang)],
  );
  const titleParts = textParts(model.title, ctx.lang);
  const generated = dictionary['report.cover.generatedBy'];
  return [
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 64, h: 6, color: COLOR.accent }], margin: [0, 120, 0, 18] },
    { text: substituteGlyphs(titleParts[0] ?? ''), fontSize: 26, bold: true, color: COLOR.navy, lineHeight: 1.1 },
    ...(titleParts[1] ? [{ text: substituteGlyphs(titleParts[1]), fontSize: 16, color: COLOR.muted, margin: [0, 6, 0, 0] }] : []),
    ...(model.subtitle ? [{ stack: stacked(model.subtitle, ctx, { fontSize: 12, color: COLOR.muted }), margin: [0, 14, 0, 0] }] : []),
    {
      table: {
        widths: [150, CONTENT_WIDTH - 166],
        body: meta.map(([k, v]) => [
          { text: inlineStacked(textParts(dictionary[k], ctx.lang), COLOR.muted, 8), color: COLOR.muted, fontSize: 9.5 },
          { text: substituteGlyphs(v), fontSize: 11, bold: true, color: COLOR.ink },
        ]),
      },
      layout: {
        hLineWidth: (i: number) => (i === 0 ? 0 : 0.4),
        vLineWidth: () => 0,
        hLineColor: () => COLOR.rule,
        paddingTop: () => 6,
        paddingBottom: () => 6,
        paddingLeft: () => 0,
      },
      margin: [0, 60, 0, 0],
    },
    {
      stack: textParts(generated, ctx.lang).map((p) => ({ text: substituteGlyphs(fill(p, { version: model.meta.calculatorVersion })), fontSize: 8.5, color: COLOR.muted })),
      margin: [0, 40, 0, 0],
    },
  ];
}

/** What the full profile adds to the body's document definition. */
type FullExtra = {
  /** Pages drawn after the body ("Page X of Y" counts them). */
  appendixPages: number;
  pointers: Map<Block, Pointer>;
  pointerPage: Map<string, number>;
  late: Late[];
  /** The "Appendices" contents section, last in the body. */
  contents: Node[];
  /** Called once the body is laid out, with its page count (before anything is drawn). */
  onLaidOut: (pages: number) => void;
};

/** Called as pdfmake adds each body page while laying it out. */
type PageHook = (page: number) => void;

/** The pdfmake document definition (exported for inspection in tests). */
export function pdfDocDefinition(model: ReportModel, lang: ReportLang, extra?: FullExtra, onPage?: PageHook): Record<string, unknown> {
  const ctx: Ctx = { lang, width: CONTENT_WIDTH, ...(extra ? { pointers: extra.pointers, pointerPage: extra.pointerPage, late: extra.late } : {}) };
  const extraPages = extra?.appendixPages ?? 0;
  const first = (t: Text) => substituteGlyphs(textParts(t, lang)[0] ?? '');
  const pageTemplate = dictionary['report.page'];
  const headerLeft = substituteGlyphs(model.meta.customer ? `${model.meta.project} · ${model.meta.customer}` : model.meta.project);
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 62, MARGIN_X, 56],
    language: lang === 'en' ? 'en' : 'vi',
    info: {
      title: substituteGlyphs(pick(model.title, lang)),
      subject: model.meta.project,
      author: model.meta.author ?? 'vm2pve',
      creator: `vm2pve ${model.meta.calculatorVersion}`,
      producer: 'vm2pve (pdfmake)',
    },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: COLOR.ink },
    // Never leave a heading alone at the bottom of a page.
    pageBreakBefore: (node: { headlineLevel?: number }, following: unknown[]) => Boolean(node.headlineLevel) && following.length === 0,
    styles: {
      h1: { fontSize: 17, bold: true, color: COLOR.navy, lineHeight: 1.1 },
      h2: { fontSize: 12.5, bold: true, color: COLOR.navy },
      h3: { fontSize: 10.5, bold: true, color: COLOR.ink },
    },
    header: (page: number) =>
      page === 1
        ? ''
        : {
            columns: [
              { text: headerLeft, fontSize: 8, color: COLOR.muted },
              { text: first(model.title), fontSize: 8, color: COLOR.muted, alignment: 'right' },
            ],
            margin: [MARGIN_X, 26, MARGIN_X, 0],
          },
    footer: (page: number, bodyPages: number) => {
      // Headers and footers are laid out after the whole body: its page count is known here.
      if (page === 1) extra?.onLaidOut(bodyPages);
      const pages = bodyPages + extraPages;
      return page === 1
        ? ''
        : {
            columns: [
              { text: `vm2pve ${model.meta.calculatorVersion}`, fontSize: 8, color: COLOR.muted },
              { text: substituteGlyphs(fill(lang === 'en' ? pageTemplate.en : pageTemplate.vi, { page, pages })), fontSize: 8, color: COLOR.muted, alignment: 'right' },
            ],
            margin: [MARGIN_X, 20, MARGIN_X, 0],
          };
    },
    ...(onPage
      ? {
          // Called by pdfmake for each page it adds while laying out the body: the progress of that stage.
          background: (page: number) => {
            onPage(page);
            return null;
          },
        }
      : {}),
    content: [
      ...coverNodes(model, ctx),
      {
        toc: {
          title: { text: inlineStacked(textParts(dictionary['report.toc'], lang), COLOR.muted, 12), style: 'h1', margin: [0, 0, 0, 14] },
          numberStyle: { fontSize: 10.5, color: COLOR.muted },
        },
        pageBreak: 'before',
      },
      ...model.sections.flatMap((s, i) => sectionNodes(s, i, ctx, model.sections[i - 1])),
      ...(extra?.contents ?? []),
    ],
  };
}

/** Progress of a PDF export: the stage and, where it is known, how far it is (pages). */
/** Progress of a document export (`rows`: the DOCX's big tables, rows written of all of theirs). */
export type PdfProgress = { phase: 'prepare' | 'body' | 'appendix' | 'finish' | 'rows'; done: number; total: number };

export type PdfRenderOptions = {
  onProgress?: (p: PdfProgress) => void;
  /** Checked between stages and between appendix pages: a cancelled export throws `ExportCancelledError`. */
  signal?: AbortSignal;
};

export { ExportCancelledError };

export async function renderPdf(model: ReportModel, lang: ReportLang, opts: PdfRenderOptions = {}): Promise<Uint8Array> {
  const pdfmake = await pdfMake();
  throwIfCancelled(opts.signal);
  const onPage: PageHook | undefined = opts.onProgress ? (page) => opts.onProgress?.({ phase: 'body', done: page, total: 0 }) : undefined;
  if (model.profile !== 'full') {
    let pages = 0;
    const def = pdfDocDefinition(model, lang, undefined, onPage ? (p) => onPage((pages = p)) : undefined);
    pdfmake.setProgressCallback?.(renderReporter(opts.onProgress, () => pages));
    const out = pdfmake.createPdf(def);
    pdfmake.setProgressCallback?.(undefined);
    const buf = await out.getBuffer();
    throwIfCancelled(opts.signal);
    // A Node Buffer is a Uint8Array; return a plain view so callers in every runtime see the same type.
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  return renderFullPdf(pdfmake, model, lang, opts, onPage);
}

/** PDFKit font objects of the embedded fonts (pdfmake's document registers them by family and style). */
type FontProvider = { provideFont(family: string, bold: boolean, italics: boolean): DrawFonts['r'] };

function fontsOf(doc: FontProvider): DrawFonts {
  return { r: doc.provideFont('Roboto', false, false), b: doc.provideFont('Roboto', true, false), i: doc.provideFont('Roboto', false, true), m: doc.provideFont(MONO, false, false) };
}

/** A pdfmake document's PDFKit document, before `end()` (pdfmake's `getStream`). */
type OpenDoc = PdfKitDoc & FontProvider & { on(ev: string, f: (c?: Uint8Array) => void): void; end(): void };

async function openDoc(pdfmake: PdfMakeInstance, def: Record<string, unknown>, onRender?: (fraction: number) => void): Promise<OpenDoc> {
  // pdfmake reads its progress callback when the document is created: set it for this document only.
  pdfmake.setProgressCallback?.(onRender);
  const out = pdfmake.createPdf(def) as unknown as { getStream(): Promise<OpenDoc> };
  pdfmake.setProgressCallback?.(undefined);
  const doc = await out.getStream();
  // pdfmake leaves its laid-out pages on the document; the appendices do not need them.
  delete (doc as { _pdfMakePages?: unknown })._pdfMakePages;
  return doc;
}

/** Reports pdfmake's drawing of the body as pages drawn (once per page, not once per item). */
function renderReporter(onProgress: PdfRenderOptions['onProgress'], pages: () => number): ((fraction: number) => void) | undefined {
  if (!onProgress) return undefined;
  let last = -1;
  return (f) => {
    const total = pages();
    const done = Math.floor(f * total);
    if (done === last) return;
    last = done;
    onProgress({ phase: 'body', done, total });
  };
}

/**
 * The body with pdfmake, into a PDFKit document left open for the appendix pages. In a function of its own
 * so that the document definition and pdfmake's layout of it can be freed before the appendices are drawn.
 */
async function renderBody(
  pdfmake: PdfMakeInstance,
  split: ReturnType<typeof splitFullReport>,
  layout: AppendixLayout,
  lang: ReportLang,
  onPage?: PageHook,
  onProgress?: PdfRenderOptions['onProgress'],
): Promise<{ doc: OpenDoc; bodyPages: number }> {
  // Page numbers that depend on the body's length: set once pdfmake has laid the body out.
  const late: Late[] = [];
  let bodyPages = 0;
  const contents = appendixContents(layout, lang, late);
  const pointerPage = new Map<string, number>();
  for (const p of split.pointers.values()) pointerPage.set(p.id, layout.anchors.get(p.id) ?? 0);
  const def = pdfDocDefinition(
    split.body,
    lang,
    {
      appendixPages: layout.pages.length,
      pointers: split.pointers,
      pointerPage,
      late,
      contents,
      onLaidOut: (pages) => {
        bodyPages = pages;
        for (const l of late) {
          // pdfmake records where it placed a node in `positions`; a page reference prints positions[0].
          const pos = (l.node as { positions?: { pageNumber: number }[] }).positions?.[0];
          if (pos) pos.pageNumber = pages + 1 + l.page;
        }
      },
    },
    onPage,
  );
  const doc = await openDoc(
    pdfmake,
    def,
    renderReporter(onProgress, () => bodyPages),
  );
  return { doc, bodyPages };
}

/**
 * The full profile: the body with pdfmake (per-VM tables replaced by pointers), an "Appendices" contents
 * page, then the appendix pages drawn row by row on the same PDFKit document.
 */
async function renderFullPdf(pdfmake: PdfMakeInstance, model: ReportModel, lang: ReportLang, opts: PdfRenderOptions, onPage?: PageHook): Promise<Uint8Array> {
  const split = splitFullReport(model);
  const rows = countRows(split.sources);
  opts.onProgress?.({ phase: 'prepare', done: 0, total: rows });
  // The metrics come from the same embedded fonts (a throwaway document, nothing written).
  const probe = await openDoc(pdfmake, { content: [] });
  const layout = layoutAppendices(split.sources, new Metrics(fontsOf(probe)), lang, opts.onProgress ? (done) => opts.onProgress?.({ phase: 'prepare', done, total: rows }) : undefined);
  throwIfCancelled(opts.signal);
  const { doc, bodyPages } = await renderBody(pdfmake, split, layout, lang, onPage, opts.onProgress);
  const chunks: Uint8Array[] = [];
  doc.on('data', (c) => {
    if (c) chunks.push(c);
  });
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  try {
    throwIfCancelled(opts.signal);
    const headerLeft = substituteGlyphs(model.meta.customer ? `${model.meta.project} · ${model.meta.customer}` : model.meta.project);
    const outline = doc.outline.children.at(-1);
    await writeAppendices(doc, layout, {
      lang,
      fonts: fontsOf(doc),
      firstPageNumber: bodyPages + 1,
      totalPages: bodyPages + layout.pages.length,
      headerLeft,
      footerLeft: `vm2pve ${model.meta.calculatorVersion}`,
      ...(outline ? { outlineParent: outline } : {}),
      ...(opts.onProgress ? { onPage: (done: number, total: number) => opts.onProgress?.({ phase: 'appendix', done, total }) } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  } finally {
    // Also on cancel: the document is closed and its bytes dropped.
    doc.end();
  }
  opts.onProgress?.({ phase: 'finish', done: 0, total: 0 });
  await ended;
  throwIfCancelled(opts.signal);
  return concatChunks(chunks);
}

/**
 * The "Appendices" page of the body: one row per appendix (letter, title, rows, pages, first and last page).
 * The first/last page numbers are page references whose page is set once the body is laid out; they link
 * to the appendix pages.
 */
function appendixContents(layout: AppendixLayout, lang: ReportLang, late: Late[]): Node[] {
  if (layout.appendices.length === 0) return [];
  const title = dictionary['report.appendix.contents'];
  const parts = textParts(title, lang);
  const ctx: Ctx = { lang, width: CONTENT_WIDTH };
  const fontSize = 8.5;
  const head = (['report.appendix.col.appendix', 'report.appendix.col.title', 'report.appendix.col.rows', 'report.appendix.col.pages', 'report.appendix.col.first', 'report.appendix.col.last'] as const).map((k, i) => headerCell(dictionary[k], ctx, fontSize, i >= 2 ? 'right' : 'left'));
  const rows = layout.appendices.map((a) => {
    const first = appendixDestination(a.id, 'first');
    const last = appendixDestination(a.id, 'last');
    const letterNode = { text: a.letter, id: first, bold: true, fontSize };
    const titleNode = { text: inlineStacked(appendixTitle(a.letter, a.title, lang).map((t) => t.replace(/^[^—]*—\s*/, '')), COLOR.muted, fontSize - 0.5), id: last, fontSize };
    late.push({ node: letterNode, page: a.firstPage }, { node: titleNode, page: a.firstPage + a.pages - 1 });
    return [
      letterNode,
      titleNode,
      { text: formatCount(a.rows, lang), alignment: 'right', fontSize },
      { text: formatCount(a.pages, lang), alignment: 'right', fontSize },
      { text: [{ pageReference: first, color: COLOR.accent }], alignment: 'right', fontSize },
      { text: [{ pageReference: last, color: COLOR.accent }], alignment: 'right', fontSize },
    ];
  });
  const titleInlines: Node[] = [{ text: plain(parts[0] ?? '') }];
  if (parts[1]) titleInlines.push({ text: `\n${plain(parts[1])}`, fontSize: 12, color: COLOR.muted, bold: false, italics: true });
  return [
    { text: titleInlines, style: 'h1', tocItem: true, tocStyle: { fontSize: 10.5, color: COLOR.ink }, tocMargin: [0, 5, 0, 0], pageBreak: 'before', pageOrientation: 'portrait', outline: true, outlineText: plain(pick(title, lang)) },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1, lineColor: COLOR.accent }], margin: [0, 2, 0, 10] },
    { stack: stacked(dictionary['report.appendix.contentsIntro'], ctx), margin: [0, 0, 0, 8] },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [44, CONTENT_WIDTH - 44 - 3 * 46 - 50 - 48, 46, 46, 46, 46], body: [head, ...rows] },
      layout: tableLayout,
      margin: [0, 4, 0, 10],
    },
  ];
}
