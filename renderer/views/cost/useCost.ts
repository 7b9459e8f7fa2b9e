import { useMemo } from 'react';
import { computeCost, DEFAULT_PRICE_BOOK, readCostInputs, type CostInputs, type CostIssue, type CostResult, type PriceBook } from '../../../shared/cost';
import type { Decisions } from '../../../shared/model/project';
import { updateDecisions } from '../../state/decisions';
import { usePlanStore } from '../../state/planStore';
import { useProjectStore } from '../../state/projectStore';

export type CostState = {
  inputs: CostInputs;
  /** The book in use: the project's edited copy, or the shipped default. */
  book: PriceBook;
  inputIssues: CostIssue[];
  result: CostResult;
};

/**
 * The cost comparison for the open project, computed here on the UI thread from the derived design and
 * the CURRENT cost inputs in the project: a what-if click changes the totals at once, without waiting
 * for the plan worker (which derives the same result for the report in the background).
 */
export function useCost(): CostState | null {
  const decisions = useProjectStore((s) => s.project?.decisions);
  const plan = usePlanStore((s) => s.plan);
  const read = useMemo(() => readCostInputs(decisions), [decisions]);
  return useMemo(() => {
    if (!plan) return null;
    const result = computeCost({ inventory: plan.inventory, design: plan.design, pveTarget: plan.assumptions.pveTarget, now: plan.generatedAt }, read.inputs, read.issues);
    return { inputs: read.inputs, book: read.inputs.priceBook ?? DEFAULT_PRICE_BOOK, inputIssues: read.issues, result };
  }, [plan, read]);
}

/** Apply one of the pure edits of shared/cost/inputs.ts to the project (autosaved, plan derived again). */
export function editCostDecisions(change: (d: Decisions) => Decisions): void {
  updateDecisions(change);
}
