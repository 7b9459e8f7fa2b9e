import type { FileData, IpcResult, MenuCommand, OpenKind, SaveKind } from '../../shared/ipc';

/**
 * The one bridge between views and the outside world. Two implementations: `electron` (native dialogs
 * and atomic writes through window.vm2pve) and `web` (file input, drag-and-drop, downloads, IndexedDB).
 * Every call resolves to an IpcResult: failures carry a code and a bilingual message, never a throw.
 */
export type Platform = {
  kind: 'electron' | 'web';
  /** Ask the user for files. `null` = cancelled. */
  openFiles(kind: OpenKind, multiple: boolean): Promise<IpcResult<FileData[] | null>>;
  /** Save one file (native save dialog / a download). Resolves to where it went, or null when cancelled. */
  saveFile(kind: SaveKind, name: string, data: Uint8Array): Promise<IpcResult<string | null>>;
  /** Save several files (folder dialog / one download each). Resolves to their names or paths. */
  saveFiles(files: FileData[]): Promise<IpcResult<string[] | null>>;
  /** The autosaved project JSON, or null when there is none (first run). */
  loadAutosave(): Promise<IpcResult<string | null>>;
  saveAutosave(json: string): Promise<IpcResult<null>>;
  /** Open an allow-listed documentation link in the system browser / a new tab. */
  openExternal(url: string): Promise<void>;
  /** Menu commands from the native menu (web: never fires). Returns an unsubscribe function. */
  onMenu(listener: (cmd: MenuCommand) => void): () => void;
};
