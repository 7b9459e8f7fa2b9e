import { text } from '../../i18n/text';
import { guestOs } from '../../mapping/guestOs';
import { ev, type Rule } from '../rule';

/** Every Windows guest needs the VirtIO drivers (GuestImport.js "Prepare for VirtIO-SCSI"). */
export const windowsVirtioDrivers: Rule = {
  id: 'windows-virtio-drivers',
  severity: 'info',
  label: text('Windows cần driver VirtIO', 'Windows needs VirtIO drivers'),
  remedy: text(
    'Cài virtio-win (driver + guest agent) trước khi chuyển nếu được, hoặc khởi động lần đầu bằng SATA/e1000e rồi chuyển sang VirtIO như các bước trong kế hoạch.',
    'Install virtio-win (drivers + guest agent) before the move if you can, or first-boot on SATA/e1000e and switch to VirtIO following the plan steps.',
  ),
  appliesTo: (vm) => guestOs(vm)?.family === 'windows',
  check(vm) {
    const g = guestOs(vm);
    if (!g) return 'unknown';
    if (g.virtio !== 'driver') return null;
    return { evidence: [ev('vInfo', g.from === 'tools' ? 'OS according to the VMware Tools' : 'OS according to the configuration file', g.name)] };
  },
};
