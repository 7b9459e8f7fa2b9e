import { text } from '../../i18n/text';
import { sourceBusOf } from '../../mapping/vmTarget';
import { allVms, ev, listKnown, type Rule } from '../rule';

/** One `scsihw` per PVE VM; the importer keeps the first type and only logs the rest. */
export const mixedScsiControllers: Rule = {
  id: 'mixed-scsi-controllers',
  severity: 'warning',
  label: text('Nhiều loại bộ điều khiển SCSI trong một máy ảo', 'Several SCSI controller types in one VM'),
  remedy: text(
    'Proxmox chỉ có một loại SCSI cho mỗi máy ảo: mọi đĩa dùng chung một controller (VirtIO SCSI single); đảm bảo máy khách có driver.',
    'Proxmox has one SCSI controller type per VM: every disk uses the same one (VirtIO SCSI single); make sure the guest has the driver.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    const types = [...new Set(vm.disks.filter((d) => sourceBusOf(d) === 'scsi' && d.controller).map((d) => d.controller as string))];
    return types.length > 1 ? { evidence: types.map((t) => ev('vDisk', 'Controller', t)) } : null;
  },
};
