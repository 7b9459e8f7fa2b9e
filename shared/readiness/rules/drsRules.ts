import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Forklift 16 (VM-host affinity) and DRS VM rules: they become HA rules on Proxmox. */
export const drsRules: Rule = {
  id: 'drs-rules',
  severity: 'info',
  label: text('Máy ảo có trong quy tắc DRS (affinity/anti-affinity)', 'VM is in DRS rules (affinity/anti-affinity)'),
  remedy: text(
    'Tạo lại bằng HA rules của Proxmox (node-affinity / resource-affinity trên PVE 9, HA group trên PVE 8) — xem phần thiết kế HA.',
    'Recreate them as Proxmox HA rules (node-affinity / resource-affinity on PVE 9, HA groups on PVE 8) — see the HA design section.',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.clusterRules === undefined && vm.clusterRuleNames === undefined) return 'unknown';
    const rules = (vm.clusterRuleNames ?? vm.clusterRules ?? '').trim();
    return rules !== '' ? { evidence: [ev('vInfo', 'Cluster rule name(s)', rules)] } : null;
  },
};
