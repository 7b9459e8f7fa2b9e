import { text } from '../../i18n/text';
import { sourceBusOf } from '../../mapping/vmTarget';
import { allVms, ev, listKnown, type Rule } from '../rule';

/** Importer warning `nvme-unsupported`: NVMe disks are re-attached as SCSI. */
export const nvmeController: Rule = {
  id: 'nvme-controller',
  severity: 'warning',
  label: text('Đĩa trên bộ điều khiển NVMe', 'Disk on an NVMe controller'),
  remedy: text(
    'Đĩa NVMe sẽ được gắn dưới dạng SCSI: đảm bảo máy khách có driver SCSI (VirtIO SCSI) trước khi chuyển.',
    'NVMe disks are attached as SCSI: make sure the guest has a SCSI (VirtIO SCSI) driver before moving.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    const n = vm.disks.filter((d) => sourceBusOf(d) === 'nvme');
    return n.length > 0 ? { evidence: n.map((d) => ev('vDisk', 'Controller', d.controller ?? d.controllerLabel)) } : null;
  },
};
