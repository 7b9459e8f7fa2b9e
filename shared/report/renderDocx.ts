import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { dictionary, type TKey } from '../i18n';
import { fill, pick, type ReportLang, type Text } from '../i18n/text';
import { cellParts, formatDate, LANG_NAME, textParts } from './cellText';
import { chartTable } from './chart';
import { assembleDocx, placeholder } from './docx/assemble';
import { C, CODE_FONT, columnPercents, contentPercents, FONT, LANDSCAPE_TEXT_WIDTH, PAGE, SIZE, TEXT_WIDTH, type RawBlock } from './docx/rawXml';
import type { Block, Cell, ChecklistItem, Column, ReportModel, Section } from './model';
import { throwIfCancelled } from './pdf/appendix';
import { movesToAppendix } from './pdf/split';
import type { PdfProgress } from './renderPdf';

/**
 * DOCX rendering with the `docx` package: same structure as the PDF (cover, table of contents field,
 * running header, page numbers, tables whose header row repeats on each page, styled notes). Fonts are
 * not embedded; Arial covers Vietnamese on every office suite.
 */

const TONE: Record<'info' | 'warning' | 'correction', { fill: string; bar: string; key: TKey }> = {
  info: { fill: 'EEF4FB', bar: '2E6DA4', key: 'report.note.info' },
  warning: { fill: 'FFF6E5', bar: 'C77C1E', key: 'report.note.warning' },
  correction: { fill: 'FBEEEE', bar: 'A83232', key: 'report.note.correction' },
};

type RunStyle = Omit<IRunOptions, 'text' | 'children'>;

/**
 * Text runs; spans between backticks (commands, paths) are set in a code font. A line break in the text is a
 * real Word line break (`w:br`), never a raw newline inside a run (Word would run the lines together).
 */
function runs(s: string, style: RunStyle = {}): TextRun[] {
  const out: TextRun[] = [];
  s.replace(/\r\n?/g, '\n')
    .split(/`([^`]*)`/)
    .forEach((p, i) => {
      const code = i % 2 === 1;
      p.split('\n').forEach((line, li) => {
        if (line === '' && li === 0) return;
        out.push(new TextRun({ font: code ? CODE_FONT : FONT, ...style, ...(code ? { color: C.code } : {}), text: line, ...(li > 0 ? { break: 1 } : {}) }));
      });
    });
  return out;
}

/** A command or a block of commands: one line per command, code style, real line breaks. */
function commandParagraphs(command: string, size: number): Paragraph[] {
  return command
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => new Paragraph({ style: 'Code', spacing: { after: 0 }, children: [new TextRun({ text: line, font: CODE_FONT, size, color: C.code })] }));
}

const sub: RunStyle = { italics: true, color: C.muted };

/** Vietnamese paragraph, then English beneath in muted italics (for `vi+en`). */
function stacked(t: Text, lang: ReportLang, style: RunStyle = {}, after = 120): Paragraph[] {
  const parts = textParts(t, lang);
  return parts.map(
    (p, i) =>
      new Paragraph({
        children: runs(p, i === 0 ? { size: SIZE.body, ...style } : { size: SIZE.body - 1, ...style, ...sub }),
        spacing: { after: i === parts.length - 1 ? after : 20 },
      }),
  );
}

/** A cell's paragraphs: one per language part, the second muted. */
function cellParagraphs(parts: string[], size: number, style: RunStyle = {}, align?: Column['align']): Paragraph[] {
  const alignment = align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  return parts.map(
    (p, i) => new Paragraph({ alignment, children: runs(p, i === 0 ? { size, ...style } : { size: size - 1, ...style, ...sub, ...(style.color === 'FFFFFF' ? { color: C.headSub } : {}) }) }),
  );
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const RULE = { style: BorderStyle.SINGLE, size: 4, color: C.rule };

function dataTable(
  columns: Column[],
  rows: Cell[][],
  lang: ReportLang,
  custom?: (row: number, col: number) => Paragraph[] | undefined,
  textWidth = TEXT_WIDTH,
  percents?: number[],
): Table {
  const size = columns.length > 6 ? SIZE.table - 2 : SIZE.table;
  const widths = percents ?? columnPercents(columns);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => Math.round((w / 100) * textWidth)),
    borders: { top: RULE, bottom: RULE, left: NO_BORDER, right: NO_BORDER, insideHorizontal: RULE, insideVertical: NO_BORDER },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map(
          (c, i) =>
            new TableCell({
              width: { size: widths[i] ?? 10, type: WidthType.PERCENTAGE },
              shading: { type: ShadingType.CLEAR, fill: C.navy, color: 'auto' },
              margins: { top: 60, bottom: 60, left: 80, right: 80 },
              children: cellParagraphs(textParts(c.label, lang), size, { bold: true, color: 'FFFFFF' }, c.align),
            }),
        ),
      }),
      ...rows.map(
        (r, ri) =>
          new TableRow({
            cantSplit: true,
            children: columns.map(
              (c, i) =>
                new TableCell({
                  width: { size: widths[i] ?? 10, type: WidthType.PERCENTAGE },
                  shading: ri % 2 === 1 ? { type: ShadingType.CLEAR, fill: C.zebra, color: 'auto' } : undefined,
                  margins: { top: 50, bottom: 50, left: 80, right: 80 },
                  children: custom?.(ri, i) ?? cellParagraphs(cellParts(r[i], lang), size, {}, c.align),
                }),
            ),
          }),
      ),
    ],
  });
}

function kvTable(rows: { label: Text; value: Cell }[], lang: ReportLang): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: RULE, insideVertical: NO_BORDER },
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: 68, type: WidthType.PERCENTAGE }, margins: { top: 50, bottom: 50 }, children: cellParagraphs(textParts(r.label, lang), SIZE.body) }),
            new TableCell({ width: { size: 32, type: WidthType.PERCENTAGE }, margins: { top: 50, bottom: 50 }, children: cellParagraphs(cellParts(r.value, lang), SIZE.body, { bold: true }, 'right') }),
          ],
        }),
    ),
  });
}

function note(tone: 'info' | 'warning' | 'correction', t: Text, lang: ReportLang): Table {
  const spec = TONE[tone];
  const bar = { style: BorderStyle.SINGLE, size: 24, color: spec.bar };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: bar, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            shading: { type: ShadingType.CLEAR, fill: spec.fill, color: 'auto' },
            margins: { top: 80, bottom: 80, left: 140, right: 140 },
            children: [
              new Paragraph({ children: runs(pick(dictionary[spec.key], lang), { bold: true, color: spec.bar, size: SIZE.small }) }),
              ...stacked(t, lang, { size: SIZE.body - 1 }, 0),
            ],
          }),
        ],
      }),
    ],
  });
}

/** A checklist as a table: id, task (with its detail), command (code lines), expected result, a tick box. */
function checklistTable(items: ChecklistItem[]): { columns: Column[]; rows: Cell[][]; commands: (string | undefined)[] } {
  const columns: Column[] = (['report.checklist.id', 'report.checklist.task', 'report.checklist.command', 'report.checklist.expected', 'report.checklist.done'] as const).map(
    (k, i) => ({ key: k, label: dictionary[k], width: [0.85, 3, 2.4, 2, 0.65][i] }),
  );
  const rows: Cell[][] = items.map((it) => [
    it.id,
    it.detail ? { vi: `${it.text.vi}\n${it.detail.vi}`, en: `${it.text.en}\n${it.detail.en}` } : it.text,
    '',
    it.expected ?? '',
    '☐',
  ]);
  return { columns, rows, commands: items.map((it) => it.command) };
}

function checklist(items: ChecklistItem[], lang: ReportLang, textWidth = TEXT_WIDTH): Table {
  const t = checklistTable(items);
  // The command column holds code paragraphs (one per command line) instead of text.
  const commands = t.commands.map((c) => (c ? commandParagraphs(c, SIZE.table - 3) : undefined));
  return dataTable(t.columns, t.rows, lang, (ri, ci) => (ci === 2 ? commands[ri] : undefined), textWidth);
}

const spacer = (after = 160) => new Paragraph({ children: [], spacing: { after } });

/**
 * Where the blocks written as raw XML go (docx/rawXml.ts): the per-VM sections' tables, checklists, files and
 * charts, and in the other sections the blocks the PDF moves to an appendix (pdf/split.ts). Each leaves a
 * placeholder paragraph that assembleDocx replaces.
 */
type RawSink = { nonce: string; blocks: RawBlock[] };

function rawParagraph(sink: RawSink, b: RawBlock): Paragraph {
  const p = new Paragraph({ children: [new TextRun({ text: placeholder(sink.nonce, sink.blocks.length) })] });
  sink.blocks.push(b);
  return p;
}

/** The block as raw XML (a placeholder and what follows it), or undefined when the `docx` objects write it. */
function rawChildren(b: Block, lang: ReportLang, sink: RawSink | undefined, perVm: boolean): (Paragraph | Table)[] | undefined {
  if (!sink || !(perVm || movesToAppendix(b))) return undefined;
  // Per-VM sections are on landscape pages: the table grid spans their text width.
  const width = perVm ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  switch (b.kind) {
    case 'table':
      return [rawParagraph(sink, { kind: 'table', columns: b.columns, rows: b.rows, width, ...(perVm ? { percents: contentPercents(b.columns, b.rows, lang) } : {}) }), spacer()];
    case 'checklist':
      return [rawParagraph(sink, { kind: 'table', ...checklistTable(b.items), width }), spacer()];
    case 'code':
      return [...(b.title ? stacked(b.title, lang, { bold: true }, 60) : []), rawParagraph(sink, { kind: 'code', code: b.code }), spacer()];
    case 'chart': {
      const t = chartTable(b.chart);
      return [...stacked(b.title, lang, { bold: true }, 60), rawParagraph(sink, { kind: 'table', columns: t.columns, rows: t.rows, width }), spacer()];
    }
    default:
      return undefined;
  }
}

function blockChildren(b: Block, lang: ReportLang, sink?: RawSink, perVm = false): (Paragraph | Table)[] {
  const raw = rawChildren(b, lang, sink, perVm);
  if (raw) return raw;
  const textWidth = perVm ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  switch (b.kind) {
    case 'heading': {
      const parts = textParts(b.text, lang);
      return [
        new Paragraph({
          heading: b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          keepNext: true,
          spacing: { before: 240, after: parts.length > 1 ? 0 : 100 },
          children: runs(parts[0] ?? ''),
        }),
        ...(parts[1] ? [new Paragraph({ keepNext: true, spacing: { after: 100 }, children: runs(parts[1], { ...sub, size: SIZE.body }) })] : []),
      ];
    }
    case 'paragraph':
      return stacked(b.text, lang);
    case 'note':
      return [note(b.tone, b.text, lang), spacer(120)];
    case 'kv':
      return [kvTable(b.rows, lang), spacer()];
    case 'table':
      return [dataTable(b.columns, b.rows, lang, undefined, textWidth, perVm ? contentPercents(b.columns, b.rows, lang) : undefined), spacer()];
    case 'checklist':
      return [checklist(b.items, lang, textWidth), spacer()];
    case 'code':
      return [
        ...(b.title ? stacked(b.title, lang, { bold: true }, 60) : []),
        ...b.code.split(/\r?\n/).map(
          (line) =>
            new Paragraph({
              style: 'Code',
              shading: { type: ShadingType.CLEAR, fill: C.codeFill, color: 'auto' },
              spacing: { after: 0 },
              children: [new TextRun({ text: line, font: CODE_FONT, size: SIZE.small })],
            }),
        ),
        spacer(),
      ];
    case 'chart': {
      const t = chartTable(b.chart);
      return [...stacked(b.title, lang, { bold: true }, 60), dataTable(t.columns, t.rows, lang, undefined, textWidth), spacer()];
    }
  }
}

function sectionChildren(s: Section, index: number, lang: ReportLang, sink?: RawSink): (Paragraph | Table)[] {
  const parts = textParts(s.title, lang);
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      keepNext: true,
      spacing: { after: parts.length > 1 ? 0 : 200 },
      children: runs(`${index + 1}. ${parts[0] ?? ''}`),
    }),
    ...(parts[1] ? [new Paragraph({ keepNext: true, spacing: { after: 200 }, children: runs(parts[1], { ...sub, size: SIZE.h2 - 2 }) })] : []),
    ...s.blocks.flatMap((b) => blockChildren(b, lang, sink, s.detail === 'full' && !s.digested)),
  ];
}

function coverChildren(model: ReportModel, lang: ReportLang): (Paragraph | Table)[] {
  const title = textParts(model.title, lang);
  const meta: [TKey, string][] = [['report.cover.project', model.meta.project]];
  if (model.meta.customer) meta.push(['report.cover.customer', model.meta.customer]);
  if (model.meta.author) meta.push(['report.cover.author', model.meta.author]);
  if (model.profile) meta.push(['report.cover.profile', pick(dictionary[model.profile === 'full' ? 'report.profile.full' : 'report.profile.summary'], lang)]);
  meta.push(
    ['report.cover.date', formatDate(model.meta.generatedAt)],
    ['report.cover.calculator', model.meta.calculatorVersion],
    ['report.cover.language', pick(dictionary[LANG_NAME[lang]], lang)],
  );
  return [
    spacer(2400),
    new Paragraph({ children: runs(title[0] ?? '', { size: SIZE.title, bold: true, color: C.navy }), spacing: { after: 120 } }),
    ...(title[1] ? [new Paragraph({ children: runs(title[1], { size: 32, color: C.muted }), spacing: { after: 240 } })] : []),
    ...(model.subtitle ? stacked(model.subtitle, lang, { size: 24, color: C.muted }, 600) : []),
    kvTable(
      meta.map(([k, v]) => ({ label: dictionary[k], value: v })),
      lang,
    ),
    spacer(600),
    ...textParts(dictionary['report.cover.generatedBy'], lang).map(
      (p) => new Paragraph({ children: runs(fill(p, { version: model.meta.calculatorVersion }), { size: SIZE.small, color: C.muted }) }),
    ),
  ];
}

/** "Trang {{page}} / {{pages}}" → runs with live page fields in place of the placeholders. */
function pageNumberRuns(lang: ReportLang): TextRun[] {
  const template = lang === 'en' ? dictionary['report.page'].en : dictionary['report.page'].vi;
  return template
    .split(/(\{\{page\}\}|\{\{pages\}\})/)
    .filter((p) => p !== '')
    .map((p) =>
      p === '{{page}}'
        ? new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.small, color: C.muted })
        : p === '{{pages}}'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], font: FONT, size: SIZE.small, color: C.muted })
          : new TextRun({ text: p, font: FONT, size: SIZE.small, color: C.muted }),
    );
}

export type DocxRenderOptions = {
  /** Progress of the raw tables (phase `rows`: rows and code lines written of all of them). */
  onProgress?: (p: PdfProgress) => void;
  /** Checked before and while the big tables are written: a cancelled export throws `ExportCancelledError`. */
  signal?: AbortSignal;
  /**
   * Writes the per-VM and big blocks as raw XML (default). `false` builds every table with the `docx`
   * package (the reference the raw XML is compared with in the tests).
   */
  raw?: boolean;
};

export async function renderDocx(model: ReportModel, lang: ReportLang, opts: DocxRenderOptions = {}): Promise<Uint8Array> {
  throwIfCancelled(opts.signal);
  const sink: RawSink | undefined = opts.raw === false ? undefined : { nonce: Math.random().toString(36).slice(2, 10), blocks: [] };
  const headerText = model.meta.customer ? `${model.meta.project} · ${model.meta.customer}` : model.meta.project;
  const tocTitle = pick(dictionary['report.toc'], lang);
  // The per-VM sections (wide tables of every VM) on landscape pages, as the PDF's appendices: a Word
  // section per run of consecutive sections of the same orientation; page numbers run on.
  const groups: { landscape: boolean; sections: { s: Section; i: number }[] }[] = [];
  model.sections.forEach((s, i) => {
    const landscape = s.detail === 'full' && !s.digested;
    const last = groups.at(-1);
    if (last && (last.landscape === landscape || i === 0)) last.sections.push({ s, i });
    else groups.push({ landscape: groups.length === 0 ? false : landscape, sections: [{ s, i }] });
  });
  if (groups.length === 0) groups.push({ landscape: false, sections: [] });
  const doc = new Document({
    creator: model.meta.author ?? 'vm2pve',
    title: pick(model.title, lang),
    description: `vm2pve ${model.meta.calculatorVersion}`,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: FONT, size: SIZE.body, color: '1F2933' } } },
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: SIZE.h1, bold: true, color: C.navy }, paragraph: { spacing: { after: 120 } } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: SIZE.h2, bold: true, color: C.navy } },
        { id: 'Heading3', name: 'Heading 3', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: SIZE.h3, bold: true } },
        { id: 'Code', name: 'Code', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: CODE_FONT, size: SIZE.small }, paragraph: { spacing: { after: 0, line: 240 } } },
      ],
    },
    sections: groups.map((g, gi) => ({
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height, ...(g.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
          margin: { top: 1300, bottom: 1200, left: PAGE.margin, right: PAGE.margin, header: 560, footer: 560 },
        },
        ...(gi === 0 ? { titlePage: true } : {}),
      },
      headers: {
        ...(gi === 0 ? { first: new Header({ children: [] }) } : {}),
        default: new Header({
          children: [
            new Paragraph({
              border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: C.rule, space: 4 } },
              tabStops: [{ type: 'right', position: g.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH }],
              children: [
                new TextRun({ text: headerText, font: FONT, size: SIZE.small, color: C.muted }),
                new TextRun({ text: `\t${textParts(model.title, lang)[0] ?? ''}`, font: FONT, size: SIZE.small, color: C.muted }),
              ],
            }),
          ],
        }),
      },
      footers: {
        ...(gi === 0 ? { first: new Footer({ children: [] }) } : {}),
        default: new Footer({
          children: [
            new Paragraph({
              tabStops: [{ type: 'right', position: g.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH }],
              children: [new TextRun({ text: `vm2pve ${model.meta.calculatorVersion}\t`, font: FONT, size: SIZE.small, color: C.muted }), ...pageNumberRuns(lang)],
            }),
          ],
        }),
      },
      children: [
        ...(gi === 0
          ? [
              ...coverChildren(model, lang),
              new Paragraph({ pageBreakBefore: true, spacing: { after: 240 }, children: runs(tocTitle, { size: SIZE.h1, bold: true, color: C.navy }) }),
              new TableOfContents(tocTitle, { hyperlink: true, headingStyleRange: '1-1' }),
            ]
          : []),
        ...g.sections.flatMap(({ s, i }) => sectionChildren(s, i, lang, sink)),
      ],
    })),
  });
  const packed = new Uint8Array(await Packer.toArrayBuffer(doc));
  throwIfCancelled(opts.signal);
  if (!sink || sink.blocks.length === 0) return packed;
  return assembleDocx(packed, sink.blocks, sink.nonce, lang, {
    ...(opts.onProgress ? { onRows: (done: number, total: number) => opts.onProgress?.({ phase: 'rows', done, total }) } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
}
