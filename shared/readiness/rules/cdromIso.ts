import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Importer warning `cdrom-image-ignored`. */
export const cdromIso: Rule = {
  id: 'cdrom-iso-connected',
  severity: 'warning',
  label: text('Ổ CD/DVD đang gắn tệp ISO', 'CD/DVD drive has an ISO connected'),
  remedy: text(
    'ISO không được nhập: ngắt ISO trước khi chuyển, hoặc chép ISO sang kho ISO của Proxmox và gắn lại.',
    'The ISO is not imported: disconnect it before moving, or copy it to a Proxmox ISO storage and attach it again.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (vm.cdDrives.length === 0) return ctx.hasTab(vm, 'vCD') === true ? null : 'unknown';
    const iso = vm.cdDrives.filter((c) => /^iso\b/i.test((c.deviceType ?? '').trim()) && (c.connected === true || c.startsConnected === true));
    if (iso.length > 0) return { evidence: iso.flatMap((c) => [ev('vCD', 'Device Type', c.deviceType), ev('vCD', 'Connected', c.connected)]) };
    return vm.cdDrives.some((c) => c.deviceType === undefined) ? 'unknown' : null;
  },
};
