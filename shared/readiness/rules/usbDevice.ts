import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Forklift 27 (vUSB lists only VMs with a connected host USB device). */
export const usbDevice: Rule = {
  id: 'usb-device',
  severity: 'warning',
  label: text('Thiết bị USB gắn vào máy ảo', 'USB device attached'),
  remedy: text(
    'Thiết bị USB không được chuyển: gắn lại bằng USB passthrough trên node Proxmox (usbN: host=…) — máy ảo khi đó không di chuyển nóng được — hoặc dùng USB qua mạng.',
    'USB devices are not carried over: re-attach with USB passthrough on a Proxmox node (usbN: host=…) — which prevents live migration — or use USB over the network.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (vm.usbDevices.length === 0) return ctx.hasTab(vm, 'vUSB') === true ? null : 'unknown';
    return { evidence: vm.usbDevices.map((u) => ev('vUSB', 'Device Type', u.deviceType ?? u.family ?? u.deviceNode)) };
  },
};
