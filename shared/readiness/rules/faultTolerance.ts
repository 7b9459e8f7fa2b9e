import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Forklift 13. Proxmox has no Fault Tolerance. */
export const faultTolerance: Rule = {
  id: 'fault-tolerance',
  severity: 'blocker',
  label: text('Đang bật Fault Tolerance (khả năng chịu lỗi)', 'Fault Tolerance is on'),
  remedy: text(
    'Proxmox không có FT: tắt FT trong vSphere (Turn Off Fault Tolerance) trước khi chuyển; trên Proxmox dùng HA (khởi động lại trên node khác).',
    'Proxmox has no FT: turn Fault Tolerance off in vSphere before moving; on Proxmox use HA (restart on another node).',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.ftState === undefined) return 'unknown';
    const s = vm.ftState.trim();
    if (s === '' || /^notconfigured$/i.test(s)) return null;
    return { evidence: [ev('vInfo', 'FT State', s), ev('vInfo', 'FT Role', vm.ftRole)] };
  },
};
