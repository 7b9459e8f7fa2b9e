import { dictionary, type TKey } from '../../i18n';
import type { Text } from '../../i18n/text';
import type { Plan } from '../../plan';
import { NO_SHEET, type Block, type Section } from '../model';

/**
 * The pre-production checklist of each target cluster and the known issues, as tick-box checklists. The full
 * report prints them with their commands and record fields; the summary prints one row per check (id, level,
 * check, expected result) and points to the steps (the XLSX workbook always holds them).
 */

const d = (key: TKey): Text => dictionary[key];

export function checklistSections(plan: Plan): Section[] {
  if (plan.checklists.length === 0) return [];
  const blocks: Block[] = [{ kind: 'paragraph', text: d('chk.report.intro') }];
  for (const c of plan.checklists) {
    blocks.push({ kind: 'heading', level: 2, text: c.title });
    const id = `checklist-${c.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
    blocks.push({
      kind: 'table',
      id: `${id}-digest`,
      detail: 'summary',
      sheet: { kind: NO_SHEET },
      columns: [
        { key: 'id', label: d('report.checklist.id'), width: 1.1 },
        { key: 'level', label: d('report.compact.level'), width: 1.1 },
        { key: 'check', label: d('report.compact.check'), width: 2.4 },
        { key: 'expected', label: d('report.checklist.expected'), width: 3 },
      ],
      rows: c.items.map((i) => [i.id.replace(/^.*\//, ''), d(i.level === 'mandatory' ? 'chk.report.mandatory' : 'chk.report.recommended'), i.title, i.expected]),
    });
    blocks.push({
      kind: 'checklist',
      id,
      detail: 'full',
      sheet: { kind: 'checklists', group: c.id, groupLabel: d('chk.report.list') },
      items: c.items.map((i) => {
        const level = d(i.level === 'mandatory' ? 'chk.report.mandatory' : 'chk.report.recommended');
        return { id: i.id.replace(/^.*\//, ''), text: { vi: `[${level.vi}] ${i.title.vi}`, en: `[${level.en}] ${i.title.en}` }, command: i.command, expected: i.expected };
      }),
    });
  }
  return [{ id: 'checklists', title: d('chk.report.title'), blocks }];
}
