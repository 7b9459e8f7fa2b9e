/**
 * Atomic file writes, the one implementation for the desktop app (electron/) and the command line (cli/).
 * The new content goes to a temporary file beside the target, created exclusively (never an existing
 * file) and flushed to disk, then renamed over the target; the folder is flushed too where the system
 * allows it. The previous version is kept as `<target>.bak` (one generation) unless the caller says the
 * file is derived output. If anything fails before the rename, the old file is untouched and the temporary
 * file is removed.
 *
 * The file system is injected (pure TypeScript here; the Node implementation is electron/nodeFs.ts), so
 * tests can make any step fail.
 */

/** The small part of a file system the writer needs. */
export type AtomicFs = {
  /** Create `path` exclusively (fail with EEXIST when it exists), write `data`, flush it to disk. */
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Resolves to true when a regular file exists at `path`. */
  exists(path: string): Promise<boolean>;
  /** Flush a folder's entries (the rename) to disk; best effort, may be missing. */
  syncDir?(path: string): Promise<void>;
};

export type AtomicWriteOptions = {
  /** Keep the previous file as `<target>.bak` (default true; false for regenerated outputs). */
  backup?: boolean;
};

export type AtomicWriteResult = { path: string; backup: string | null };

let counter = 0;
const TEMP_TRIES = 5;

function tempName(target: string): string {
  counter = (counter + 1) % 1_000_000;
  return `${target}.tmp-${Date.now().toString(36)}-${counter}`;
}

function folderOf(target: string): string {
  const i = Math.max(target.lastIndexOf('/'), target.lastIndexOf('\\'));
  return i <= 0 ? (i === 0 ? target.slice(0, 1) : '.') : target.slice(0, i);
}

const isExists = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'EEXIST';

export async function writeFileAtomic(fs: AtomicFs, target: string, data: Uint8Array | string, opts: AtomicWriteOptions = {}): Promise<AtomicWriteResult> {
  let tmp = '';
  for (let attempt = 1; ; attempt++) {
    tmp = tempName(target);
    try {
      await fs.writeFile(tmp, data);
      break;
    } catch (e) {
      // A name taken by someone else: try another one (the file was not ours, leave it).
      if (isExists(e) && attempt < TEMP_TRIES) continue;
      if (!isExists(e)) await fs.unlink(tmp).catch(() => undefined);
      throw e;
    }
  }
  let backup: string | null = null;
  try {
    if (opts.backup !== false && (await fs.exists(target))) {
      backup = `${target}.bak`;
      await fs.copyFile(target, backup);
    }
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  await fs.syncDir?.(folderOf(target)).catch(() => undefined);
  return { path: target, backup };
}
