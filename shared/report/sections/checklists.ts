import { dictionary, tt, type TKey } from '../../i18n';
import type { Text } from '../../i18n/text';
import type { Checklist } from '../../checklists';
import type { Plan } from '../../plan';
import { NO_SHEET, type Block, type Cell, type Section } from '../model';
import { digestPointer, digestTable, example, fullOnly } from './digest';

/**
 * The pre-production checklist of each target cluster and the known issues, as tick-box checklists. The full
 * report prints them with their commands and record fields; the summary prints the clusters' checklists as one
 * table (each check once, the clusters it applies to, its expected result) and the known issues one row per
 * check, and points to the steps (the XLSX workbook always holds them).
 */

const d = (key: TKey): Text => dictionary[key];

const PRE = 'pre-production/';
const localId = (id: string): string => id.replace(/^.*\//, '');
const level = (l: string): Text => d(l === 'mandatory' ? 'chk.report.mandatory' : 'chk.report.recommended');

function checklistBlock(c: Checklist): Extract<Block, { kind: 'checklist' }> {
  return {
    kind: 'checklist',
    id: `checklist-${c.id.replace(/[^A-Za-z0-9-]/g, '-')}`,
    detail: 'full',
    sheet: { kind: 'checklists', group: c.id, groupLabel: d('chk.report.list') },
    items: c.items.map((i) => {
      const lv = level(i.level);
      return { id: localId(i.id), text: { vi: `[${lv.vi}] ${i.title.vi}`, en: `[${lv.en}] ${i.title.en}` }, command: i.command, expected: i.expected };
    }),
  };
}

/** Every cluster's pre-production checklist as one table: each check once, the clusters it applies to. */
function preProductionDigest(lists: readonly Checklist[]): Block[] {
  const clusterOf = (c: Checklist): string => c.id.slice(PRE.length);
  const byId = new Map<string, { level: string; clusters: string[]; expected: { cluster: string; text: Text; title: Text }[] }>();
  for (const c of lists) {
    for (const i of c.items) {
      const id = localId(i.id);
      const g = byId.get(id) ?? { level: i.level, clusters: [], expected: [] };
      g.clusters.push(clusterOf(c));
      g.expected.push({ cluster: clusterOf(c), text: i.expected, title: i.title });
      byId.set(id, g);
    }
  }
  const rows: Cell[][] = [...byId.entries()].map(([id, g]) => {
    const clusters: Cell = g.clusters.length === lists.length && lists.length > 1 ? tt('report.digest.all', { n: lists.length }) : g.clusters.join(', ');
    // The check's title as that cluster words it (it may name one of its VMs), beside that cluster's expected result.
    const { cell, entry } = example(g.expected);
    return [id, level(g.level), entry?.title ?? '', clusters, cell];
  });
  return [
    { kind: 'heading', level: 2, text: d('report.digest.checklists.preTitle'), detail: 'summary' },
    ...digestTable('checklist-pre-production', undefined, [
      { key: 'id', label: d('report.checklist.id'), width: 1.1 },
      { key: 'level', label: d('report.compact.level'), width: 1 },
      { key: 'check', label: d('report.compact.check'), width: 2 },
      { key: 'clusters', label: d('report.digest.clustersCol'), width: 1.2 },
      { key: 'expected', label: d('report.digest.exampleCol'), width: 3 },
    ], rows),
    digestPointer(d('report.digest.checklists.pointer'), ['checklists']),
  ];
}

export function checklistSections(plan: Plan): Section[] {
  if (plan.checklists.length === 0) return [];
  const blocks: Block[] = [{ kind: 'paragraph', text: d('chk.report.intro') }];
  const pre = plan.checklists.filter((c) => c.id.startsWith(PRE));
  if (pre.length) blocks.push(...preProductionDigest(pre));
  for (const c of plan.checklists) {
    const heading: Block = { kind: 'heading', level: 2, text: c.title };
    if (c.id.startsWith(PRE)) {
      blocks.push(...fullOnly([heading, checklistBlock(c)]));
      continue;
    }
    const list = checklistBlock(c);
    blocks.push(heading, {
      kind: 'table',
      id: `${list.id}-digest`,
      detail: 'summary',
      sheet: { kind: NO_SHEET },
      columns: [
        { key: 'id', label: d('report.checklist.id'), width: 1.1 },
        { key: 'level', label: d('report.compact.level'), width: 1.1 },
        { key: 'check', label: d('report.compact.check'), width: 2.4 },
        { key: 'expected', label: d('report.checklist.expected'), width: 3 },
      ],
      rows: c.items.map((i) => [localId(i.id), level(i.level), i.title, i.expected]),
    }, list);
  }
  return [{ id: 'checklists', title: d('chk.report.title'), blocks }];
}
