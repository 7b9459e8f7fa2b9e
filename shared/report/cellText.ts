import { dictionary, type TKey } from '../i18n';
import { pick, type ReportLang, type Text } from '../i18n/text';
import { isText, type Cell } from './model';

/** Helpers shared by the renderers: one place decides how a cell, a number or a date reads. */

export function label(key: TKey, lang: ReportLang): string {
  return pick(dictionary[key], lang);
}

/** Numbers: Vietnamese grouping (1.234,5) for `vi` and `vi+en`, English (1,234.5) for `en`. */
export function formatNumber(n: number, lang: ReportLang): string {
  if (!Number.isFinite(n)) return String(n);
  return (lang === 'en' ? NUMBER_EN : NUMBER_VI).format(n);
}

// One formatter per language (creating one per cell costs more than the whole table of a 10,000-VM report).
const NUMBER_EN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const NUMBER_VI = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/**
 * An ISO time as `YYYY-MM-DD HH:MM UTC` when it carries a zone (Z or an offset); a local time without a
 * zone (RVTools exports) keeps its clock time and gets no zone; anything else is returned as-is.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(iso.trim());
  if (!m) return iso;
  if (!m[2]) return m[1] ?? iso;
  if (!m[3]) return `${m[1]} ${m[2]}`;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const s = new Date(t).toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, 16)} UTC`;
}

/** The text of a cell in one report language (`vi+en` joins two different texts with " / "). */
export function cellText(c: Cell, lang: ReportLang): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return formatNumber(c, lang);
  if (typeof c === 'boolean') return label(c ? 'report.yes' : 'report.no', lang);
  if (isText(c)) return pick(c, lang);
  return '';
}

/** The two language parts of a cell: `[vi, en]` when both differ and the export is bilingual, else one. */
export function cellParts(c: Cell, lang: ReportLang): string[] {
  if (lang === 'vi+en') {
    if (isText(c)) return c.vi === c.en ? [c.vi] : [c.vi, c.en];
    if (typeof c === 'boolean') {
      const t: Text = dictionary[c ? 'report.yes' : 'report.no'];
      return [t.vi, t.en];
    }
  }
  return [cellText(c, lang)];
}

export function textParts(t: Text, lang: ReportLang): string[] {
  if (lang === 'vi') return [t.vi];
  if (lang === 'en') return [t.en];
  return t.vi === t.en ? [t.vi] : [t.vi, t.en];
}

export const LANG_NAME: Record<ReportLang, TKey> = { vi: 'lang.vi', en: 'lang.en', 'vi+en': 'lang.both' };
