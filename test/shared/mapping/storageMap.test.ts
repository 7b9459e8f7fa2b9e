import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../../shared/model/assumptions';
import { buildStorageMap, deriveMapping } from '../../../shared/mapping';
import { mappingSections } from '../../../shared/report/sections/mapping';
import { storageIdFor } from '../../../shared/mapping/storageMap';
import { datastore, disk, host, inventory, vm } from '../readiness/vmBuilder';

describe('storage map', () => {
  it('suggests NFS→NFS, SAN VMFS→shared LVM, local VMFS→LVM-thin, 2-node vSAN→ZFS with replication (Ceph needs 3)', () => {
    const v = vm({ disks: [disk({ datastore: 'vsan1' })] });
    const inv = inventory([v], {
      hosts: [host({ name: 'esx1' }), host({ name: 'esx2' })],
      datastores: [
        datastore({ name: 'NFS_01', type: 'NFS' }),
        datastore({ name: 'SAN-01', type: 'VMFS', hosts: ['esx1', 'esx2'], provisionedMiB: 1000, inUseMiB: 500, capacityMiB: 1100 }),
        datastore({ name: 'esx1-local', type: 'VMFS', hosts: ['esx1'] }),
        datastore({ name: 'vsan1', type: 'vsan', hosts: ['esx1', 'esx2'] }),
      ],
    });
    const m = buildStorageMap(inv, resolveAssumptions({}));
    const by = Object.fromEntries(m.entries.map((e) => [e.datastore, e]));
    expect(by.NFS_01).toMatchObject({ type: 'nfs', storage: 'nfs_01', shared: true, kind: 'nfs' });
    expect(by['SAN-01']).toMatchObject({ type: 'lvm', shared: true, thinTarget: false, requiredMiB: 1200, targetCapacityMiB: 1100, fits: false });
    expect(by['esx1-local']).toMatchObject({ type: 'lvmthin', storage: 'local-lvm', shared: false, alternatives: ['zfspool'] });
    expect(by.vsan1).toMatchObject({ type: 'zfspool', vsanVms: [v.name], vmCount: 1, content: ['images'] });
    expect(by.vsan1?.alternatives).toEqual(['nfs', 'lvm', 'rbd']);
    expect(by.vsan1?.notes.map((n) => n.en).join(' ')).toContain('needs at least 3 nodes (the source cluster has 2): proposed local ZFS with storage replication');
    // With three nodes Ceph RBD is proposed.
    const three = inventory([v], {
      hosts: [host({ name: 'esx1' }), host({ name: 'esx2' }), host({ name: 'esx3' })],
      datastores: [datastore({ name: 'vsan1', type: 'vsan', hosts: ['esx1', 'esx2', 'esx3'] })],
    });
    expect(buildStorageMap(three, resolveAssumptions({})).entries[0]).toMatchObject({ type: 'rbd' });
  });

  it('thin targets need the space in use plus the growth margin; user edits win', () => {
    const inv = inventory([vm()], { datastores: [datastore({ name: 'SAN-01', inUseMiB: 1000, provisionedMiB: 5000, capacityMiB: 2000 })] });
    const m = buildStorageMap(inv, resolveAssumptions({ storageGrowthMargin: 0.5 }), { storageMap: { 'SAN-01': { storage: 'ceph-vm', type: 'rbd', capacityMiB: 1400 } } });
    expect(m.entries.find((e) => e.datastore === 'SAN-01')).toMatchObject({ storage: 'ceph-vm', type: 'rbd', thinTarget: true, requiredMiB: 1500, targetCapacityMiB: 1400, fits: false, source: 'override' });
  });

  it('makes valid storage ids', () => {
    expect(storageIdFor('12TB HDD')).toBe('tb-hdd');
    expect(storageIdFor('AH-Ent-Portal-Cluster01-portal_datastore1')).toBe('ah-ent-portal-cluster01-portal_datastore1');
    expect(storageIdFor('__')).toBe('ds');
  });
});

describe('storage identity, ISO content and RDM', () => {
  it('two same-name vsanDatastores in two clusters stay two storages with two capacities, and each VM lands on its own', () => {
    const a = vm({ name: 'app-a', host: 'a1', cluster: 'CA', disks: [disk({ datastore: 'vsanDatastore' })] });
    const b = vm({ name: 'app-b', host: 'b1', cluster: 'CB', disks: [disk({ datastore: 'vsanDatastore' })] });
    const inv = inventory([a, b], {
      hosts: ['a1', 'a2', 'a3'].map((n) => host({ name: n, cluster: 'CA' })).concat(['b1', 'b2'].map((n) => host({ name: n, cluster: 'CB' }))),
      datastores: [
        datastore({ name: 'vsanDatastore', type: 'vsan', hosts: ['a1', 'a2', 'a3'], capacityMiB: 10 * 1024 * 1024 }),
        datastore({ name: 'vsanDatastore', type: 'vsan', hosts: ['b1', 'b2'], capacityMiB: 4 * 1024 * 1024 }),
      ],
    });
    const m = deriveMapping(inv, {}, resolveAssumptions({}));
    const entries = m.storageMap.entries.filter((e) => e.datastore === 'vsanDatastore');
    expect(entries.map((e) => [e.id, e.scope, e.capacityMiB, e.type, e.vmCount])).toEqual([
      ['vsanDatastore@CA', 'CA', 10 * 1024 * 1024, 'rbd', 1],
      ['vsanDatastore@CB', 'CB', 4 * 1024 * 1024, 'zfspool', 1],
    ]);
    expect(new Set(entries.map((e) => e.storage)).size).toBe(2);
    expect(m.vms[a.key]?.disks[0]?.storage.value).toBe(entries[0]?.storage);
    expect(m.vms[b.key]?.disks[0]?.storage.value).toBe(entries[1]?.storage);
    // Overrides are keyed by the identity: changing one leaves the other.
    const o = deriveMapping(inv, { storageMap: { 'vsanDatastore@CB': { type: 'nfs', storage: 'nfs-b' } } }, resolveAssumptions({}));
    expect(o.vms[b.key]?.disks[0]?.storage.value).toBe('nfs-b');
    expect(o.vms[a.key]?.disks[0]?.storage.value).toBe(entries[0]?.storage);
  });

  it('an ISO datastore gets content iso (and images where it holds VM disks)', () => {
    const v = vm({ disks: [disk({ datastore: 'NFS-ISO-Library' })] });
    const inv = inventory([v], { datastores: [datastore({ name: 'NFS-ISO-Library', type: 'NFS' }), datastore({ name: 'nfs_isos', type: 'NFS' }), datastore({ name: 'NFS-VMs', type: 'NFS' })] });
    const by = Object.fromEntries(buildStorageMap(inv, resolveAssumptions({})).entries.map((e) => [e.datastore, e]));
    expect(by['NFS-ISO-Library']?.content).toEqual(['images', 'iso']);
    expect(by.nfs_isos?.content).toEqual(['iso']);
    expect(by['NFS-VMs']?.content).toEqual(['images']);
    expect(by.nfs_isos?.notes.some((n) => /content iso/.test(n.en) && /content iso/.test(n.vi))).toBe(true);
  });

  it('an RDM disk is shown as RDM with its options, never as an ordinary disk', () => {
    const v = vm({ disks: [disk({ label: 'Hard disk 1', datastore: 'ds-san-01' }), disk({ label: 'Hard disk 2', datastore: 'ds-san-01', raw: true, rawCompatibilityMode: 'physicalMode', rawLunId: '02000000006006016' })] });
    const inv = inventory([v]);
    const m = deriveMapping(inv, {}, resolveAssumptions({}));
    const t = m.vms[v.key];
    const rdm = t?.disks.find((d) => d.label === 'Hard disk 2');
    expect(rdm?.slot).toBeUndefined();
    expect(rdm).toMatchObject({ rdm: true, rdmLun: '02000000006006016', rdmMode: 'physicalMode' });
    expect(rdm?.storage.value).toBeUndefined();
    expect(t?.disks.find((d) => d.label === 'Hard disk 1')?.slot).toBe('scsi0');
    expect(t?.notes.some((n) => /RDM disk \(physicalMode, LUN 02000000006006016\).*pass the LUN through.*copy the data/.test(n.en))).toBe(true);
    const cell = mappingSections(m).flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'table' ? b.rows : [])).flat().filter((c): c is string => typeof c === 'string');
    expect(cell.some((c) => c.includes('Hard disk 2: RDM (LUN 02000000006006016, physicalMode)'))).toBe(true);
    expect(cell.some((c) => /scsi1: .*G/.test(c))).toBe(false);
  });
});

describe('readiness advice reaches the target config', () => {
  it('hot-add → numa + hotplug, disk.EnableUUID → serial=, full reservation → no balloon target; each derived with its reason, and in create-vms.sh', async () => {
    const { deriveDesign } = await import('../../../shared/design');
    const { buildConfigBundle } = await import('../../../shared/report/configBundle');
    const hot = vm({ name: 'hot01', cpuHotAdd: true, memoryHotAdd: true, memoryMiB: 8192, host: 'esx1', cluster: 'Cluster1' });
    const uuid = vm({ name: 'uuid01', enableUuid: true, memoryMiB: 8192, host: 'esx1', cluster: 'Cluster1', disks: [disk({ label: 'Hard disk 1', uuid: '6000C29a-1b2c-3d4e-5f60-718293a4b5c6' })] });
    const rsv = vm({ name: 'rsv01', memoryMiB: 8192, memoryReservationMiB: 8192, host: 'esx2', cluster: 'Cluster1' });
    const big = { sockets: 2, cores: 16, memoryMiB: 131072 };
    const inv = inventory([hot, uuid, rsv], {
      hosts: [host({ name: 'esx1', ...big }), host({ name: 'esx2', ...big })],
      datastores: [datastore(), datastore({ name: 'nfs-iso', type: 'NFS', hosts: ['esx1', 'esx2'] })],
    });
    const a = resolveAssumptions({});
    const m = deriveMapping(inv, {}, a);
    expect(m.vms[hot.key]?.numa).toMatchObject({ value: true, source: 'derived' });
    expect(m.vms[hot.key]?.hotplug.value).toBe('disk,network,usb,memory,cpu');
    expect(m.vms[hot.key]?.numa.note?.en).toMatch(/refuses memory hotplug without NUMA/);
    expect(m.vms[uuid.key]?.disks[0]?.serial).toMatchObject({ value: '6000c29a1b2c3d4e5f60', source: 'derived' });
    expect(m.vms[rsv.key]?.balloonMiB).toMatchObject({ value: 0, source: 'derived' });
    const d = deriveDesign(inv, m, {}, a);
    const files = buildConfigBundle(d, m, { inventory: inv }).files;
    const sh = files.find((f) => f.path.endsWith('create-vms.sh'))?.content ?? '';
    expect(sh).toMatch(/--numa 1 --hotplug disk,network,usb,memory,cpu/);
    expect(sh).toMatch(/serial=6000c29a1b2c3d4e5f60/);
    expect(sh).toMatch(/--memory 8192 --balloon 0/);
    const cfg = files.find((f) => f.path.endsWith('storage.cfg'))?.content ?? '';
    expect(cfg).toMatch(/nfs: nfs-iso[\s\S]*?content iso/);
  });
});
