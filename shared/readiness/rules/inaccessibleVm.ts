import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

export const inaccessibleVm: Rule = {
  id: 'vm-inaccessible',
  severity: 'blocker',
  label: text('Máy ảo không truy cập được / mồ côi (orphaned)', 'VM is inaccessible or orphaned'),
  remedy: text(
    'vCenter không đọc được máy ảo: sửa kết nối (đăng ký lại vmx, khôi phục datastore) hoặc loại máy ảo khỏi kế hoạch.',
    'vCenter cannot read the VM: fix it (re-register the vmx, restore the datastore) or drop the VM from the plan.',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.connectionState === undefined) return 'unknown';
    return vm.connectionState === 'connected' ? null : { evidence: [ev('vInfo', 'Connection state', vm.connectionState)] };
  },
};
