import { text } from '../../i18n/text';
import type { SweepResult } from '../../ha';
import type { Cell, Section } from '../model';

const MAX_LISTED = 12;

function list(items: string[]): string {
  if (items.length <= MAX_LISTED) return items.join(', ');
  return `${items.slice(0, MAX_LISTED).join(', ')} … (+${items.length - MAX_LISTED})`;
}

/** Report section for an N-1 / N-2 sweep of one cluster: a summary, the capacity caveat, one row per failure case. */
export function sweepSection(r: SweepResult, clusterName: string): Section {
  const rows: Cell[][] = r.cases.map((c) => [
    c.failed.join(' + '),
    c.quorate ? text('Có', 'Yes') : text('KHÔNG — không có failover, node còn lại tự reset', 'NO — nothing fails over, survivors self-fence'),
    c.moved.length,
    c.unrecovered.length === 0 ? '—' : list(c.unrecovered.map((u) => u.sid)),
    c.overcommitted.length === 0 ? '—' : c.overcommitted.join(', '),
    c.recoverySeconds ?? '—',
  ]);
  const mode = r.mode === 'n-1' ? 'N-1' : 'N-2';
  return {
    id: `ha-sweep-${r.mode}-${clusterName}`,
    title: text('Mô phỏng HA {{mode}} — cluster {{c}}', 'HA {{mode}} simulation — cluster {{c}}', { mode, c: clusterName }),
    blocks: [
      {
        kind: 'paragraph',
        text: text(
          'Mỗi dòng là một trường hợp {{mode}}: node bị mất nguồn, số resource HA được khôi phục sang node khác, resource không khôi phục được (rule strict / group restricted không còn node hợp lệ, hoặc mất quorum), node bị quá tải RAM và thời gian đến khi máy ảo chạy lại (giây).',
          'Each row is one {{mode}} case: the node(s) that lose power, how many HA resources are recovered elsewhere, the resources that cannot recover (strict rule / restricted group with no node left, or lost quorum), the nodes whose memory is overcommitted, and the time until the guests run again (seconds).',
          { mode },
        ),
      },
      {
        kind: 'kv',
        rows: [
          { label: text('Số trường hợp', 'Cases'), value: r.summary.cases },
          { label: text('Có resource không khôi phục được', 'With unrecoverable resources'), value: r.summary.withUnrecovered },
          { label: text('Có node quá tải RAM', 'With memory overcommit'), value: r.summary.withOvercommit },
          { label: text('Mất quorum', 'Without quorum'), value: r.summary.withoutQuorum },
          { label: text('Thời gian khôi phục lâu nhất (giây)', 'Longest time to recovery (s)'), value: r.summary.maxRecoverySeconds ?? '—' },
          { label: text('Scheduler (CRS)', 'Scheduler (CRS)'), value: r.crs },
        ],
      },
      { kind: 'note', tone: 'info', text: r.capacityNote },
      ...r.notes.map((n) => ({ kind: 'note' as const, tone: 'warning' as const, text: n })),
      {
        kind: 'table',
        id: `ha-sweep-${r.mode}`,
        sheet: { kind: 'ha-sweep', group: clusterName, groupLabel: text('Cluster', 'Cluster') },
        columns: [
          { key: 'failed', label: text('Node hỏng', 'Failed node(s)'), width: 1.6 },
          { key: 'quorum', label: text('Còn quorum', 'Quorate') },
          { key: 'moved', label: text('Resource được khôi phục', 'Resources recovered'), align: 'right' },
          { key: 'unrecovered', label: text('Không khôi phục được', 'Cannot recover'), width: 2 },
          { key: 'overcommitted', label: text('Node quá tải RAM', 'Memory overcommitted'), width: 1.5 },
          { key: 'recovery', label: text('Khôi phục (giây)', 'Recovery (s)'), align: 'right' },
        ],
        rows,
      },
    ],
  };
}
