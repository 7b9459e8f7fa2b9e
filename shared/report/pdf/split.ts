import { dictionary } from '../../i18n';
import { fill, type Text } from '../../i18n/text';
import type { Block, ReportModel, Section } from '../model';
import type { AppendixSource } from './appendix';

/**
 * The full profile's PDF in two parts: the body, laid out by pdfmake as in the summary, and the appendices,
 * drawn row by row (pdf/appendix.ts). A section marked `detail: 'full'` (per-VM lists, runbooks, the
 * configuration files) becomes an appendix of its own; in the other sections, each per-VM table or file
 * (`detail: 'full'`, or any table longer than `BIG_TABLE` rows) moves to the appendix of its section and
 * leaves a one-line pointer ("…: 950 rows, printed in Appendix C, page 212") in its place.
 */

/** A table longer than this moves to an appendix even when it is not marked as per-VM detail. */
export const BIG_TABLE = 200;
/** A per-VM checklist moves when it is longer than this (shorter ones read better in place). */
const BIG_CHECKLIST = 60;
/** A per-VM chart with more bars than this moves to an appendix as its data table. */
const BIG_CHART = 60;

export type Pointer = { id: string; letter: string; rows: number; title: Text; unit: 'rows' | 'lines' };

export type FullSplit = {
  body: ReportModel;
  sources: AppendixSource[];
  /** Pointer notes of the body (blocks of `body`) → what they point to. */
  pointers: Map<Block, Pointer>;
};

/** A, B, …, Z, AA, AB, … */
export function appendixLetter(i: number): string {
  let n = i;
  let s = '';
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** Whether a block of a body section moves to an appendix (the DOCX writes the same blocks as raw XML). */
export function movesToAppendix(b: Block): boolean {
  // Per-cluster detail that the summary digests (`digested`) reads in place; per-VM detail moves.
  if (b.kind === 'table') return (b.detail === 'full' && !b.digested) || b.rows.length > BIG_TABLE;
  if (b.kind === 'code') return b.detail === 'full' && !b.digested;
  if (b.kind === 'checklist') return b.detail === 'full' && b.items.length > BIG_CHECKLIST;
  // A chart of hundreds of bars (one per wave) reads as a table; drawn as vector graphics it is also slow.
  if (b.kind === 'chart') return b.detail === 'full' && b.chart.categories.length > BIG_CHART;
  return false;
}

function size(b: Block): { rows: number; unit: 'rows' | 'lines' } {
  if (b.kind === 'table') return { rows: b.rows.length, unit: 'rows' };
  if (b.kind === 'checklist') return { rows: b.items.length, unit: 'rows' };
  if (b.kind === 'code') return { rows: b.code.split('\n').length, unit: 'lines' };
  if (b.kind === 'chart') return { rows: b.chart.categories.length, unit: 'rows' };
  return { rows: 0, unit: 'rows' };
}

function sectionTitle(title: Text, number: number): Text {
  const e = dictionary['report.appendix.fromSection'];
  return { vi: fill(e.vi, { title: title.vi, section: number }), en: fill(e.en, { title: title.en, section: number }) };
}

/** Splits a model cut to the `full` profile into the body and its appendices. */
export function splitFullReport(model: ReportModel): FullSplit {
  const sections: Section[] = [];
  const sources: AppendixSource[] = [];
  const pointers = new Map<Block, Pointer>();
  let pointerCount = 0;
  for (const s of model.sections) {
    const letter = appendixLetter(sources.length);
    // A per-VM section becomes an appendix; a per-cluster section that the summary digests stays in the body.
    if (s.detail === 'full' && !s.digested) {
      sources.push({ id: s.id, letter, title: s.title, blocks: s.blocks });
      continue;
    }
    if (!s.blocks.some(movesToAppendix)) {
      sections.push(s);
      continue;
    }
    const number = sections.length + 1;
    const body: Block[] = [];
    const moved: Block[] = [];
    const anchors = new Map<Block, string>();
    let h2: Block | undefined;
    let h3: Block | undefined;
    const emitted = new Set<Block>();
    for (const b of s.blocks) {
      if (b.kind === 'heading') {
        if (b.level === 2) {
          h2 = b;
          h3 = undefined;
        } else h3 = b;
      }
      if (!movesToAppendix(b)) {
        body.push(b);
        continue;
      }
      // The headings above a moved table go with it (which cluster, which wave).
      for (const h of [h2, h3]) {
        if (h && !emitted.has(h)) {
          moved.push(h);
          emitted.add(h);
        }
      }
      moved.push(b);
      const id = `appxref-p${++pointerCount}`;
      anchors.set(b, id);
      const titled = b.kind === 'table' || b.kind === 'code' || b.kind === 'chart' ? b.title : undefined;
      const headingText = (h3 ?? h2) as Extract<Block, { kind: 'heading' }> | undefined;
      const note: Block = { kind: 'note', tone: 'info', text: titled ?? headingText?.text ?? dictionary['report.appendix.list'] };
      pointers.set(note, { id, letter, ...size(b), title: note.text });
      body.push(note);
    }
    sections.push({ ...s, blocks: body });
    sources.push({ id: s.id, letter, title: sectionTitle(s.title, number), blocks: moved, anchors });
  }
  return { body: { ...model, sections }, sources, pointers };
}
