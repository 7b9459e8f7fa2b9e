import { costHeadline } from '../../cost';
import type { ClusterDesign } from '../../design/types';
import { dictionary, tt, type TKey } from '../../i18n';
import type { Text } from '../../i18n/text';
import type { Plan } from '../../plan';
import type { ReadinessClass } from '../../readiness';
import type { Block, Cell, Section } from '../model';
import { openDecisions } from './assumptions';
import { CLASS_LABEL } from './readiness';
import { riskRegister, type Risk } from './risks';

/**
 * The executive summary: one section at the front that a customer reads first. Every figure is read from the
 * plan (the same values the detailed sections print) so it can be traced: scope and estate, the target
 * design per cluster (nodes, reserve, load before and after the loss of one node, VMs without a place),
 * readiness by class, HA, the cost headline, the top risks, open decisions and the next steps. Fields other
 * stages add later (sizing per cluster, migration waves) are read when the plan holds them.
 */

const d = (key: TKey): Text => dictionary[key];
const gib = (mib: number): number => Math.round(mib / 1024);
const CLASSES: ReadinessClass[] = ['ready', 'conditional', 'not-ready', 'unknown'];
/** Risks shown in the summary (the register holds them all). */
export const TOP_RISKS = 5;


export type ClusterHeadline = {
  name: string;
  nodes: number;
  added: number;
  reserve: string;
  haResources: number;
  vms: number;
  unplaced: number;
  cpuPct: number;
  memPct: number;
  cpuPctAfterFailure: number;
  memPctAfterFailure: number;
};

function maxOf(values: number[]): number {
  return values.length ? Math.max(...values) : 0;
}

/** One line per target cluster: what the design gives and the load before and after one node fails. */
export function clusterHeadline(c: ClusterDesign): ClusterHeadline {
  const u = c.placement.utilisation;
  const added = c.sizing?.addedNodes.length ?? c.nodes.filter((n) => n.origin === 'new-hardware').length;
  return {
    name: c.name,
    nodes: c.nodes.length,
    added,
    reserve: c.reserve.toUpperCase(),
    haResources: c.ha.enabled ? c.ha.resources.length : 0,
    vms: c.placement.vms.length,
    unplaced: c.placement.vms.filter((v) => v.unplaced).length,
    cpuPct: maxOf(u.map((x) => x.cpuPct)),
    memPct: maxOf(u.map((x) => x.memoryPct)),
    cpuPctAfterFailure: maxOf(u.map((x) => x.cpuPctAfterFailure)),
    memPctAfterFailure: maxOf(u.map((x) => x.memoryPctAfterFailure)),
  };
}

function nextSteps(plan: Plan, risks: Risk[], open: number): Text[] {
  const steps: Text[] = [];
  const r = plan.readiness.summary;
  if (open > 0) steps.push(tt('report.exec.next.decide', { n: open }));
  if (r['not-ready'] > 0 || r.unknown > 0) steps.push(tt('report.exec.next.blockers', { n: r['not-ready'], unknown: r.unknown }));
  const unplaced = plan.design.clusters.reduce((a, c) => a + c.placement.vms.filter((v) => v.unplaced).length, 0);
  if (unplaced > 0) steps.push(tt('report.exec.next.capacity', { n: unplaced }));
  steps.push(tt('report.exec.next.build', { clusters: plan.design.clusters.length }));
  if (r.ready > 0) steps.push(tt('report.exec.next.pilot', { n: r.ready }));
  if (plan.haChecks.some((c) => c.acceptance.length > 0)) steps.push(d('report.exec.next.acceptance'));
  const waves = plan.waves?.waves;
  steps.push(waves && waves.length > 0 ? tt('report.exec.next.waves', { n: waves.length }) : d('report.exec.next.wavesPlan'));
  if (risks.length > 0) steps.push(d('report.exec.next.risks'));
  return steps;
}

export function executiveSections(plan: Plan): Section[] {
  const s = plan.summary;
  const clusters = plan.design.clusters.map(clusterHeadline);
  const nodes = clusters.reduce((a, c) => a + c.nodes, 0);
  const risks = riskRegister(plan);
  const open = openDecisions(plan);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: tt('report.exec.scope', {
        vms: s.vms,
        on: s.poweredOn,
        hosts: s.hosts,
        clusters: s.clusters,
        targets: clusters.length,
        nodes,
        target: plan.assumptions.pveTarget.replace('pve', 'Proxmox VE '),
      }),
    },
    { kind: 'heading', level: 2, text: d('report.exec.estate') },
    {
      kind: 'kv',
      rows: [
        { label: d('report.inventory.vms'), value: s.vms },
        { label: d('report.inventory.poweredOn'), value: s.poweredOn },
        { label: d('report.inventory.hosts'), value: s.hosts },
        { label: d('report.inventory.clusters'), value: s.clusters },
        { label: d('report.inventory.vcpus'), value: s.vCpus },
        { label: d('report.inventory.memory'), value: gib(s.memoryMiB) },
        { label: d('report.inventory.provisioned'), value: gib(s.provisionedMiB) },
      ],
    },
    { kind: 'heading', level: 2, text: d('report.exec.design') },
    {
      kind: 'table',
      id: 'exec-clusters',
      sheet: { kind: 'summary-clusters' },
      columns: [
        { key: 'cluster', label: d('report.exec.col.cluster'), width: 1.6 },
        { key: 'nodes', label: d('report.exec.col.nodes'), align: 'right' },
        { key: 'added', label: d('report.exec.col.added'), align: 'right' },
        { key: 'reserve', label: d('report.exec.col.reserve') },
        { key: 'vms', label: d('report.exec.col.vms'), align: 'right' },
        { key: 'ha', label: d('report.exec.col.ha'), align: 'right' },
        { key: 'mem', label: d('report.exec.col.memPct'), align: 'right' },
        { key: 'memF', label: d('report.exec.col.memPctFail'), align: 'right' },
        { key: 'cpuF', label: d('report.exec.col.cpuPctFail'), align: 'right' },
        { key: 'unplaced', label: d('report.exec.col.unplaced'), align: 'right' },
      ],
      rows: clusters.map((c): Cell[] => [c.name, c.nodes, c.added, c.reserve, c.vms, c.haResources, c.memPct, c.memPctAfterFailure, c.cpuPctAfterFailure, c.unplaced]),
    },
  ];
  if (clusters.length > 0) {
    blocks.push({
      kind: 'chart',
      id: 'exec-capacity',
      height: 150,
      // The same figures are the summary-per-cluster sheet of the workbook.
      sheet: { kind: 'none' },
      title: d('report.exec.chart.capacity'),
      chart: {
        kind: 'bar',
        categories: clusters.map((c) => ({ vi: c.name, en: c.name })),
        categoryLabel: d('report.exec.col.cluster'),
        series: [
          { name: d('report.exec.series.memNow'), values: clusters.map((c) => c.memPct), color: '#2e6da4' },
          { name: d('report.exec.series.memFail'), values: clusters.map((c) => c.memPctAfterFailure), color: '#c77c1e' },
        ],
        unit: '%',
      },
    });
  }
  const r = plan.readiness.summary;
  blocks.push(
    { kind: 'heading', level: 2, text: d('report.exec.readiness') },
    { kind: 'paragraph', text: tt('report.exec.readinessLine', { ready: r.ready, conditional: r.conditional, notReady: r['not-ready'], unknown: r.unknown, total: r.total }) },
    {
      kind: 'chart',
      id: 'exec-readiness',
      height: 130,
      // The same figures are in the readiness sheet of the workbook.
      sheet: { kind: 'none' },
      title: d('report.exec.chart.readiness'),
      chart: {
        kind: 'bar',
        categories: CLASSES.map((c) => d(CLASS_LABEL[c])),
        categoryLabel: d('readiness.col.class'),
        series: [{ name: d('report.exec.series.vms'), values: CLASSES.map((c) => r[c]), color: '#2e6da4' }],
        unit: '',
      },
    },
  );
  const ha = plan.haChecks;
  const swept = ha.filter((c) => c.sweep);
  const clean = swept.filter((c) => c.sweep && c.sweep.summary.withUnrecovered === 0 && c.sweep.summary.withoutQuorum === 0);
  blocks.push(
    { kind: 'heading', level: 2, text: d('report.exec.ha') },
    {
      kind: 'paragraph',
      text: tt('report.exec.haLine', {
        haClusters: plan.design.clusters.filter((c) => c.ha.enabled).length,
        clusters: plan.design.clusters.length,
        resources: clusters.reduce((a, c) => a + c.haResources, 0),
        swept: swept.length,
        clean: clean.length,
      }),
    },
    { kind: 'heading', level: 2, text: d('report.exec.cost') },
    { kind: 'paragraph', text: costHeadline(plan.cost) },
    { kind: 'heading', level: 2, text: d('report.exec.risks') },
  );
  if (risks.length === 0) blocks.push({ kind: 'paragraph', text: d('report.exec.noRisks') });
  else {
    blocks.push({
      kind: 'table',
      id: 'exec-risks',
      // The workbook's risk sheet holds every risk; the top five are not repeated there.
      sheet: { kind: 'none' },
      columns: [
        { key: 'id', label: d('report.risk.col.id'), width: 0.5 },
        { key: 'risk', label: d('report.risk.col.risk'), width: 4 },
        { key: 'impact', label: d('report.risk.col.impact'), width: 0.9 },
      ],
      rows: risks.slice(0, TOP_RISKS).map((x) => [x.id, x.risk, d(x.impact === 'high' ? 'report.risk.high' : x.impact === 'medium' ? 'report.risk.medium' : 'report.risk.low')]),
    });
    if (risks.length > TOP_RISKS) blocks.push({ kind: 'paragraph', text: tt('report.exec.moreRisks', { n: risks.length - TOP_RISKS }) });
  }
  blocks.push(
    { kind: 'heading', level: 2, text: d('report.exec.decisions') },
    { kind: 'paragraph', text: open > 0 ? tt('report.exec.openDecisions', { n: open }) : d('report.exec.noOpenDecisions') },
    { kind: 'heading', level: 2, text: d('report.exec.next') },
    ...nextSteps(plan, risks, open).map((t, i): Block => ({ kind: 'paragraph', text: { vi: `${i + 1}. ${t.vi}`, en: `${i + 1}. ${t.en}` } })),
  );
  return [{ id: 'executive-summary', title: d('report.exec.title'), blocks }];
}
