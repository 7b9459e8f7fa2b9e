import type { Text } from './i18n/text';

/**
 * The one IPC contract between the Electron main process and the renderer. Channel names carry the
 * `vm2pve:` prefix; every request is validated in main by the plain validator functions below before any
 * handler runs, and every response is a `IpcResult` (never a thrown error across the bridge).
 */

export const IPC_PREFIX = 'vm2pve:';

/** The origin the renderer is served from inside Electron (custom protocol, see electron/protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'vm2pve';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Largest file main will read or write for the renderer (a big RVTools export is tens of MiB). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** Most files one open/save may carry. */
export const MAX_FILES = 64;

/** External links the app may open in the system browser: documentation hosts only. */
export const EXTERNAL_HOSTS: readonly string[] = ['pve.proxmox.com', 'www.proxmox.com', 'forum.proxmox.com', 'docs.vmware.com', 'www.robware.net'];

export type IpcError = { code: string; message: Text };
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export type FileData = { name: string; data: Uint8Array };

/** What kind of files an open dialog offers. */
export type OpenKind = 'inventory' | 'project';
/** What kind of file a save dialog offers (sets the extension filter). */
export type SaveKind = 'pdf' | 'xlsx' | 'md' | 'json' | 'project' | 'zip';

export type OpenFilesRequest = { kind: OpenKind; multiple: boolean };
export type OpenFilesResponse = { canceled: true } | { canceled: false; files: FileData[] };

export type SaveFileRequest = { kind: SaveKind; suggestedName: string; data: Uint8Array };
export type SaveFileResponse = { canceled: true } | { canceled: false; path: string };

export type SaveFilesRequest = { files: FileData[] };
export type SaveFilesResponse = { canceled: true } | { canceled: false; folder: string; paths: string[] };

export type OpenExternalRequest = { url: string };
export type AutosaveWriteRequest = { json: string };
/** The autosaved project and its `.bak` (read so that a corrupt autosave opens from the backup). */
export type AutosaveReadResponse = { json: string | null; backup: string | null };

/** A project file read for the renderer to restore: the file and its `.bak`. */
export type OpenedProjectFile = { path: string; name: string; json: string | null; backup: string | null };
export type ProjectOpenResponse = { canceled: true } | ({ canceled: false } & OpenedProjectFile);
/** Save: `path` = the file the project came from (Save), null = ask where (Save as). */
export type ProjectSaveRequest = { path: string | null; suggestedName: string; json: string };
export type ProjectSaveResponse = { canceled: true } | { canceled: false; path: string; name: string };
export type RecentProject = { path: string; name: string; at: string };
export type ProjectRecentOpenRequest = { path: string };
/** Most entries of the recent-projects list. */
export const MAX_RECENT = 10;
export type AppInfo = { version: string; platform: string; electron: string };

/** Commands the app menu sends to the renderer. */
export type MenuCommand = 'open' | 'export' | 'loadDemo' | 'langVi' | 'langEn' | 'projectOpen' | 'projectSave' | 'projectSaveAs' | 'undo' | 'redo';
export const MENU_COMMANDS: readonly MenuCommand[] = ['open', 'export', 'loadDemo', 'langVi', 'langEn', 'projectOpen', 'projectSave', 'projectSaveAs', 'undo', 'redo'];

/** Request → response types per invoke channel. */
export type IpcChannels = {
  'vm2pve:openFiles': { req: OpenFilesRequest; res: OpenFilesResponse };
  'vm2pve:saveFile': { req: SaveFileRequest; res: SaveFileResponse };
  'vm2pve:saveFiles': { req: SaveFilesRequest; res: SaveFilesResponse };
  'vm2pve:openExternal': { req: OpenExternalRequest; res: { opened: boolean } };
  'vm2pve:autosaveRead': { req: null; res: AutosaveReadResponse };
  'vm2pve:autosaveWrite': { req: AutosaveWriteRequest; res: { path: string } };
  'vm2pve:appInfo': { req: null; res: AppInfo };
  'vm2pve:projectOpen': { req: null; res: ProjectOpenResponse };
  'vm2pve:projectSave': { req: ProjectSaveRequest; res: ProjectSaveResponse };
  'vm2pve:projectRecent': { req: null; res: { items: RecentProject[] } };
  'vm2pve:projectOpenRecent': { req: ProjectRecentOpenRequest; res: OpenedProjectFile };
};
export type IpcChannel = keyof IpcChannels;
export type IpcRequest<C extends IpcChannel> = IpcChannels[C]['req'];
export type IpcResponse<C extends IpcChannel> = IpcChannels[C]['res'];

/** The push channel main → renderer for menu commands. */
export const MENU_CHANNEL = 'vm2pve:menu';

export const IPC_CHANNELS: readonly IpcChannel[] = [
  'vm2pve:openFiles',
  'vm2pve:saveFile',
  'vm2pve:saveFiles',
  'vm2pve:openExternal',
  'vm2pve:autosaveRead',
  'vm2pve:autosaveWrite',
  'vm2pve:appInfo',
  'vm2pve:projectOpen',
  'vm2pve:projectSave',
  'vm2pve:projectRecent',
  'vm2pve:projectOpenRecent',
];

/** The one object the preload exposes as `window.vm2pve`. */
export type Vm2pveBridge = {
  invoke<C extends IpcChannel>(channel: C, req: IpcRequest<C>): Promise<IpcResult<IpcResponse<C>>>;
  onMenu(listener: (cmd: MenuCommand) => void): () => void;
};

// ---------------------------------------------------------------------------------------------------------
// Validators: plain functions, unknown → typed request or a coded error.

export function ipcError(code: string, vi: string, en: string): IpcError {
  return { code, message: { vi, en } };
}

export type Validation<T> = { ok: true; value: T } | { ok: false; error: IpcError };

const bad = (vi: string, en: string): { ok: false; error: IpcError } => ({
  ok: false,
  error: ipcError('IPC_BAD_PAYLOAD', `Dữ liệu gửi tới tiến trình chính không hợp lệ: ${vi}`, `Invalid payload: ${en}`),
});

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A file name the renderer proposes: a single path segment, no separators, no control characters,
 * no leading dot, at most 200 characters.
 */
export function isSafeFileName(name: unknown): name is string {
  if (typeof name !== 'string') return false;
  if (name.length === 0 || name.length > 200) return false;
  if (name === '.' || name === '..' || name.startsWith('.')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\/:*?"<>|\u0000-\u001f]/.test(name)) return false;
  return true;
}

function validateFileData(v: unknown): FileData | null {
  if (!isRecord(v)) return null;
  if (!isSafeFileName(v.name)) return null;
  if (!(v.data instanceof Uint8Array)) return null;
  if (v.data.byteLength > MAX_FILE_BYTES) return null;
  return { name: v.name, data: v.data };
}

const OPEN_KINDS: readonly OpenKind[] = ['inventory', 'project'];
const SAVE_KINDS: readonly SaveKind[] = ['pdf', 'xlsx', 'md', 'json', 'project', 'zip'];

export function validateOpenFiles(p: unknown): Validation<OpenFilesRequest> {
  if (!isRecord(p)) return bad('cần một đối tượng', 'expected an object');
  if (!OPEN_KINDS.includes(p.kind as OpenKind)) return bad('loại tệp không hợp lệ', 'unknown kind');
  if (typeof p.multiple !== 'boolean') return bad('thiếu "multiple"', '"multiple" must be a boolean');
  return { ok: true, value: { kind: p.kind as OpenKind, multiple: p.multiple } };
}

export function validateSaveFile(p: unknown): Validation<SaveFileRequest> {
  if (!isRecord(p)) return bad('cần một đối tượng', 'expected an object');
  if (!SAVE_KINDS.includes(p.kind as SaveKind)) return bad('loại tệp không hợp lệ', 'unknown kind');
  if (!isSafeFileName(p.suggestedName)) return bad('tên tệp không hợp lệ', 'unsafe file name');
  if (!(p.data instanceof Uint8Array)) return bad('nội dung phải là Uint8Array', 'data must be a Uint8Array');
  if (p.data.byteLength > MAX_FILE_BYTES) return bad('tệp quá lớn', 'file too large');
  return { ok: true, value: { kind: p.kind as SaveKind, suggestedName: p.suggestedName, data: p.data } };
}

export function validateSaveFiles(p: unknown): Validation<SaveFilesRequest> {
  if (!isRecord(p) || !Array.isArray(p.files)) return bad('cần danh sách tệp', 'expected { files: [] }');
  if (p.files.length === 0 || p.files.length > MAX_FILES) return bad('số lượng tệp không hợp lệ', 'wrong number of files');
  const files: FileData[] = [];
  const names = new Set<string>();
  for (const f of p.files) {
    const ok = validateFileData(f);
    if (!ok) return bad('một tệp không hợp lệ', 'a file entry is invalid');
    if (names.has(ok.name.toLowerCase())) return bad('trùng tên tệp', 'duplicate file name');
    names.add(ok.name.toLowerCase());
    files.push(ok);
  }
  return { ok: true, value: { files } };
}

/** Only https URLs on the documentation allow-list. */
export function validateOpenExternal(p: unknown): Validation<OpenExternalRequest> {
  if (!isRecord(p) || typeof p.url !== 'string' || p.url.length > 2000) return bad('thiếu URL', 'expected { url }');
  let u: URL;
  try {
    u = new URL(p.url);
  } catch {
    return bad('URL không hợp lệ', 'malformed URL');
  }
  if (u.protocol !== 'https:') return bad('chỉ cho phép https', 'only https is allowed');
  if (u.username || u.password) return bad('URL chứa thông tin đăng nhập', 'URL carries credentials');
  if (!EXTERNAL_HOSTS.includes(u.hostname)) return bad('máy chủ không nằm trong danh sách cho phép', 'host is not on the allow-list');
  return { ok: true, value: { url: u.toString() } };
}

export function validateAutosaveWrite(p: unknown): Validation<AutosaveWriteRequest> {
  if (!isRecord(p) || typeof p.json !== 'string') return bad('cần chuỗi JSON', 'expected { json: string }');
  if (p.json.length > MAX_FILE_BYTES) return bad('dự án quá lớn', 'project too large');
  try {
    JSON.parse(p.json);
  } catch {
    return bad('JSON không hợp lệ', 'json does not parse');
  }
  return { ok: true, value: { json: p.json } };
}

/** The project file suffix (shared/model/project.ts says the same; ipc.ts imports nothing of the model). */
const PROJECT_SUFFIX = '.vm2pve.json';
const MAX_PATH = 4096;

function isPath(v: unknown): v is string {
  // eslint-disable-next-line no-control-regex
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_PATH && !/[\u0000-\u001f]/.test(v);
}

export function validateProjectSave(p: unknown): Validation<ProjectSaveRequest> {
  if (!isRecord(p) || typeof p.json !== 'string') return bad('cần { path, suggestedName, json }', 'expected { path, suggestedName, json }');
  if (p.path !== null && !isPath(p.path)) return bad('đường dẫn không hợp lệ', 'bad path');
  if (typeof p.path === 'string' && !p.path.toLowerCase().endsWith(PROJECT_SUFFIX)) return bad('tệp dự án phải có đuôi .vm2pve.json', 'a project file ends in .vm2pve.json');
  if (!isSafeFileName(p.suggestedName) || !p.suggestedName.toLowerCase().endsWith(PROJECT_SUFFIX)) return bad('tên tệp không hợp lệ', 'unsafe file name');
  if (p.json.length > MAX_FILE_BYTES) return bad('dự án quá lớn', 'project too large');
  try {
    JSON.parse(p.json);
  } catch {
    return bad('JSON không hợp lệ', 'json does not parse');
  }
  return { ok: true, value: { path: p.path as string | null, suggestedName: p.suggestedName, json: p.json } };
}

export function validateProjectOpenRecent(p: unknown): Validation<ProjectRecentOpenRequest> {
  if (!isRecord(p) || !isPath(p.path)) return bad('cần { path }', 'expected { path }');
  return { ok: true, value: { path: p.path } };
}

export function validateNone(p: unknown): Validation<null> {
  if (p === null || p === undefined) return { ok: true, value: null };
  return bad('kênh này không nhận dữ liệu', 'this channel takes no payload');
}

/** One validator per channel; main runs it before the handler. */
export const IPC_VALIDATORS: { [C in IpcChannel]: (p: unknown) => Validation<IpcRequest<C>> } = {
  'vm2pve:openFiles': validateOpenFiles,
  'vm2pve:saveFile': validateSaveFile,
  'vm2pve:saveFiles': validateSaveFiles,
  'vm2pve:openExternal': validateOpenExternal,
  'vm2pve:autosaveRead': validateNone,
  'vm2pve:autosaveWrite': validateAutosaveWrite,
  'vm2pve:appInfo': validateNone,
  'vm2pve:projectOpen': validateNone,
  'vm2pve:projectSave': validateProjectSave,
  'vm2pve:projectRecent': validateNone,
  'vm2pve:projectOpenRecent': validateProjectOpenRecent,
};

/** Is this frame URL our own app (the only sender main answers)? */
export function isAppUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string') return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * The Content-Security-Policy of the app, identical in Electron (response header + meta tag) and in the
 * browser fallback server. No remote origins at all: the app works offline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
