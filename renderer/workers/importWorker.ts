/// <reference lib="webworker" />
import { tt } from '../../shared/i18n';
import { importFiles } from '../../shared/import';
import { progressTracker } from './importProgress';
import { errorOf, type ImportIn, type ImportOut } from './protocol';

/** Runs the shared importer off the UI thread; posts progress, honours cancel through an AbortSignal. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let controller: AbortController | null = null;

function post(m: ImportOut): void {
  scope.postMessage(m);
}

async function run(files: { name: string; data: Uint8Array }[]): Promise<void> {
  controller = new AbortController();
  const signal = controller.signal;
  const track = progressTracker(files.length);
  try {
    post({ type: 'progress', progress: { phase: 'start', pct: 0 } });
    const { inventory, report } = await importFiles(files, { signal, onProgress: (p) => post({ type: 'progress', progress: track(p) }) });
    if (signal.aborted) post({ type: 'canceled' });
    else post({ type: 'done', inventory, report });
  } catch (e) {
    if (signal.aborted) post({ type: 'canceled' });
    else post({ type: 'error', error: errorOf(e, 'APP_IMPORT_FAILED', tt('ui.import.failed')) });
  } finally {
    controller = null;
  }
}

scope.onmessage = (ev: MessageEvent<ImportIn>) => {
  const m = ev.data;
  if (m.type === 'cancel') controller?.abort();
  else if (m.type === 'import') void run(m.files);
};
