import { text } from '../../i18n/text';
import { allVms, ev, listKnown, type Rule } from '../rule';

/** PVE slot limits: 31 SCSI, 6 SATA, 4 IDE (incl. CD drives), 16 VirtIO. */
export const tooManyDisks: Rule = {
  id: 'too-many-disks',
  severity: 'blocker',
  label: text('Nhiều đĩa hơn số khe của Proxmox', 'More disks than Proxmox has slots'),
  remedy: text(
    'Proxmox có tối đa 31 khe SCSI, 6 SATA, 4 IDE: gộp đĩa, hoặc dùng profile VirtIO SCSI (31 khe) thay vì SATA.',
    'Proxmox has at most 31 SCSI, 6 SATA and 4 IDE slots: merge disks, or use the VirtIO SCSI profile (31 slots) instead of SATA.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    const t = ctx.target(vm);
    if (!t) return 'unknown';
    const noSlot = t.disks.filter((d) => d.slot === undefined && !d.rdm);
    if (noSlot.length === 0) return null;
    return {
      evidence: [ev('vDisk', 'Disk', vm.disks.length), ev('vInfo', 'Disks', vm.diskCount)],
      detail: text('{{total}} đĩa; {{n}} đĩa không có khe trên bus {{bus}}.', '{{total}} disks; {{n}} disk(s) have no slot on the {{bus}} bus.', {
        total: vm.disks.length,
        n: noSlot.length,
        bus: noSlot[0]?.bus ?? '?',
      }),
    };
  },
};
