import { nodeFs } from '../../electron/nodeFs';
import { writeFileAtomic as writeAtomic, type AtomicWriteOptions } from '../../shared/io/atomicWrite';

/**
 * The command line writes every file like the desktop app does: through the one atomic writer
 * (shared/io/atomicWrite.ts: exclusive temp file, fsync, rename, one `.bak`) over the one Node file system
 * adapter (electron/nodeFs.ts, which imports nothing of Electron itself). The CLI may import it; the
 * reverse (electron/ importing cli/) is not allowed, which is why the adapter lives there.
 *
 * Regenerated outputs (reports, the config bundle) pass `{ backup: false }`: a `.bak` beside every
 * generated file would only be copied along with the folder.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string, opts: AtomicWriteOptions = {}): Promise<void> {
  await writeAtomic(nodeFs, file, data, opts);
}
