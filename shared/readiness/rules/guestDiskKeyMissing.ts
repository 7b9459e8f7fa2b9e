import { text } from '../../i18n/text';
import { guestOs } from '../../mapping/guestOs';
import { ev, type Rule } from '../rule';

/** Forklift 15: a Windows guest volume that cannot be tied to a virtual disk (drive letters unresolved). */
export const guestDiskKeyMissing: Rule = {
  id: 'guest-disk-key-missing',
  severity: 'info',
  label: text('Không xác định được ổ đĩa ảo của phân vùng Windows', 'Windows volume not matched to a virtual disk'),
  remedy: text(
    'Ghi lại ký tự ổ đĩa (C:, D:…) ứng với từng đĩa trước khi chuyển để kiểm tra lại sau khi khởi động trên Proxmox.',
    'Write down which drive letter (C:, D:…) sits on which disk before moving, to check it after the first boot on Proxmox.',
  ),
  appliesTo: (vm) => guestOs(vm)?.family === 'windows',
  check(vm) {
    if (vm.partitions.length === 0) return 'unknown';
    const missing = vm.partitions.filter((p) => p.diskKey === undefined);
    return missing.length > 0 ? { evidence: missing.map((p) => ev('vPartition', 'Disk Key', `${p.disk}: —`)) } : null;
  },
};
