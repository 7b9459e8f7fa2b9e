import { tt } from '../../shared/i18n';
import type { ReportLang } from '../../shared/i18n/text';
import type { FileData } from '../../shared/ipc';
import type { ImportReport } from '../../shared/model/importReport';
import type { Inventory } from '../../shared/model/inventory';
import type { Project } from '../../shared/model/project';
import type { ExportFormat, PdfProgress } from '../../shared/report/export';
import { DEFAULT_REPORT_PROFILE, type ReportProfile } from '../../shared/report/model';
import type { ExportIn, ExportOut, ImportIn, ImportOut, ImportProgress, PlanIn, PlanOut, WorkerError } from './protocol';
import type { Plan } from '../../shared/plan';

/** A running background job: its result, and a way to stop it. */
export type Job<T> = { result: Promise<JobResult<T>>; cancel(): void };
export type JobResult<T> = { status: 'done'; value: T } | { status: 'canceled' } | { status: 'error'; error: WorkerError };

/** How long a worker gets to acknowledge a cancel before it is terminated. */
const CANCEL_GRACE_MS = 400;

function startJob<In, Out extends { type: string }, T>(
  make: () => Worker,
  first: In,
  cancelMsg: In,
  onMessage: (m: Out) => JobResult<T> | null,
  transfer: Transferable[] = [],
): Job<T> {
  let worker: Worker;
  try {
    worker = make();
    worker.postMessage(first, transfer);
  } catch {
    const error = { code: 'APP_WORKER_START_FAILED', message: tt('ui.err.workerCrashed') };
    return { result: Promise.resolve({ status: 'error', error }), cancel: () => undefined };
  }
  let settle: (r: JobResult<T>) => void = () => undefined;
  let finished = false;
  const result = new Promise<JobResult<T>>((resolve) => {
    settle = (r) => {
      if (finished) return;
      finished = true;
      worker.terminate();
      resolve(r);
    };
  });
  worker.onmessage = (ev: MessageEvent<Out>) => {
    const r = onMessage(ev.data);
    if (r) settle(r);
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    settle({ status: 'error', error: { code: 'APP_WORKER_CRASHED', message: tt('ui.err.workerCrashed') } });
  };
  return {
    result,
    cancel() {
      if (finished) return;
      worker.postMessage(cancelMsg);
      setTimeout(() => settle({ status: 'canceled' }), CANCEL_GRACE_MS);
    },
  };
}

export function startImport(files: FileData[], onProgress: (p: ImportProgress) => void): Job<{ inventory: Inventory; report: ImportReport }> {
  return startJob<ImportIn, ImportOut, { inventory: Inventory; report: ImportReport }>(
    () => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'vm2pve-import' }),
    { type: 'import', files },
    { type: 'cancel' },
    (m) => {
      if (m.type === 'progress') {
        onProgress(m.progress);
        return null;
      }
      if (m.type === 'done') return { status: 'done', value: { inventory: m.inventory, report: m.report } };
      if (m.type === 'canceled') return { status: 'canceled' };
      return { status: 'error', error: m.error };
    },
    // Hand the bytes over instead of copying them (each buffer once; views may share one).
    [...new Set(files.map((f) => f.data.buffer as ArrayBuffer))],
  );
}

export function startExport(
  project: Project,
  lang: ReportLang,
  formats: ExportFormat[],
  baseName: string,
  onProgress: (format: ExportFormat, pct: number, detail?: PdfProgress) => void,
  profile: ReportProfile = DEFAULT_REPORT_PROFILE,
): Job<FileData[]> {
  return startJob<ExportIn, ExportOut, FileData[]>(
    () => new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module', name: 'vm2pve-export' }),
    { type: 'export', project, lang, formats, baseName, profile },
    { type: 'cancel' },
    (m) => {
      if (m.type === 'progress') {
        onProgress(m.format, m.pct, m.detail);
        return null;
      }
      if (m.type === 'done') return { status: 'done', value: m.files };
      if (m.type === 'canceled') return { status: 'canceled' };
      return { status: 'error', error: m.error };
    },
  );
}

/**
 * Derive the plan of a project in a worker (the latest call wins; cancel terminates the worker).
 * `onDesign` gets the plan without the HA checks as soon as it is derived; the result is the full plan.
 */
export function startPlan(project: Project, now: string, onDesign?: (plan: Plan) => void): Job<Plan> {
  return startJob<PlanIn, PlanOut, Plan>(
    () => new Worker(new URL('./planWorker.ts', import.meta.url), { type: 'module', name: 'vm2pve-plan' }),
    { type: 'plan', project, now },
    { type: 'cancel' },
    (m) => {
      if (m.type === 'design') {
        onDesign?.(m.plan);
        return null;
      }
      return m.type === 'done' ? { status: 'done', value: m.plan } : { status: 'error', error: m.error };
    },
  );
}
