import { t, type Lang, type TKey } from '../../shared/i18n';
import type { PdfProgress } from '../../shared/report/export';

/**
 * How far one PDF is (0…1): the body's page count is not known while pdfmake lays it out, so that stage
 * creeps towards its share as pages are added; the full profile's appendix pages are counted exactly.
 */
export function pdfFraction(p: PdfProgress, full: boolean): number {
  const [bodyEnd, appendixEnd] = full ? [0.35, 0.97] : [0.95, 0.95];
  switch (p.phase) {
    case 'prepare':
      return 0.02;
    case 'body':
      return 0.03 + (bodyEnd - 0.03) * (p.total > 0 ? p.done / p.total : p.done / (p.done + 60));
    case 'appendix':
      return bodyEnd + (appendixEnd - bodyEnd) * (p.total > 0 ? p.done / p.total : 0);
    case 'finish':
      return appendixEnd;
  }
}

/** A PDF export's stage under the Export view's progress bar (the appendix stage counts its pages). */
const PHASE_KEY: Record<PdfProgress['phase'], TKey> = {
  prepare: 'ui.export.phase.prepare',
  body: 'ui.export.phase.body',
  appendix: 'ui.export.phase.appendix',
  finish: 'ui.export.phase.finish',
};

export function pdfPhaseText(lang: Lang, p: PdfProgress): string {
  return t(lang, PHASE_KEY[p.phase], { done: p.done, total: p.total });
}
