import { design as dict } from '../../i18n/dict/design';
import { fill, fillText, formatNumber, type Lang, type Text } from '../../i18n/text';
import { formatNodePriorities } from '../../design/haRules';
import type { ClusterDesign, DesignResult, QdeviceAdvice, BindingConstraint, NodeOrigin } from '../../design/types';
import type { SizingSource, SizingValue } from '../../design/sizing';
import { dictionary, tt } from '../../i18n';
import { buildConfigBundle, type BundleFile, type BundleFinding, type ConfigBundle } from '../configBundle';
import type { Block, Cell, Section } from '../model';
import { markdownBlocks } from '../markdownBlocks';
import { digestPointer, digestTable, fullOnly, grouped, num, summaryOnly, ttl, type Tagged } from './digest';

type Key = keyof typeof dict;
const d = (key: Key, params?: Record<string, string | number>): Text => fillText(dict[key], params);
const gib = (mib: number): number => Math.round((mib / 1024) * 10) / 10;
const yes = (b: boolean): Text => d(b ? 'design.text.yes' : 'design.text.no');

/** The summary names at most this many VMs of one cluster that are out of HA for one reason (the XLSX has all). */
export const NOT_MANAGED_NAMES_MAX = 100;

/** At most this many rows per cluster in the placement and HA tables (the bundle, XLSX and plan.json carry all). */
export const PLACEMENT_ROWS_MAX = 400;

/** Display names of the binding constraint and of a node's origin (never the internal value). */
function bindingText(b: BindingConstraint): Text {
  return tt(`report.binding.${b}`);
}
function originText(o: NodeOrigin): Text {
  return tt(`report.origin.${o}`);
}

function qdeviceText(a: QdeviceAdvice): Text {
  return a === 'required' ? d('design.text.required') : a === 'recommended' ? d('design.text.recommended') : a === 'not-recommended' ? d('design.text.notRecommended') : d('design.text.notApplicable');
}

function joinTexts(ts: readonly Text[]): Text {
  return { vi: ts.map((t) => t.vi).join(' '), en: ts.map((t) => t.en).join(' ') };
}

/** A text of figures written the way each language writes numbers (8,5 / 8.5). */
const nums = (f: (n: (x: number) => string) => string): Text => {
  const by = (lang: Lang) => f((x) => formatNumber(x, lang));
  return { vi: by('vi'), en: by('en') };
};
const pct = (x: number): Text => nums((n) => `${n(Math.round(x * 1000) / 10)} %`);

/** The sizing model of one cluster as a table: every figure, its value, where it came from, and why. */
function sizingBlocks(c: ClusterDesign): Block[] {
  const s = c.sizing;
  const src = (x: SizingSource): Text => d(`design.sizing.src.${x}`);
  const unknown = d('design.sizing.unknownValue');
  const model = s.nodeModel?.value;
  const hw = model
    ? d(s.hardware === 'node-model' ? 'design.sizing.hw.model' : 'design.sizing.hw.keep', { sockets: model.sockets, cores: model.cores, mem: gib(model.memoryMiB) })
    : d('design.sizing.hw.none');
  const rows: Cell[][] = [
    [d('design.sizing.p.basis'), d(`design.sizing.basis.${s.basis.value}`), src(s.basis.source), s.basis.assumption ? `assumptions.${s.basis.assumption}` : ''],
    [d('design.sizing.p.ratio'), nums((n) => `${n(s.vcpuPerCore.value)}:1`), src(s.vcpuPerCore.source), s.vcpuPerCore.note ?? (s.vcpuPerCore.assumption ? `assumptions.${s.vcpuPerCore.assumption}` : '')],
    [d('design.sizing.p.sourceRatio'), s.sourceRatio !== undefined ? nums((n) => `${n(s.sourceRatio ?? 0)}:1`) : unknown, src(s.sourceRatio !== undefined ? 'derived' : 'unknown'), `${s.sourceVcpus} vCPU / ${s.sourceCores} cores`],
    [d('design.sizing.p.overcommit'), s.memoryOvercommit.value, src(s.memoryOvercommit.source), s.memoryOvercommit.assumption ? `assumptions.${s.memoryOvercommit.assumption}` : ''],
    [d('design.sizing.p.hostReserve'), nums((n) => `${n(gib(s.hostReserveMiB.value))} GiB`), src(s.hostReserveMiB.source), s.hostReserveMiB.assumption ? `assumptions.${s.hostReserveMiB.assumption}` : ''],
    [d('design.sizing.p.zfsArc'), s.zfsArc ? d('design.sizing.zfsArc', { pct: Math.round(s.zfsArc.share * 100), max: gib(s.zfsArc.maxMiB) }) : d('design.sizing.noZfs'), src(s.zfsArc ? 'assumption' : 'derived'), s.zfsArc ? 'assumptions.zfsArcShare, assumptions.zfsArcMaxMiB' : ''],
    [d('design.sizing.p.cpuReserve'), s.cpuReserveCores.value, src(s.cpuReserveCores.source), s.cpuReserveCores.assumption ? `assumptions.${s.cpuReserveCores.assumption}` : ''],
    [d('design.sizing.p.headroom'), pct(s.headroom.value), src(s.headroom.source), s.headroom.assumption ? `assumptions.${s.headroom.assumption}` : ''],
    [d('design.sizing.p.reserve'), c.reserve.toUpperCase(), '', ''],
    [d('design.sizing.p.hardware'), hw, src(s.nodeModel?.source ?? 'unknown'), ''],
    [
      d('design.sizing.p.sourceUsage'),
      nums((n) => `${s.sourceUsage.cpuPct === undefined ? '?' : n(s.sourceUsage.cpuPct)} % / ${s.sourceUsage.memoryPct === undefined ? '?' : n(s.sourceUsage.memoryPct)} %`),
      src(s.sourceUsage.cpuPct === undefined && s.sourceUsage.memoryPct === undefined ? 'unknown' : 'derived'),
      '',
    ],
  ];
  if (s.measured) rows.push([d('design.sizing.p.measured'), `${s.measured.memoryKnown} / ${s.measured.cpuKnown} / ${s.measured.vms}`, src('derived'), s.measured.missingColumns.join(', ')]);
  const blocks: Block[] = [
    {
      kind: 'table',
      id: `design-sizing-${c.name}`,
      sheet: { kind: 'sizing', group: c.name, groupLabel: d('design.col.cluster') },
      title: d('design.sizing.title'),
      columns: [
        { key: 'p', label: d('design.sizing.col.parameter'), width: 2 },
        { key: 'v', label: d('design.sizing.col.value'), width: 2 },
        { key: 's', label: d('design.sizing.col.source') },
        { key: 'n', label: d('design.sizing.col.note'), width: 3 },
      ],
      rows,
    },
  ];
  if (s.addedNodes.length) {
    blocks.push({
      kind: 'table',
      id: `design-added-${c.name}`,
      sheet: { kind: 'added-nodes', group: c.name, groupLabel: d('design.col.cluster') },
      title: d('design.sizing.addedTitle'),
      columns: [
        { key: 'node', label: d('design.col.node') },
        { key: 'reason', label: d('design.col.reason'), width: 5 },
      ],
      rows: s.addedNodes.map((a) => [a.name, a.reason]),
    });
  }
  if (s.excluded.length) {
    blocks.push({
      kind: 'table',
      id: `design-excluded-${c.name}`,
      // One row per excluded VM (appliances, vCLS): per-VM detail.
      detail: 'full',
      sheet: { kind: 'excluded-vms', group: c.name, groupLabel: d('design.col.cluster') },
      title: d('design.sizing.excludedTitle'),
      columns: [
        { key: 'vm', label: d('design.col.vm'), width: 2 },
        { key: 'kind', label: d('design.col.kind') },
        { key: 'reason', label: d('design.col.reason'), width: 5 },
      ],
      rows: s.excluded.map((e) => [e.name, e.kind, e.reason]),
    });
  }
  return blocks;
}

function clusterBlocks(c: ClusterDesign): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: { vi: `Cluster ${c.name}`, en: `Cluster ${c.name}` } },
    {
      kind: 'table',
      id: `design-nodes-${c.name}`,
      sheet: { kind: 'nodes', group: c.name, groupLabel: d('design.col.cluster') },
      columns: [
        { key: 'node', label: d('design.col.node') },
        { key: 'host', label: d('design.col.sourceHost'), width: 2 },
        { key: 'sockets', label: d('design.col.sockets'), align: 'right' },
        { key: 'cores', label: d('design.col.cores'), align: 'right' },
        { key: 'mem', label: d('design.col.memoryGiB'), align: 'right' },
        { key: 'origin', label: d('design.col.origin') },
      ],
      rows: c.nodes.map((n) => {
        const o = originText(n.origin);
        return [n.name, n.sourceHost ?? '', n.sockets, n.cores, gib(n.memoryMiB), n.isNew ? { vi: `${o.vi} (mới)`, en: `${o.en} (new)` } : o];
      }),
    },
    ...sizingBlocks(c),
  ];
  for (const n of c.notes) blocks.push({ kind: 'note', tone: 'info', text: n });
  return blocks;
}

function quorumBlocks(c: ClusterDesign): Block[] {
  const q = c.quorum;
  const n = c.networks;
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: { vi: `Cluster ${c.name}`, en: `Cluster ${c.name}` } },
    {
      kind: 'kv',
      rows: [
        { label: d('design.col.nodes'), value: q.nodeCount },
        { label: d('design.col.qdevice'), value: { vi: `${qdeviceText(q.qdeviceAdvice).vi} — ${yes(q.qdevice).vi}`, en: `${qdeviceText(q.qdeviceAdvice).en} — ${yes(q.qdevice).en}` } },
        { label: d('design.col.votes'), value: `${q.totalVotes} (quorum ${q.quorumVotes})` },
        { label: d('design.col.ha'), value: yes(q.haPossible) },
        { label: d('design.kv.migration'), value: n.migration.source === 'proposed' ? `# migration: ${n.migrationSetting}` : `migration: ${n.migrationSetting}` },
      ],
    },
  ];
  for (const e of q.explanation) blocks.push({ kind: 'paragraph', text: e });
  for (const o of q.options) blocks.push({ kind: 'note', tone: 'warning', text: o });
  const netRows: Cell[][] = [
    ...n.management.map((x) => ['management', x.cidr, x.source, x.portGroups.join(', ')] as Cell[]),
    ...n.storage.map((x) => ['storage', x.cidr, x.source, x.portGroups.join(', ')] as Cell[]),
    ['migration', n.migration.cidr, n.migration.source, n.migration.portGroups.join(', ')],
    ...n.corosyncLinks.map((l) => [`corosync link${l.link}`, l.network.cidr, l.network.source, l.note] as Cell[]),
  ];
  blocks.push({
    kind: 'table',
    id: `design-networks-${c.name}`,
    sheet: { kind: 'cluster-networks', group: c.name, groupLabel: d('design.col.cluster') },
    columns: [
      { key: 'role', label: d('design.col.role') },
      { key: 'net', label: d('design.col.network') },
      { key: 'source', label: d('design.col.source') },
      { key: 'detail', label: d('design.col.detail'), width: 3 },
    ],
    rows: netRows,
  });
  for (const f of n.findings) blocks.push({ kind: 'note', tone: n.migration.source === 'proposed' ? 'warning' : 'info', text: f });
  return blocks;
}

function placementBlocks(c: ClusterDesign): Block[] {
  const p = c.placement;
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: { vi: `Cluster ${c.name}`, en: `Cluster ${c.name}` } },
    {
      kind: 'kv',
      rows: [
        { label: d('design.col.reserve'), value: c.reserve.toUpperCase() },
        { label: d('design.col.binding'), value: bindingText(p.bindingConstraint) },
        { label: d('design.kv.demand'), value: nums((n) => `${n(p.demand.vcpus)} / ${n(gib(p.demand.memoryMiB))} / ${n(p.demand.vms)}`) },
        { label: d('design.kv.nodeCapacity'), value: nums((n) => `${n(p.nodeCapacity.vcpus)} / ${n(gib(p.nodeCapacity.memoryMiB))}`) },
        { label: d('design.kv.lowerBound'), value: Number.isFinite(p.lowerBound) ? p.lowerBound : d('design.sizing.unknownValue') },
        { label: d('design.kv.minimumNodes'), value: p.minimumNodes ?? '—' },
      ],
    },
    { kind: 'paragraph', text: p.bindingExplanation },
    {
      kind: 'table',
      id: `design-utilisation-${c.name}`,
      sheet: { kind: 'utilisation', group: c.name, groupLabel: d('design.col.cluster') },
      columns: [
        { key: 'node', label: d('design.col.node') },
        { key: 'vms', label: d('design.col.vm'), align: 'right' },
        { key: 'cpu', label: d('design.col.cpuPct'), align: 'right' },
        { key: 'mem', label: d('design.col.memPct'), align: 'right' },
        { key: 'cpuF', label: d('design.col.cpuPctFail'), align: 'right' },
        { key: 'memF', label: d('design.col.memPctFail'), align: 'right' },
        { key: 'worst', label: d('design.col.worstFailed') },
      ],
      rows: p.utilisation.map((u) => [u.node, u.vms, u.cpuPct, u.memoryPct, u.cpuPctAfterFailure, u.memoryPctAfterFailure, u.worstFailedNode ?? '']),
    },
  ];
  for (const f of p.ruleFindings) blocks.push({ kind: 'note', tone: 'warning', text: f });
  const unplaced = p.vms.filter((v) => v.unplaced);
  if (unplaced.length) {
    blocks.push({
      kind: 'table',
      id: `design-unplaced-${c.name}`,
      detail: 'full',
      sheet: { kind: 'unplaced', group: c.name, groupLabel: d('design.col.cluster') },
      title: d('design.text.unplacedTitle'),
      columns: [
        { key: 'vm', label: d('design.col.vm'), width: 2 },
        { key: 'vmid', label: d('design.col.vmid'), align: 'right' },
        { key: 'reason', label: d('design.col.reason'), width: 4 },
      ],
      rows: unplaced.map((v) => [v.name, v.vmid, v.unplaced?.text]),
    });
  }
  const shown = p.vms.slice(0, PLACEMENT_ROWS_MAX);
  if (p.vms.length > shown.length) blocks.push({ kind: 'note', tone: 'info', text: d('design.text.placementMore', { shown: shown.length, total: p.vms.length }) });
  const tier = new Map(c.ha.resources.map((r) => [r.vmKey, r.tier]));
  blocks.push({
    kind: 'table',
    id: `design-placement-${c.name}`,
    detail: 'full',
    sheet: { kind: 'placement', group: c.name, groupLabel: d('design.col.cluster') },
    title: tt('report.design.placementTitle', { cluster: c.name }),
    columns: [
      { key: 'vm', label: d('design.col.vm'), width: 2 },
      { key: 'vmid', label: d('design.col.vmid'), align: 'right' },
      { key: 'node', label: d('design.col.node') },
      { key: 'sec', label: d('design.col.secondary') },
      { key: 'vcpu', label: d('design.col.vcpus'), align: 'right' },
      { key: 'mem', label: d('design.col.memoryGiB'), align: 'right' },
      { key: 'tier', label: d('design.col.tier') },
    ],
    rows: shown.map((v) => [v.name, v.vmid, v.node ?? '—', v.secondary ?? '', v.vcpus, gib(v.memoryMiB), tier.get(v.vmKey) ?? d('design.text.notHa')]),
  });
  return blocks;
}

function haBlocks(c: ClusterDesign): Block[] {
  const h = c.ha;
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: { vi: `Cluster ${c.name}`, en: `Cluster ${c.name}` } }];
  for (const n of h.notes) blocks.push({ kind: 'paragraph', text: n });
  if (h.enabled && h.target === 'pve9') {
    blocks.push({
      kind: 'table',
      id: `design-ha-rules-${c.name}`,
      detail: 'full',
      sheet: { kind: 'ha-rules', group: c.name, groupLabel: d('design.col.cluster') },
      title: d('design.text.rulesTitle'),
      columns: [
        { key: 'rule', label: d('design.col.rule'), width: 2 },
        { key: 'type', label: d('design.col.type') },
        { key: 'res', label: d('design.col.resources'), width: 3 },
        { key: 'nodes', label: d('design.col.priorities'), width: 2 },
        { key: 'strict', label: d('design.col.strict') },
      ],
      rows: h.rules.slice(0, PLACEMENT_ROWS_MAX).map((r) => [r.id, r.type === 'node-affinity' ? 'node-affinity' : `resource-affinity (${r.affinity})`, r.resources.join(', '), r.type === 'node-affinity' ? formatNodePriorities(r.nodes) : '', r.type === 'node-affinity' ? yes(r.strict) : '']),
    });
  } else if (h.enabled) {
    blocks.push({
      kind: 'table',
      id: `design-ha-groups-${c.name}`,
      detail: 'full',
      sheet: { kind: 'ha-groups', group: c.name, groupLabel: d('design.col.cluster') },
      title: d('design.text.groupsTitle'),
      columns: [
        { key: 'group', label: d('design.col.group'), width: 2 },
        { key: 'nodes', label: d('design.col.priorities'), width: 2 },
        { key: 'strict', label: d('design.col.strict') },
        { key: 'fb', label: d('design.col.failback') },
      ],
      rows: h.groups.slice(0, PLACEMENT_ROWS_MAX).map((g) => [g.id, formatNodePriorities(g.nodes), yes(g.restricted), yes(!g.nofailback)]),
    });
  }
  const longest = Math.max(h.rules.length, h.groups.length, h.resources.length);
  if (h.enabled && longest > PLACEMENT_ROWS_MAX) blocks.push({ kind: 'note', tone: 'info', text: d('design.text.rowsMore', { shown: PLACEMENT_ROWS_MAX, total: longest }) });
  if (h.enabled) {
    blocks.push({
      kind: 'table',
      id: `design-ha-resources-${c.name}`,
      detail: 'full',
      sheet: { kind: 'ha-resources', group: c.name, groupLabel: d('design.col.cluster') },
      title: d('design.text.resourcesTitle'),
      columns: [
        { key: 'sid', label: d('design.col.sid') },
        { key: 'vm', label: d('design.col.vm'), width: 2 },
        { key: 'tier', label: d('design.col.tier'), align: 'right' },
        { key: 'state', label: d('design.col.state') },
        { key: 'mr', label: d('design.col.maxRestart'), align: 'right' },
        { key: 'ml', label: d('design.col.maxRelocate'), align: 'right' },
        { key: 'fb', label: d('design.col.failback') },
        { key: 'node', label: d('design.col.node') },
      ],
      rows: h.resources.slice(0, PLACEMENT_ROWS_MAX).map((r) => [r.sid, r.vmName, r.tier, r.state, r.maxRestart, r.maxRelocate, h.target === 'pve8' ? r.group ?? '' : yes(r.failback), r.node ?? '']),
    });
  }
  if (h.dropped.length) {
    blocks.push({
      kind: 'table',
      id: `design-ha-dropped-${c.name}`,
      sheet: { kind: 'ha-dropped', group: c.name, groupLabel: d('design.col.cluster') },
      title: d('design.text.droppedTitle'),
      columns: [
        { key: 'rule', label: d('design.col.rule'), width: 2 },
        { key: 'detail', label: d('design.col.detail'), width: 6 },
      ],
      rows: h.dropped.map((x) => [x.source, x.text]),
    });
  }
  if (h.notManaged.length) {
    blocks.push({
      kind: 'table',
      id: `design-ha-not-managed-${c.name}`,
      detail: 'full',
      sheet: { kind: 'ha-not-managed', group: c.name, groupLabel: d('design.col.cluster') },
      title: d('design.ha.notManagedTitle'),
      columns: [
        { key: 'vm', label: d('design.col.vm'), width: 2 },
        { key: 'reason', label: d('design.col.reason'), width: 5 },
      ],
      rows: h.notManaged.slice(0, PLACEMENT_ROWS_MAX).map((x) => [x.vmName, x.reason]),
    });
  }
  for (const w of h.priorityWarnings) blocks.push({ kind: 'note', tone: 'warning', text: w.text });
  blocks.push({ kind: 'kv', rows: [{ label: d('design.text.datacenterTitle'), value: h.datacenter.lines.join('\n') }] });
  blocks.push({ kind: 'paragraph', text: joinTexts(h.datacenter.explanation) });
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// Summary digests: one table for all target clusters in place of each cluster's tables, each distinct note once
// with the clusters it applies to, and a pointer to the per-cluster detail (XLSX workbook, full report).

const same = (s: string): Text => ({ vi: s, en: s });
const cat = (parts: readonly Text[], sep = ' '): Text => ({ vi: parts.map((p) => p.vi).join(sep), en: parts.map((p) => p.en).join(sep) });

/** A value, with its source in brackets unless it is the project-wide assumption. */
function sourced(value: string | Text, source: SizingSource): Text {
  const v = typeof value === 'string' ? same(value) : value;
  if (source === 'assumption') return v;
  const s = d(`design.sizing.src.${source}`);
  return { vi: `${v.vi} (${s.vi})`, en: `${v.en} (${s.en})` };
}

/** Display names of the assumptions a cluster's sizing rests on (for the reference to the assumptions table). */
function assumptionNames(design: DesignResult): Text[] {
  const names = new Set<string>();
  for (const c of design.clusters) {
    const s = c.sizing;
    const values: SizingValue<unknown>[] = [s.basis, s.vcpuPerCore, s.memoryOvercommit, s.hostReserveMiB, s.cpuReserveCores, s.headroom];
    for (const v of values) if (v.source === 'assumption' && v.assumption) names.add(v.assumption);
  }
  return [...names].flatMap((n) => {
    const t = (dictionary as Record<string, Text | undefined>)[`report.assumption.${n}`];
    return t ? [t] : [];
  });
}

function clustersDigest(design: DesignResult): Block[] {
  if (design.clusters.length === 0) return [];
  const all = design.clusters.length;
  const out: Block[] = [];
  // Nodes: one row per cluster and kind of node (same hardware, same origin), the node names listed.
  const nodeRows: Cell[][] = [];
  for (const c of design.clusters) {
    const kinds = new Map<string, { names: string[]; n: ClusterDesign['nodes'][number] }>();
    for (const n of c.nodes) {
      const k = `${n.sockets}/${n.cores}/${n.memoryMiB}/${n.origin}/${n.isNew ? 1 : 0}`;
      const g = kinds.get(k) ?? { names: [], n };
      g.names.push(n.name);
      kinds.set(k, g);
    }
    for (const { names, n } of kinds.values()) {
      const o = originText(n.origin);
      nodeRows.push([c.name, names.join(', '), names.length, n.sockets, n.cores, gib(n.memoryMiB), n.isNew ? { vi: `${o.vi} (mới)`, en: `${o.en} (new)` } : o]);
    }
  }
  out.push(
    ...digestTable('design-nodes', tt('report.digest.design.nodesTitle'), [
      { key: 'cluster', label: d('design.col.cluster') },
      { key: 'nodes', label: d('design.col.node'), width: 2.5 },
      { key: 'n', label: tt('report.digest.design.nodeCount'), align: 'right', width: 0.6 },
      { key: 'sockets', label: d('design.col.sockets'), align: 'right', width: 0.7 },
      { key: 'cores', label: d('design.col.cores'), align: 'right', width: 0.7 },
      { key: 'mem', label: d('design.col.memoryGiB'), align: 'right', width: 0.9 },
      { key: 'origin', label: d('design.col.origin') },
    ], nodeRows),
  );
  // Sizing inputs: one row per cluster; the source of a value that is not the project assumption in brackets.
  const names = assumptionNames(design);
  const intro = dictionary['report.digest.design.sizingIntro'];
  out.push(summaryOnly({ kind: 'paragraph', text: { vi: fill(intro.vi, { list: names.map((n) => n.vi).join('; ') }), en: fill(intro.en, { list: names.map((n) => n.en).join('; ') }) } }));
  out.push(
    ...digestTable(
      'design-sizing',
      tt('report.digest.design.sizingTitle'),
      [
        { key: 'cluster', label: d('design.col.cluster'), width: 1.2 },
        { key: 'basis', label: d('design.sizing.p.basis'), width: 1 },
        { key: 'ratio', label: tt('report.digest.design.col.ratio'), width: 1.3 },
        { key: 'oc', label: d('design.sizing.p.overcommit'), width: 1.15 },
        { key: 'kept', label: tt('report.digest.design.col.kept'), width: 1.5 },
        { key: 'reserve', label: d('design.sizing.p.reserve'), width: 0.7 },
        { key: 'hw', label: tt('report.digest.design.col.hardware'), width: 1.5 },
        { key: 'usage', label: tt('report.digest.design.col.usage'), width: 1.1 },
      ],
      design.clusters.map((c) => {
        const s = c.sizing;
        const basis = d(`design.sizing.basis.${s.basis.value}`);
        const basisCell = s.basis.value === 'measured' ? cat([basis, ttl('report.digest.design.headroom', { pct: cat([num(Math.round(s.headroom.value * 1000) / 10), same('%')], ' ') })]) : basis;
        const ratioOf = (x: number): Text => cat([num(x), same(':1')], '');
        const ratio = sourced(ratioOf(s.vcpuPerCore.value), s.vcpuPerCore.source);
        const today = s.sourceRatio !== undefined ? ttl('report.digest.design.today', { ratio: ratioOf(s.sourceRatio) }) : undefined;
        const keptSource: SizingSource = s.hostReserveMiB.source !== 'assumption' ? s.hostReserveMiB.source : s.cpuReserveCores.source;
        const kept = sourced(ttl('report.digest.design.kept', { mem: gib(s.hostReserveMiB.value), cores: s.cpuReserveCores.value }), keptSource);
        const model = s.nodeModel?.value;
        const hw = model
          ? ttl(s.hardware === 'node-model' ? 'report.digest.design.hw.model' : 'report.digest.design.hw.keep', { sockets: model.sockets, cores: model.cores, mem: gib(model.memoryMiB) })
          : tt('report.digest.design.hw.none');
        return [
          c.name,
          sourced(basisCell, s.basis.source),
          today ? cat([ratio, same('—'), today]) : ratio,
          sourced(num(s.memoryOvercommit.value), s.memoryOvercommit.source),
          s.zfsArc ? cat([kept, ttl('design.sizing.zfsArc', { pct: Math.round(s.zfsArc.share * 100), max: gib(s.zfsArc.maxMiB) })], '; ') : kept,
          c.reserve.toUpperCase(),
          s.nodeModel?.source === 'decision' ? sourced(hw, 'decision') : hw,
          cat([s.sourceUsage.cpuPct !== undefined ? num(s.sourceUsage.cpuPct) : same('?'), same('% /'), s.sourceUsage.memoryPct !== undefined ? num(s.sourceUsage.memoryPct) : same('?'), same('%')]),
        ];
      }),
    ),
  );
  // Why each new node is proposed: one row per cluster and reason.
  const added: Cell[][] = [];
  for (const c of design.clusters) {
    const reasons = new Map<string, { names: string[]; reason: Text }>();
    for (const a of c.sizing.addedNodes) {
      const k = `${a.reason.vi}\u0000${a.reason.en}`;
      const g = reasons.get(k) ?? { names: [], reason: a.reason };
      g.names.push(a.name);
      reasons.set(k, g);
    }
    for (const g of reasons.values()) added.push([c.name, g.names.join(', '), g.reason]);
  }
  if (added.length) {
    out.push(
      ...digestTable('design-added', tt('report.digest.design.addedTitle'), [
        { key: 'cluster', label: d('design.col.cluster') },
        { key: 'nodes', label: d('design.col.node'), width: 1.5 },
        { key: 'reason', label: d('design.col.reason'), width: 5 },
      ], added),
    );
  }
  out.push(...grouped(design.clusters.flatMap((c) => c.notes.map((text): Tagged => ({ owner: c.name, text, tone: 'info' }))), { kind: 'note', all }));
  const excludedIn = design.clusters.filter((c) => c.sizing.excluded.length > 0);
  if (excludedIn.length) {
    const n = excludedIn.reduce((a, c) => a + c.sizing.excluded.length, 0);
    out.push(digestPointer(ttl('report.digest.design.excluded', { n, clusters: excludedIn.length }), ['excluded-vms']));
  }
  out.push(digestPointer(tt('report.digest.design.nodesPointer'), ['nodes', 'sizing', ...(added.length ? ['added-nodes'] : [])]));
  return out;
}

function quorumDigest(design: DesignResult): Block[] {
  if (design.clusters.length === 0) return [];
  const all = design.clusters.length;
  const out: Block[] = [
    ...digestTable('design-quorum', tt('report.digest.quorum.title'), [
      { key: 'cluster', label: d('design.col.cluster') },
      { key: 'nodes', label: d('design.col.nodes'), align: 'right', width: 0.6 },
      { key: 'qdev', label: tt('report.digest.quorum.col.qdevice'), width: 1.6 },
      { key: 'votes', label: tt('report.digest.quorum.col.votes'), align: 'right' },
      { key: 'survives', label: tt('report.digest.quorum.col.survives'), align: 'right' },
      { key: 'ha', label: tt('report.digest.quorum.col.ha'), width: 0.7 },
    ], design.clusters.map((c) => {
      const q = c.quorum;
      return [c.name, q.nodeCount, cat([qdeviceText(q.qdeviceAdvice), same('—'), yes(q.qdevice)]), `${q.totalVotes} (${q.quorumVotes})`, q.toleratedNodeFailures, yes(q.haPossible)];
    })),
  ];
  // The vote count sentence says what the table's columns say; the other explanations once each.
  const votesLine = (c: ClusterDesign): string => d('design.quorum.votes', { nodes: c.quorum.nodeCount, votes: c.quorum.totalVotes, quorum: c.quorum.quorumVotes, tolerated: c.quorum.toleratedNodeFailures }).en;
  out.push(...grouped(design.clusters.flatMap((c) => c.quorum.explanation.filter((t) => t.en !== votesLine(c)).map((text): Tagged => ({ owner: c.name, text }))), { kind: 'paragraph', all }));
  out.push(...grouped(design.clusters.flatMap((c) => c.quorum.options.map((text): Tagged => ({ owner: c.name, text, tone: 'warning' }))), { kind: 'note', all }));
  // Networks: one row per cluster, one column per role.
  const links = Math.max(0, ...design.clusters.map((c) => c.networks.corosyncLinks.length));
  // A subnet from the source hosts' VMkernel ports as it is; one still to choose is a <PLACEHOLDER>; a decision says so.
  const net = (x: { cidr: string; source: string }): Text => {
    if (x.source === 'decision') return sourced(x.cidr, 'decision');
    if (x.source === 'proposed' && !x.cidr.startsWith('<')) return { vi: `${x.cidr} (đề xuất)`, en: `${x.cidr} (proposed)` };
    return same(x.cidr);
  };
  const nets = (xs: readonly { cidr: string; source: string }[]): Cell => (xs.length ? cat(xs.map(net), '; ') : '');
  out.push(summaryOnly({ kind: 'paragraph', text: tt('report.digest.networks.legend') }));
  out.push(
    ...digestTable(
      'design-networks',
      tt('report.digest.networks.title'),
      [
        { key: 'cluster', label: d('design.col.cluster') },
        { key: 'mgmt', label: same('management') },
        { key: 'storage', label: same('storage') },
        { key: 'migration', label: same('migration') },
        ...Array.from({ length: links }, (_, i) => ({ key: `link${i}`, label: same(`corosync link${i}`) })),
      ],
      design.clusters.map((c) => {
        const n = c.networks;
        const byLink = new Map(n.corosyncLinks.map((l) => [l.link, l]));
        const linkIds = [...byLink.keys()].sort((a, b) => a - b);
        return [c.name, nets(n.management), nets(n.storage), nets([n.migration]), ...Array.from({ length: links }, (_, i) => {
          const l = byLink.get(linkIds[i] ?? -1);
          if (!l) return '';
          return linkIds[i] === i ? nets([l.network]) : cat([same(`link${l.link}:`), net(l.network)]);
        })];
      }),
    ),
  );
  out.push(
    ...grouped(
      design.clusters.map((c): Tagged => ({ owner: c.name, text: tt('report.digest.networks.migrationSetting', { setting: `${c.networks.migration.source === 'proposed' ? '# ' : ''}migration: ${c.networks.migrationSetting}` }) })),
      { kind: 'paragraph', all },
    ),
  );
  out.push(...grouped(design.clusters.flatMap((c) => c.networks.corosyncLinks.map((l): Tagged => ({ owner: c.name, text: l.note }))), { kind: 'paragraph', all }));
  out.push(...grouped(design.clusters.flatMap((c) => c.networks.findings.map((text): Tagged => ({ owner: c.name, text, tone: c.networks.migration.source === 'proposed' ? 'warning' : 'info' }))), { kind: 'note', all }));
  out.push(digestPointer(tt('report.digest.networks.pointer'), ['cluster-networks']));
  return out;
}

function placementDigest(design: DesignResult): Block[] {
  if (design.clusters.length === 0) return [];
  const all = design.clusters.length;
  const out: Block[] = [
    ...digestTable('design-placement', tt('report.digest.placement.title'), [
      { key: 'cluster', label: d('design.col.cluster') },
      { key: 'reserve', label: d('design.col.reserve'), width: 0.7 },
      { key: 'binding', label: d('design.col.binding') },
      { key: 'demand', label: tt('report.digest.placement.col.demand'), align: 'right', width: 1.3 },
      { key: 'cap', label: tt('report.digest.placement.col.capacity'), align: 'right', width: 1.1 },
      { key: 'lb', label: tt('report.digest.placement.col.lowerBound'), align: 'right', width: 0.8 },
      { key: 'min', label: tt('report.digest.placement.col.minimum'), align: 'right', width: 0.8 },
      { key: 'planned', label: tt('report.digest.placement.col.planned'), align: 'right', width: 0.8 },
    ], design.clusters.map((c) => {
      const p = c.placement;
      return [c.name, c.reserve.toUpperCase(), bindingText(p.bindingConstraint), cat([num(p.demand.vcpus), num(gib(p.demand.memoryMiB)), num(p.demand.vms)], ' / '), cat([num(p.nodeCapacity.vcpus), num(gib(p.nodeCapacity.memoryMiB))], ' / '), Number.isFinite(p.lowerBound) ? p.lowerBound : d('design.sizing.unknownValue'), p.minimumNodes ?? '—', c.nodes.length];
    })),
  ];
  out.push(...grouped(design.clusters.map((c): Tagged => ({ owner: c.name, text: c.placement.bindingExplanation })), { kind: 'paragraph', all }));
  out.push(
    ...digestTable('design-utilisation', tt('report.digest.placement.utilTitle'), [
      { key: 'cluster', label: d('design.col.cluster') },
      { key: 'node', label: d('design.col.node'), width: 1.2 },
      { key: 'vms', label: d('design.col.vm'), align: 'right', width: 0.6 },
      { key: 'cpu', label: d('design.col.cpuPct'), align: 'right', width: 0.7 },
      { key: 'mem', label: d('design.col.memPct'), align: 'right', width: 0.7 },
      { key: 'cpuF', label: d('design.col.cpuPctFail'), align: 'right', width: 0.9 },
      { key: 'memF', label: d('design.col.memPctFail'), align: 'right', width: 0.9 },
      { key: 'worst', label: d('design.col.worstFailed'), width: 1.2 },
    ], design.clusters.flatMap((c) => c.placement.utilisation.map((u) => [c.name, u.node, u.vms, u.cpuPct, u.memoryPct, u.cpuPctAfterFailure, u.memoryPctAfterFailure, u.worstFailedNode ?? '']))),
  );
  out.push(...grouped(design.clusters.flatMap((c) => c.placement.ruleFindings.map((text): Tagged => ({ owner: c.name, text, tone: 'warning' }))), { kind: 'note', all }));
  // Every VM that does not fit is printed (a risk the customer signs).
  const unplaced = design.clusters.flatMap((c) => c.placement.vms.filter((v) => v.unplaced).map((v) => [c.name, v.name, v.vmid, v.unplaced?.text] as Cell[]));
  if (unplaced.length) {
    out.push(
      ...digestTable('design-unplaced', tt('report.digest.placement.unplacedTitle'), [
        { key: 'cluster', label: d('design.col.cluster') },
        { key: 'vm', label: d('design.col.vm'), width: 1.5 },
        { key: 'vmid', label: d('design.col.vmid'), align: 'right', width: 0.6 },
        { key: 'reason', label: d('design.col.reason'), width: 4 },
      ], unplaced),
    );
  }
  const vms = design.clusters.reduce((a, c) => a + c.placement.vms.length, 0);
  out.push(digestPointer(ttl('report.digest.placement.pointer', { n: vms }), ['placement']));
  return out;
}

function haDigest(design: DesignResult): Block[] {
  if (design.clusters.length === 0) return [];
  const all = design.clusters.length;
  const tiers = (c: ClusterDesign): string => [1, 2, 3].map((t) => c.ha.resources.filter((r) => r.tier === t).length).join(' / ');
  const out: Block[] = [
    ...digestTable('design-ha', tt('report.digest.ha.title'), [
      { key: 'cluster', label: d('design.col.cluster') },
      { key: 'ha', label: d('design.col.ha'), width: 0.6 },
      { key: 'rules', label: tt('report.digest.ha.col.rules'), align: 'right', width: 0.8 },
      { key: 'res', label: tt('report.digest.ha.col.resources'), align: 'right', width: 1.3 },
      { key: 'nm', label: tt('report.digest.ha.col.notManaged'), align: 'right', width: 0.9 },
      { key: 'dropped', label: tt('report.digest.ha.col.dropped'), align: 'right', width: 0.9 },
      { key: 'warn', label: tt('report.digest.ha.col.warnings'), align: 'right', width: 0.9 },
    ], design.clusters.map((c) => {
      const h = c.ha;
      return [c.name, yes(h.enabled), h.enabled ? (h.target === 'pve9' ? h.rules.length : h.groups.length) : '—', h.enabled ? `${h.resources.length} (${tiers(c)})` : '—', h.notManaged.length, h.dropped.length, h.priorityWarnings.length];
    })),
  ];
  out.push(...grouped(design.clusters.flatMap((c) => c.ha.notes.map((text): Tagged => ({ owner: c.name, text }))), { kind: 'paragraph', all }));
  const dropped = design.clusters.flatMap((c) => c.ha.dropped.map((x) => [c.name, x.source, x.text] as Cell[]));
  if (dropped.length) {
    out.push(
      ...digestTable('design-ha-dropped', tt('report.digest.ha.droppedTitle'), [
        { key: 'cluster', label: d('design.col.cluster') },
        { key: 'rule', label: d('design.col.rule'), width: 1.5 },
        { key: 'detail', label: d('design.col.detail'), width: 5 },
      ], dropped),
    );
  }
  out.push(...grouped(design.clusters.flatMap((c) => c.ha.priorityWarnings.map((w): Tagged => ({ owner: c.name, text: w.text, tone: 'warning' }))), { kind: 'note', all }));
  // datacenter.cfg options: each distinct set once, one option per line, with the clusters it applies to.
  const options = new Map<string, string[]>();
  for (const c of design.clusters) {
    const k = c.ha.datacenter.lines.join('\n');
    options.set(k, [...(options.get(k) ?? []), c.name]);
  }
  for (const [lines, names] of options) {
    out.push(summaryOnly({ kind: 'kv', rows: [{ label: d('design.text.datacenterTitle'), value: lines }, { label: tt('report.digest.clustersCol'), value: names.length === all && all > 1 ? tt('report.digest.all', { n: all }) : names.join(', ') }] }));
  }
  out.push(...grouped(design.clusters.map((c): Tagged => ({ owner: c.name, text: joinTexts(c.ha.datacenter.explanation) })), { kind: 'paragraph', all }));
  // Every VM out of HA, grouped by cluster and reason (the names listed; a very long group names the first ones).
  const notManaged: Cell[][] = [];
  for (const c of design.clusters) {
    const groups = new Map<string, { reason: Text; names: string[] }>();
    for (const x of c.ha.notManaged) {
      const kind = (['disabled', 'decision'] as const).find((k) => d(`design.ha.notManaged.${k}`, { vm: x.vmName }).en === x.reason.en);
      const reason = kind ? tt(`report.digest.ha.notManaged.${kind}`) : x.reason;
      const k = `${reason.vi}\u0000${reason.en}`;
      const g = groups.get(k) ?? { reason, names: [] };
      g.names.push(x.vmName);
      groups.set(k, g);
    }
    for (const g of groups.values()) {
      const shown = g.names.slice(0, NOT_MANAGED_NAMES_MAX).join(', ');
      notManaged.push([c.name, g.reason, g.names.length, g.names.length > NOT_MANAGED_NAMES_MAX ? `${shown} … (+${g.names.length - NOT_MANAGED_NAMES_MAX})` : shown]);
    }
  }
  if (notManaged.length) {
    out.push(
      ...digestTable('design-ha-not-managed', tt('report.digest.ha.notManagedTitle'), [
        { key: 'cluster', label: d('design.col.cluster') },
        { key: 'reason', label: d('design.col.reason'), width: 2 },
        { key: 'n', label: tt('report.digest.design.nodeCount'), align: 'right', width: 0.6 },
        { key: 'vms', label: d('design.col.vm'), width: 4 },
      ], notManaged),
    );
  }
  const kinds = [design.clusters.some((c) => c.ha.enabled && c.ha.target === 'pve8') ? 'ha-groups' : 'ha-rules', 'ha-resources', 'ha-not-managed'];
  out.push(digestPointer(tt('report.digest.ha.pointer'), kinds));
  return out;
}

const APPENDIX_FILES = ['datacenter.cfg', 'ha/rules.cfg', 'ha/groups.cfg', 'ha/resources.cfg', 'qdevice.sh', 'corosync-links.md', 'storage.cfg'];
/** Files the summary profile prints; the others (per-VM lists, scripts) are in the bundle and the full report. */
const SUMMARY_FILES = new Set(['datacenter.cfg', 'ha/rules.cfg', 'ha/groups.cfg', 'storage.cfg']);

/**
 * Report sections of the target design: cluster design, quorum and networks, placement and utilisation,
 * HA plan (with the Proxmox priority convention), and the configuration appendix.
 * `bundle` is the rendered configuration bundle, with its findings when given as a ConfigBundle (rendered here
 * without the mapping when not given); the appendix lists the findings per cluster.
 */
export function designSections(design: DesignResult, bundle?: BundleFile[] | ConfigBundle): Section[] {
  const built = bundle === undefined ? buildConfigBundle(design) : Array.isArray(bundle) ? { files: bundle, findings: [] } : bundle;
  const files = built.files;
  const findingsOf = (cluster: string): BundleFinding[] => built.findings.filter((f) => f.cluster === cluster);
  const clusters: Section = {
    id: 'design-clusters',
    title: d('design.section.clusters'),
    blocks: [
      { kind: 'note', tone: design.totals.unplaced > 0 ? 'warning' : 'info', text: d('design.sizing.totals', { unplaced: design.totals.unplaced, added: design.totals.addedNodes, excluded: design.totals.excluded }) },
      ...design.notes.map((t): Block => ({ kind: 'paragraph', text: t })),
      {
        kind: 'table',
        id: 'design-clusters',
        sheet: { kind: 'clusters' },
        columns: [
          { key: 'cluster', label: d('design.col.cluster') },
          { key: 'src', label: d('design.col.sourceClusters'), width: 2 },
          { key: 'hosts', label: d('design.col.hostsToday'), align: 'right' },
          { key: 'nodes', label: d('design.col.nodes'), align: 'right' },
          { key: 'added', label: d('design.col.added'), align: 'right' },
          { key: 'unplaced', label: d('design.col.unplaced'), align: 'right' },
          { key: 'votes', label: d('design.col.votes'), align: 'right' },
          { key: 'qdev', label: d('design.col.qdevice') },
          { key: 'ha', label: d('design.col.ha') },
          { key: 'reserve', label: d('design.col.reserve') },
          { key: 'binding', label: d('design.col.binding') },
        ],
        rows: design.clusters.map((c) => [c.name, c.sourceClusters.join(', '), c.sourceHostCount, c.nodes.length, c.sizing.addedNodes.length, c.sizing.unplaced.length, c.quorum.totalVotes, yes(c.quorum.qdevice), yes(c.ha.enabled), c.reserve.toUpperCase(), bindingText(c.placement.bindingConstraint)]),
      },
      // The summary: one table for all clusters in place of each cluster's tables; the full report: per cluster.
      ...clustersDigest(design),
      ...fullOnly(design.clusters.flatMap(clusterBlocks)),
    ],
  };
  const quorum: Section = { id: 'design-quorum', title: d('design.section.quorum'), blocks: [...quorumDigest(design), ...fullOnly(design.clusters.flatMap(quorumBlocks))] };
  const placement: Section = { id: 'design-placement', title: d('design.section.placement'), blocks: [...placementDigest(design), ...fullOnly(design.clusters.flatMap(placementBlocks))] };
  const ha: Section = {
    id: 'design-ha',
    title: d('design.section.ha'),
    blocks: [
      { kind: 'note', tone: 'info', text: d('design.text.seedCorrection') },
      ...haDigest(design),
      ...fullOnly(design.clusters.flatMap(haBlocks)),
    ],
  };
  const appendix: Section = {
    id: 'design-config',
    title: d('design.section.config'),
    appendix: true,
    // The files are in the configuration bundle; the summary report names it instead of printing it.
    detail: 'full',
    blocks: design.clusters.flatMap((c): Block[] => [
      { kind: 'heading', level: 3, text: { vi: `proxmox/${c.name}/`, en: `proxmox/${c.name}/` } },
      { kind: 'paragraph', text: d('design.text.bundleIntro', { cluster: c.name }) },
      ...(findingsOf(c.name).length
        ? [
            {
              kind: 'table',
              id: `design-bundle-findings-${c.name}`,
              sheet: { kind: 'bundle-findings', group: c.name, groupLabel: d('design.col.cluster') },
              title: tt('bundle.report.findingsTitle'),
              columns: [
                { key: 'code', label: tt('bundle.report.col.code'), width: 2 },
                { key: 'file', label: tt('bundle.report.col.file') },
                { key: 'finding', label: tt('bundle.report.col.finding'), width: 6 },
              ],
              rows: findingsOf(c.name).map((f) => [f.code, f.file, f.text]),
            } satisfies Block,
          ]
        : []),
      ...APPENDIX_FILES.flatMap((name): Block[] => {
        const f = files.find((x) => x.path === `proxmox/${c.name}/${name}`);
        if (!f) return [];
        const detail = SUMMARY_FILES.has(name) ? {} : { detail: 'full' as const };
        // A Markdown file is printed as headings, tables and code, never as Markdown syntax.
        if (name.endsWith('.md')) return [{ kind: 'paragraph', text: { vi: name, en: name }, ...detail }, ...markdownBlocks(f.content, `design-md-${c.name}-${name}`).map((b) => ({ ...b, ...detail }))];
        const language = name.endsWith('.sh') ? 'sh' : name.endsWith('.cfg') ? 'ini' : 'text';
        // resources.cfg lists every HA guest (per-VM detail) and the scripts are long: the bundle always has them.
        return [{ kind: 'code', language, title: { vi: name, en: name }, code: f.content, ...(SUMMARY_FILES.has(name) ? {} : { detail: 'full' as const }) }];
      }),
    ]),
  };
  return [clusters, quorum, placement, ha, appendix];
}
