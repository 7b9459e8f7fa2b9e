import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

export const toolsNotInstalled: Rule = {
  id: 'tools-not-installed',
  severity: 'warning',
  label: text('Chưa cài VMware Tools', 'VMware Tools not installed'),
  remedy: text(
    'Không có dữ liệu từ máy khách (IP, hostname, phân vùng): thu thập thủ công; cài QEMU guest agent sau khi chuyển.',
    'No data from inside the guest (IPs, hostname, partitions): collect it by hand; install the QEMU guest agent after the move.',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.tools?.status === undefined) return 'unknown';
    return vm.tools.status === 'toolsNotInstalled' ? { evidence: [ev('vTools', 'Tools', vm.tools.status)] } : null;
  },
};
