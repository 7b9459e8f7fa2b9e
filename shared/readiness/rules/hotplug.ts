import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Forklift 5. Maps to PVE `hotplug` (+ `numa: 1` for memory). */
export const hotplug: Rule = {
  id: 'cpu-memory-hotplug',
  severity: 'info',
  label: text('Bật hot-add CPU/bộ nhớ', 'CPU or memory hot-add enabled'),
  remedy: text(
    'Trên Proxmox bật hotplug tương ứng (Options → Hotplug: cpu, memory); hot-plug bộ nhớ cần numa: 1.',
    'On Proxmox enable the matching hotplug (Options → Hotplug: cpu, memory); memory hot-plug needs numa: 1.',
  ),
  appliesTo: allVms,
  check(vm) {
    const vals = [vm.cpuHotAdd, vm.cpuHotRemove, vm.memoryHotAdd];
    if (vals.every((v) => v === undefined)) return 'unknown';
    if (!vals.some((v) => v === true)) return vals.some((v) => v === undefined) ? 'unknown' : null;
    return { evidence: [ev('vCPU', 'Hot Add', vm.cpuHotAdd), ev('vCPU', 'Hot Remove', vm.cpuHotRemove), ev('vMemory', 'Hot Add', vm.memoryHotAdd)] };
  },
};
