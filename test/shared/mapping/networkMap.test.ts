import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../../shared/model/assumptions';
import { buildNetworkMap, cidrOf, classifyVmk, migrationNetwork } from '../../../shared/mapping';
import type { PortGroup, VmKernel } from '../../../shared/model/inventory';
import { inventory, nic, vm } from '../readiness/vmBuilder';

const pg = (p: Partial<PortGroup>): PortGroup => ({ key: `k-${Math.random()}`, name: 'VM Network', source: 'src1', kind: 'standard', switchName: 'vSwitch0', vlan: 0, ...p });
const vmk = (p: Partial<VmKernel>): VmKernel => ({ host: 'esx1', source: 'src1', cluster: 'Cluster1', services: [], ...p });

describe('network map', () => {
  it('maps port groups to vmbr0 + VLAN tag, flags VLAN conflicts and trunks', () => {
    const inv = inventory([vm({ nics: [nic({ network: 'Prod' }), nic({ network: 'Trunk' })] }), vm({ nics: [nic({ network: 'Prod' })] })]);
    inv.portGroups.push(
      pg({ name: 'Prod', host: 'esx1', vlan: 20 }),
      pg({ name: 'Prod', host: 'esx2', vlan: 21 }),
      pg({ name: 'Trunk', host: 'esx1', vlan: 4095 }),
      pg({ name: 'DV-App', kind: 'distributed', vlan: 30, switchName: 'dvs1' }),
      pg({ name: 'DV-Trunk', kind: 'distributed', vlan: undefined, vlanText: '0-4094', switchName: 'dvs1' }),
    );
    const m = buildNetworkMap(inv, resolveAssumptions({}));
    const prod = m.entries.find((e) => e.network === 'Prod');
    expect(prod).toMatchObject({ bridge: 'vmbr0', tag: 20, conflict: true, vlans: [20, 21], nicCount: 2, vmCount: 2, hosts: ['esx1', 'esx2'] });
    expect(prod?.notes[0]?.en).toContain('different VLANs');
    expect(m.entries.find((e) => e.network === 'Trunk')).toMatchObject({ trunk: true, tag: undefined });
    expect(m.entries.find((e) => e.network === 'DV-App')).toMatchObject({ kind: 'distributed', tag: 30 });
    expect(m.entries.find((e) => e.network === 'DV-Trunk')).toMatchObject({ trunk: true, vlanText: '0-4094' });
    expect(m.bridges).toEqual([{ name: 'vmbr0', vlanAware: true, vlans: [20, 30] }]);
  });

  it('offers SDN VNets and takes user edits', () => {
    const inv = inventory([vm({ nics: [nic({ network: 'Prod' })] })]);
    inv.portGroups.push(pg({ name: 'Prod', vlan: 20 }));
    const sdn = buildNetworkMap(inv, resolveAssumptions({ networkMode: 'sdn' }));
    expect(sdn.entries[0]).toMatchObject({ vnet: 'vlan20', bridge: 'vlan20', tag: 20 });
    const edited = buildNetworkMap(inv, resolveAssumptions({}), { networkMap: { Prod: { bridge: 'vmbr1', tag: 120 } } });
    expect(edited.entries[0]).toMatchObject({ bridge: 'vmbr1', tag: 120, source: 'override' });
  });

  it('classifies VMkernel ports and finds the migration network from the vMotion subnet', () => {
    expect(classifyVmk(vmk({ portGroup: 'vMotion-A', device: 'vmk1' }))).toEqual(['vmotion']);
    expect(classifyVmk(vmk({ portGroup: 'Management Network', device: 'vmk0' }))).toEqual(['management']);
    expect(classifyVmk(vmk({ portGroup: 'VM Storage', device: 'vmk2' }))).toEqual(['storage']);
    expect(classifyVmk(vmk({ portGroup: 'vSAN', device: 'vmk3' }))).toEqual(['vsan']);
    expect(cidrOf('10.1.2.37', '255.255.255.224')).toBe('10.1.2.32/27');
    expect(cidrOf('10.1.2.37', '24')).toBe('10.1.2.0/24');
    expect(cidrOf('10.1.2.377', '255.255.255.0')).toBeUndefined();
    expect(cidrOf('10.1.2.3', '255.0.255.0')).toBeUndefined();
    const inv = inventory([vm()]);
    inv.vmkernels.push(
      vmk({ host: 'esx1', portGroup: 'Management Network', device: 'vmk0', ip: '192.168.1.11', subnetMask: '255.255.255.0' }),
      vmk({ host: 'esx1', portGroup: 'vMotion', device: 'vmk1', ip: '10.10.5.11', subnetMask: '255.255.255.0', services: ['vmotion'] }),
      vmk({ host: 'esx2', portGroup: 'vMotion', device: 'vmk1', ip: '10.10.5.12', subnetMask: '255.255.255.0', services: ['vmotion'] }),
    );
    const mn = migrationNetwork(inv, 'Cluster1');
    expect(mn).toMatchObject({ cidr: '10.10.5.0/24', from: 'vmotion' });
    expect(mn.note.en).toContain('migration: secure,network=10.10.5.0/24');
    const noVm = inventory([vm()]);
    noVm.vmkernels.push(vmk({ portGroup: 'Management Network', device: 'vmk0', ip: '192.168.1.11', subnetMask: '255.255.255.0' }));
    const shared = migrationNetwork(noVm, 'Cluster1');
    expect(shared).toMatchObject({ cidr: undefined, from: 'management' });
    expect(shared.note.en).toContain('vMotion shares the management network 192.168.1.0/24');
    expect(migrationNetwork(inventory([]), 'Cluster1').from).toBe('none');
    const lone = inventory([]);
    lone.vmkernels.push(vmk({ host: 'esx9', cluster: undefined, portGroup: 'vMotion', ip: '10.9.0.5', subnetMask: '255.255.0.0', services: ['vmotion'] }));
    expect(migrationNetwork(lone, 'standalone:esx9').cidr).toBe('10.9.0.0/16');
  });
});
