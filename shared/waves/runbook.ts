import { tt } from '../i18n';
import type { Text } from '../i18n/text';
import type { MappingResult } from '../mapping';
import type { Inventory, Vm } from '../model/inventory';
import type { Wave, WaveVm } from './types';

/**
 * The runbook of one wave, for the night of the move: pre-checks, the commands in order per VM (with the
 * real VM names, VMIDs, nodes, bridges and MAC addresses of the plan), verification and rollback. Data
 * only; the report section renders it. Proxmox and PowerCLI commands stay in English.
 */

export type RunbookPhase = 'pre' | 'run' | 'verify' | 'rollback';

export type RunbookStep = {
  id: string;
  phase: RunbookPhase;
  text: Text;
  /** Commands in order, verbatim; a line starting with `#` says where to run what follows. */
  commands: string[];
};

export type VmRunbook = { vmKey: string; name: string; vmid: number; node?: string; steps: RunbookStep[] };

export type WaveRunbook = { waveId: string; name: Text; pre: RunbookStep[]; vms: VmRunbook[]; verify: RunbookStep[]; rollback: RunbookStep[] };

/** A name as a single-quoted PowerShell / shell literal. */
function q(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function nicLines(vm: Vm | undefined): string[] {
  return (vm?.nics ?? []).map((n) => `#   ${n.label}: ${n.network ?? '?'}  MAC ${n.mac ?? '?'}  IP ${[...n.ipv4, ...n.ipv6].join(', ') || '?'}`);
}

function vmSteps(v: WaveVm, vm: Vm | undefined, mapping: MappingResult): RunbookStep[] {
  const t = mapping.vms[v.vmKey];
  const id = (s: string): string => `${v.vmid}-${s}`;
  const node = v.node ?? '<node>';
  const steps: RunbookStep[] = [];
  steps.push({
    id: id('stop'),
    phase: 'run',
    text: tt('runbook.vm.stop', { name: v.name }),
    commands: ['# PowerCLI (vCenter)', `Stop-VMGuest -VM ${q(v.name)} -Confirm:$false`, `while ((Get-VM ${q(v.name)}).PowerState -ne 'PoweredOff') { Start-Sleep 10 }`],
  });
  if (v.method === 'live-import') {
    steps.push({ id: id('import'), phase: 'run', text: tt('runbook.vm.liveImport', { name: v.name, vmid: v.vmid, node }), commands: [`# ${node}: Datacenter → Storage (esxi-…) → Virtual Guests → ${v.name} → Import: VM ID ${v.vmid}, Live Import ✓`] });
  } else if (v.method === 'restore') {
    steps.push({ id: id('import'), phase: 'run', text: tt('runbook.vm.restore', { name: v.name, vmid: v.vmid, node }), commands: [`# ${node}: qm config ${v.vmid}   # after the restore`] });
  } else {
    steps.push({ id: id('import'), phase: 'run', text: tt('runbook.vm.import', { name: v.name, vmid: v.vmid, node }), commands: [`# ${node} (proxmox/${v.cluster ?? '<cluster>'}/)`, `ONLY_VMIDS="${v.vmid}" CONFIRM=yes ./create-vms.sh`, `qm config ${v.vmid}`] });
  }
  steps.push({ id: id('start'), phase: 'run', text: tt('runbook.vm.start', { vmid: v.vmid }), commands: [`qm start ${v.vmid}`, `qm status ${v.vmid}`] });
  if (t?.agent.value) steps.push({ id: id('agent'), phase: 'run', text: tt('runbook.vm.agent'), commands: [`qm agent ${v.vmid} ping`, `qm agent ${v.vmid} network-get-interfaces`] });
  if (v.firstBoot && t) {
    const boot = t.disks.find((d) => d.slot)?.slot ?? 'sata0';
    const storage = t.disks.find((d) => d.slot)?.storage.value ?? '<storage>';
    const nets = t.nets.map((n) => `--${n.slot} virtio${n.mac.value ? `=${n.mac.value}` : ''},bridge=${n.bridge.value ?? 'vmbr0'}${n.tag.value ? `,tag=${n.tag.value}` : ''}`);
    steps.push({
      id: id('virtio'),
      phase: 'run',
      text: tt('runbook.vm.switchVirtio', { vmid: v.vmid }),
      commands: [
        `qm set ${v.vmid} --scsihw virtio-scsi-single --scsi15 ${storage}:1   # temporary disk: Windows loads the VirtIO SCSI driver`,
        `qm reboot ${v.vmid}   # check the new disk in Device Management, then:`,
        `qm shutdown ${v.vmid}`,
        `vol="$(qm config ${v.vmid} | sed -n 's/^${boot}: \\([^,]*\\).*/\\1/p')"`,
        `qm set ${v.vmid} --delete scsi15,${boot}`,
        `qm set ${v.vmid} --scsi0 "$vol,iothread=1,discard=on" --boot order=scsi0${nets.length ? ` ${nets.join(' ')}` : ''}`,
        `qm start ${v.vmid}`,
      ],
    });
  }
  for (const [i, s] of (t?.steps ?? []).entries()) steps.push({ id: id(`guest${i + 1}`), phase: 'run', text: s, commands: [] });
  steps.push({ id: id('notes'), phase: 'pre', text: tt('runbook.vm.nics', { name: v.name }), commands: nicLines(vm) });
  return steps;
}

export function waveRunbook(w: Wave, inv: Inventory, mapping: MappingResult): WaveRunbook {
  const byKey = new Map(inv.vms.map((v) => [v.key, v]));
  const names = w.vms.map((v) => v.name);
  const withSnapshots = w.vms.filter((v) => (byKey.get(v.vmKey)?.snapshots.length ?? 0) > 0);
  const windows = w.vms.filter((v) => v.windows);
  const vmids = w.vms.map((v) => v.vmid).join(' ');
  const pre: RunbookStep[] = [
    { id: 'backup', phase: 'pre', text: tt('runbook.pre.backup', { n: w.vms.length }), commands: [`# ${names.join(', ')}`] },
    withSnapshots.length
      ? { id: 'snapshots', phase: 'pre', text: tt('runbook.pre.snapshots', { list: withSnapshots.map((v) => v.name).join(', ') }), commands: ['# PowerCLI (vCenter)', ...withSnapshots.map((v) => `Get-VM ${q(v.name)} | Get-Snapshot | Remove-Snapshot -Confirm:$false`)] }
      : { id: 'snapshots', phase: 'pre', text: tt('runbook.pre.noSnapshots'), commands: [`Get-VM ${names.slice(0, 50).map(q).join(',')} | Get-Snapshot`] },
    ...(windows.length ? [{ id: 'virtio', phase: 'pre' as const, text: tt('runbook.pre.virtio', { list: windows.map((v) => v.name).join(', ') }), commands: ['# in each Windows guest, still on VMware: virtio-win-guest-tools.exe (virtio-win ISO)'] }] : []),
    { id: 'tools', phase: 'pre', text: tt('runbook.pre.tools'), commands: [] },
    { id: 'storage', phase: 'pre', text: tt('runbook.pre.storage'), commands: ['pvesm status', `ONLY_VMIDS="${vmids}" ./create-vms.sh   # dry run on each node: prints what it would do`] },
  ];
  const verify: RunbookStep[] = [
    { id: 'status', phase: 'verify', text: tt('runbook.verify.running'), commands: [`for id in ${vmids}; do qm status $id; done`, 'ha-manager status'] },
    { id: 'app', phase: 'verify', text: tt('runbook.verify.app'), commands: [] },
    { id: 'backup', phase: 'verify', text: tt('runbook.verify.backup'), commands: [`vzdump ${vmids} --mode snapshot --storage <backup-storage>`] },
  ];
  const rollback: RunbookStep[] = [
    { id: 'stop', phase: 'rollback', text: tt('runbook.rollback.stop'), commands: w.vms.map((v) => `qm stop ${v.vmid}   # ${v.node ?? ''}`) },
    { id: 'source', phase: 'rollback', text: tt('runbook.rollback.source'), commands: ['# PowerCLI (vCenter)', ...w.vms.map((v) => `Start-VM -VM ${q(v.name)}`)] },
    { id: 'keep', phase: 'rollback', text: tt('runbook.rollback.keep'), commands: [] },
  ];
  return {
    waveId: w.id,
    name: w.name,
    pre,
    vms: w.vms.map((v) => ({ vmKey: v.vmKey, name: v.name, vmid: v.vmid, node: v.node, steps: vmSteps(v, byKey.get(v.vmKey), mapping) })),
    verify,
    rollback,
  };
}
