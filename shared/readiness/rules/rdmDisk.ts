import { text } from '../../i18n/text';
import { allVms, ev, listKnown, type Finding, type Rule } from '../rule';

/** Forklift 22. An RDM has no vmdk to import: the LUN must be re-presented to Proxmox. */
export const rdmDisk: Rule = {
  id: 'rdm-disk',
  severity: 'blocker',
  label: text('Đĩa RDM (Raw Device Mapping)', 'Raw Device Mapping (RDM) disk'),
  remedy: text(
    'Không có tệp vmdk để nhập: trình bày lại LUN cho các node Proxmox (iSCSI/FC, gắn trực tiếp hoặc làm LVM), hoặc chuyển RDM ảo thành vmdk bằng Storage vMotion trước khi chuyển.',
    'There is no vmdk to import: present the LUN to the Proxmox nodes (iSCSI/FC, passed through or as LVM), or convert a virtual-mode RDM to a vmdk with Storage vMotion before moving.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    const hits: Finding[] = [];
    let unknownRaw = false;
    for (const d of vm.disks) {
      if (d.raw === true) {
        hits.push({
          evidence: [ev('vDisk', 'Raw', true), ev('vDisk', 'Raw Comp. Mode', d.rawCompatibilityMode), ev('vDisk', 'Disk', d.label)],
          detail: text('{{disk}}: RDM chế độ {{mode}}.', '{{disk}}: RDM in {{mode}}.', { disk: d.label, mode: d.rawCompatibilityMode ?? '?' }),
        });
      } else if (d.raw === undefined) unknownRaw = true;
    }
    if (hits.length > 0) return hits;
    return unknownRaw ? 'unknown' : null;
  },
};
