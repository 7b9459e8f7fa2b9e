import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './exitCodes';

/** Largest single input the CLI reads into memory (the importer has its own, finer limits). */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export type LoadedFile = { name: string; path: string; data: Uint8Array };

/**
 * Read input files from disk. Problems a user can fix (missing, a folder, unreadable, empty, too big)
 * become a CliError naming the file; the caller prints one line and exits 2.
 */
export function readInputFiles(paths: readonly string[]): LoadedFile[] {
  return paths.map((p) => {
    const name = path.basename(p);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError('CLI_FILE_NOT_FOUND', `${p}: file not found`);
      throw new CliError('CLI_FILE_UNREADABLE', `${p}: cannot read the file (${code ?? 'error'})`);
    }
    if (st.isDirectory()) throw new CliError('CLI_FILE_IS_DIRECTORY', `${p}: is a folder, not a file`);
    if (st.size === 0) throw new CliError('CLI_FILE_EMPTY', `${p}: the file is empty`);
    if (st.size > MAX_INPUT_BYTES) throw new CliError('CLI_FILE_TOO_BIG', `${p}: the file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`);
    let buf: Buffer;
    try {
      buf = fs.readFileSync(p);
    } catch (e) {
      throw new CliError('CLI_FILE_UNREADABLE', `${p}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return { name, path: p, data: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) };
  });
}

/** Create the output folder (and parents); a file in the way is a usage error. */
export function ensureOutDir(dir: string): string {
  const abs = path.resolve(dir);
  try {
    fs.mkdirSync(abs, { recursive: true });
  } catch (e) {
    throw new CliError('CLI_OUT_DIR', `${dir}: cannot create the output folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!fs.statSync(abs).isDirectory()) throw new CliError('CLI_OUT_DIR', `${dir}: is not a folder`);
  return abs;
}
