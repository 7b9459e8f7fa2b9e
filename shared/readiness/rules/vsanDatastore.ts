import { text } from '../../i18n/text';
import { allVms, ev, listKnown, type Rule } from '../rule';

/** pve-docs qm.adoc: guests on vSAN cannot be imported directly. */
export const vsanDatastore: Rule = {
  id: 'vsan-datastore',
  severity: 'blocker',
  label: text('Đĩa nằm trên vSAN', 'Disk on a vSAN datastore'),
  remedy: text(
    'Trình nhập ESXi của Proxmox không đọc được vSAN: Storage vMotion đĩa sang VMFS hoặc NFS trước, hoặc dùng công cụ sao lưu/khôi phục.',
    'The Proxmox ESXi importer cannot read vSAN: Storage vMotion the disks to VMFS or NFS first, or use a backup/restore tool.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    let unknownDs = false;
    const hit = new Set<string>();
    for (const d of vm.disks) {
      const ds = ctx.datastore(d.datastore);
      if (!ds || ds.type === undefined) {
        unknownDs = true;
        continue;
      }
      if (/^vsan$/i.test(ds.type) && d.datastore) hit.add(d.datastore);
    }
    if (hit.size > 0) return { evidence: [...hit].flatMap((n) => [ev('vDatastore', 'Name', n), ev('vDatastore', 'Type', 'vsan')]) };
    return unknownDs ? 'unknown' : null;
  },
};
