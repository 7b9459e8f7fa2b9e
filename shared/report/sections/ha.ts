import type { Plan } from '../../plan';
import { dictionary, tt, type TKey } from '../../i18n';
import { text, type Text } from '../../i18n/text';
import type { Block, Cell, Section } from '../model';
import { digestPointer, digestTable, example, grouped, summaryOnly, type Tagged } from './digest';
import { acceptanceIntro, acceptancePlanSection } from './haAcceptance';
import { sweepSection } from './haSweep';

const d = (key: TKey): Text => dictionary[key];

/**
 * The HA simulator's N-1 sweep and the HA acceptance test plan. The full report gives each target cluster
 * that has HA resources its own section; the summary prints one digest for all clusters (one row per cluster
 * of the sweep, the N-1 cases with a problem, each acceptance test once with the clusters it runs on) and
 * points to the per-cluster detail (the XLSX workbook always holds it).
 */
export function haCheckSections(plan: Plan): Section[] {
  const out: Section[] = [];
  for (const c of plan.haChecks) {
    const sweep = c.sweep ? sweepSection(c.sweep, c.cluster) : undefined;
    const acceptance = c.acceptance.length ? acceptancePlanSection(c.acceptance, c.cluster) : undefined;
    if (sweep && acceptance) {
      // One section per cluster: the N-1 simulation, then the acceptance tests under their own heading.
      out.push({
        ...acceptance,
        title: text(
          'Mô phỏng HA N-1 và kiểm thử nghiệm thu — cluster {{c}}',
          'HA N-1 simulation and acceptance tests — cluster {{c}}',
          { c: c.cluster },
        ),
        blocks: [
          ...sweep.blocks,
          { kind: 'heading', level: 2, text: acceptance.title },
          ...acceptance.blocks,
        ],
      });
    } else if (sweep) out.push(sweep);
    else if (acceptance) out.push(acceptance);
  }
  if (plan.haChecks.length === 0) return [];
  const group = { id: 'ha-checks', title: dictionary['report.haChecks.title'] };
  return [haChecksDigest(plan), ...out.map((s): Section => ({ ...s, group, detail: 'full', digested: true }))];
}

const yesNo = (b: boolean): Text => (b ? text('Có', 'Yes') : text('KHÔNG — không có failover, node còn lại tự reset', 'NO — nothing fails over, survivors self-fence'));

/** The summary's one section for every cluster's N-1 simulation and acceptance tests. */
function haChecksDigest(plan: Plan): Section {
  const checks = plan.haChecks;
  const all = checks.length;
  const swept = checks.filter((c) => c.sweep);
  const blocks: Block[] = [{ kind: 'paragraph', text: d('report.digest.checks.intro') }];
  if (swept.length) {
    blocks.push(
      ...digestTable('ha-sweep', tt('report.digest.checks.sweepTitle'), [
        { key: 'cluster', label: d('design.col.cluster'), width: 1.3 },
        { key: 'cases', label: d('report.digest.checks.col.cases'), align: 'right' },
        { key: 'unrec', label: d('report.digest.checks.col.unrecovered'), align: 'right' },
        { key: 'over', label: d('report.digest.checks.col.overcommit'), align: 'right' },
        { key: 'noq', label: d('report.digest.checks.col.noQuorum'), align: 'right' },
        { key: 'max', label: d('report.digest.checks.col.maxRecovery'), align: 'right' },
        { key: 'crs', label: d('report.digest.checks.col.crs') },
      ], swept.map((c) => {
        const s = c.sweep?.summary;
        return [c.cluster, s?.cases, s?.withUnrecovered, s?.withOvercommit, s?.withoutQuorum, s?.maxRecoverySeconds ?? '—', c.sweep?.crs];
      })),
    );
  }
  // Clusters the simulator did not sweep, with the reason (never dropped).
  blocks.push(...grouped(checks.filter((c) => c.skipped).map((c): Tagged => ({ owner: c.cluster, text: d(`ui.simulate.sweepSkipped.${c.skipped ?? 'no-ha-resources'}`) })), { kind: 'note', all }));
  blocks.push(...grouped(swept.map((c): Tagged => ({ owner: c.cluster, text: c.sweep?.capacityNote ?? { vi: '', en: '' } })), { kind: 'note', all }));
  blocks.push(...grouped(swept.flatMap((c) => (c.sweep?.notes ?? []).map((n): Tagged => ({ owner: c.cluster, text: n, tone: 'warning' }))), { kind: 'note', all }));
  const problems: Cell[][] = swept.flatMap((c) =>
    (c.sweep?.cases ?? [])
      .filter((k) => !k.quorate || k.unrecovered.length > 0 || k.overcommitted.length > 0)
      .map((k) => [c.cluster, k.failed.join(' + '), yesNo(k.quorate), k.moved.length, k.unrecovered.length === 0 ? '—' : k.unrecovered.map((u) => u.sid).join(', '), k.overcommitted.length === 0 ? '—' : k.overcommitted.join(', '), k.recoverySeconds ?? '—']),
  );
  if (problems.length) {
    blocks.push(
      ...digestTable('ha-sweep-problems', tt('report.digest.checks.problemsTitle'), [
        { key: 'cluster', label: d('design.col.cluster') },
        { key: 'failed', label: text('Node hỏng', 'Failed node(s)'), width: 1.3 },
        { key: 'quorum', label: text('Còn quorum', 'Quorate'), width: 1.3 },
        { key: 'moved', label: text('Resource được khôi phục', 'Resources recovered'), align: 'right' },
        { key: 'unrec', label: text('Không khôi phục được', 'Cannot recover'), width: 2 },
        { key: 'over', label: text('Node quá tải RAM', 'Memory overcommitted'), width: 1.3 },
        { key: 'rec', label: text('Khôi phục (giây)', 'Recovery (s)'), align: 'right' },
      ], problems),
    );
  } else if (swept.length) blocks.push({ kind: 'paragraph', text: d('report.digest.checks.noProblems') });
  // Acceptance tests: each test once, the clusters it runs on, its expected result (identical everywhere, or one
  // cluster's as an example: the node names differ per cluster).
  const tested = checks.filter((c) => c.acceptance.length > 0);
  if (tested.length) {
    blocks.push({ kind: 'heading', level: 2, text: d('report.digest.checks.testsTitle') });
    blocks.push({ kind: 'paragraph', text: acceptanceIntro() });
    const byId = new Map<string, { title: Text; clusters: string[]; expected: { cluster: string; text: Text }[] }>();
    for (const c of tested) {
      for (const k of c.acceptance) {
        const g = byId.get(k.id) ?? { title: k.title, clusters: [], expected: [] };
        g.clusters.push(c.cluster);
        g.expected.push({ cluster: c.cluster, text: k.expected });
        byId.set(k.id, g);
      }
    }
    const rows: Cell[][] = [...byId.entries()].map(([id, g]) => {
      const clusters: Cell = g.clusters.length === tested.length && tested.length > 1 ? tt('report.digest.all', { n: tested.length }) : g.clusters.join(', ');
      return [id, g.title, clusters, example(g.expected).cell];
    });
    blocks.push(
      ...digestTable('ha-acceptance', undefined, [
        { key: 'id', label: d('report.checklist.id'), width: 0.7 },
        { key: 'test', label: d('report.compact.test'), width: 1.6 },
        { key: 'clusters', label: d('report.digest.clustersCol'), width: 1.2 },
        { key: 'expected', label: d('report.digest.exampleCol'), width: 4 },
      ], rows),
    );
  }
  blocks.push(digestPointer(d('report.digest.checks.pointer'), ['ha-sweep', 'tests']));
  return { id: 'ha-checks', title: dictionary['report.haChecks.title'], detail: 'summary', blocks: blocks.map((b) => summaryOnly(b)) };
}
