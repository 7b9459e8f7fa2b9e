import { dictionary, type TKey } from '../i18n';
import type { Text } from '../i18n/text';
import type { Plan } from '../plan';
import { planBundle } from './configBundle';
import type { ReportModel, Section } from './model';
import { conceptMapSections } from './sections/conceptMap';
import { costSections } from './sections/cost';
import { designSections } from './sections/design';
import { haCheckSections } from './sections/ha';
import { inventorySummarySections } from './sections/inventory';
import { mappingSections } from './sections/mapping';
import { readinessSections } from './sections/readiness';
import { wavesSections } from './sections/waves';
import { checklistSections } from './sections/checklists';
import { correctionsSections } from './sections/corrections';
import { executiveSections } from './sections/executive';
import { assumptionSections } from './sections/assumptions';
import { riskSections } from './sections/risks';

/**
 * Builds the report as data from a derived plan. Each area contributes sections through a function
 * `(plan) => Section[]` (all of them in `sections/`); the report shows them in the order of
 * `REPORT_SECTION_BUILDERS`.
 */
export type SectionBuilder = (plan: Plan) => Section[];

const d = (key: TKey): Text => dictionary[key];

/** Section builders in report order. */
export const REPORT_SECTION_BUILDERS: readonly SectionBuilder[] = [
  executiveSections,
  (plan) => conceptMapSections(plan.assumptions.pveTarget),
  inventorySummarySections,
  (plan) => readinessSections(plan.readiness),
  (plan) => mappingSections(plan.mapping),
  (plan) => designSections(plan.design, planBundle(plan)),
  (plan) => costSections(plan.cost),
  wavesSections,
  assumptionSections,
  riskSections,
  checklistSections,
  haCheckSections,
  correctionsSections,
];

/** The body first, then the appendices, each in builder order. */
function appendicesLast(sections: Section[]): Section[] {
  return [...sections.filter((s) => !s.appendix), ...sections.filter((s) => s.appendix)];
}

export function buildReport(plan: Plan, builders: readonly SectionBuilder[] = REPORT_SECTION_BUILDERS): ReportModel {
  return {
    title: d('report.title'),
    subtitle: d('report.subtitle'),
    meta: {
      project: plan.project.name,
      customer: plan.project.customer,
      author: plan.project.author,
      generatedAt: plan.generatedAt,
      calculatorVersion: plan.calculatorVersion,
    },
    sections: appendicesLast(builders.flatMap((b) => b(plan))),
  };
}
