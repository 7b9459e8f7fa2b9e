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
  check(vm, ctx) {
    const rules = (vm.clusterRuleNames ?? vm.clusterRules ?? '').trim();
    if (rules !== '') return { evidence: [ev('vInfo', 'Cluster rule name(s)', rules)] };
    const fromRules = ctx.drsRulesOf(vm);
    if (fromRules.length > 0) return { evidence: [ev('DRS rules', 'Name', fromRules.join('; '))] };
    // Nothing names the VM: a pass only if some source said which rules exist.
    if (vm.clusterRules === undefined && vm.clusterRuleNames === undefined && ctx.inventory.drsRules.length === 0) return 'unknown';
    return null;
  },
};
