/**
 * Atomic file writes: the new content goes to a temporary file beside the target, is flushed, and then
 * renamed over the target. The previous version is kept as `<target>.bak` (one generation). If anything
 * fails before the rename, the old file is untouched and the temporary file is removed.
 */

/** The small part of node:fs/promises the writer needs (injected so tests can make it fail). */
export type AtomicFs = {
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Resolves to true when a regular file exists at `path`. */
  exists(path: string): Promise<boolean>;
};

export type AtomicWriteResult = { path: string; backup: string | null };

let counter = 0;

function tempName(target: string): string {
  counter = (counter + 1) % 1_000_000;
  return `${target}.tmp-${Date.now().toString(36)}-${counter}`;
}

export async function writeFileAtomic(fs: AtomicFs, target: string, data: Uint8Array | string): Promise<AtomicWriteResult> {
  const tmp = tempName(target);
  try {
    await fs.writeFile(tmp, data);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  let backup: string | null = null;
  try {
    if (await fs.exists(target)) {
      backup = `${target}.bak`;
      await fs.copyFile(target, backup);
    }
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  return { path: target, backup };
}
