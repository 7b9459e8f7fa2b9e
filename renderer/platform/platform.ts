import type { FileData, IpcResult, MenuCommand, OpenKind, SaveKind } from '../../shared/ipc';

/** A project text read for restore-on-open: the file (or stored project) and its backup. */
export type OpenedProject = { ref: string; name: string; json: string | null; backup: string | null };
/** An entry of the recent / stored projects list. */
export type ProjectEntry = { ref: string; name: string; at: string };

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
  /** The autosaved project JSON and its backup (null when there is none: first run). */
  loadAutosave(): Promise<IpcResult<{ json: string | null; backup: string | null }>>;
  saveAutosave(json: string): Promise<IpcResult<null>>;
  /** Open a project (file dialog / file picker). null = cancelled. */
  openProject(): Promise<IpcResult<OpenedProject | null>>;
  /**
   * Save a project. `ref` = where it was opened from or last saved (desktop: that file; browser: the
   * stored project); `as` = ask where (desktop: save dialog; browser: download a file). null = cancelled.
   */
  saveProject(req: { ref: string | null; as: boolean; id: string; name: string; json: string }): Promise<IpcResult<{ ref: string; name: string } | null>>;
  /** Recent project files (desktop) or the projects stored in this browser, newest first. */
  recentProjects(): Promise<IpcResult<ProjectEntry[]>>;
  openRecent(ref: string): Promise<IpcResult<OpenedProject>>;
  /** Open an allow-listed documentation link in the system browser / a new tab. */
  openExternal(url: string): Promise<void>;
  /** Menu commands from the native menu (web: never fires). Returns an unsubscribe function. */
  onMenu(listener: (cmd: MenuCommand) => void): () => void;
};
