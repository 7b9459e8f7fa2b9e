import { text } from '../../i18n/text';
import { NIC_LIMIT } from '../../mapping/vmTarget';
import { allVms, ev, type Rule } from '../rule';

export const tooManyNics: Rule = {
  id: 'too-many-nics',
  severity: 'blocker',
  label: text('Nhiều card mạng hơn giới hạn của Proxmox (32)', 'More NICs than Proxmox allows (32)'),
  remedy: text('Gộp mạng bằng VLAN trunk trong máy khách hoặc bớt card mạng.', 'Consolidate networks with a VLAN trunk in the guest or remove NICs.'),
  appliesTo: allVms,
  check(vm) {
    const n = Math.max(vm.nics.length, vm.nicCount ?? 0);
    return n > NIC_LIMIT ? { evidence: [ev('vInfo', 'NICs', n)] } : null;
  },
};
