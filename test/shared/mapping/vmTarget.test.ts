import { untrusted } from '../../fixtures/untrusted';
import { describe, expect, it } from 'vitest';
import { deriveMapping } from '../../../shared/mapping';
import { datastore, disk, inventory, nic, vm } from '../readiness/vmBuilder';

describe('mapVm via deriveMapping', () => {
  it('maps a Linux BIOS VM to VirtIO SCSI single, virtio NICs, raw on block storage', () => {
    const v = vm({ name: 'web01', cpus: 4, coresPerSocket: 2, memoryMiB: 8192, disks: [disk({ capacityMiB: 40 * 1024 + 1 }), disk()], nics: [nic({ mac: '00:50:56:AA:00:01' })] });
    const t = deriveMapping(inventory([v]), {}, {}).vms[v.key];
    expect(t).toBeDefined();
    if (!t) return;
    expect(t.vmid).toEqual({ value: 100, source: 'assumed', assumption: 'vmidStart' });
    expect(t.name).toEqual({ value: 'web01', source: 'imported' });
    expect(t.ostype.value).toBe('l26');
    expect(t.bios.value).toBe('seabios');
    expect(t.machine.value).toBe('pc');
    expect(t.scsihw.value).toBe('virtio-scsi-single');
    expect(t.profile.value).toBe('virtio');
    expect([t.sockets.value, t.cores.value]).toEqual([2, 2]);
    expect(t.cores.source).toBe('imported');
    expect(t.balloonMiB).toEqual({ value: 4096, source: 'assumed', assumption: 'balloonMinRatio' });
    expect(t.disks.map((d) => [d.slot, d.bus, d.storage.value, d.format.value, d.sizeGiB.value, d.iothread, d.discard])).toEqual([
      ['scsi0', 'scsi', 'ds-san-01', 'raw', 41, true, true],
      ['scsi1', 'scsi', 'ds-san-01', 'raw', 40, true, true],
    ]);
    expect(t.nets[0]).toMatchObject({ slot: 'net0', model: { value: 'virtio' }, bridge: { value: 'vmbr0' }, mac: { value: '00:50:56:aa:00:01', source: 'imported' } });
    expect(t.boot.value).toBe('order=scsi0');
    expect(t.cdrom).toBeUndefined();
    expect(t.agent.value).toBe(true);
    expect(t.steps.map((s) => s.en).join(' ')).toContain('qemu-guest-agent');
    expect(t.cpu).toEqual({ value: 'Haswell-noTSX-IBRS', source: 'derived' });
  });

  it('maps a Windows Server 2008 R2 guest to w2k8 with the SATA/e1000 first-boot profile and the VirtIO ISO drive', () => {
    const v = vm({ osConfig: 'Microsoft Windows Server 2008 R2 (64-bit)', osTools: 'Microsoft Windows Server 2008 R2 (64-bit)', disks: [disk({ controller: 'LSI Logic SAS' }), disk({ controller: 'LSI Logic SAS' })] });
    const t = deriveMapping(inventory([v]), {}, {}).vms[v.key];
    if (!t) throw new Error('no target');
    expect(t.ostype.value).toBe('w2k8');
    expect(t.profile).toEqual({ value: 'first-boot', source: 'assumed', assumption: 'windowsFirstBoot' });
    expect(t.disks.map((d) => d.slot)).toEqual(['sata0', 'sata1']);
    expect(t.scsihw.value).toBe('virtio-scsi-single');
    expect(t.nets[0]?.model.value).toBe('e1000');
    expect(t.cdrom).toEqual({ slot: 'ide2' });
    const steps = t.steps.map((s) => s.en).join('\n');
    expect(steps).toContain('virtio-win ISO to CD drive ide2');
    expect(steps).toContain('no longer support this Windows version');
    expect(steps).toContain('move the disks to SCSI');
  });

  it('uses PVSCSI for a Windows first boot with more than 6 disks, e1000e for Server 2019', () => {
    const v = vm({ osTools: 'Microsoft Windows Server 2019 (64-bit)', disks: Array.from({ length: 7 }, () => disk()) });
    const t = deriveMapping(inventory([v]), {}, {}).vms[v.key];
    expect(t?.scsihw.value).toBe('pvscsi');
    expect(t?.disks.map((d) => d.slot)).toEqual(['scsi0', 'scsi1', 'scsi2', 'scsi3', 'scsi4', 'scsi5', 'scsi6']);
    expect(t?.nets[0]?.model.value).toBe('e1000e');
  });

  it('gives an EFI guest OVMF, q35 and an EFI disk with pre-enrolled keys when Secure Boot is on', () => {
    const v = vm({ firmware: 'efi', secureBoot: true });
    const t = deriveMapping(inventory([v]), {}, {}).vms[v.key];
    expect(t?.bios.value).toBe('ovmf');
    expect(t?.machine.value).toBe('q35');
    expect(t?.efidisk).toMatchObject({ efitype: '4m', preEnrolledKeys: { value: true, source: 'imported' }, storage: { value: 'ds-san-01' } });
    const noSb = vm({ firmware: 'efi', secureBoot: false });
    expect(deriveMapping(inventory([noSb]), {}, {}).vms[noSb.key]?.efidisk?.preEnrolledKeys.value).toBe(false);
  });

  it('uses qcow2 on NFS and local-lvm for a local datastore', () => {
    const v = vm({ disks: [disk({ datastore: 'nfs1', path: '[nfs1] a/a.vmdk' }), disk({ datastore: 'local1', path: '[local1] a/b.vmdk' })] });
    const inv = inventory([v], { datastores: [datastore({ name: 'nfs1', type: 'NFS' }), datastore({ name: 'local1', type: 'VMFS', hosts: ['esx1'] })] });
    const t = deriveMapping(inv, {}, {}).vms[v.key];
    expect(t?.disks.map((d) => [d.storage.value, d.storageType, d.format.value])).toEqual([
      ['nfs1', 'nfs', 'qcow2'],
      ['local-lvm', 'lvmthin', 'raw'],
    ]);
  });

  it('keeps emulated devices for Windows Server 2003: LSI stays, e1000, IDE for non-SCSI disks', () => {
    const v = vm({ osTools: undefined, osConfig: 'Microsoft Windows Server 2003 Standard (32-bit)', disks: [disk({ controller: 'LSI Logic' })], nics: [nic({ adapter: 'PCNet32' })] });
    const t = deriveMapping(inventory([v]), {}, {}).vms[v.key];
    expect(t?.ostype.value).toBe('w2k3');
    expect(t?.profile.value).toBe('emulated');
    expect(t?.scsihw.value).toBe('lsi');
    expect(t?.disks[0]?.slot).toBe('scsi0');
    expect(t?.nets[0]?.model.value).toBe('pcnet');
  });

  it('applies user overrides and marks them', () => {
    const v = vm();
    const t = deriveMapping(inventory([v]), untrusted({ vmOverrides: { [v.key]: { name: 'renamed', memoryMiB: 4096, ostype: 'bogus', storage: 'ceph-vm', profile: 'first-boot' } } }), {}).vms[v.key];
    expect(t?.name).toEqual({ value: 'renamed', source: 'override' });
    expect(t?.memoryMiB).toEqual({ value: 4096, source: 'override' });
    expect(t?.ostype.source).toBe('derived');
    expect(t?.disks[0]?.storage).toEqual({ value: 'ceph-vm', source: 'override' });
    expect(t?.disks[0]?.bus).toBe('sata');
    expect(t?.overridden.sort()).toEqual(['memoryMiB', 'name', 'profile', 'storage']);
  });

  it('takes per-disk and per-NIC overrides', () => {
    const v = vm({ disks: [disk({ label: 'Hard disk 1', unitNumber: 0 }), disk({ label: 'Hard disk 2', unitNumber: 1 })], nics: [nic(), nic()] });
    const o = { 'disk:Hard disk 2.storage': 'ceph-vm', 'disk:Hard disk 2.storageType': 'rbd', 'net1.bridge': 'vmbr1', 'net1.tag': 300, 'net1.model': 'e1000e', 'net0.tag': 99999 };
    const t = deriveMapping(inventory([v]), untrusted({ vmOverrides: { [v.key]: o } }), {}).vms[v.key];
    expect(t?.disks.map((d) => [d.storage.value, d.storage.source, d.format.value])).toEqual([
      ['ds-san-01', 'derived', 'raw'],
      ['ceph-vm', 'override', 'raw'],
    ]);
    expect(t?.nets[1]).toMatchObject({ bridge: { value: 'vmbr1', source: 'override' }, tag: { value: 300, source: 'override' }, model: { value: 'e1000e', source: 'override' } });
    expect(t?.nets[0]?.tag.source).not.toBe('override');
    expect(t?.overridden.sort()).toEqual(['disk:Hard disk 2.storage', 'net1.bridge', 'net1.model', 'net1.tag']);
  });

  it('marks missing data unknown instead of inventing it', () => {
    const v = vm({ cpus: undefined, memoryMiB: undefined, osTools: undefined, osConfig: undefined, firmware: undefined, nics: [nic({ mac: undefined, network: 'nowhere' })] });
    const t = deriveMapping(inventory([v]), {}, {}).vms[v.key];
    expect(t?.sockets.source).toBe('unknown');
    expect(t?.memoryMiB.source).toBe('unknown');
    expect(t?.balloonMiB.source).toBe('unknown');
    expect(t?.ostype.source).toBe('unknown');
    expect(t?.bios).toMatchObject({ value: 'seabios', source: 'assumed' });
    expect(t?.nets[0]?.mac.source).toBe('unknown');
    expect(t?.nets[0]?.tag.source).toBe('unknown');
  });

  it('skips templates and gives duplicate names a suffix', () => {
    const a = vm({ name: 'app 01' });
    const b = vm({ name: 'app_01' });
    const c = vm({ name: 'tpl', template: true });
    const m = deriveMapping(inventory([a, b, c]), {}, {});
    expect(Object.keys(m.vms)).toHaveLength(2);
    expect(m.vms[a.key]?.name.value).toBe('app-01');
    expect(m.vms[b.key]?.name.value).toBe('app01');
    const d = vm({ name: 'app-01' });
    expect(deriveMapping(inventory([a, d]), {}, {}).vms[d.key]?.name.value).toBe('app-01-2');
  });
});
