import type { Checklist } from '../checklists';
import type { CostResult } from '../cost';
import type { DesignResult } from '../design';
import type { AcceptanceTestCase, SweepResult } from '../ha';
import type { MappingResult } from '../mapping';
import type { ImportReport } from '../model/importReport';
import type { Inventory, Source } from '../model/inventory';
import type { Assumptions, Decisions } from '../model/project';
import type { InventorySummary } from '../model/summary';
import type { ReadinessResult } from '../readiness';
import type { WavesResult } from '../waves';

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
 * waves → cost → HA checks); each is a pure function of the project and the stages before it.
 */
export type Plan = {
  calculatorVersion: string;
  generatedAt: string;
  project: { name: string; customer?: string; author?: string };
  assumptions: Assumptions;
  /** The user's decisions as read (typed, checked): the report prints every one of them. */
  decisions: Decisions;
  inventory: Inventory;
  summary: InventorySummary;
  sources: Source[];
  importReport?: ImportReport;
  mapping: MappingResult;
  readiness: ReadinessResult;
  design: DesignResult;
  /** Migration waves (shared/waves): every migrated VM in exactly one wave; decisions in `decisions.waves`. */
  waves: WavesResult;
  /** Cost and licensing comparison (shared/cost): inputs from `decisions.cost`. */
  cost: CostResult;
  /** Pre-production checklist per target cluster and the known issues (shared/checklists), rows that apply only. */
  checklists: Checklist[];
  haChecks: ClusterHaCheck[];
};

export type DeriveOptions = {
  /** ISO time stamped on the plan; pass it in to keep derivation deterministic. */
  now?: string;
  /** Skip the HA simulation stage (sweeps and acceptance tests), e.g. for a quick preview. */
  skipHa?: boolean;
  /** Clusters with more HA resources than this are not swept inside the plan (run `npm run simulate`). */
  maxSweepResources?: number;
};
