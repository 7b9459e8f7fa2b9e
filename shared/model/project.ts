import type { Inventory } from './inventory';
import type { ImportReport } from './importReport';
import type { ReportLang } from '../i18n/text';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './assumptions';
import type { Decisions } from './decisions';

export const PROJECT_SCHEMA_VERSION = 1;

// The schemas of the two input areas live beside this file; they are re-exported here for the many
// modules that import them together with `Project`.
export { DEFAULT_ASSUMPTIONS, PVE_TARGETS, type Assumptions, type PveTarget } from './assumptions';
export type { Decisions } from './decisions';

export type ProjectMeta = {
  name: string;
  customer?: string;
  author?: string;
  createdAt: string;
  updatedAt: string;
  reportLang?: ReportLang;
};

export type Project = {
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
    schemaVersion: PROJECT_SCHEMA_VERSION,
    meta: { name: opts.name, customer: opts.customer, createdAt: opts.now, updatedAt: opts.now },
    inventory,
    importReport: opts.importReport,
    decisions: {},
    assumptions: { ...DEFAULT_ASSUMPTIONS },
  };
}
