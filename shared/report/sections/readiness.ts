import { dictionary, tt, type TKey } from '../../i18n';
import { fill, type Text } from '../../i18n/text';
import type { ReadinessClass, ReadinessResult, VmFinding } from '../../readiness';
import type { Evidence, Severity } from '../../readiness/rule';
import { RULES } from '../../readiness/rules';
import type { Block, Cell, Section } from '../model';

const d = (key: TKey): Text => dictionary[key];

export const CLASS_LABEL: Record<ReadinessClass, TKey> = {
  ready: 'readiness.class.ready',
  conditional: 'readiness.class.conditional',
  'not-ready': 'readiness.class.notReady',
  unknown: 'readiness.class.unknown',
};

export const SEVERITY_LABEL: Record<Severity, TKey> = {
  blocker: 'readiness.severity.blocker',
  warning: 'readiness.severity.warning',
  info: 'readiness.severity.info',
};

/** `tab.column = value` list of a finding (data, not a sentence: the same in both languages). */
export function evidenceText(ev: readonly Evidence[]): string {
  return ev.map((e) => `${e.tab}.${e.column} = ${e.value === null ? '—' : String(e.value)}`).join('; ');
}

function detailCell(f: VmFinding): Cell {
  const parts: Text[] = [];
  if (f.detail) parts.push(f.detail);
  if (f.acknowledged) parts.push(tt('readiness.ack', { note: f.acknowledged.note }));
  if (parts.length === 0) return '';
  return { vi: parts.map((p) => p.vi).join(' — '), en: parts.map((p) => p.en).join(' — ') };
}

/**
 * Readiness report sections: summary by class and by rule, then (appendix) findings by rule and by VM.
 */
export function readinessSections(r: ReadinessResult): Section[] {
  const classes: ReadinessClass[] = ['ready', 'conditional', 'not-ready', 'unknown'];
  const summary: Block[] = [
    { kind: 'paragraph', text: tt('readiness.intro', { rules: RULES.length }) },
    { kind: 'heading', level: 3, text: d('readiness.summary.byClass') },
    {
      kind: 'kv',
      rows: [
        ...classes.map((c) => ({ label: d(CLASS_LABEL[c]), value: r.summary[c] as Cell })),
        { label: d('readiness.summary.total'), value: r.summary.total },
      ],
    },
    { kind: 'note', tone: 'info', text: d('readiness.class.note') },
    { kind: 'heading', level: 3, text: d('readiness.summary.byRule') },
    {
      kind: 'table',
      id: 'readiness-rules',
      columns: [
        { key: 'rule', label: d('readiness.col.rule'), width: 2 },
        { key: 'severity', label: d('readiness.col.severity') },
        { key: 'vms', label: d('readiness.col.vms'), align: 'right' },
        { key: 'unknown', label: d('readiness.col.unknown'), align: 'right' },
        { key: 'ack', label: d('readiness.col.acknowledged'), align: 'right' },
        { key: 'remedy', label: d('readiness.col.remedy'), width: 4 },
      ],
      rows: r.rules
        .filter((c) => c.vms > 0 || c.unknown > 0)
        .map((c) => [c.label, d(SEVERITY_LABEL[c.severity]), c.vms, c.unknown, c.acknowledged, c.remedy]),
    },
    { kind: 'note', tone: 'info', text: d('readiness.complexity.note') },
  ];

  const byRule: Block[] = [];
  for (const c of r.rules) {
    if (c.findings === 0) continue;
    const rows: Cell[][] = [];
    for (const v of r.vms) {
      for (const f of v.findings) {
        if (f.ruleId !== c.ruleId) continue;
        rows.push([v.name, v.cluster ?? '', detailCell(f), evidenceText(f.evidence)]);
      }
    }
    byRule.push(
      { kind: 'heading', level: 3, text: { vi: fill('{{label}} ({{id}})', { label: c.label.vi, id: c.ruleId }), en: fill('{{label}} ({{id}})', { label: c.label.en, id: c.ruleId }) } },
      {
        kind: 'table',
        id: `readiness-rule-${c.ruleId}`,
        sheet: { kind: 'findings', group: c.ruleId, groupLabel: d('readiness.col.rule') },
        columns: [
          { key: 'vm', label: d('readiness.col.vm'), width: 2 },
          { key: 'cluster', label: d('readiness.col.cluster') },
          { key: 'detail', label: d('readiness.col.detail'), width: 3 },
          { key: 'evidence', label: d('readiness.col.evidence'), width: 3 },
        ],
        rows,
      },
    );
  }
  if (byRule.length === 0) byRule.push({ kind: 'paragraph', text: d('readiness.none') });

  const byVm: Block[] = [
    {
      kind: 'table',
      id: 'readiness-vms',
      sheet: { kind: 'readiness-vms' },
      columns: [
        { key: 'vm', label: d('readiness.col.vm'), width: 2 },
        { key: 'cluster', label: d('readiness.col.cluster') },
        { key: 'class', label: d('readiness.col.class') },
        { key: 'complexity', label: d('readiness.col.complexity'), align: 'right' },
        { key: 'blockers', label: d('readiness.col.blockers'), align: 'right' },
        { key: 'warnings', label: d('readiness.col.warnings'), align: 'right' },
        { key: 'findings', label: d('readiness.col.findings'), width: 3 },
        { key: 'unknown', label: d('readiness.col.unknownRules'), width: 2 },
      ],
      rows: [...r.vms]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((v) => [
          v.name,
          v.cluster ?? '',
          d(CLASS_LABEL[v.class]),
          v.complexity,
          v.findings.filter((f) => f.severity === 'blocker').length,
          v.findings.filter((f) => f.severity === 'warning').length,
          [...new Set(v.findings.map((f) => (f.acknowledged ? `${f.ruleId}✓` : f.ruleId)))].join(', '),
          v.unknown.map((u) => u.ruleId).join(', '),
        ]),
    },
  ];

  return [
    { id: 'readiness', title: d('readiness.title'), blocks: summary },
    { id: 'readiness-by-rule', title: d('readiness.byRule.title'), blocks: byRule, appendix: true, detail: 'full' },
    { id: 'readiness-by-vm', title: d('readiness.byVm.title'), blocks: byVm, appendix: true, detail: 'full', landscape: true },
  ];
}
