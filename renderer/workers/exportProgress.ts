import { t, type Lang, type TKey } from '../../shared/i18n';
import type { PdfProgress } from '../../shared/report/export';

/**
 * How far one PDF is (0…1): the body's page count is not known while pdfmake lays it out, so that stage
 * creeps towards its share as pages are added; the full profile's appendix pages are counted exactly.
 */
export function pdfFraction(p: PdfProgress, full: boolean): number {
  const [prepareEnd, bodyEnd, appendixEnd] = full ? [0.1, 0.4, 0.97] : [0.02, 0.95, 0.95];
  switch (p.phase) {
    case 'prepare':
      return 0.01 + (prepareEnd - 0.01) * (p.total > 0 ? Math.min(1, p.done / p.total) : 0);
    case 'body':
      // Laying out (pages added, count unknown) creeps to 60% of the stage; drawing (pages known) does the rest.
      return prepareEnd + (bodyEnd - prepareEnd) * (p.total > 0 ? 0.6 + 0.4 * (p.done / p.total) : 0.6 * (p.done / (p.done + 60)));
    case 'appendix':
      return bodyEnd + (appendixEnd - bodyEnd) * (p.total > 0 ? p.done / p.total : 0);
    case 'finish':
      return appendixEnd;
    case 'rows':
      // DOCX: the body is built first (about a third of the time), then the big tables row by row.
      return 0.3 + 0.67 * (p.total > 0 ? Math.min(1, p.done / p.total) : 0);
  }
}

/** A PDF export's stage under the Export view's progress bar (the appendix stage counts its pages). */
const PHASE_KEY: Record<PdfProgress['phase'], TKey> = {
  prepare: 'ui.export.phase.prepare',
  body: 'ui.export.phase.body',
  appendix: 'ui.export.phase.appendix',
  finish: 'ui.export.phase.finish',
  rows: 'ui.export.phase.rows',
};

export function pdfPhaseText(lang: Lang, p: PdfProgress): string {
  // The body: pages laid out (count unknown yet), then pages drawn out of a known count.
  const key = p.phase === 'body' && p.total > 0 ? 'ui.export.phase.bodyDraw' : PHASE_KEY[p.phase];
  return t(lang, key, { done: p.done, total: p.total });
}
