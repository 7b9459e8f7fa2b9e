import type { ReportLang } from '../i18n/text';
import type { Plan } from '../plan';
import { bundleFiles } from './configBundle';
import { zipBundle } from './configBundle/zip';
import { DEFAULT_REPORT_PROFILE, type ReportModel, type ReportProfile } from './model';
import { profileModel } from './profile';
import { planToJson } from './planJson';
import { renderDocx } from './renderDocx';
import { renderMarkdown } from './renderMarkdown';
import { renderPdf, type PdfProgress } from './renderPdf';
import { renderXlsx } from './renderXlsx';

/**
 * The one format → bytes switch of every front end: the command line (`npm run plan`) and the app's export
 * worker call `renderFormat` for each chosen format and only decide where the bytes go.
 */

/** Every export format, in the order the app lists them. */
export const EXPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'md', 'json', 'config'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats written when none is chosen (command line). */
export const DEFAULT_EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'xlsx', 'md', 'json'];

/** The automation export always has this name (`schema/plan.schema.json`). */
export const PLAN_JSON_NAME = 'plan.json';
/** The configuration bundle as one zip (app downloads). */
export const CONFIG_ZIP_NAME = 'proxmox-config.zip';
/** The configuration bundle as a folder (command line): every bundle path starts with it. */
export const CONFIG_FOLDER = 'proxmox';

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/**
 * The file name of one exported format. `plan.json` and the config zip have fixed names; the documents are
 * `<stem>.<ext>`, or `<stem>-<lang>.<ext>` when `lang` is given (the app names the report language, the
 * command line writes `plan.pdf`, `plan.xlsx`, … into the folder it was given).
 */
export function exportFileName(format: ExportFormat, stem: string, lang?: ReportLang): string {
  if (format === 'json') return PLAN_JSON_NAME;
  if (format === 'config') return CONFIG_ZIP_NAME;
  return lang === undefined ? `${stem}.${format}` : `${stem}-${lang.replace('+', '-')}.${format}`;
}

export type RenderOptions = {
  /**
   * `summary` (default) or `full`: how much the printed documents (PDF, DOCX, Markdown) hold. The XLSX
   * workbook always holds every table (per-VM detail included), plan.json and the bundle everything.
   */
  profile?: ReportProfile;
  /** Modification time stamped on the entries of the config zip (default: now). */
  zipTime?: Date;
  /** PDF: progress of the stages (the full profile's appendix pages are counted); DOCX: rows of its big tables. */
  onProgress?: (p: PdfProgress) => void;
  /** PDF and DOCX: cancels the export between stages, pages and batches of rows (`ExportCancelledError`, code EXPORT_CANCELLED). */
  signal?: AbortSignal;
};

export type { PdfProgress };
export { ExportCancelledError } from './renderPdf';

/** The config bundle as separate files (`proxmox/<cluster>/…`), for a front end that writes a folder. */
export { bundleFiles, planBundle, type BundleFile } from './configBundle';
export type { BundleFinding } from './configBundle/findings';

const enc = new TextEncoder();

/** One format as bytes: the report documents from the report model, plan.json and the config zip from the plan. */
export async function renderFormat(format: ExportFormat, plan: Plan, model: ReportModel, lang: ReportLang, opts: RenderOptions = {}): Promise<Uint8Array> {
  const printed = (): ReportModel => profileModel(model, opts.profile ?? DEFAULT_REPORT_PROFILE);
  switch (format) {
    case 'pdf':
      return renderPdf(printed(), lang, { ...(opts.onProgress ? { onProgress: opts.onProgress } : {}), ...(opts.signal ? { signal: opts.signal } : {}) });
    case 'docx':
      return renderDocx(printed(), lang, { ...(opts.onProgress ? { onProgress: opts.onProgress } : {}), ...(opts.signal ? { signal: opts.signal } : {}) });
    case 'xlsx':
      return renderXlsx(profileModel(model, 'full'), lang);
    case 'md':
      return enc.encode(renderMarkdown(printed(), lang));
    case 'json':
      return enc.encode(`${JSON.stringify(planToJson(plan), null, 2)}\n`);
    case 'config':
      return zipBundle(bundleFiles(plan), opts.zipTime);
  }
}
