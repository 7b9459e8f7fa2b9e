import type { Inventory } from './inventory';
import type { ImportReport } from './importReport';
import type { ReportLang } from '../i18n/text';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './assumptions';
import type { Decisions } from './decisions';

/**
 * Version of the project file format. Version 2 added `kind` and `meta.id`; older files are migrated on
 * open by the steps in restore.ts.
 */
export const PROJECT_SCHEMA_VERSION = 2;
/** What a project file says it is (`kind`), so other JSON is never taken for a project. */
export const PROJECT_KIND = 'vm2pve.project';
/** File name suffix of project files. */
export const PROJECT_FILE_SUFFIX = '.vm2pve.json';

/** A stable id for a project (recent lists, named projects in the browser): from its name and creation time. */
export function projectId(name: string, createdAt: string): string {
  // FNV-1a over the UTF-16 code units, twice with different seeds: 16 hex digits.
  const h = (seed: number): string => {
    let x = seed >>> 0;
    const s = `${name}\u0000${createdAt}`;
    for (let i = 0; i < s.length; i++) {
      x ^= s.charCodeAt(i);
      x = Math.imul(x, 0x01000193) >>> 0;
    }
    return x.toString(16).padStart(8, '0');
  };
  return `p-${h(0x811c9dc5)}${h(0x050c5d1f)}`;
}

// The schemas of the two input areas live beside this file; they are re-exported here for the many
// modules that import them together with `Project`.
export { DEFAULT_ASSUMPTIONS, PVE_TARGETS, type Assumptions, type PveTarget } from './assumptions';
export type { Decisions } from './decisions';

export type ProjectMeta = {
  /** Stable id (schema 2+), see `projectId`. */
  id?: string;
  name: string;
  customer?: string;
  author?: string;
  createdAt: string;
  updatedAt: string;
  reportLang?: ReportLang;
};

export type Project = {
  kind?: typeof PROJECT_KIND;
  schemaVersion: number;
  meta: ProjectMeta;
  inventory: Inventory;
  importReport?: ImportReport;
  decisions: Decisions;
  assumptions: Assumptions;
};

export function newProject(
  inventory: Inventory,
  opts: { name: string; customer?: string; now: string; importReport?: ImportReport },
): Project {
  return {
    kind: PROJECT_KIND,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    meta: { id: projectId(opts.name, opts.now), name: opts.name, customer: opts.customer, createdAt: opts.now, updatedAt: opts.now },
    inventory,
    importReport: opts.importReport,
    decisions: {},
    assumptions: { ...DEFAULT_ASSUMPTIONS },
  };
}
