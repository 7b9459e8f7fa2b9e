import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../../shared/model/assumptions';
import { buildStorageMap } from '../../../shared/mapping';
import { storageIdFor } from '../../../shared/mapping/storageMap';
import { datastore, disk, host, inventory, vm } from '../readiness/vmBuilder';

describe('storage map', () => {
  it('suggests NFS→NFS, SAN VMFS→shared LVM, local VMFS→LVM-thin, vSAN→Ceph RBD', () => {
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
    expect(by.vsan1).toMatchObject({ type: 'rbd', vsanVms: [v.name], vmCount: 1 });
    expect(by.vsan1?.notes.map((n) => n.en).join(' ')).toContain('needs at least 3 nodes (the source cluster has 2)');
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
