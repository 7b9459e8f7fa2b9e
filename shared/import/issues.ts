import { tt, type TKey, type Params } from '../i18n';
import { ImportError, type ImportIssue, type ImportReport, type Severity } from '../model/importReport';

/** Where an issue points to in the input. */
export type IssueAt = { file?: string; sheet?: string; row?: number; column?: string };

/** Build an issue whose bilingual message is `import.issue.<code>` filled with `params`. */
export function issue(code: string, severity: Severity, params: Params = {}, at: IssueAt = {}): ImportIssue {
  const key = `import.issue.${code}` as TKey;
  const out: ImportIssue = { code, severity, message: tt(key, params) };
  if (at.file !== undefined) out.file = at.file;
  if (at.sheet !== undefined) out.sheet = at.sheet;
  if (at.row !== undefined) out.row = at.row;
  if (at.column !== undefined) out.column = at.column;
  return out;
}

/** A fatal, coded failure for one file. */
export function fatal(code: string, file: string | undefined, params: Params = {}): ImportError {
  return new ImportError(code, tt(`import.issue.${code}` as TKey, { file: file ?? '', ...params }), file);
}

/** Collects issues for one import; caps the number of repetitive row-level issues per code and sheet. */
export type IssueSink = {
  report: ImportReport;
  add(i: ImportIssue): void;
  /** Add one `IMP_ISSUES_CAPPED` info per capped code/sheet saying how many were left out of the list. */
  flush?(): void;
};

export function issueSink(report: ImportReport, perCodeCap = 500): IssueSink {
  const counts = new Map<string, { n: number; first: ImportIssue }>();
  return {
    report,
    add(i) {
      const k = `${i.code}\u0000${i.file ?? ''}\u0000${i.sheet ?? ''}`;
      const c = counts.get(k) ?? { n: 0, first: i };
      c.n += 1;
      counts.set(k, c);
      if (c.n <= perCodeCap) report.issues.push(i);
    },
    flush() {
      for (const { n, first } of counts.values()) {
        if (n <= perCodeCap) continue;
        report.issues.push(issue('IMP_ISSUES_CAPPED', 'info', { code: first.code, count: n - perCodeCap, total: n }, { file: first.file, sheet: first.sheet }));
      }
    },
  };
}
