import { text, type Text } from '../../i18n/text';
import type { AcceptanceTestCase } from '../../ha';
import type { ChecklistItem, Section } from '../model';

function join(...parts: Text[]): Text {
  return { vi: parts.map((p) => p.vi).join(' '), en: parts.map((p) => p.en).join(' ') };
}

/** A report section: the acceptance test plan as a checklist (the corrections are in the appendix, once). */
export function acceptancePlanSection(cases: AcceptanceTestCase[], clusterName?: string): Section {
  const items: ChecklistItem[] = cases.map((c) => ({
    id: c.id,
    text: { vi: `${c.id} — ${c.title.vi}`, en: `${c.id} — ${c.title.en}` },
    detail: join(text('Chuẩn bị:', 'Setup:'), c.setup, text('Thao tác:', 'Action:'), c.action),
    command: [...c.setupCommands, ...c.commands].join('\n'),
    expected: c.expected,
  }));
  return {
    id: clusterName ? `ha-acceptance-${clusterName}` : 'ha-acceptance',
    title: clusterName
      ? text('Kế hoạch kiểm thử nghiệm thu HA — cluster {{c}}', 'HA acceptance test plan — cluster {{c}}', { c: clusterName })
      : text('Kế hoạch kiểm thử nghiệm thu HA', 'HA acceptance test plan'),
    blocks: [
      {
        kind: 'paragraph',
        text: text(
          'Các kết quả mong đợi dưới đây được tính bằng trình mô phỏng HA theo đúng hành vi của pve-ha-manager. Thời gian là ước lượng theo vòng 10 giây, fence delay 60 giây và agent lock 120 giây.',
          'The expected results below are computed by the HA simulator following pve-ha-manager\'s real behaviour. Times are estimates on 10 s rounds, a 60 s fence delay and a 120 s agent lock.',
        ),
      },
      { kind: 'checklist', id: 'ha-acceptance-tests', items, sheet: { kind: 'tests', group: clusterName, groupLabel: text('Cluster', 'Cluster') } },
    ],
  };
}
