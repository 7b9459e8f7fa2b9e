import { text } from '../../i18n/text';
import { isValidPveName } from '../../mapping/pveName';
import { allVms, ev, type Rule } from '../rule';

/** Forklift 19. PVE names are `dns-name`; the plan shows the name the VM will get. */
export const vmName: Rule = {
  id: 'vm-name-invalid',
  severity: 'info',
  label: text('Tên máy ảo không hợp lệ trên Proxmox', 'VM name not valid on Proxmox'),
  remedy: text(
    'Tên sẽ được đổi theo quy tắc của Proxmox (chỉ chữ, số, "-" và "."); kiểm tra tên mới trong bảng cấu hình đích hoặc đặt tên khác.',
    'The name is changed to fit Proxmox (letters, digits, "-" and "." only); check the new name in the target table or choose another one.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    const target = ctx.target(vm)?.name.value;
    if (isValidPveName(vm.name) && (target === undefined || target === vm.name)) return null;
    return {
      evidence: [ev('vInfo', 'VM', vm.name)],
      detail: text('"{{from}}" → "{{to}}"', '"{{from}}" → "{{to}}"', { from: vm.name, to: target ?? '?' }),
    };
  },
};
