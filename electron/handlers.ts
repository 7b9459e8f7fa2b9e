import { basename, join } from 'node:path';
import {
  ipcError,
  MAX_FILE_BYTES,
  MAX_FILES,
  type IpcChannel,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
  type OpenKind,
  type SaveKind,
  type AppInfo,
  type FileData,
} from '../shared/ipc';
import { writeFileAtomic } from '../shared/io/atomicWrite';
import { backupPath, ProjectWriteError, saveProjectFile } from '../shared/model/projectFile';
import type { MainFs } from './nodeFs';
import { addRecent, projectFileLabel, readRecent } from './recent';

/**
 * Main-process IPC handlers as plain functions over a small set of dependencies, so they are tested
 * without the Electron binary. Payloads reaching these functions are already validated (see electron/ipc.ts).
 */
export type MainDeps = {
  dialog: {
    /** Returns the chosen paths, or null when the user cancelled. */
    showOpen(opts: { kind: OpenKind; multiple: boolean }): Promise<string[] | null>;
    showSave(opts: { kind: SaveKind; suggestedName: string }): Promise<string | null>;
    showFolder(): Promise<string | null>;
  };
  fs: MainFs;
  shell: { openExternal(url: string): Promise<void> };
  /** Where the autosaved project lives (in the user-data folder). */
  autosavePath: string;
  /** The recent-projects list (in the user-data folder). */
  recentPath: string;
  /** Current time (ISO) for the recent list. */
  now?: () => string;
  appInfo: AppInfo;
};

export type Handlers = { [C in IpcChannel]: (req: IpcRequest<C>) => Promise<IpcResult<IpcResponse<C>>> };

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

function ioError(e: unknown, path: string): IpcResult<never> {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'EIO';
  return {
    ok: false,
    error: ipcError('IO_WRITE_FAILED', `Không ghi được tệp ${path} (${code}). Tệp cũ vẫn được giữ nguyên.`, `Could not write ${path} (${code}). The previous file is unchanged.`),
  };
}

const PROJECT_SUFFIX = '.vm2pve.json';

function saveError(e: unknown, path: string): IpcResult<never> {
  if (e instanceof ProjectWriteError) return { ok: false, error: { code: e.code, message: e.text } };
  return ioError(e, basename(path));
}

export function createHandlers(deps: MainDeps): Handlers {
  const now = deps.now ?? (() => new Date().toISOString());
  /** Paths the user chose in a dialog or the recent list during this run: the only ones Save writes to. */
  const known = new Set<string>();

  async function readProject(path: string): Promise<IpcResult<{ path: string; name: string; json: string | null; backup: string | null }>> {
    const size = await deps.fs.size(path);
    if (size !== null && size > MAX_FILE_BYTES) {
      return { ok: false, error: ipcError('IO_FILE_TOO_LARGE', `Tệp ${basename(path)} quá lớn (giới hạn 512 MiB).`, `${basename(path)} is too large (limit 512 MiB).`) };
    }
    try {
      const json = await deps.fs.readText(path);
      const backup = await deps.fs.readText(backupPath(path));
      if (json === null && backup === null) {
        return { ok: false, error: ipcError('IO_NOT_A_FILE', `Không tìm thấy tệp ${basename(path)}.`, `${basename(path)} was not found.`) };
      }
      known.add(path);
      await addRecent(deps.fs, deps.recentPath, { path, name: projectFileLabel(basename(path)), at: now() }).catch(() => undefined);
      return ok({ path, name: basename(path), json, backup });
    } catch {
      return { ok: false, error: ipcError('IO_READ_FAILED', `Không đọc được tệp ${basename(path)}.`, `Could not read ${basename(path)}.`) };
    }
  }

  return {
    async 'vm2pve:openFiles'(req) {
      const paths = await deps.dialog.showOpen(req);
      if (!paths || paths.length === 0) return ok({ canceled: true });
      if (paths.length > MAX_FILES) {
        return { ok: false, error: ipcError('IO_TOO_MANY_FILES', `Chỉ mở tối đa ${MAX_FILES} tệp một lần.`, `At most ${MAX_FILES} files can be opened at once.`) };
      }
      const files: FileData[] = [];
      for (const p of paths) {
        const size = await deps.fs.size(p);
        if (size === null) {
          return { ok: false, error: ipcError('IO_NOT_A_FILE', `Không đọc được ${basename(p)}: không phải tệp thông thường.`, `Cannot read ${basename(p)}: not a regular file.`) };
        }
        if (size > MAX_FILE_BYTES) {
          return { ok: false, error: ipcError('IO_FILE_TOO_LARGE', `Tệp ${basename(p)} quá lớn (giới hạn 512 MiB).`, `${basename(p)} is too large (limit 512 MiB).`) };
        }
        try {
          files.push({ name: basename(p), data: await deps.fs.readFile(p) });
        } catch {
          return { ok: false, error: ipcError('IO_READ_FAILED', `Không đọc được tệp ${basename(p)}.`, `Could not read ${basename(p)}.`) };
        }
      }
      return ok({ canceled: false, files });
    },

    async 'vm2pve:saveFile'(req) {
      const target = await deps.dialog.showSave({ kind: req.kind, suggestedName: req.suggestedName });
      if (!target) return ok({ canceled: true });
      try {
        await writeFileAtomic(deps.fs, target, req.data);
      } catch (e) {
        return ioError(e, basename(target));
      }
      return ok({ canceled: false, path: target });
    },

    async 'vm2pve:saveFiles'(req) {
      const folder = await deps.dialog.showFolder();
      if (!folder) return ok({ canceled: true });
      const paths: string[] = [];
      for (const f of req.files) {
        // Names were checked to be one safe path segment; join cannot leave the folder.
        const target = join(folder, f.name);
        try {
          await writeFileAtomic(deps.fs, target, f.data);
        } catch (e) {
          return ioError(e, f.name);
        }
        paths.push(target);
      }
      return ok({ canceled: false, folder, paths });
    },

    async 'vm2pve:openExternal'(req) {
      await deps.shell.openExternal(req.url);
      return ok({ opened: true });
    },

    async 'vm2pve:autosaveRead'() {
      try {
        return ok({ json: await deps.fs.readText(deps.autosavePath), backup: await deps.fs.readText(backupPath(deps.autosavePath)) });
      } catch {
        return { ok: false, error: ipcError('IO_READ_FAILED', 'Không đọc được dự án tự lưu.', 'Could not read the autosaved project.') };
      }
    },

    async 'vm2pve:autosaveWrite'(req) {
      try {
        await saveProjectFile(deps.fs, deps.autosavePath, req.json);
      } catch (e) {
        return saveError(e, deps.autosavePath);
      }
      return ok({ path: deps.autosavePath });
    },

    async 'vm2pve:projectOpen'() {
      const paths = await deps.dialog.showOpen({ kind: 'project', multiple: false });
      const path = paths?.[0];
      if (!path) return ok({ canceled: true });
      const r = await readProject(path);
      return r.ok ? ok({ canceled: false, ...r.value }) : r;
    },

    async 'vm2pve:projectSave'(req) {
      let target = req.path;
      if (target !== null && !known.has(target)) {
        const recent = await readRecent(deps.fs, deps.recentPath);
        if (!recent.some((e) => e.path === target)) target = null; // never write where the user did not choose: ask
      }
      if (target === null) {
        const chosen = await deps.dialog.showSave({ kind: 'project', suggestedName: req.suggestedName });
        if (!chosen) return ok({ canceled: true });
        target = chosen.toLowerCase().endsWith(PROJECT_SUFFIX) ? chosen : `${chosen.replace(/\.json$/i, '')}${PROJECT_SUFFIX}`;
      }
      try {
        await saveProjectFile(deps.fs, target, req.json);
      } catch (e) {
        return saveError(e, target);
      }
      known.add(target);
      await addRecent(deps.fs, deps.recentPath, { path: target, name: projectFileLabel(basename(target)), at: now() }).catch(() => undefined);
      return ok({ canceled: false, path: target, name: basename(target) });
    },

    async 'vm2pve:projectRecent'() {
      const items = [];
      for (const e of await readRecent(deps.fs, deps.recentPath)) if ((await deps.fs.size(e.path)) !== null) items.push(e);
      return ok({ items });
    },

    async 'vm2pve:projectOpenRecent'(req) {
      const recent = await readRecent(deps.fs, deps.recentPath);
      if (!recent.some((e) => e.path === req.path)) {
        return { ok: false, error: ipcError('IPC_NOT_RECENT', 'Tệp này không có trong danh sách dự án gần đây.', 'This file is not on the recent-projects list.') };
      }
      return readProject(req.path);
    },

    async 'vm2pve:appInfo'() {
      return ok(deps.appInfo);
    },
  };
}
