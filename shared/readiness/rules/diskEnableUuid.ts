import { text } from '../../i18n/text';
import { sourceBusOf } from '../../mapping/vmTarget';
import { allVms, ev, listKnown, type Rule } from '../rule';

/** Forklift 9. Guests may rely on stable disk serials. */
export const diskEnableUuid: Rule = {
  id: 'disk-enable-uuid',
  severity: 'info',
  label: text('disk.EnableUUID bật trên đĩa SCSI', 'disk.EnableUUID on SCSI disks'),
  remedy: text(
    'Máy khách có thể dựa vào serial đĩa (ví dụ Kubernetes, cơ sở dữ liệu): đặt serial= cho các đĩa trên Proxmox.',
    'The guest may rely on disk serial numbers (e.g. Kubernetes, databases): set serial= on the Proxmox disks.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (vm.enableUuid === undefined) return 'unknown';
    if (!vm.enableUuid) return null;
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    const scsi = vm.disks.filter((d) => sourceBusOf(d) === 'scsi');
    return scsi.length > 0 ? { evidence: [ev('vInfo', 'EnableUUID', true), ev('vDisk', 'Controller', scsi[0]?.controller)] } : null;
  },
};
