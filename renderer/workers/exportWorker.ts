/// <reference lib="webworker" />
import { tt } from '../../shared/i18n';
import type { ReportLang } from '../../shared/i18n/text';
import type { FileData } from '../../shared/ipc';
import type { Project } from '../../shared/model/project';
import { derivePlan } from '../../shared/plan';
import { buildReport } from '../../shared/report/build';
import { ExportCancelledError, exportFileName, renderFormat, type ExportFormat, type PdfProgress } from '../../shared/report/export';
import { DEFAULT_REPORT_PROFILE, type ReportProfile } from '../../shared/report/model';
import { pdfFraction } from './exportProgress';
import { errorOf, type ExportIn, type ExportOut } from './protocol';

/**
 * Builds the report off the UI thread: derive the plan, build the report model once, render each chosen
 * format with the shared `renderFormat`. Cancel is checked between formats and, inside a PDF, between its
 * stages and appendix pages (the PDF writer lets the worker's event loop run, so the cancel message gets
 * through); the client also terminates the worker if it does not answer at once.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let canceled = false;
let abort = new AbortController();
const CANCELED = { code: 'APP_CANCELED' } as const;

function post(m: ExportOut, transfer: Transferable[] = []): void {
  scope.postMessage(m, transfer);
}

function checkCanceled(): void {
  if (canceled) throw CANCELED;
}

async function run(project: Project, lang: ReportLang, formats: ExportFormat[], baseName: string, profile: ReportProfile): Promise<void> {
  canceled = false;
  abort = new AbortController();
  try {
    const plan = derivePlan(project, { now: new Date().toISOString() });
    const model = buildReport(plan);
    const files: FileData[] = [];
    for (let i = 0; i < formats.length; i++) {
      const f = formats[i] as ExportFormat;
      checkCanceled();
      post({ type: 'progress', format: f, pct: Math.round((i / formats.length) * 100) });
      let lastPost = 0;
      const onProgress = (p: PdfProgress): void => {
        // At most ~10 messages a second (a 10,000-VM appendix has thousands of pages).
        const now = Date.now();
        if (now - lastPost < 100 && p.phase !== 'finish') return;
        lastPost = now;
        post({ type: 'progress', format: f, pct: Math.round(((i + pdfFraction(p, profile === 'full')) / formats.length) * 100), detail: p });
      };
      const data = await renderFormat(f, plan, model, lang, { profile, signal: abort.signal, onProgress });
      checkCanceled();
      files.push({ name: exportFileName(f, baseName, lang), data });
    }
    post({ type: 'progress', format: formats[formats.length - 1] ?? 'pdf', pct: 100 });
    post({ type: 'done', files }, files.map((f) => f.data.buffer as ArrayBuffer));
  } catch (e) {
    if (e === CANCELED || e instanceof ExportCancelledError) post({ type: 'canceled' });
    else post({ type: 'error', error: errorOf(e, 'APP_EXPORT_FAILED', tt('ui.export.failed')) });
  }
}

scope.onmessage = (ev: MessageEvent<ExportIn>) => {
  const m = ev.data;
  if (m.type === 'cancel') {
    canceled = true;
    abort.abort();
  }
  else void run(m.project, m.lang, m.formats, m.baseName, m.profile ?? DEFAULT_REPORT_PROFILE);
};
