import type { Plan } from '../../plan';
import type { Section } from '../model';
import { acceptancePlanSection } from './haAcceptance';
import { sweepSection } from './haSweep';

/** The HA simulator's N-1 sweep and the HA acceptance test plan, per target cluster that has HA resources. */
export function haCheckSections(plan: Plan): Section[] {
  const out: Section[] = [];
  for (const c of plan.haChecks) {
    if (c.sweep) out.push(sweepSection(c.sweep, c.cluster));
    if (c.acceptance.length) out.push(acceptancePlanSection(c.acceptance, c.cluster));
  }
  return out;
}
