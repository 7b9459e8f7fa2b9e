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
import type { MainFs } from './nodeFs';

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

export function createHandlers(deps: MainDeps): Handlers {
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
      const size = await deps.fs.size(deps.autosavePath);
      if (size === null) return ok({ json: null });
      try {
        const bytes = await deps.fs.readFile(deps.autosavePath);
        return ok({ json: new TextDecoder().decode(bytes) });
      } catch {
        return { ok: false, error: ipcError('IO_READ_FAILED', 'Không đọc được dự án tự lưu.', 'Could not read the autosaved project.') };
      }
    },

    async 'vm2pve:autosaveWrite'(req) {
      try {
        await writeFileAtomic(deps.fs, deps.autosavePath, req.json);
      } catch (e) {
        return ioError(e, basename(deps.autosavePath));
      }
      return ok({ path: deps.autosavePath });
    },

    async 'vm2pve:appInfo'() {
      return ok(deps.appInfo);
    },
  };
}
