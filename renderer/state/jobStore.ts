import { create } from 'zustand';
import type { ExportFormat, PdfProgress } from '../../shared/report/export';
import type { ImportProgress } from '../workers/protocol';
import type { Text } from '../../shared/i18n/text';

export type Outcome = { tone: 'success' | 'error' | 'info'; code?: string; message: Text } | null;

type ImportState = {
  running: boolean;
  progress: ImportProgress | null;
  outcome: Outcome;
  cancel: (() => void) | null;
};

type ExportState = {
  running: boolean;
  format: ExportFormat | null;
  pct: number;
  /** Where a PDF export is (stage, pages): shown under the progress bar. */
  detail: PdfProgress | null;
  outcome: Outcome;
  cancel: (() => void) | null;
};

/** Progress of the import job (one at a time). */
export const useImportStore = create<ImportState>()(() => ({ running: false, progress: null, outcome: null, cancel: null }));

/** Progress of the export job (one at a time). */
export const useExportStore = create<ExportState>()(() => ({ running: false, format: null, pct: 0, detail: null, outcome: null, cancel: null }));
