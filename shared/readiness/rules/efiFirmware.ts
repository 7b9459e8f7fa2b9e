import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Importer warning `efi-state-lost`. */
export const efiFirmware: Rule = {
  id: 'efi-firmware',
  severity: 'info',
  label: text('Firmware EFI: biến EFI không được chuyển', 'EFI firmware: EFI variables are not carried over'),
  remedy: text(
    'Máy ảo dùng OVMF với efidisk0 mới; boot entry cũ mất — nếu không khởi động, thêm boot entry trong menu OVMF.',
    'The VM gets OVMF with a new efidisk0; old boot entries are lost — if it does not boot, add the boot entry in the OVMF menu.',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.firmware === undefined) return 'unknown';
    return vm.firmware === 'efi' ? { evidence: [ev('vInfo', 'Firmware', 'efi')] } : null;
  },
};
