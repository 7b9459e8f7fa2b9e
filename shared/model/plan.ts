import { CALCULATOR_VERSION } from '../version';
import type { ImportReport } from './importReport';
import type { Inventory, Source } from './inventory';
import type { Assumptions, Project } from './project';
import { summarize, type InventorySummary } from './summary';

/**
 * The plan is derived from the project, never stored. Each area adds its own section here as it lands
 * (mapping, readiness, design, ha, simulation, cost, waves, checklists, configBundle).
 */
export type Plan = {
  calculatorVersion: string;
  generatedAt: string;
  project: { name: string; customer?: string };
  assumptions: Assumptions;
  inventory: Inventory;
  summary: InventorySummary;
  sources: Source[];
  importReport?: ImportReport;
};

export type DeriveOptions = {
  /** ISO time stamped on the plan; pass it in to keep derivation deterministic. */
  now?: string;
};

export function derivePlan(project: Project, opts: DeriveOptions = {}): Plan {
  const inv = project.inventory;
  return {
    calculatorVersion: CALCULATOR_VERSION,
    generatedAt: opts.now ?? project.meta.updatedAt,
    project: { name: project.meta.name, customer: project.meta.customer },
    assumptions: project.assumptions,
    inventory: inv,
    summary: summarize(inv),
    sources: inv.sources,
    importReport: project.importReport,
  };
}
