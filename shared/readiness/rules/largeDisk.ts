import { text } from '../../i18n/text';
import { allVms, ev, listKnown, type Finding, type Rule } from '../rule';

export const largeDisk: Rule = {
  id: 'large-disk',
  severity: 'warning',
  label: text('Đĩa rất lớn', 'Very large disk'),
  remedy: text(
    'Thời gian sao chép dài: ước lượng theo băng thông, cân nhắc nhập trực tiếp (live import) hoặc sao chép trước dữ liệu, và lên lịch cửa sổ dừng phù hợp.',
    'Long copy time: estimate it from the bandwidth, consider live import or copying the data ahead of the cut-over, and plan the downtime window accordingly.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    const limitMiB = ctx.assumptions.largeDiskGiB * 1024;
    const hits: Finding[] = vm.disks
      .filter((d) => (d.capacityMiB ?? 0) >= limitMiB)
      .map((d) => ({
        evidence: [ev('vDisk', 'Capacity MiB', d.capacityMiB), ev('vDisk', 'Disk', d.label)],
        detail: text('{{disk}}: {{size}} GiB (ngưỡng {{limit}} GiB).', '{{disk}}: {{size}} GiB (threshold {{limit}} GiB).', {
          disk: d.label,
          size: Math.round((d.capacityMiB ?? 0) / 1024),
          limit: ctx.assumptions.largeDiskGiB,
        }),
      }));
    if (hits.length > 0) return hits;
    return vm.disks.some((d) => d.capacityMiB === undefined) ? 'unknown' : null;
  },
};
