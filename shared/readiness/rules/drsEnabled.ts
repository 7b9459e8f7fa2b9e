import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Forklift 12: the VM lives in a DRS cluster; Proxmox balances only HA guests (CRS, auto-rebalance on 9.2+). */
export const drsEnabled: Rule = {
  id: 'drs-enabled',
  severity: 'info',
  label: text('Máy ảo đang ở cluster bật DRS', 'VM is in a DRS-enabled cluster'),
  remedy: text(
    'Proxmox chỉ cân bằng tải máy ảo do HA quản lý (CRS; tự cân bằng lại từ PVE 9.2): đưa máy ảo vào HA nếu cần cân bằng tự động.',
    'Proxmox balances only HA-managed guests (CRS; automatic rebalancing from PVE 9.2): add the VM to HA if it needs automatic balancing.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!vm.cluster) return null;
    const c = ctx.inventory.clusters.find((x) => x.name === vm.cluster && x.source === vm.source) ?? ctx.inventory.clusters.find((x) => x.name === vm.cluster);
    if (!c || c.drsEnabled === undefined) return 'unknown';
    return c.drsEnabled ? { evidence: [ev('vCluster', 'DRS enabled', true), ev('vCluster', 'DRS default VM behavior', c.drsBehavior)] } : null;
  },
};
