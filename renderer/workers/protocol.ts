import type { Text } from '../../shared/i18n/text';
import type { FileData } from '../../shared/ipc';
import type { ImportReport } from '../../shared/model/importReport';
import type { Inventory } from '../../shared/model/inventory';
import type { Project } from '../../shared/model/project';
import type { Plan } from '../../shared/plan';
import type { ReportLang } from '../../shared/i18n/text';
import type { ExportFormat, PdfProgress } from '../../shared/report/export';
import type { ReportProfile } from '../../shared/report/model';

/** Messages between the UI thread and the workers. */

export type WorkerError = { code: string; message: Text };

export type ImportProgress = { phase: 'read' | 'parse' | 'validate' | 'start'; file?: string; sheet?: string; pct: number };
export type ImportIn = { type: 'import'; files: FileData[] } | { type: 'cancel' };
export type ImportOut =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; inventory: Inventory; report: ImportReport }
  | { type: 'canceled' }
  | { type: 'error'; error: WorkerError };

export type ExportIn = { type: 'export'; project: Project; lang: ReportLang; formats: ExportFormat[]; baseName: string; profile?: ReportProfile } | { type: 'cancel' };
export type ExportOut =
  /** `detail`: where a PDF export is (stage, pages laid out or appendix pages written). */
  | { type: 'progress'; format: ExportFormat; pct: number; detail?: PdfProgress }
  | { type: 'done'; files: FileData[] }
  | { type: 'canceled' }
  | { type: 'error'; error: WorkerError };

export function errorOf(e: unknown, fallbackCode: string, fallback: Text): WorkerError {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const rec = e as { code: string; text?: unknown };
    const t = rec.text;
    if (typeof t === 'object' && t !== null && 'vi' in t && 'en' in t) return { code: rec.code, message: t as Text };
    return { code: rec.code, message: fallback };
  }
  return { code: fallbackCode, message: fallback };
}

export type PlanIn = { type: 'plan'; project: Project; now: string } | { type: 'cancel' };
/** `design`: the plan without the HA checks (shown at once); `done`: the full plan with the HA checks. */
export type PlanOut = { type: 'design'; plan: Plan } | { type: 'done'; plan: Plan } | { type: 'error'; error: WorkerError };
