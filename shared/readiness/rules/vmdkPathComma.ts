import { text } from '../../i18n/text';
import { allVms, ev, listKnown, type Finding, type Rule } from '../rule';

/**
 * A comma in a disk's datastore or file path (legal in vSphere names). Proxmox's `import-from=` is a
 * property-string value and property strings have no quoting (pve-common PVE/JSONSchema.pm
 * parse_property_string splits on every comma), so the ESXi import cannot take such a disk directly: the
 * configuration bundle imports a copy with a safe file name through `qm disk import` instead.
 */
export const vmdkPathComma: Rule = {
  id: 'vmdk-path-comma',
  severity: 'warning',
  label: text('Đường dẫn đĩa có dấu phẩy', 'Disk path contains a comma'),
  remedy: text(
    'Proxmox không nhận dấu phẩy trong import-from=: chép đĩa thành tệp có tên an toàn (create-vms.sh ghi tên tệp) rồi import bằng qm disk import, hoặc đổi tên thư mục/tệp của máy ảo trong vSphere trước khi chuyển.',
    'Proxmox cannot take a comma in import-from=: copy the disk to a file with a safe name (create-vms.sh gives the name) and import it with qm disk import, or rename the VM folder/file in vSphere before moving.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    const hits: Finding[] = vm.disks
      .filter((d) => !d.raw && d.path !== undefined && d.path.includes(','))
      .map((d) => ({ evidence: [ev('vDisk', 'Path', d.path), ev('vDisk', 'Disk', d.label)] }));
    if (hits.length > 0) return hits;
    return vm.disks.some((d) => d.path === undefined) ? 'unknown' : null;
  },
};
