import { text } from '../../i18n/text';
import { allVms, ev, listKnown, type Finding, type Rule } from '../rule';

/** Forklift 8. Independent disks are left out of VMware snapshots (snapshot-based copy tools skip them). */
export const independentDisk: Rule = {
  id: 'independent-disk',
  severity: 'warning',
  label: text('Đĩa độc lập (independent)', 'Independent disk'),
  remedy: text(
    'Công cụ sao chép dựa trên snapshot bỏ qua đĩa independent: chuyển đĩa về chế độ persistent, hoặc sao chép khi máy ảo đã tắt.',
    'Snapshot-based copy tools skip independent disks: switch the disk to persistent mode, or copy it with the VM powered off.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    const hits: Finding[] = [];
    let unknownMode = false;
    for (const d of vm.disks) {
      if (d.mode === undefined) unknownMode = true;
      else if (/^independent/i.test(d.mode)) {
        hits.push({ evidence: [ev('vDisk', 'Disk Mode', d.mode), ev('vDisk', 'Disk', d.label)], detail: text('{{disk}}: {{mode}}.', '{{disk}}: {{mode}}.', { disk: d.label, mode: d.mode }) });
      }
    }
    if (hits.length > 0) return hits;
    return unknownMode ? 'unknown' : null;
  },
};
