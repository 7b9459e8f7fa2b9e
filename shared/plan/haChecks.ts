import { toSweepInput, type DesignResult } from '../design';
import { buildAcceptancePlan, sweep } from '../ha';
import type { ClusterHaCheck } from './types';

/** Clusters with more HA resources than this are not swept inside the plan (run `npm run simulate`). */
export const DEFAULT_MAX_SWEEP_RESOURCES = 5000;

/**
 * The HA stage of the plan: per target cluster, the simulator's N-1 sweep and the acceptance test plan.
 * Clusters without HA resources (or fewer than two nodes) and clusters above `maxSweepResources` are listed
 * as skipped with the reason, never dropped.
 */
export function haChecks(design: DesignResult, maxSweepResources: number = DEFAULT_MAX_SWEEP_RESOURCES): ClusterHaCheck[] {
  const out: ClusterHaCheck[] = [];
  for (const c of design.clusters) {
    const input = toSweepInput(design, c.name);
    if (!input || input.resources.length === 0 || input.nodes.length < 2) {
      out.push({ cluster: c.name, acceptance: [], skipped: 'no-ha-resources' });
      continue;
    }
    if (input.resources.length > maxSweepResources) {
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
