import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

export const suspendedVm: Rule = {
  id: 'vm-suspended',
  severity: 'blocker',
  label: text('Máy ảo đang ở trạng thái suspended', 'VM is suspended'),
  remedy: text(
    'Trạng thái bộ nhớ đã lưu không chuyển được: resume rồi tắt máy sạch (shut down) trước khi chuyển.',
    'The saved memory state cannot be moved: resume the VM and shut it down cleanly before moving.',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.powerState === undefined) return 'unknown';
    return vm.powerState === 'suspended' ? { evidence: [ev('vInfo', 'Powerstate', 'suspended')] } : null;
  },
};
