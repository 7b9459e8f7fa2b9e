import { dictionary, tt, type TKey } from '../../i18n';
import type { Text } from '../../i18n/text';
import { ASSUMPTION_SPECS, DEFAULT_ASSUMPTIONS, type AssumptionName } from '../../model/assumptions';
import { DEFAULT_DESIGN_DECISIONS, designDecisions, type ClusterDecision, type Decisions } from '../../model/decisions';
import type { Plan } from '../../plan';
import type { Block, Cell, Section } from '../model';

/**
 * "Assumptions and decisions": every assumption the plan used (its display name, value, default and
 * whether the project changed it), the cost inputs, every user decision (cluster-level ones one per row;
 * per-VM ones counted here and listed one per row in the full report and the XLSX), and the decisions still
 * open. Internal key names never appear as text: each has a display name in both languages.
 */

const d = (key: TKey): Text => dictionary[key];
const raw = (s: string): Text => ({ vi: s, en: s });

/** Which part of the plan each assumption drives. */
const AREA: Record<AssumptionName, 'design' | 'mapping' | 'readiness' | 'waves'> = {
  pveTarget: 'design',
  vcpuPerCore: 'design',
  vcpuPerCoreRisk: 'design',
  hostMemoryReserveMiB: 'design',
  zfsArcShare: 'design',
  zfsArcMaxMiB: 'design',
  cpuReserveCores: 'design',
  sizingBasis: 'design',
  measuredHeadroom: 'design',
  haReserve: 'design',
  memoryOvercommit: 'design',
  vmidStart: 'mapping',
  defaultBridge: 'mapping',
  networkMode: 'mapping',
  sdnZone: 'mapping',
  cpuTypeMode: 'mapping',
  fallbackCpuType: 'mapping',
  balloonMinRatio: 'mapping',
  windowsFirstBoot: 'mapping',
  storageGrowthMargin: 'mapping',
  cephMinNodes: 'mapping',
  snapshotOldDays: 'readiness',
  snapshotLargeMiB: 'readiness',
  largeDiskGiB: 'readiness',
  oldHwVersion: 'readiness',
  minFreeRootMiB: 'readiness',
  minFreeBootMiB: 'readiness',
  minFreeOtherMiB: 'readiness',
  migrationGiBPerHour: 'waves',
  migrationOverheadMinutes: 'waves',
  migrationParallel: 'waves',
  migrationMethod: 'waves',
  waveMaxVms: 'waves',
  waveMaxCopyTiB: 'waves',
  waveWindowHours: 'waves',
  pilotWaveMaxVms: 'waves',
};

const AREA_LABEL: Record<'design' | 'mapping' | 'readiness' | 'waves' | 'cost', TKey> = {
  design: 'report.assume.area.design',
  mapping: 'report.assume.area.mapping',
  readiness: 'report.assume.area.readiness',
  waves: 'report.assume.area.waves',
  cost: 'report.assume.area.cost',
};

/** Display name of an assumption (`report.assumption.<name>`). */
export function assumptionLabel(name: AssumptionName): Text {
  return d(`report.assumption.${name}` as TKey);
}

function valueCell(v: unknown): Cell {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

function sourceCell(isDefault: boolean): Text {
  return d(isDefault ? 'report.assume.src.default' : 'report.assume.src.project');
}

function assumptionRows(plan: Plan): Cell[][] {
  const rows: Cell[][] = [];
  for (const name of Object.keys(ASSUMPTION_SPECS) as AssumptionName[]) {
    const v = plan.assumptions[name];
    const def = DEFAULT_ASSUMPTIONS[name];
    rows.push([assumptionLabel(name), valueCell(v), valueCell(def), sourceCell(v === def), d(AREA_LABEL[AREA[name]])]);
  }
  const dd = designDecisions(plan.decisions);
  rows.push([
    d('report.assume.hostMemoryReserve'),
    dd.hostMemoryReserveMiB,
    DEFAULT_DESIGN_DECISIONS.hostMemoryReserveMiB,
    sourceCell(dd.hostMemoryReserveMiB === DEFAULT_DESIGN_DECISIONS.hostMemoryReserveMiB),
    d(AREA_LABEL.design),
  ]);
  rows.push([
    d('report.assume.includePoweredOff'),
    dd.includePoweredOff,
    DEFAULT_DESIGN_DECISIONS.includePoweredOff,
    sourceCell(dd.includePoweredOff === DEFAULT_DESIGN_DECISIONS.includePoweredOff),
    d(AREA_LABEL.design),
  ]);
  for (const a of plan.cost.assumptions) {
    rows.push([a.label, typeof a.value === 'object' ? a.value : valueCell(a.value), '', a.source ? raw(a.source) : d('report.assume.src.default'), d(AREA_LABEL.cost)]);
  }
  return rows;
}

const CLUSTER_FIELDS: { key: keyof ClusterDecision; label: TKey }[] = [
  { key: 'reserve', label: 'report.decision.reserve' },
  { key: 'sizing', label: 'report.decision.sizing' },
  { key: 'qdevice', label: 'report.decision.qdevice' },
  { key: 'qnetdHost', label: 'report.decision.qnetdHost' },
  { key: 'migrationCidr', label: 'report.decision.migrationCidr' },
  { key: 'corosyncCidrs', label: 'report.decision.corosyncCidrs' },
  { key: 'shutdownPolicy', label: 'report.decision.shutdownPolicy' },
  { key: 'autoRebalance', label: 'report.decision.autoRebalance' },
  { key: 'haDisabled', label: 'report.decision.haDisabled' },
  { key: 'renameNodes', label: 'report.decision.renameNodes' },
  { key: 'nodeHardware', label: 'report.decision.nodeHardware' },
  { key: 'removeNodes', label: 'report.decision.removeNodes' },
  { key: 'addNodes', label: 'report.decision.addNodes' },
  { key: 'newHardware', label: 'report.decision.newHardware' },
];

function shown(v: unknown): Cell {
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x !== null ? compact(x) : String(x))).join(', ');
  if (typeof v === 'object' && v !== null) return compact(v);
  return '';
}

/** `key=value` pairs of a small object (a decision entry), one line. */
function compact(o: object): string {
  return Object.entries(o)
    .filter(([, x]) => x !== undefined)
    .map(([k, x]) => `${k}=${typeof x === 'object' && x !== null ? compact(x) : String(x)}`)
    .join('; ');
}

type DecisionRows = { cluster: Cell[][]; perVm: Cell[][]; counts: Cell[][] };

/** Per-VM decision areas: their entries are counted in the summary and listed one per row in the full report. */
const PER_VM: { area: string; label: TKey; entries: (dec: Decisions) => [string, unknown][] }[] = [
  { area: 'vmOverrides', label: 'report.decision.vmOverrides', entries: (x) => Object.entries(x.vmOverrides ?? {}) },
  { area: 'acknowledged', label: 'report.decision.acknowledged', entries: (x) => Object.entries(x.acknowledged ?? {}) },
  { area: 'pins', label: 'report.decision.pins', entries: (x) => Object.entries(x.design?.pins ?? {}) },
  { area: 'haTiers', label: 'report.decision.haTiers', entries: (x) => Object.entries(x.design?.haTiers ?? {}) },
  { area: 'keepAppliances', label: 'report.decision.keepAppliances', entries: (x) => Object.entries(x.design?.keepAppliances ?? {}) },
  { area: 'nodePriorities', label: 'report.decision.nodePriorities', entries: (x) => Object.entries(x.design?.nodePriorities ?? {}) },
  { area: 'vmidByUuid', label: 'report.decision.vmidByUuid', entries: (x) => Object.entries(x.vmidByUuid ?? {}) },
  { area: 'checklist', label: 'report.decision.checklist', entries: (x) => Object.entries(x.checklist ?? {}) },
];

const KNOWN_AREAS = new Set(['vmOverrides', 'acknowledged', 'vmidByUuid', 'clusterCpuType', 'networkMap', 'storageMap', 'design', 'checklist', 'cost']);

function decisionRows(dec: Decisions): DecisionRows {
  const cluster: Cell[][] = [];
  const dd = designDecisions(dec);
  for (const [from, to] of Object.entries(dd.clusterTargets)) cluster.push([d('report.decision.clusterTarget'), from, to]);
  for (const [name, c] of Object.entries(dd.clusters)) {
    for (const f of CLUSTER_FIELDS) if (c[f.key] !== undefined) cluster.push([d(f.label), name, shown(c[f.key])]);
  }
  for (const [name, cpu] of Object.entries(dec.clusterCpuType ?? {})) cluster.push([d('report.decision.clusterCpuType'), name, cpu]);
  for (const [pg, n] of Object.entries(dec.networkMap ?? {})) cluster.push([d('report.decision.networkMap'), pg, shown(n)]);
  for (const [ds, s] of Object.entries(dec.storageMap ?? {})) cluster.push([d('report.decision.storageMap'), ds, shown(s)]);
  const perVm: Cell[][] = [];
  const counts: Cell[][] = [];
  for (const a of PER_VM) {
    const e = a.entries(dec);
    if (e.length === 0) continue;
    counts.push([d(a.label), e.length]);
    for (const [k, v] of e) perVm.push([d(a.label), k, shown(v)]);
  }
  for (const k of Object.keys(dec)) if (!KNOWN_AREAS.has(k)) cluster.push([d('report.decision.unknownArea'), k, '']);
  return { cluster, perVm, counts };
}

export type OpenDecision = { cluster: string; what: Text };

/** Decisions the plan still needs: proposed networks, a QDevice without a QNetd host, unpriced cost lines. */
export function openDecisionList(plan: Plan): OpenDecision[] {
  const out: OpenDecision[] = [];
  for (const c of plan.design.clusters) {
    if (c.placement.vms.length === 0) continue;
    if (c.networks.migration.source === 'proposed') out.push({ cluster: c.name, what: d('report.open.migration') });
    if (c.networks.corosyncLinks.some((l) => l.network.source === 'proposed')) out.push({ cluster: c.name, what: d('report.open.corosync') });
    if (c.quorum.qdevice && !c.quorum.qnetdHost) out.push({ cluster: c.name, what: d('report.open.qnetd') });
  }
  if (plan.cost.unpriced > 0) out.push({ cluster: '', what: tt('report.open.unpriced', { n: plan.cost.unpriced }) });
  return out;
}

export function openDecisions(plan: Plan): number {
  return openDecisionList(plan).length;
}

export function assumptionSections(plan: Plan): Section[] {
  const dr = decisionRows(plan.decisions);
  const open = openDecisionList(plan);
  const blocks: Block[] = [
    { kind: 'paragraph', text: d('report.assume.intro') },
    { kind: 'heading', level: 2, text: d('report.assume.heading') },
    {
      kind: 'table',
      id: 'assumptions',
      sheet: { kind: 'assumptions' },
      columns: [
        { key: 'name', label: d('report.assume.col.name'), width: 2.6 },
        { key: 'value', label: d('report.assume.col.value'), width: 1.3, align: 'right' },
        { key: 'default', label: d('report.assume.col.default'), width: 1.1, align: 'right' },
        { key: 'source', label: d('report.assume.col.source'), width: 1.3 },
        { key: 'area', label: d('report.assume.col.area'), width: 1.2 },
      ],
      rows: assumptionRows(plan),
    },
    { kind: 'heading', level: 2, text: d('report.decision.heading') },
  ];
  if (dr.cluster.length === 0 && dr.counts.length === 0) blocks.push({ kind: 'paragraph', text: d('report.decision.none') });
  if (dr.cluster.length > 0) {
    blocks.push({
      kind: 'table',
      id: 'decisions',
      sheet: { kind: 'decisions' },
      columns: [
        { key: 'what', label: d('report.decision.col.what'), width: 2 },
        { key: 'item', label: d('report.decision.col.item'), width: 1.6 },
        { key: 'value', label: d('report.decision.col.value'), width: 3 },
      ],
      rows: dr.cluster,
    });
  }
  if (dr.counts.length > 0) {
    blocks.push({
      kind: 'kv',
      rows: dr.counts.map((r) => ({ label: r[0] as Text, value: r[1] })),
    });
    blocks.push({
      kind: 'table',
      id: 'decisions-per-vm',
      title: d('report.decision.perVmTitle'),
      detail: 'full',
      sheet: { kind: 'decisions' },
      columns: [
        { key: 'what', label: d('report.decision.col.what'), width: 2 },
        { key: 'item', label: d('report.decision.col.item'), width: 1.6 },
        { key: 'value', label: d('report.decision.col.value'), width: 3 },
      ],
      rows: dr.perVm,
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: d('report.open.heading') });
  if (open.length === 0) blocks.push({ kind: 'paragraph', text: d('report.exec.noOpenDecisions') });
  else
    blocks.push({
      kind: 'table',
      id: 'open-decisions',
      sheet: { kind: 'decisions-open' },
      columns: [
        { key: 'cluster', label: d('report.exec.col.cluster'), width: 1.2 },
        { key: 'what', label: d('report.open.col.what'), width: 4 },
      ],
      rows: open.map((o) => [o.cluster, o.what]),
    });
  return [{ id: 'assumptions', title: d('report.assume.title'), blocks }];
}
