import { buildChecklists } from '../checklists';
import { deriveCost } from '../cost';
import { deriveDesign } from '../design';
import { deriveMapping } from '../mapping';
import { resolveAssumptions } from '../model/assumptions';
import { resolveDecisions } from '../model/decisions';
import type { Project } from '../model/project';
import { summarize } from '../model/summary';
import { assessReadiness } from '../readiness';
import { CALCULATOR_VERSION } from '../version';
import { deriveWaves } from '../waves';
import { haChecks } from './haChecks';
import type { DeriveOptions, Plan } from './types';

/**
 * The one orchestration every front end calls (CLI, plan worker, export worker, tests): mapping →
 * readiness → design → waves → cost → HA checks, each a pure function of the project and the stages before it. The
 * project's decisions and assumptions are read once through their readers (typed, checked, defaults).
 */
export function derivePlan(project: Project, opts: DeriveOptions = {}): Plan {
  const inv = project.inventory;
  const decisions = resolveDecisions(project.decisions);
  const assumptions = resolveAssumptions(project.assumptions);
  const mapping = deriveMapping(inv, decisions, assumptions);
  const readiness = assessReadiness(inv, decisions, assumptions, mapping);
  const design = deriveDesign(inv, mapping, decisions, assumptions);
  const waves = deriveWaves({ inventory: inv, mapping, readiness, design, decisions, assumptions });
  return {
    calculatorVersion: CALCULATOR_VERSION,
    generatedAt: opts.now ?? project.meta.updatedAt,
    project: { name: project.meta.name, customer: project.meta.customer, author: project.meta.author },
    assumptions,
    decisions,
    inventory: inv,
    summary: summarize(inv),
    sources: inv.sources,
    importReport: project.importReport,
    mapping,
    readiness,
    design,
    waves,
    // Cost stage (shared/cost): inputs from `decisions.cost`; migration hours from the waves unless the user typed them.
    cost: deriveCost({ inventory: inv, design, pveTarget: assumptions.pveTarget, now: opts.now ?? project.meta.updatedAt, wavesMigrationHours: waves.totals.hours }, decisions),
    checklists: buildChecklists(design, mapping, inv),
    haChecks: opts.skipHa ? [] : haChecks(design, opts.maxSweepResources, mapping),
  };
}
