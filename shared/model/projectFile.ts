import { t, tt } from '../i18n';
import type { Text } from '../i18n/text';
import { writeFileAtomic, type AtomicFs } from '../io/atomicWrite';
import { PROJECT_SCHEMA_VERSION, type Project } from './project';
import { peekSchemaVersion, restoreProject, serializeProject, type RestoreError, type RestoreOk } from './restore';

/**
 * Project files on a disk, the one implementation for the desktop app's main process and the command line:
 * open (with the fallback to `<file>.bak`) and save (atomic, one `.bak`, never over a newer file).
 */

/** What opening a project needs besides the atomic writer: read a whole text file, `null` when it is missing. */
export type ProjectFs = AtomicFs & { readText(path: string): Promise<string | null> };

export const backupPath = (path: string): string => `${path}.bak`;

export type Recovered = { code: 'PROJECT_RECOVERED_FROM_BACKUP'; message: Text; problem: RestoreError };
export type OpenResult = (RestoreOk & { fromBackup: boolean; recovered?: Recovered }) | { ok: false; error: RestoreError; newer?: number };

/**
 * Open the texts of a project file and of its `.bak`. The file itself when it restores; when it is
 * corrupt, cut short or invalid, the `.bak` — with a message that says so and why. A file of a newer
 * version is refused as it is: falling back to the older `.bak` would let the next save overwrite it.
 */
export function restoreWithBackup(main: string | null, bak: string | null, fileName = ''): OpenResult {
  const first = main === null ? null : restoreProject(main);
  if (first?.ok) return { ...first, fromBackup: false };
  if (first && first.error.code === 'PROJECT_NEWER_VERSION') return first;
  const second = bak === null ? null : restoreProject(bak);
  if (second?.ok) {
    const problem: RestoreError = first ? first.error : { code: 'PROJECT_EMPTY', message: tt('project.restore.missing') };
    return {
      ...second,
      fromBackup: true,
      recovered: { code: 'PROJECT_RECOVERED_FROM_BACKUP', problem, message: {
          vi: t('vi', 'project.restore.fromBackup', { file: fileName, problem: problem.message.vi }),
          en: t('en', 'project.restore.fromBackup', { file: fileName, problem: problem.message.en }),
        },
      },
    };
  }
  if (first) return first;
  return { ok: false, error: { code: 'PROJECT_EMPTY', message: tt('project.restore.missing') } };
}

export async function openProjectFile(fs: ProjectFs, path: string, fileName = path): Promise<OpenResult> {
  const main = await fs.readText(path);
  // Read the backup only when the file itself does not open.
  if (main !== null) {
    const r = restoreWithBackup(main, null, fileName);
    if (r.ok || r.error.code === 'PROJECT_NEWER_VERSION') return r;
  }
  return restoreWithBackup(main, await fs.readText(backupPath(path)), fileName);
}

export class ProjectWriteError extends Error {
  constructor(
    readonly code: 'PROJECT_NEWER_ON_DISK',
    readonly text: Text,
  ) {
    super(`${text.en} [${code}]`);
  }
}

/**
 * Save a project over `path`: atomically (temp file, fsync, rename), the previous file kept as `.bak`.
 * Refused when the file there was written by a newer version (it is never rewritten). When the file there
 * is corrupt, it does not replace a good `.bak`.
 */
export async function saveProjectFile(fs: ProjectFs, path: string, project: Project | string): Promise<void> {
  const text = typeof project === 'string' ? project : serializeProject(project);
  const existing = await fs.readText(path);
  let backup = true;
  if (existing !== null) {
    const v = peekSchemaVersion(existing);
    if (v !== undefined && v > PROJECT_SCHEMA_VERSION) throw new ProjectWriteError('PROJECT_NEWER_ON_DISK', tt('project.save.newerOnDisk', { version: v, supported: PROJECT_SCHEMA_VERSION }));
    try {
      JSON.parse(existing);
    } catch {
      backup = false;
    }
  }
  await writeFileAtomic(fs, path, text, { backup });
}
