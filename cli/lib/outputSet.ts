import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './exitCodes';

/**
 * All-or-nothing output for `npm run plan`: every file is written into a staging folder beside `--out`, a
 * manifest (`plan.manifest.json`: each file with its SHA-256, and the plan's identity) marks the set complete,
 * and only then does the staging folder take the place of the previous output folder. A lock beside the
 * folder refuses a second run into the same folder; an interrupted run leaves the previous complete set as
 * it was (its staging folder is removed, now or by the next run).
 */

export const MANIFEST_FILE = 'plan.manifest.json';
export const MANIFEST_SCHEMA = 'vm2pve.manifest/1';

/** Names vm2pve writes into an output folder (older versions wrote no manifest). */
const KNOWN_OUTPUTS = /^(plan(-[a-z+-]+)?\.(pdf|xlsx|md|json|docx|zip)|proxmox|plan\.manifest\.json|anonymisation-map\.private\.csv)$/;

export type ManifestFile = { path: string; bytes: number; sha256: string };
export type PlanIdentity = {
  project: string;
  calculatorVersion: string;
  generatedAt: string;
  /** The input files the plan was made from (name, size, SHA-256). */
  inputs: { name: string; bytes: number; sha256: string }[];
};
export type Manifest = { schema: typeof MANIFEST_SCHEMA; complete: true; plan: PlanIdentity; files: ManifestFile[] };

export type OutputSet = {
  /** The final output folder (absolute). */
  readonly dir: string;
  /** Write one file of the set (`rel` uses `/`); it cannot leave the set's folder. */
  write(rel: string, data: Uint8Array | string, mode?: number): void;
  /** Write the manifest, put the set in place of the previous one, release the lock. Returns the file paths. */
  commit(identity: PlanIdentity): string[];
  /** Drop the staging folder and release the lock (the previous set stays). Safe to call twice. */
  abort(): void;
};

export function sha256(data: Uint8Array | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockPath(dir: string): string {
  return path.join(path.dirname(dir), `.${path.basename(dir)}.vm2pve.lock`);
}

function stagingPrefix(dir: string): string {
  return path.join(path.dirname(dir), `.${path.basename(dir)}.staging-`);
}

/** Take the lock for `dir`: exclusive create; a lock of a process that no longer runs is taken over once. */
function acquireLock(dir: string): string {
  const file = lockPath(dir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
      fs.closeSync(fd);
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new CliError('CLI_OUT_DIR', `${dir}: cannot create the lock file ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      let pid = -1;
      try {
        pid = Number((JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown }).pid);
      } catch {
        // unreadable lock: treat as stale below only if it is old enough not to be one being written now
        const age = Date.now() - fs.statSync(file).mtimeMs;
        if (age < 5000) pid = process.pid;
      }
      if (isAlive(pid)) {
        throw new CliError('CLI_OUT_LOCKED', `${dir}: another vm2pve plan (process ${pid}) is writing into this folder; wait for it to finish or remove ${file} if it is not running`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new CliError('CLI_OUT_LOCKED', `${dir}: cannot take the lock ${file}`);
}

/** Staging folders of earlier runs that were killed before they could clean up. */
function removeStaleStaging(dir: string): void {
  const prefix = path.basename(stagingPrefix(dir));
  const parent = path.dirname(dir);
  for (const e of fs.readdirSync(parent)) {
    if (e.startsWith(prefix) || e.startsWith(`.${path.basename(dir)}.previous-`)) fs.rmSync(path.join(parent, e), { recursive: true, force: true });
  }
}

function readManifest(dir: string): Manifest | null {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
    return m && m.schema === MANIFEST_SCHEMA && Array.isArray(m.files) ? m : null;
  } catch {
    return null;
  }
}

/**
 * The entries of an existing output folder that are not vm2pve's (the user's own notes): they are carried
 * over into the new set. vm2pve's own files of the previous set never are (a stale `proxmox/<cluster>/`
 * must not survive beside a new plan).
 */
function foreignEntries(dir: string, manifest: Manifest | null): string[] {
  const ours = new Set((manifest?.files ?? []).map((f) => f.path.split('/')[0]));
  return fs.readdirSync(dir).filter((e) => !ours.has(e) && !KNOWN_OUTPUTS.test(e));
}

function writeExclusive(file: string, data: Uint8Array | string, mode?: number): void {
  const fd = fs.openSync(file, 'wx', mode ?? 0o644);
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  // The umask may have narrowed the mode; scripts must stay executable.
  if (mode !== undefined) fs.chmodSync(file, mode);
}

function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a folder (Windows); the renames are still atomic.
  }
}

/**
 * Start an output set for `out`. The folder may not exist yet, may be empty, or may hold an earlier vm2pve
 * output (with or without a manifest); a folder of other files is refused rather than replaced.
 */
export function beginOutputSet(out: string): OutputSet {
  const dir = path.resolve(out);
  const parent = path.dirname(dir);
  try {
    fs.mkdirSync(parent, { recursive: true });
  } catch (e) {
    throw new CliError('CLI_OUT_DIR', `${out}: cannot create the parent folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let exists = false;
  try {
    const st = fs.lstatSync(dir);
    if (st.isSymbolicLink()) throw new CliError('CLI_OUT_DIR', `${out}: is a symbolic link; give the real folder`);
    if (!st.isDirectory()) throw new CliError('CLI_OUT_DIR', `${out}: is not a folder`);
    exists = true;
  } catch (e) {
    if (e instanceof CliError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError('CLI_OUT_DIR', `${out}: cannot read the output folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const lock = acquireLock(dir);
  let staging = '';
  let done = false;
  const release = (): void => {
    if (done) return;
    done = true;
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(lock, { force: true });
  };
  try {
    removeStaleStaging(dir);
    const manifest = exists ? readManifest(dir) : null;
    const foreign = exists ? foreignEntries(dir, manifest) : [];
    if (exists && !manifest && foreign.length > 0) {
      throw new CliError(
        'CLI_OUT_NOT_EMPTY',
        `${out}: the folder holds files vm2pve did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); give an empty folder or an earlier plan's folder`,
      );
    }
    staging = fs.mkdtempSync(stagingPrefix(dir));
    // mkdtemp makes the folder 0700; the output folder gets the usual mode (its files are meant to be shared).
    fs.chmodSync(staging, 0o777 & ~process.umask());
  } catch (e) {
    release();
    throw e;
  }
  const written: ManifestFile[] = [];

  return {
    dir,
    write(rel, data, mode) {
      if (done) throw new Error('output set already finished');
      const target = path.resolve(staging, rel);
      if (!target.startsWith(staging + path.sep)) throw new Error(`output path escapes the output folder: ${rel}`);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      writeExclusive(target, data, mode);
      const bytes = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
      written.push({ path: path.relative(staging, target).split(path.sep).join('/'), bytes, sha256: sha256(data) });
    },
    commit(identity) {
      if (done) throw new Error('output set already finished');
      const manifest: Manifest = { schema: MANIFEST_SCHEMA, complete: true, plan: identity, files: [...written].sort((a, b) => a.path.localeCompare(b.path)) };
      writeExclusive(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
      let previous = '';
      if (fs.existsSync(dir)) {
        // The user's own files of the old folder come along; vm2pve's old files do not.
        for (const e of foreignEntries(dir, readManifest(dir))) fs.renameSync(path.join(dir, e), path.join(staging, e));
        previous = fs.mkdtempSync(path.join(parent, `.${path.basename(dir)}.previous-`));
        fs.rmdirSync(previous);
        fs.renameSync(dir, previous);
      }
      fs.renameSync(staging, dir);
      staging = '';
      fsyncDir(parent);
      if (previous) fs.rmSync(previous, { recursive: true, force: true });
      release();
      return written.map((f) => path.join(dir, ...f.path.split('/')));
    },
    abort: release,
  };
}

/**
 * Write a private file (the anonymisation map): its folder is created with mode 0700, the file with 0600,
 * through an exclusively created temporary file (a planted symlink is never followed), then renamed.
 */
export function writePrivateFile(file: string, data: Uint8Array | string): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = path.join(dir, `.${path.basename(file)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  try {
    writeExclusive(tmp, data, 0o600);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Where the anonymisation map goes by default: a private folder beside the output folder, never inside it. */
export function defaultPrivateMapPath(out: string, fileName: string): string {
  const dir = path.resolve(out);
  return path.join(path.dirname(dir), `${path.basename(dir)}-private`, fileName);
}

export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
