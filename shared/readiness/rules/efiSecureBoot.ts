import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

export const efiSecureBoot: Rule = {
  id: 'efi-secure-boot',
  severity: 'warning',
  label: text('EFI có bật Secure Boot', 'EFI with Secure Boot'),
  remedy: text(
    'Tạo efidisk0 với efitype=4m và pre-enrolled-keys=1 (kế hoạch đã đặt sẵn); nếu dùng BitLocker, chuẩn bị recovery key.',
    'Create efidisk0 with efitype=4m and pre-enrolled-keys=1 (the plan sets it); if BitLocker is used, have the recovery key ready.',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.firmware === undefined) return 'unknown';
    if (vm.firmware !== 'efi') return null;
    if (vm.secureBoot === undefined) return 'unknown';
    return vm.secureBoot ? { evidence: [ev('vInfo', 'Firmware', 'efi'), ev('vInfo', 'EFI Secure boot', true)] } : null;
  },
};
