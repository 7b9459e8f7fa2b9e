import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

export const latencySensitivity: Rule = {
  id: 'latency-sensitivity-high',
  severity: 'warning',
  label: text('Latency Sensitivity = High', 'Latency Sensitivity set to High'),
  remedy: text(
    'Proxmox không có thiết lập tương đương: cân nhắc ghim CPU (affinity), hugepages, NUMA và dành riêng tài nguyên; kiểm tra hiệu năng sau khi chuyển.',
    'Proxmox has no equivalent setting: consider CPU affinity, hugepages, NUMA and dedicated resources; test performance after the move.',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.latencySensitivity === undefined) return 'unknown';
    return /^high$/i.test(vm.latencySensitivity.trim()) ? { evidence: [ev('vInfo', 'Latency Sensitivity', vm.latencySensitivity)] } : null;
  },
};
