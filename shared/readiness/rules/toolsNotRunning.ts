import { text } from '../../i18n/text';
import { ev, type Rule } from '../rule';

/** Tools not running on a powered-on VM: no IP / partition data, no clean shutdown from vSphere. */
export const toolsNotRunning: Rule = {
  id: 'tools-not-running',
  severity: 'warning',
  label: text('VMware Tools không chạy', 'VMware Tools not running'),
  remedy: text(
    'Khởi động lại dịch vụ VMware Tools (hoặc cài lại) để có IP, phân vùng và tắt máy sạch trước khi chuyển.',
    'Restart (or reinstall) the VMware Tools service to get IPs and partitions and a clean shutdown before moving.',
  ),
  appliesTo: (vm) => vm.powerState === 'poweredOn',
  check(vm) {
    if (vm.tools?.status === undefined) return 'unknown';
    if (vm.tools.status === 'toolsNotRunning') return { evidence: [ev('vTools', 'Tools', vm.tools.status), ev('vInfo', 'Powerstate', vm.powerState)] };
    return null;
  },
};
