import { text } from '../../i18n/text';
import { guestOs } from '../../mapping/guestOs';
import { allVms, ev, type Rule } from '../rule';

/**
 * Forklift 26 cannot be fed from RVTools. Heuristic: Windows 11 / Server 2025 with EFI + Secure Boot
 * very likely has a vTPM, whose data is not carried over.
 */
export const vtpmLikely: Rule = {
  id: 'vtpm-likely',
  severity: 'warning',
  label: text('Có thể có vTPM (Windows 11 / Server 2025 với Secure Boot)', 'vTPM likely (Windows 11 / Server 2025 with Secure Boot)'),
  remedy: text(
    'Dữ liệu vTPM không được chuyển: thêm tpmstate0 (v2.0) trên Proxmox; nếu dùng BitLocker, lấy recovery key trước khi chuyển.',
    'vTPM data is not carried over: add tpmstate0 (v2.0) on Proxmox; if BitLocker is used, get the recovery key before moving.',
  ),
  appliesTo: allVms,
  check(vm) {
    const g = guestOs(vm);
    if (!g) return 'unknown';
    const modern = /windows\s*11|server\s*2025/i.test(g.name);
    if (!modern) return null;
    if (vm.firmware === undefined || (vm.firmware === 'efi' && vm.secureBoot === undefined)) return 'unknown';
    if (vm.firmware !== 'efi' || !vm.secureBoot) return null;
    return { evidence: [ev('vInfo', 'OS according to the VMware Tools', g.name), ev('vInfo', 'EFI Secure boot', true)] };
  },
};
