import { describe, expect, it } from 'vitest';
import { vsanDatastore } from '../../../../shared/readiness/rules/vsanDatastore';
import { findingsOf, runRule } from '../ruleHarness';
import { datastore, disk, inventory, vm } from '../vmBuilder';

describe('vsan-datastore', () => {
  it('blocks VMs with a disk on vSAN', () => {
    const v = vm({ disks: [disk({ datastore: 'vsanDatastore' })] });
    const inv = inventory([v], { datastores: [datastore(), datastore({ name: 'vsanDatastore', type: 'vsan' })] });
    expect(findingsOf(runRule(vsanDatastore, v, inv))[0]?.evidence).toContainEqual({ tab: 'vDatastore', column: 'Type', value: 'vsan' });
  });
  it('passes VMFS and is unknown when the datastore is not in the inventory', () => {
    expect(runRule(vsanDatastore, vm())).toBeNull();
    expect(runRule(vsanDatastore, vm({ disks: [disk({ datastore: 'elsewhere' })] }))).toBe('unknown');
  });
});
