import { cellText } from '../../../shared/report/cellText';
import type { Block, ReportModel } from '../../../shared/report/model';
import type { Lang } from '../../../shared/i18n/text';

/**
 * The sentences and figures a reader sees in one language, one entry per text: headings, paragraphs, notes,
 * labels, table titles and column labels, table cells (numbers as the renderers print them), checklist texts.
 * Code blocks and checklist commands are left out (commands stay as they are), and so is text between
 * backticks inside a sentence.
 */
export function reportProse(model: ReportModel, lang: Lang): string[] {
  const out: string[] = [];
  const put = (s: string | undefined) => {
    if (s) out.push(s.replace(/`[^`]*`/g, ' '));
  };
  const block = (b: Block) => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
      case 'note':
        put(b.text[lang]);
        break;
      case 'kv':
        for (const r of b.rows) {
          put(r.label[lang]);
          put(cellText(r.value, lang));
        }
        break;
      case 'table':
        put(b.title?.[lang]);
        for (const c of b.columns) put(c.label[lang]);
        for (const r of b.rows) for (const c of r) put(cellText(c, lang));
        break;
      case 'checklist':
        for (const i of b.items) {
          put(i.text[lang]);
          put(i.detail?.[lang]);
          put(i.expected?.[lang]);
        }
        break;
      case 'chart':
        put(b.title[lang]);
        for (const c of b.chart.categories) put(c[lang]);
        for (const s of b.chart.series) put(s.name[lang]);
        break;
      case 'code':
        put(b.title?.[lang]);
        break;
    }
  };
  put(model.title[lang]);
  if (model.subtitle) put(model.subtitle[lang]);
  for (const s of model.sections) {
    put(s.title[lang]);
    if (s.group) put(s.group.title[lang]);
    for (const b of s.blocks) block(b);
  }
  return out;
}
