import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/**
 * Forklift 21 cannot be fed from RVTools. Heuristic: vSphere needs a full memory reservation for PCI
 * passthrough / vGPU, so `Memory Reservation Locked To Max` = True hints at one.
 */
export const passthroughHint: Rule = {
  id: 'passthrough-hint',
  severity: 'warning',
  label: text('Có thể đang dùng PCI passthrough / vGPU', 'Possible PCI passthrough / vGPU'),
  remedy: text(
    'Bộ nhớ được reservation toàn bộ — thường do PCI passthrough hoặc vGPU. Kiểm tra trong vSphere; nếu có, cần cấu hình hostpciN trên node Proxmox có thiết bị đó (không di chuyển nóng được).',
    'Memory is fully reserved — often because of PCI passthrough or vGPU. Check in vSphere; if so, configure hostpciN on a Proxmox node that has the device (no live migration).',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.memoryReservationLockedToMax === undefined) return 'unknown';
    return vm.memoryReservationLockedToMax ? { evidence: [ev('vMemory', 'Memory Reservation Locked To Max', true)] } : null;
  },
};
