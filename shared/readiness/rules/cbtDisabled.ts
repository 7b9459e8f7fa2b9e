import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Forklift 1. Only CBT-based warm / incremental tools need it; the PVE importer does not. */
export const cbtDisabled: Rule = {
  id: 'cbt-disabled',
  severity: 'info',
  label: text('CBT (Changed Block Tracking) đang tắt', 'Changed Block Tracking (CBT) is off'),
  remedy: text(
    'Chỉ quan trọng với công cụ chuyển "warm"/gia tăng dựa trên CBT (ví dụ Veeam, Forklift); trình nhập ESXi của Proxmox không cần.',
    'Matters only for CBT-based warm / incremental tools (e.g. Veeam, Forklift); the Proxmox ESXi importer does not need it.',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.cbt === undefined) return 'unknown';
    return vm.cbt ? null : { evidence: [ev('vInfo', 'CBT', false)] };
  },
};
