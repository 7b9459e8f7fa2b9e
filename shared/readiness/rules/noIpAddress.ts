import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Forklift 18. Without a known IP the plan cannot pre-fill addressing or firewall rules. */
export const noIpAddress: Rule = {
  id: 'no-ip-address',
  severity: 'info',
  label: text('Không biết địa chỉ IP', 'No IP address known'),
  remedy: text(
    'Ghi lại cấu hình IP trong máy khách trước khi chuyển (card mạng mới trên Proxmox có thể làm Windows mất IP tĩnh).',
    'Record the guest’s IP configuration before moving (the new NIC on Proxmox can make Windows lose a static IP).',
  ),
  appliesTo: allVms,
  check(vm) {
    const has = (vm.primaryIp ?? '').trim() !== '' || vm.nics.some((n) => n.ipv4.length > 0 || n.ipv6.length > 0);
    return has ? null : { evidence: [ev('vInfo', 'Primary IP Address', vm.primaryIp ?? ''), ev('vNetwork', 'IPv4 Address', '')] };
  },
};
