import { text } from '../../i18n/text';
import { guestOs } from '../../mapping/guestOs';
import { allVms, ev, type Rule } from '../rule';

/** Guest OS without VirtIO drivers in current virtio-win (Windows 2008/7/Vista) or none at all (XP/2003…). */
export const guestOsNoVirtio: Rule = {
  id: 'guest-os-no-virtio',
  severity: 'warning',
  label: text('Hệ điều hành không có driver VirtIO hiện hành', 'Guest OS without current VirtIO drivers'),
  remedy: text(
    'Dùng bản virtio-win cũ còn hỗ trợ hệ điều hành này, hoặc giữ thiết bị giả lập (SATA/IDE + e1000) — hiệu năng thấp hơn; nên lên kế hoạch nâng cấp hệ điều hành.',
    'Use an older virtio-win release that still supports this OS, or keep emulated devices (SATA/IDE + e1000) — slower; plan an OS upgrade.',
  ),
  appliesTo: allVms,
  check(vm) {
    const g = guestOs(vm);
    if (!g) return 'unknown';
    if (g.virtio !== 'legacy' && g.virtio !== 'none') return null;
    return {
      evidence: [ev('vInfo', g.from === 'tools' ? 'OS according to the VMware Tools' : 'OS according to the configuration file', g.name)],
      detail: g.virtio === 'legacy'
        ? text('{{os}}: chỉ bản virtio-win cũ còn driver.', '{{os}}: only older virtio-win releases have drivers.', { os: g.name })
        : text('{{os}}: không có driver VirtIO.', '{{os}}: no VirtIO drivers.', { os: g.name }),
    };
  },
};
