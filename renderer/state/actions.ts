import { tt } from '../../shared/i18n';
import type { ReportLang } from '../../shared/i18n/text';
import type { FileData, IpcResult } from '../../shared/ipc';
import { prepareImport } from '../../shared/import/prepareImport';
import { newProject, type Project } from '../../shared/model/project';
import { summarize } from '../../shared/model/summary';
import { demoFiles } from '../demo';
import { platform } from '../platform';
import { startExport, startImport } from '../workers/client';
import { DEFAULT_REPORT_PROFILE, type ReportProfile } from '../../shared/report/model';
import type { ExportFormat } from '../../shared/report/export';
import { useAnonymiseStore } from './anonymiseStore';
import { useExportStore, useImportStore } from './jobStore';
import { useNavStore } from './navStore';
import { restoreWithBackup } from '../../shared/model/projectFile';
import { countDecisions, reimport } from '../../shared/model/reimport';
import { serializeProject } from '../../shared/model/restore';
import type { OpenedProject } from '../platform/platform';
import { askImportChoice, askReplace, showChangeReport, showRecent } from './dialogStore';
import { projectName, safeBaseName } from './projectIo';
import { useProjectStore } from './projectStore';

/** Orchestration: the only place that combines the platform bridge, the workers and the stores. */

/**
 * Import inventory files. Into an open project the user chooses: update it (re-import: every decision
 * kept, a change report shown) or start a new project. `mode: 'new'` skips the question (the demo).
 */
export async function importFiles(files: FileData[], opts: { mode?: 'ask' | 'new' } = {}): Promise<boolean> {
  const imp = useImportStore.getState();
  if (imp.running || files.length === 0) return false;
  const open = useProjectStore.getState().project;
  let mode: 'new' | 'update' = 'new';
  if (open && opts.mode !== 'new') {
    const choice = await askImportChoice(open.meta.name, countDecisions(open.decisions));
    if (choice === 'cancel') return false;
    mode = choice;
  }
  const job = startImport(files, (progress) => useImportStore.setState({ progress }));
  useImportStore.setState({ running: true, progress: { phase: 'start', pct: 0 }, outcome: null, cancel: job.cancel });
  const r = await job.result;
  useImportStore.setState({ running: false, progress: null, cancel: null });
  if (r.status === 'canceled') {
    useImportStore.setState({ outcome: { tone: 'info', message: tt('ui.import.canceled') } });
    return false;
  }
  if (r.status === 'error') {
    useImportStore.setState({ outcome: { tone: 'error', code: r.error.code, message: r.error.message } });
    return false;
  }
  const now = new Date().toISOString();
  // Anonymise (when chosen) before the inventory becomes the project: nothing else ever sees the real names.
  const anon = useAnonymiseStore.getState().on;
  const prepared = prepareImport(r.value, files.map((f) => f.name), { anonymise: anon });
  const current = useProjectStore.getState().project;
  if (mode === 'update' && current) {
    const re = reimport(current, prepared.inventory, prepared.report, now);
    useProjectStore.getState().commit(re.project);
    if (prepared.map) useAnonymiseStore.setState({ map: prepared.map, projectCreatedAt: current.meta.createdAt });
    const s = summarize(re.project.inventory);
    useImportStore.setState({
      outcome: {
        tone: 'success',
        message: tt('project.reimport.done', { vms: s.vms, added: re.report.added.length, removed: re.report.removed.length, changed: re.report.changed.length }),
      },
    });
    showChangeReport(re.report);
    return true;
  }
  await keepInBrowser();
  const project = newProject(prepared.inventory, {
    name: anon ? tt('ui.import.anonymisedProject').en : projectName(files),
    now,
    importReport: prepared.report,
  });
  useAnonymiseStore.setState({ map: prepared.map, projectCreatedAt: prepared.map ? now : null });
  const s = summarize(project.inventory);
  useProjectStore.getState().setProject(project);
  useImportStore.setState({
    outcome: { tone: 'success', message: tt('ui.import.done', { vms: s.vms, hosts: s.hosts, files: files.length }) },
  });
  return true;
}

export async function openAndImport(): Promise<void> {
  const r = await platform().openFiles('inventory', true);
  if (!r.ok) {
    useImportStore.setState({ outcome: { tone: 'error', code: r.error.code, message: r.error.message } });
    return;
  }
  if (r.value) {
    useNavStore.getState().go('import');
    await importFiles(r.value);
  }
}

export async function loadDemo(): Promise<boolean> {
  let files: FileData[] | null;
  try {
    files = await demoFiles();
  } catch {
    files = null;
  }
  if (!files) {
    useImportStore.setState({ outcome: { tone: 'error', code: 'APP_DEMO_MISSING', message: tt('ui.import.demoUnavailable') } });
    return false;
  }
  const open = useProjectStore.getState().project;
  if (open) {
    const choice = await askReplace(open.meta.name, countDecisions(open.decisions));
    if (choice === 'cancel') return false;
  }
  return importFiles(files, { mode: 'new' });
}

// ----- project files: open, save, save as, recent -----------------------------------------------------------

/** In the browser, the open project is kept among the stored projects before another one replaces it. */
async function keepInBrowser(): Promise<void> {
  const { project, ref } = useProjectStore.getState();
  if (!project || platform().kind !== 'web') return;
  await platform().saveProject({ ref: ref?.ref.startsWith('browser:') ? ref.ref : null, as: false, id: project.meta.id ?? project.meta.name, name: project.meta.name, json: serializeProject(project) });
}

function banner(tone: 'error' | 'warning' | 'info' | 'success', code: string | undefined, message: import('../../shared/i18n/text').Text): void {
  useProjectStore.getState().pushBanner({ tone, code, message });
}

/** Restore an opened project text (with its backup) and make it the open project. */
export async function openProjectText(opened: OpenedProject): Promise<boolean> {
  const r = restoreWithBackup(opened.json, opened.backup, opened.name);
  if (!r.ok) {
    banner('error', r.error.code, r.error.message);
    return false;
  }
  await keepInBrowser();
  const ref = opened.ref.startsWith('file:') ? null : { ref: opened.ref, name: opened.name };
  lastSaved = r.project;
  useProjectStore.getState().setProject(r.project, ref);
  if (r.recovered) banner('warning', r.recovered.code, r.recovered.message);
  else if (r.findings.length > 0) banner('warning', r.findings[0]!.code, tt('project.open.findings', { n: r.findings.length, first: r.findings[0]!.message.en }));
  else banner('success', 'PROJECT_OPENED', tt('project.open.done', { name: r.project.meta.name }));
  useNavStore.getState().go('inventory');
  return true;
}

export async function openProject(): Promise<void> {
  const r = await platform().openProject();
  if (!r.ok) return banner('error', r.error.code, r.error.message);
  if (r.value) await openProjectText(r.value);
}

export async function saveProject(as: boolean): Promise<boolean> {
  const { project, ref } = useProjectStore.getState();
  if (!project) return false;
  const r = await platform().saveProject({ ref: ref?.ref ?? null, as, id: project.meta.id ?? project.meta.name, name: project.meta.name, json: serializeProject(project) });
  if (!r.ok) {
    banner('error', r.error.code, r.error.message);
    return false;
  }
  if (!r.value) return false;
  // A download is not a place Save can write to again; a file or a stored project is.
  if (!r.value.ref.startsWith('file:')) useProjectStore.getState().setRef({ ref: r.value.ref, name: r.value.name });
  banner('success', 'PROJECT_SAVED', platform().kind === 'web' && !as ? tt('project.save.browser', { name: r.value.name }) : tt('project.save.done', { name: r.value.name }));
  return true;
}

export async function listRecent(): Promise<void> {
  const r = await platform().recentProjects();
  if (!r.ok) return banner('error', r.error.code, r.error.message);
  showRecent(r.value);
}

export async function openRecent(ref: string): Promise<void> {
  const r = await platform().openRecent(ref);
  if (!r.ok) return banner('error', r.error.code, r.error.message);
  await openProjectText(r.value);
}

// ----- autosave ------------------------------------------------------------------------------------------

let saveTimer: ReturnType<typeof setTimeout> | null = null;
let pending: Project | null = null;
let lastSaved: Project | null = null;
/** The autosave holds a project of a newer version: never write over it. */
let autosaveBlocked = false;
const AUTOSAVE_DELAY_MS = 800;

function saveNow(): void {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = null;
  const project = pending;
  pending = null;
  if (!project || project === lastSaved || autosaveBlocked) return;
  lastSaved = project;
  void platform()
    .saveAutosave(serializeProject(project))
    .then((r) => {
      if (!r.ok) useProjectStore.getState().pushBanner({ tone: 'warning', code: r.error.code, message: r.error.message });
    });
}

/** Autosave a short moment after the last change (changes come in bursts), and at once when the page is hidden. */
function scheduleAutosave(project: Project | null): void {
  if (!project || project === lastSaved) return;
  pending = project;
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, AUTOSAVE_DELAY_MS);
}

/** Start-up: restore the autosaved project, or open the demo estate on first run. */
let booted = false;

export async function boot(): Promise<void> {
  if (booted) return;
  booted = true;
  const ps = useProjectStore.getState();
  const r = await platform().loadAutosave();
  let restored = false;
  if (r.ok && (r.value.json !== null || r.value.backup !== null)) {
    const parsed = restoreWithBackup(r.value.json, r.value.backup, 'autosave');
    if (parsed.ok) {
      lastSaved = parsed.project;
      ps.setProject(parsed.project);
      useNavStore.getState().go('inventory');
      restored = true;
      if (parsed.recovered) ps.pushBanner({ tone: 'warning', code: parsed.recovered.code, message: parsed.recovered.message });
    } else if (parsed.newer !== undefined) {
      ps.pushBanner({ tone: 'error', code: 'PROJECT_NEWER_VERSION', message: tt('ui.err.autosaveNewer', { v: parsed.newer }) });
      autosaveBlocked = true;
      restored = true; // never overwrite a newer file with the demo
    } else {
      ps.pushBanner({ tone: 'warning', code: 'PROJECT_AUTOSAVE_INVALID', message: tt('ui.err.autosaveInvalid') });
    }
  }
  ps.setBooted();
  useProjectStore.subscribe((s) => scheduleAutosave(s.project));
  // Closing or reloading the window must not drop a change still waiting for its autosave.
  window.addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveNow();
  });
  if (!restored) {
    const ok = await loadDemo();
    if (ok) useNavStore.getState().go('inventory');
  }
}

// ----- export --------------------------------------------------------------------------------------------

/** One file: a save dialog for it; several: a folder (desktop) or one download each (browser). */
async function saveExported(files: FileData[], formats: ExportFormat[]): Promise<IpcResult<string[] | null>> {
  const only = files[0];
  const format = formats[0];
  // DOCX has no save-dialog kind of its own yet: it goes the several-files way (folder / download).
  const kind = format === 'config' ? 'zip' : format === 'docx' ? undefined : format;
  if (files.length !== 1 || !only || !kind) return platform().saveFiles(files);
  const r = await platform().saveFile(kind, only.name, only.data);
  if (!r.ok) return r;
  return { ok: true, value: r.value ? [r.value] : null };
}

export async function exportPlan(lang: ReportLang, formats: ExportFormat[], profile: ReportProfile = DEFAULT_REPORT_PROFILE): Promise<void> {
  const project = useProjectStore.getState().project;
  if (!project || useExportStore.getState().running || formats.length === 0) return;
  const job = startExport(project, lang, formats, safeBaseName(project.meta.name), (format, pct, detail) => useExportStore.setState({ format, pct, detail: detail ?? null }), profile);
  useExportStore.setState({ running: true, format: formats[0] ?? null, pct: 0, detail: null, outcome: null, cancel: job.cancel });
  const r = await job.result;
  useExportStore.setState({ running: false, cancel: null, detail: null });
  if (r.status === 'canceled') {
    useExportStore.setState({ outcome: { tone: 'info', message: tt('ui.export.canceled') } });
    return;
  }
  if (r.status === 'error') {
    useExportStore.setState({ outcome: { tone: 'error', code: r.error.code, message: r.error.message } });
    return;
  }
  const files = r.value;
  const saved = await saveExported(files, formats);
  if (!saved.ok) {
    useExportStore.setState({ outcome: { tone: 'error', code: saved.error.code, message: saved.error.message } });
    return;
  }
  if (!saved.value) {
    useExportStore.setState({ outcome: { tone: 'info', message: tt('ui.export.canceled') } });
    return;
  }
  useExportStore.setState({ outcome: { tone: 'success', message: tt('ui.export.done', { files: saved.value.join(', ') }) } });
}
