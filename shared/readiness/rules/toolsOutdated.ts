import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

export const toolsOutdated: Rule = {
  id: 'tools-outdated',
  severity: 'info',
  label: text('VMware Tools đã cũ', 'VMware Tools out of date'),
  remedy: text(
    'Không cần nâng cấp nếu sắp chuyển: VMware Tools sẽ được gỡ; cài QEMU guest agent và driver VirtIO thay thế.',
    'No need to upgrade before a move: VMware Tools will be removed; the QEMU guest agent and VirtIO drivers replace them.',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.tools?.status === undefined) return 'unknown';
    if (vm.tools.status !== 'toolsOld') return null;
    return { evidence: [ev('vTools', 'Tools', vm.tools.status), ev('vTools', 'Tools Version', vm.tools.version), ev('vTools', 'Required Version', vm.tools.requiredVersion)] };
  },
};
