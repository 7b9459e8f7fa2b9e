import { text, type Text } from '../../i18n/text';
import type { AcceptanceTestCase } from '../../ha';
import type { ChecklistItem, Section } from '../model';

function join(...parts: Text[]): Text {
  return { vi: parts.map((p) => p.vi).join(' '), en: parts.map((p) => p.en).join(' ') };
}

/** What the acceptance tests are and how their expected results were computed (once per plan in the summary). */
export function acceptanceIntro(): Text {
  return text(
    'Các bài kiểm thử chạy trên một máy ảo kiểm thử riêng (TCs-01 tạo, bài cuối xoá), mỗi rule thêm vào có mã riêng và được gỡ ở phần dọn dẹp (cleanup), nên rule của kế hoạch không bị đụng tới. Kết quả mong đợi được tính bằng trình mô phỏng HA theo đúng hành vi của pve-ha-manager; thời gian là ước lượng theo vòng 10 giây, fence delay 60 giây và agent lock 120 giây. Chạy trước khi đưa cluster vào vận hành: nhiều bài tắt nguồn node.',
    'The tests run on a dedicated test VM (TCs-01 creates it, the last test removes it); every rule they add has an id of its own and is removed by the cleanup commands, so the plan\'s rules are never touched. Expected results are computed by the HA simulator following pve-ha-manager\'s real behaviour; times are estimates on 10 s rounds, a 60 s fence delay and a 120 s agent lock. Run them before the cluster goes into production: several tests power nodes off.',
  );
}

/**
 * A report section: the acceptance test plan as a checklist with setup, test and cleanup commands (the
 * corrections are in the appendix, once). The full report prints the checklist; the summary prints one digest
 * of every cluster's tests (sections/ha.ts) and points to the steps (the XLSX workbook always holds them).
 */
export function acceptancePlanSection(cases: AcceptanceTestCase[], clusterName?: string): Section {
  const items: ChecklistItem[] = cases.map((c) => ({
    id: c.id,
    text: { vi: `${c.id} — ${c.title.vi}`, en: `${c.id} — ${c.title.en}` },
    detail: join(text('Chuẩn bị:', 'Setup:'), c.setup, text('Thao tác:', 'Action:'), c.action),
    command: [...c.setupCommands, ...c.commands, ...(c.cleanupCommands.length ? ['# cleanup', ...c.cleanupCommands] : [])].join('\n'),
    expected: c.expected,
  }));
  return {
    id: clusterName ? `ha-acceptance-${clusterName}` : 'ha-acceptance',
    title: clusterName
      ? text('Kế hoạch kiểm thử nghiệm thu HA — cluster {{c}}', 'HA acceptance test plan — cluster {{c}}', { c: clusterName })
      : text('Kế hoạch kiểm thử nghiệm thu HA', 'HA acceptance test plan'),
    blocks: [
      { kind: 'paragraph', text: acceptanceIntro() },
      { kind: 'checklist', id: 'ha-acceptance-tests', detail: 'full', items, sheet: { kind: 'tests', group: clusterName, groupLabel: text('Cluster', 'Cluster') } },
    ],
  };
}
