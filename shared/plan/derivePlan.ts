import { deriveDesign } from '../design';
import { deriveMapping } from '../mapping';
import type { Project } from '../model/project';
import { summarize } from '../model/summary';
import { assessReadiness } from '../readiness';
import { CALCULATOR_VERSION } from '../version';
import { haChecks } from './haChecks';
import type { DeriveOptions, Plan } from './types';

/**
 * The one orchestration every front end calls (CLI, plan worker, export worker, tests): mapping →
 * readiness → design → HA checks, each a pure function of the project and the stages before it.
 */
export function derivePlan(project: Project, opts: DeriveOptions = {}): Plan {
  const inv = project.inventory;
  const mapping = deriveMapping(inv, project.decisions, project.assumptions);
  const readiness = assessReadiness(inv, project.decisions, project.assumptions, mapping);
  const design = deriveDesign(inv, mapping, project.decisions, project.assumptions);
  return {
    calculatorVersion: CALCULATOR_VERSION,
    generatedAt: opts.now ?? project.meta.updatedAt,
    project: { name: project.meta.name, customer: project.meta.customer },
    assumptions: project.assumptions,
    inventory: inv,
    summary: summarize(inv),
    sources: inv.sources,
    importReport: project.importReport,
    mapping,
    readiness,
    design,
    haChecks: opts.skipHa ? [] : haChecks(design, opts.maxSweepResources),
  };
}
