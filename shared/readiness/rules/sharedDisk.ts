import { text } from '../../i18n/text';
import { allVms, ev, listKnown, type Finding, type Rule } from '../rule';

/** Forklift 23. Multi-writer / bus-shared disks belong to guest clusters (WSFC, Oracle RAC…). */
export const sharedDisk: Rule = {
  id: 'shared-disk',
  severity: 'blocker',
  label: text('Đĩa dùng chung (multi-writer / chia sẻ bus)', 'Shared disk (multi-writer / shared bus)'),
  remedy: text(
    'Máy ảo thuộc cluster ở mức hệ điều hành: thiết kế lại lưu trữ dùng chung trên Proxmox (LUN iSCSI/FC gắn vào cả hai máy, hoặc Ceph RBD với shared=1), chuyển cả nhóm cùng lúc.',
    'The VM is part of a guest cluster: redesign the shared storage on Proxmox (an iSCSI/FC LUN attached to every member, or Ceph RBD with shared=1) and move the whole group together.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    const hits: Finding[] = [];
    for (const d of vm.disks) {
      const evidence = [];
      if (d.sharing && /multiwriter/i.test(d.sharing)) evidence.push(ev('vDisk', 'Sharing mode', d.sharing));
      if (d.sharedBus && /^(physical|virtual)/i.test(d.sharedBus)) evidence.push(ev('vDisk', 'Shared Bus', d.sharedBus));
      const users = d.path ? ctx.pathUsers(d.path) : 0;
      if (users > 1) evidence.push(ev('vDisk', 'Path', d.path));
      if (evidence.length > 0) {
        hits.push({
          evidence: [...evidence, ev('vDisk', 'Disk', d.label)],
          detail: text('{{disk}} dùng chung (vmdk được {{users}} máy ảo dùng).', '{{disk}} is shared (vmdk used by {{users}} VM(s)).', { disk: d.label, users: Math.max(users, 1) }),
        });
      }
    }
    return hits.length > 0 ? hits : null;
  },
};
