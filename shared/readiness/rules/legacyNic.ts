import { text } from '../../i18n/text';
import { isLegacyAdapter } from '../../mapping/vmTarget';
import { allVms, ev, listKnown, type Rule } from '../rule';

export const legacyNic: Rule = {
  id: 'legacy-nic',
  severity: 'warning',
  label: text('Card mạng đời cũ (PCNet32/Vlance/Vmxnet/Vmxnet2/Flexible)', 'Legacy NIC model (PCNet32/Vlance/Vmxnet/Vmxnet2/Flexible)'),
  remedy: text(
    'Proxmox không có model tương ứng: dùng VirtIO (nếu có driver), e1000 hoặc pcnet; cấu hình lại IP trong máy khách.',
    'Proxmox has no matching model: use VirtIO (when drivers exist), e1000 or pcnet; reconfigure the IP inside the guest.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!listKnown(vm, ctx, 'vNetwork', vm.nics)) return 'unknown';
    const old = vm.nics.filter((n) => isLegacyAdapter(n.adapter));
    return old.length > 0 ? { evidence: old.map((n) => ev('vNetwork', 'Adapter', n.adapter)) } : null;
  },
};
