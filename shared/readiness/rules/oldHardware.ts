import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

export const oldHardware: Rule = {
  id: 'old-hardware-version',
  severity: 'info',
  label: text('Phiên bản phần cứng ảo cũ', 'Old virtual hardware version'),
  remedy: text(
    'Phần cứng ảo cũ thường đi kèm hệ điều hành cũ: kiểm tra driver và thử khởi động trên Proxmox trước.',
    'Old virtual hardware usually means an old guest OS: check its drivers and test-boot it on Proxmox first.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (vm.hwVersion === undefined) return 'unknown';
    return vm.hwVersion < ctx.assumptions.oldHwVersion
      ? { evidence: [ev('vInfo', 'HW version', vm.hwVersion)], detail: text('vmx-{{v}} (< {{min}}).', 'vmx-{{v}} (< {{min}}).', { v: vm.hwVersion, min: ctx.assumptions.oldHwVersion }) }
      : null;
  },
};
