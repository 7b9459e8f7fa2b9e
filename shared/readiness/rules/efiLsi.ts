import { text } from '../../i18n/text';
import { allVms, ev, listKnown, type Rule } from '../rule';

/** Importer warning `ovmf-with-lsi-unsupported`: OVMF has no LSI driver. */
export const efiLsi: Rule = {
  id: 'efi-lsi-controller',
  severity: 'info',
  label: text('EFI với bộ điều khiển LSI', 'EFI with an LSI controller'),
  remedy: text(
    'OVMF không có driver LSI: kế hoạch dùng VirtIO SCSI single (hoặc PVSCSI/SATA cho lần khởi động đầu của Windows).',
    'OVMF has no LSI driver: the plan uses VirtIO SCSI single (or PVSCSI/SATA for the first Windows boot).',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (vm.firmware === undefined) return 'unknown';
    if (vm.firmware !== 'efi') return null;
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    const lsi = vm.disks.filter((d) => /^lsi/i.test((d.controller ?? '').trim()));
    return lsi.length > 0 ? { evidence: [ev('vInfo', 'Firmware', 'efi'), ev('vDisk', 'Controller', lsi[0]?.controller)] } : null;
  },
};
