import { MAX_RECENT, type RecentProject } from '../shared/ipc';
import { writeFileAtomic } from '../shared/io/atomicWrite';
import type { ProjectFs } from '../shared/model/projectFile';

/**
 * The recent-projects list of the desktop app: a small JSON file in the user-data folder, newest first,
 * at most MAX_RECENT entries, one per path. Plain functions over the file system (tested without Electron).
 */

function isEntry(v: unknown): v is RecentProject {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.path === 'string' && typeof e.name === 'string' && typeof e.at === 'string';
}

/** The list as stored; a missing or damaged file is an empty list. */
export async function readRecent(fs: ProjectFs, file: string): Promise<RecentProject[]> {
  try {
    const text = await fs.readText(file);
    if (text === null) return [];
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter(isEntry).slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

/** `entry` first, an older entry of the same path removed, cut at MAX_RECENT. */
export function withRecent(list: readonly RecentProject[], entry: RecentProject): RecentProject[] {
  return [entry, ...list.filter((e) => e.path !== entry.path)].slice(0, MAX_RECENT);
}

export async function addRecent(fs: ProjectFs, file: string, entry: RecentProject): Promise<RecentProject[]> {
  const list = withRecent(await readRecent(fs, file), entry);
  await writeFileAtomic(fs, file, JSON.stringify(list, null, 1), { backup: false });
  return list;
}

/** The display name of a project file: its name without `.vm2pve.json`. */
export function projectFileLabel(base: string): string {
  return base.replace(/\.vm2pve\.json$/i, '').replace(/\.json$/i, '') || base;
}
