import { deriveDesign, toSweepInput, type DesignResult } from '../design';
import { buildAcceptancePlan, sweep, type AcceptanceTestCase, type SweepResult } from '../ha';
import { deriveCost, type CostResult } from '../cost';
import { deriveMapping, type MappingResult } from '../mapping';
import { assessReadiness, type ReadinessResult } from '../readiness';
import { CALCULATOR_VERSION } from '../version';
import type { ImportReport } from './importReport';
import type { Inventory, Source } from './inventory';
import type { Assumptions, Project } from './project';
import { summarize, type InventorySummary } from './summary';

/** What the HA simulator says about one target cluster: its N-1 sweep and the acceptance test plan. */
export type ClusterHaCheck = {
  cluster: string;
  sweep?: SweepResult;
  acceptance: AcceptanceTestCase[];
  /** Why the cluster was not simulated (e.g. no HA resources, too large for an in-plan sweep). */
  skipped?: 'no-ha-resources' | 'too-large';
};

/**
 * The plan is derived from the project, never stored. Stages run in order (mapping → readiness → design →
 * HA checks); each is a pure function of the project and the stages before it.
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
  mapping: MappingResult;
  readiness: ReadinessResult;
  design: DesignResult;
  haChecks: ClusterHaCheck[];
  /** Cost and licensing comparison (shared/cost): inputs from `decisions.cost`. */
  cost: CostResult;
};

export type DeriveOptions = {
  /** ISO time stamped on the plan; pass it in to keep derivation deterministic. */
  now?: string;
  /** Skip the HA simulation stage (sweeps and acceptance tests), e.g. for a quick preview. */
  skipHa?: boolean;
  /** Clusters with more HA resources than this are not swept inside the plan (run `npm run simulate`). */
  maxSweepResources?: number;
};

const DEFAULT_MAX_SWEEP_RESOURCES = 5000;

function haChecks(design: DesignResult, opts: DeriveOptions): ClusterHaCheck[] {
  const max = opts.maxSweepResources ?? DEFAULT_MAX_SWEEP_RESOURCES;
  const out: ClusterHaCheck[] = [];
  for (const c of design.clusters) {
    const input = toSweepInput(design, c.name);
    if (!input || input.resources.length === 0 || input.nodes.length < 2) {
      out.push({ cluster: c.name, acceptance: [], skipped: 'no-ha-resources' });
      continue;
    }
    if (input.resources.length > max) {
      out.push({ cluster: c.name, acceptance: [], skipped: 'too-large' });
      continue;
    }
    const target = c.ha.target;
    out.push({
      cluster: c.name,
      sweep: sweep(input, 'n-1'),
      acceptance: buildAcceptancePlan({ ...input, clusterName: c.name, target }),
    });
  }
  return out;
}

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
    haChecks: opts.skipHa ? [] : haChecks(design, opts),
    // Cost stage (shared/cost). Waves will pass `wavesMigrationHours` here once they exist.
    cost: deriveCost({ inventory: inv, design, pveTarget: project.assumptions.pveTarget, now: opts.now ?? project.meta.updatedAt }, project.decisions),
  };
}
