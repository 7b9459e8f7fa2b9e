import type { ImportIssue, Severity } from '../../../shared/model/importReport';
import type { Lang } from '../../../shared/i18n/text';

export type SeverityFilter = Severity | 'all';

/**
 * The findings at one severity (or all) whose code, file, sheet, column, row number or message (in the UI
 * language) contains every word of the query, case-insensitive.
 */
export function filterIssues(issues: readonly ImportIssue[], severity: SeverityFilter, query: string, lang: Lang): ImportIssue[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return issues.filter((i) => {
    if (severity !== 'all' && i.severity !== severity) return false;
    if (words.length === 0) return true;
    const hay = [i.code, i.file, i.sheet, i.column, i.row !== undefined ? `#${i.row}` : undefined, i.message[lang]]
      .filter((x) => x !== undefined)
      .join('\u0001')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** Rows left out on purpose and unknown fields, totalled for the report header. */
export function reportCounts(report: { excluded: readonly { count: number }[]; unknown: readonly unknown[] }): { excluded: number; unknown: number } {
  return { excluded: report.excluded.reduce((n, x) => n + x.count, 0), unknown: report.unknown.length };
}
