import { constants } from 'node:fs';
import { access, copyFile, open, readFile, rename, stat, unlink, mkdir } from 'node:fs/promises';
import type { AtomicFs } from '../shared/io/atomicWrite';
import type { ProjectFs } from '../shared/model/projectFile';

/**
 * The real (Node) file system behind MainDeps.fs and the command line's writes: a new file is created
 * exclusively with mode 0600 and fsync'ed before the atomic writer renames it.
 */
export type MainFs = AtomicFs &
  ProjectFs & {
  readFile(path: string): Promise<Uint8Array>;
  size(path: string): Promise<number | null>;
  mkdir(path: string): Promise<void>;
};

export const nodeFs: MainFs = {
  async writeFile(path, data) {
    const h = await open(path, 'wx', 0o600);
    try {
      await h.writeFile(data);
      await h.sync();
    } finally {
      await h.close();
    }
  },
  rename: (a, b) => rename(a, b),
  async syncDir(p) {
    const h = await open(p, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  },
  copyFile: (a, b) => copyFile(a, b),
  unlink: (p) => unlink(p),
  async exists(p) {
    try {
      await access(p, constants.F_OK);
      return (await stat(p)).isFile();
    } catch {
      return false;
    }
  },
  async readText(p) {
    try {
      return (await stat(p)).isFile() ? await readFile(p, 'utf8') : null;
    } catch (e) {
      if (typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ENOENT') return null;
      throw e;
    }
  },
  async readFile(p) {
    const b = await readFile(p);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  },
  async size(p) {
    try {
      const s = await stat(p);
      return s.isFile() ? s.size : null;
    } catch {
      return null;
    }
  },
  async mkdir(p) {
    await mkdir(p, { recursive: true });
  },
};

/** The Node file system for project files (shared/model/projectFile.ts): the same object. */
export const nodeProjectFs: ProjectFs = nodeFs;
