import { dictionary, tt, type TKey } from '../../i18n';
import type { Text } from '../../i18n/text';
import { PVE_TARGET_LABEL } from '../../mapping/conceptMap';
import { countBySeverity, type ImportIssue } from '../../model/importReport';
import type { Plan } from '../../plan';
import { formatDate } from '../cellText';
import type { Block, Cell, Section } from '../model';
import { digestPointer, digestTable, fullOnly, ttl } from './digest';

const d = (key: TKey): Text => dictionary[key];

const MIB_PER_GIB = 1024;

/** GiB with one decimal, as a number (renderers format it). */
export function mibToGib(mib: number): number {
  return Math.round((mib / MIB_PER_GIB) * 10) / 10;
}

type ClusterRow = { name: string; datacenter?: string; hosts: number; vms: number; poweredOn: number; vCpus: number; memoryMiB: number };

function perCluster(plan: Plan): ClusterRow[] {
  const inv = plan.inventory;
  const rows = new Map<string, ClusterRow>();
  const keyOf = (source: string, name: string | undefined) => `${source}\u0000${name ?? ''}`;
  for (const c of inv.clusters) {
    rows.set(keyOf(c.source, c.name), { name: c.name, datacenter: c.datacenter, hosts: 0, vms: 0, poweredOn: 0, vCpus: 0, memoryMiB: 0 });
  }
  const rowFor = (source: string, name: string | undefined, datacenter: string | undefined): ClusterRow => {
    const k = keyOf(source, name);
    let row = rows.get(k);
    if (!row) {
      row = { name: name ?? '', datacenter, hosts: 0, vms: 0, poweredOn: 0, vCpus: 0, memoryMiB: 0 };
      rows.set(k, row);
    }
    return row;
  };
  for (const h of inv.hosts) rowFor(h.source, h.cluster, h.datacenter).hosts += 1;
  for (const v of inv.vms) {
    if (v.template || v.srmPlaceholder) continue;
    const row = rowFor(v.source, v.cluster, v.datacenter);
    row.vms += 1;
    if (v.powerState === 'poweredOn') row.poweredOn += 1;
    row.vCpus += v.cpus ?? 0;
    row.memoryMiB += v.memoryMiB ?? 0;
  }
  return [...rows.values()].sort((a, b) => (a.name === '' ? 1 : b.name === '' ? -1 : a.name.localeCompare(b.name)));
}

/** The inventory summary: counts, per-cluster table, sources and import checks. */
export function inventorySummarySections(plan: Plan): Section[] {
  const s = plan.summary;
  const kv: { label: Text; value: Cell }[] = [
    { label: d('report.inventory.vms'), value: s.vms },
    { label: d('report.inventory.templates'), value: s.templates },
  ];
  if (s.srmPlaceholders > 0) kv.push({ label: d('report.inventory.srm'), value: s.srmPlaceholders });
  kv.push(
    { label: d('report.inventory.poweredOn'), value: s.poweredOn },
    { label: d('report.inventory.hosts'), value: s.hosts },
    { label: d('report.inventory.clusters'), value: s.clusters },
    { label: d('report.inventory.datastores'), value: s.datastores },
    { label: d('report.inventory.vcpus'), value: s.vCpus },
    { label: d('report.inventory.memory'), value: mibToGib(s.memoryMiB) },
    { label: d('report.inventory.provisioned'), value: mibToGib(s.provisionedMiB) },
    { label: d('report.inventory.snapshots'), value: s.vmsWithSnapshots },
    { label: d('report.inventory.pveTarget'), value: PVE_TARGET_LABEL[plan.assumptions.pveTarget] },
  );
  const blocks: Section['blocks'] = [
    { kind: 'paragraph', text: d('report.inventory.intro') },
    { kind: 'kv', rows: kv },
  ];
  if (s.vmsWithUnknownCpu > 0) blocks.push({ kind: 'note', tone: 'warning', text: tt('report.inventory.unknownCpu', { count: s.vmsWithUnknownCpu }) });
  if (s.vmsWithUnknownMemory > 0) {
    blocks.push({ kind: 'note', tone: 'warning', text: tt('report.inventory.unknownMemory', { count: s.vmsWithUnknownMemory }) });
  }

  blocks.push({ kind: 'heading', level: 2, text: d('report.inventory.perCluster') });
  blocks.push({
    kind: 'table',
    id: 'inventory-clusters',
    title: d('report.inventory.perCluster'),
    columns: [
      { key: 'cluster', label: d('report.inventory.col.cluster'), width: 2 },
      { key: 'datacenter', label: d('report.inventory.col.datacenter'), width: 1.5 },
      { key: 'hosts', label: d('report.inventory.col.hosts'), width: 0.7, align: 'right' },
      { key: 'vms', label: d('report.inventory.col.vms'), width: 0.7, align: 'right' },
      { key: 'poweredOn', label: d('report.inventory.col.poweredOn'), width: 0.8, align: 'right' },
      { key: 'vcpus', label: d('report.inventory.col.vcpus'), width: 0.7, align: 'right' },
      { key: 'memory', label: d('report.inventory.col.memory'), width: 1, align: 'right' },
    ],
    rows: perCluster(plan).map((r) => [
      r.name === '' ? d('report.inventory.noCluster') : r.name,
      r.datacenter ?? '',
      r.hosts,
      r.vms,
      r.poweredOn,
      r.vCpus,
      mibToGib(r.memoryMiB),
    ]),
  });

  blocks.push({ kind: 'heading', level: 2, text: d('report.inventory.sources') });
  blocks.push({
    kind: 'table',
    id: 'inventory-sources',
    title: d('report.inventory.sources'),
    columns: [
      { key: 'source', label: d('report.inventory.col.source'), width: 1.5 },
      { key: 'product', label: d('report.inventory.col.product'), width: 2 },
      { key: 'kind', label: d('report.inventory.col.kind'), width: 1 },
      { key: 'files', label: d('report.inventory.col.files'), width: 2 },
      { key: 'exportedAt', label: d('report.inventory.col.exportedAt'), width: 1.2 },
    ],
    rows: plan.sources.map((src) => [src.server ?? src.key, src.fullName ?? '', src.kind, src.files.join(', '), src.exportedAt ? formatDate(src.exportedAt) : '']),
  });

  blocks.push({ kind: 'heading', level: 2, text: d('report.inventory.importIssues') });
  if (plan.importReport) {
    const c = countBySeverity(plan.importReport);
    blocks.push({ kind: 'paragraph', text: tt('report.inventory.issueCounts', { errors: c.error, warnings: c.warning, infos: c.info }) });
    blocks.push(...importIssueBlocks(plan.importReport.issues));
  } else {
    blocks.push({ kind: 'paragraph', text: d('report.inventory.noImportReport') });
  }
  return [{ id: 'inventory', title: d('report.inventory.title'), blocks }];
}

/** More import issues than this: the summary prints one row per kind of issue instead of the list. */
export const DIGEST_ISSUES_ABOVE = 15;

/** Most import issues listed in the report; plan.json carries all of them. */
export const MAX_REPORTED_ISSUES = 200;

const SEVERITY_ORDER: Record<ImportIssue['severity'], number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_LABEL: Record<ImportIssue['severity'], TKey> = { error: 'common.error', warning: 'common.warning', info: 'common.info' };

function importIssueBlocks(issues: readonly ImportIssue[]): Section['blocks'] {
  if (issues.length === 0) return [];
  const sorted = issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.i - b.i)
    .slice(0, MAX_REPORTED_ISSUES)
    .map((x) => x.issue);
  const table: Block = {
      kind: 'table',
      id: 'inventory-import-issues',
      title: d('report.inventory.importIssues'),
      columns: [
        { key: 'severity', label: d('report.inventory.col.severity'), width: 0.8 },
        { key: 'code', label: d('report.inventory.col.code'), width: 1.3 },
        { key: 'file', label: d('report.inventory.col.file'), width: 1.2 },
        { key: 'sheet', label: d('report.inventory.col.sheet'), width: 0.8 },
        { key: 'row', label: d('report.inventory.col.row'), width: 0.5, align: 'right' },
        { key: 'column', label: d('report.inventory.col.column'), width: 0.8 },
        { key: 'message', label: d('report.inventory.col.message'), width: 3 },
      ],
      rows: sorted.map((i) => [d(SEVERITY_LABEL[i.severity]), i.code, i.file ?? '', i.sheet ?? '', i.row, i.column ?? '', i.message]),
    };
  // A long list (one row per sheet row of the export: grows with the VMs): the summary prints one row per kind
  // of issue (how many, one example) and points to the list.
  const truncated: Block[] = issues.length > sorted.length ? [{ kind: 'note', tone: 'info', text: tt('report.inventory.issuesTruncated', { shown: sorted.length, total: issues.length }) }] : [];
  if (issues.length <= DIGEST_ISSUES_ABOVE) return [table, ...truncated];
  const kinds = new Map<string, { first: ImportIssue; n: number }>();
  for (const i of issues) {
    const k = `${i.severity}\u0000${i.code}`;
    const g = kinds.get(k);
    if (g) g.n += 1;
    else kinds.set(k, { first: i, n: 1 });
  }
  const where = (i: ImportIssue): string => [i.file, i.sheet, i.row !== undefined ? `${i.row}` : undefined, i.column].filter((x) => x !== undefined && x !== '').join(' · ');
  const blocks: Section['blocks'] = [
    ...digestTable(
      'inventory-import-issues',
      undefined,
      [
        { key: 'severity', label: d('report.inventory.col.severity'), width: 0.8 },
        { key: 'code', label: d('report.inventory.col.code'), width: 1.3 },
        { key: 'n', label: d('report.digest.inventory.count'), width: 0.6, align: 'right' },
        { key: 'where', label: d('report.digest.inventory.example'), width: 1.6 },
        { key: 'message', label: d('report.inventory.col.message'), width: 3 },
      ],
      [...kinds.values()]
        .sort((a, b) => SEVERITY_ORDER[a.first.severity] - SEVERITY_ORDER[b.first.severity] || b.n - a.n)
        .map((g) => [d(SEVERITY_LABEL[g.first.severity]), g.first.code, g.n, where(g.first), g.first.message]),
    ),
    digestPointer(ttl('report.digest.inventory.pointer', { n: issues.length }), [d('report.inventory.importIssues')]),
    ...fullOnly([table]),
  ];
  return [...blocks, ...fullOnly(truncated)];
}
