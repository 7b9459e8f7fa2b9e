import { tt } from '../../i18n';
import type { Text } from '../../i18n/text';
import { conceptTablesFor } from '../../mapping/conceptMap';
import type { Plan } from '../../plan';
import type { Cell, Section } from '../model';

/**
 * Appendix "Common misconceptions": every point where a widespread belief about Proxmox VE (often carried
 * over from vSphere habits or from material written for older versions) differs from what Proxmox really
 * does, listed once — the concept map rows that carry a correction, then the HA acceptance cases whose real
 * outcome differs from what is usually expected (once per test case, from the first cluster that has it).
 */
export function correctionsSections(plan: Plan): Section[] {
  const rows: Cell[][] = [];
  const facts = new Set<string>();
  for (const table of conceptTablesFor(plan.assumptions.pveTarget)) {
    for (const r of table.rows) {
      // A correction shared by two rows (the same topic in two tables) is listed once.
      if (!r.correction || facts.has(r.correction.en)) continue;
      facts.add(r.correction.en);
      rows.push([r.topic, r.correction]);
    }
  }
  const seen = new Set<string>();
  for (const c of plan.haChecks) {
    for (const tc of c.acceptance) {
      if (!tc.correction || seen.has(tc.id)) continue;
      seen.add(tc.id);
      const topic: Text = { vi: `${tc.id} — ${tc.title.vi}`, en: `${tc.id} — ${tc.title.en}` };
      rows.push([topic, tc.correction]);
    }
  }
  if (rows.length === 0) return [];
  return [
    {
      id: 'corrections',
      title: tt('report.corrections.title'),
      appendix: true,
      blocks: [
        { kind: 'paragraph', text: tt('report.corrections.intro') },
        {
          kind: 'table',
          id: 'corrections',
          sheet: { kind: 'corrections' },
          columns: [
            { key: 'topic', label: tt('report.corrections.col.topic'), width: 1.3 },
            { key: 'fact', label: tt('report.corrections.col.fact'), width: 3.5 },
          ],
          rows,
        },
      ],
    },
  ];
}
