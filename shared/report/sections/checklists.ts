import { dictionary, type TKey } from '../../i18n';
import type { Text } from '../../i18n/text';
import type { Plan } from '../../plan';
import type { Block, Section } from '../model';

/** The pre-production checklist of each target cluster and the known issues, as tick-box checklists. */

const d = (key: TKey): Text => dictionary[key];

export function checklistSections(plan: Plan): Section[] {
  if (plan.checklists.length === 0) return [];
  const blocks: Block[] = [{ kind: 'paragraph', text: d('chk.report.intro') }];
  for (const c of plan.checklists) {
    blocks.push({ kind: 'heading', level: 2, text: c.title });
    blocks.push({
      kind: 'checklist',
      id: `checklist-${c.id.replace(/[^A-Za-z0-9-]/g, '-')}`,
      sheet: { kind: 'checklists', group: c.id, groupLabel: d('chk.report.list') },
      items: c.items.map((i) => {
        const level = d(i.level === 'mandatory' ? 'chk.report.mandatory' : 'chk.report.recommended');
        return { id: i.id.replace(/^.*\//, ''), text: { vi: `[${level.vi}] ${i.title.vi}`, en: `[${level.en}] ${i.title.en}` }, command: i.command, expected: i.expected };
      }),
    });
  }
  return [{ id: 'checklists', title: d('chk.report.title'), blocks }];
}
