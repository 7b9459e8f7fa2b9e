import type { Inventory } from './inventory';
import type { ImportReport } from './importReport';
import type { ReportLang } from '../i18n/text';

export const PROJECT_SCHEMA_VERSION = 1;

/** Target Proxmox VE version family: 9.2+ enables automatic rebalancing. */
export type PveTarget = 'pve8' | 'pve9.0' | 'pve9.2';

/**
 * User decisions that override what the planner derives. They are inputs: saved in the project file,
 * never overwritten by a later import. Each area owns its own key; unknown keys are kept as-is on load.
 */
export type Decisions = {
  /** Per-VM target overrides keyed by VM key (uuid-based). */
  vmOverrides?: Record<string, Record<string, unknown>>;
  /** Acknowledged readiness findings: `${vmKey}|${ruleId}` → note. */
  acknowledged?: Record<string, { note: string; at: string }>;
  [area: string]: unknown;
};

export type Assumptions = {
  pveTarget: PveTarget;
  vcpuPerCore: number;
  haReserve: 'n+0' | 'n+1' | 'n+2';
  memoryOvercommit: number;
  vmidStart: number;
  [name: string]: unknown;
};

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  pveTarget: 'pve9.0',
  vcpuPerCore: 4,
  haReserve: 'n+1',
  memoryOvercommit: 1,
  vmidStart: 100,
};

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
