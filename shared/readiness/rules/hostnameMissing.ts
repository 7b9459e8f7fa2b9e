import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Forklift 17a/17b. */
export const hostnameMissing: Rule = {
  id: 'hostname-missing',
  severity: 'info',
  label: text('Không biết hostname (hoặc là localhost)', 'Hostname unknown (or localhost)'),
  remedy: text(
    'Xác nhận tên máy trong hệ điều hành khách để kiểm tra DNS và ứng dụng sau khi chuyển.',
    'Confirm the guest’s host name to check DNS and applications after the move.',
  ),
  appliesTo: allVms,
  check(vm) {
    const n = (vm.dnsName ?? '').trim().toLowerCase();
    if (n !== '' && n !== 'localhost.localdomain' && n !== 'localhost') return null;
    return { evidence: [ev('vInfo', 'DNS Name', vm.dnsName ?? '')] };
  },
};
