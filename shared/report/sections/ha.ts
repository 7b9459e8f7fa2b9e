import type { Plan } from '../../plan';
import { dictionary } from '../../i18n';
import { text } from '../../i18n/text';
import type { Section } from '../model';
import { acceptancePlanSection } from './haAcceptance';
import { sweepSection } from './haSweep';

/** The HA simulator's N-1 sweep and the HA acceptance test plan, per target cluster that has HA resources. */
export function haCheckSections(plan: Plan): Section[] {
  const out: Section[] = [];
  for (const c of plan.haChecks) {
    const sweep = c.sweep ? sweepSection(c.sweep, c.cluster) : undefined;
    const acceptance = c.acceptance.length ? acceptancePlanSection(c.acceptance, c.cluster) : undefined;
    if (sweep && acceptance) {
      // One section per cluster: the N-1 simulation, then the acceptance tests under their own heading.
      out.push({
        ...acceptance,
        title: text(
          'Mô phỏng HA N-1 và kiểm thử nghiệm thu — cluster {{c}}',
          'HA N-1 simulation and acceptance tests — cluster {{c}}',
          { c: c.cluster },
        ),
        blocks: [
          ...sweep.blocks,
          { kind: 'heading', level: 2, text: acceptance.title },
          ...acceptance.blocks,
        ],
      });
    } else if (sweep) out.push(sweep);
    else if (acceptance) out.push(acceptance);
  }
  // The summary prints them as one section (a cluster's part is short; the full report gives each its own pages).
  const group = { id: 'ha-checks', title: dictionary['report.haChecks.title'] };
  return out.map((s) => ({ ...s, group }));
}
