import type { Text } from '../i18n/text';

export type Severity = 'error' | 'warning' | 'info';

/** One validation finding of an import. `error` blocks the import; warnings and infos do not. */
export type ImportIssue = {
  /** Stable code, e.g. `IMP_NOT_SPREADSHEET`, `RVT_MISSING_TAB`. */
  code: string;
  severity: Severity;
  file?: string;
  sheet?: string;
  /** 1-based spreadsheet row (header row = 1). */
  row?: number;
  column?: string;
  message: Text;
};

export type ImportReport = {
  files: { name: string; kind: string; bytes?: number }[];
  issues: ImportIssue[];
  /** Rows left out on purpose (templates, SRM placeholders, …) with counts per reason. */
  excluded: { reason: string; count: number; names: string[] }[];
  /** Fields that no source provided, per tab: what becomes unknown. */
  unknown: { field: string; count: number; why: Text }[];
};

export function emptyImportReport(): ImportReport {
  return { files: [], issues: [], excluded: [], unknown: [] };
}

export function countBySeverity(r: ImportReport): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of r.issues) out[i.severity] += 1;
  return out;
}

/** A coded failure that stops an import (bad file, encrypted workbook, …). Never a crash. */
export class ImportError extends Error {
  readonly code: string;
  readonly file?: string;
  readonly text: Text;
  constructor(code: string, text: Text, file?: string) {
    super(`${code}: ${text.en}`);
    this.name = 'ImportError';
    this.code = code;
    this.text = text;
    this.file = file;
  }
}
