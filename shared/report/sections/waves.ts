import { dictionary, tt, type TKey } from '../../i18n';
import type { Text } from '../../i18n/text';
import type { Plan } from '../../plan';
import { waveRunbook, type RunbookStep, type Wave, type WavesResult } from '../../waves';
import type { BarChart } from '../chart';
import type { Block, Cell, ChecklistItem, Section } from '../model';

/**
 * The migration waves (what moves when, how long it takes, with the assumptions behind every duration and
 * a timeline chart) and, as an appendix, the runbook of each wave: pre-checks, the commands per VM in
 * order, verification and rollback, with the plan's real names, VMIDs and nodes.
 */

const d = (key: TKey): Text => dictionary[key];

export const WAVE_COLOR = { hours: '#e57000', window: '#6b7c93' } as const;

/** The wave timeline: elapsed hours of each wave against its maintenance window. */
export function wavesChart(w: WavesResult): BarChart {
  return {
    kind: 'bar',
    categories: w.waves.map((x) => ({ vi: x.start ? `${x.id} (${x.start})` : x.id, en: x.start ? `${x.id} (${x.start})` : x.id })),
    categoryLabel: d('waves.report.col.wave'),
    series: [
      { name: d('waves.report.series.hours'), values: w.waves.map((x) => x.hours), color: WAVE_COLOR.hours },
      { name: d('waves.report.series.window'), values: w.waves.map((x) => x.windowHours), color: WAVE_COLOR.window },
    ],
    unit: 'h',
  };
}

const kindLabel = (k: Wave['kind']): Text => d(`waves.kind.${k}`);
const joinTexts = (xs: readonly Text[], sep = '; '): Text => ({ vi: xs.map((x) => x.vi).join(sep), en: xs.map((x) => x.en).join(sep) });

function wavesSection(plan: Plan): Section {
  const w = plan.waves;
  const a = plan.assumptions;
  const SUMMARY_WAVES_MAX = 40;
  const blocks: Block[] = [
    { kind: 'paragraph', text: tt('waves.report.intro', { waves: w.waves.length, vms: w.totals.vms, tib: Math.round((w.totals.copyGiB / 1024) * 100) / 100, hours: w.totals.hours }) },
    {
      kind: 'kv',
      rows: [
        { label: d('waves.report.a.rate'), value: tt('waves.report.a.rateValue', { v: a.migrationGiBPerHour }) },
        { label: d('waves.report.a.overhead'), value: tt('waves.report.a.overheadValue', { v: a.migrationOverheadMinutes }) },
        { label: d('waves.report.a.parallel'), value: a.migrationParallel },
        { label: d('waves.report.a.method'), value: d(`waves.method.${a.migrationMethod}`) },
        { label: d('waves.report.a.limits'), value: tt('waves.report.a.limitsValue', { vms: a.waveMaxVms, tib: a.waveMaxCopyTiB, hours: a.waveWindowHours, pilot: a.pilotWaveMaxVms }) },
      ],
    },
    // A schedule of more than SUMMARY_WAVES_MAX waves (a large estate) is a list that grows with the VMs:
    // the summary report points to the workbook and the full report for it.
    { kind: 'chart', id: 'waves-timeline', title: d('waves.report.chartTitle'), chart: wavesChart(w), ...(w.waves.length > SUMMARY_WAVES_MAX ? { detail: 'full' as const } : {}) },
    {
      kind: 'table',
      id: 'waves',
      ...(w.waves.length > SUMMARY_WAVES_MAX ? { detail: 'full' as const } : {}),
      sheet: { kind: 'waves' },
      title: d('waves.report.tableTitle'),
      columns: [
        { key: 'id', label: d('waves.report.col.wave'), width: 0.6 },
        { key: 'name', label: d('waves.report.col.name'), width: 1.6 },
        { key: 'kind', label: d('waves.report.col.kind'), width: 1 },
        { key: 'start', label: d('waves.report.col.start'), width: 1.1 },
        { key: 'vms', label: d('waves.report.col.vms'), width: 0.6, align: 'right' },
        { key: 'gib', label: d('waves.report.col.gib'), width: 0.8, align: 'right' },
        { key: 'hours', label: d('waves.report.col.hours'), width: 0.7, align: 'right' },
        { key: 'window', label: d('waves.report.col.window'), width: 0.7, align: 'right' },
        { key: 'down', label: d('waves.report.col.downtime'), width: 0.8, align: 'right' },
        { key: 'over', label: d('waves.report.col.over'), width: 2 },
      ],
      rows: w.waves.map((x): Cell[] => [x.id, x.name, kindLabel(x.kind), x.start ?? '', x.vms.length, x.copyGiB, x.hours, x.windowHours, x.maxDowntimeHours, x.overLimits.length ? joinTexts(x.overLimits) : '']),
    },
  ];
  for (const n of w.notes) blocks.push({ kind: 'note', tone: 'warning', text: n });
  blocks.push({
    kind: 'table',
    id: 'wave-vms',
    // One row per VM: the full report and the workbook print it; the summary points to them.
    detail: 'full',
    sheet: { kind: 'wave-vms' },
    title: d('waves.report.vmsTitle'),
    columns: [
      { key: 'wave', label: d('waves.report.col.wave'), width: 0.5 },
      { key: 'vm', label: d('waves.report.col.vm'), width: 1.4 },
      { key: 'vmid', label: d('waves.report.col.vmid'), width: 0.6, align: 'right' },
      { key: 'node', label: d('waves.report.col.node'), width: 1.1 },
      { key: 'gib', label: d('waves.report.col.gib'), width: 0.7, align: 'right' },
      { key: 'hours', label: d('waves.report.col.hours'), width: 0.6, align: 'right' },
      { key: 'down', label: d('waves.report.col.downtime'), width: 0.7, align: 'right' },
      { key: 'method', label: d('waves.report.col.method'), width: 0.9 },
      { key: 'why', label: d('waves.report.col.why'), width: 2 },
    ],
    rows: w.waves.flatMap((x) =>
      x.vms.map((v): Cell[] => [
        x.id,
        v.name,
        v.vmid,
        v.node ? `${v.cluster ?? ''}/${v.node}` : '',
        v.copyGiB.source === 'unknown' ? d('waves.report.unknown') : v.copyGiB.value,
        v.hours.value,
        v.downtimeHours.value,
        d(`waves.method.${v.method}`),
        v.held ?? (v.locked ? d('waves.report.locked') : ''),
      ]),
    ),
  });
  if (w.excluded.length) {
    blocks.push({
      kind: 'table',
      id: 'wave-excluded',
      detail: 'full',
      sheet: { kind: 'wave-excluded' },
      title: d('waves.report.excludedTitle'),
      columns: [
        { key: 'vm', label: d('waves.report.col.vm'), width: 1.4 },
        { key: 'why', label: d('waves.report.col.why'), width: 3 },
      ],
      rows: w.excluded.map((e) => [e.name, e.reason]),
    });
  }
  return { id: 'waves', title: d('waves.report.title'), blocks };
}

function items(steps: readonly RunbookStep[]): ChecklistItem[] {
  return steps.map((s) => ({ id: s.id, text: s.text, ...(s.commands.length ? { command: s.commands.join('\n') } : {}) }));
}

function runbookSection(plan: Plan): Section {
  const blocks: Block[] = [{ kind: 'paragraph', text: d('waves.report.runbookIntro') }];
  for (const w of plan.waves.waves) {
    if (w.vms.length === 0) continue;
    const r = waveRunbook(w, plan.inventory, plan.mapping);
    blocks.push({ kind: 'heading', level: 2, text: { vi: `${w.id} — ${w.name.vi}${w.start ? ` (${w.start})` : ''}`, en: `${w.id} — ${w.name.en}${w.start ? ` (${w.start})` : ''}` } });
    blocks.push({ kind: 'paragraph', text: tt('waves.report.runbookWave', { n: w.vms.length, gib: w.copyGiB, hours: w.hours, window: w.windowHours }) });
    blocks.push({ kind: 'heading', level: 3, text: d('waves.report.pre') });
    blocks.push({ kind: 'checklist', id: `runbook-${w.id}-pre`, items: items(r.pre), sheet: { kind: 'runbook-steps', group: w.id, groupLabel: d('waves.report.col.wave') } });
    blocks.push({ kind: 'heading', level: 3, text: d('waves.report.run') });
    blocks.push({ kind: 'paragraph', text: d('waves.report.runOrder') });
    blocks.push({
      kind: 'table',
      id: `runbook-${w.id}-vms`,
      sheet: { kind: 'runbook-vms', group: w.id, groupLabel: d('waves.report.col.wave') },
      columns: [
        { key: 'vm', label: d('waves.report.col.vm'), width: 1.1 },
        { key: 'net', label: d('waves.report.col.nics'), width: 1.5 },
        { key: 'cmd', label: d('waves.report.col.commands'), width: 3.4 },
        { key: 'done', label: d('waves.report.col.done'), width: 0.5 },
      ],
      rows: r.vms.map((v): Cell[] => [
        `${v.name}\nVMID ${v.vmid}${v.node ? `\n${v.node}` : ''}`,
        v.steps.filter((x) => x.phase === 'pre').flatMap((x) => x.commands.map((c) => c.replace(/^#\s*/, ''))).join('\n'),
        v.steps.filter((x) => x.phase === 'run').flatMap((x) => x.commands).join('\n'),
        '☐',
      ]),
    });
    blocks.push({ kind: 'heading', level: 3, text: d('waves.report.verify') });
    blocks.push({ kind: 'checklist', id: `runbook-${w.id}-verify`, items: items(r.verify), sheet: { kind: 'runbook-steps', group: w.id, groupLabel: d('waves.report.col.wave') } });
    blocks.push({ kind: 'heading', level: 3, text: d('waves.report.rollback') });
    blocks.push({ kind: 'checklist', id: `runbook-${w.id}-rollback`, items: items(r.rollback), sheet: { kind: 'runbook-steps', group: w.id, groupLabel: d('waves.report.col.wave') } });
  }
  // A runbook per wave grows with the VMs: printed in the full report; the workbook has every step.
  return { id: 'runbooks', title: d('waves.report.runbookTitle'), blocks, appendix: true, detail: 'full', landscape: true };
}

export function wavesSections(plan: Plan): Section[] {
  if (plan.waves.waves.length === 0) return [];
  return [wavesSection(plan), runbookSection(plan)];
}
