import { text } from '../../i18n/text';
import { allVms, ev, listKnown, type Finding, type Rule } from '../rule';

/** Forklift 10. */
export const diskCapacityInvalid: Rule = {
  id: 'disk-capacity-invalid',
  severity: 'blocker',
  label: text('Dung lượng đĩa không hợp lệ (≤ 0)', 'Invalid disk capacity (≤ 0)'),
  remedy: text(
    'vCenter báo dung lượng đĩa bằng 0: đĩa có thể bị hỏng hoặc mất tệp; kiểm tra trong vSphere.',
    'vCenter reports a zero-size disk: the disk may be broken or its file missing; check it in vSphere.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    const hits: Finding[] = vm.disks
      .filter((d) => d.capacityMiB !== undefined && d.capacityMiB <= 0)
      .map((d) => ({ evidence: [ev('vDisk', 'Capacity MiB', d.capacityMiB), ev('vDisk', 'Disk', d.label)] }));
    if (hits.length > 0) return hits;
    return vm.disks.some((d) => d.capacityMiB === undefined) ? 'unknown' : null;
  },
};
