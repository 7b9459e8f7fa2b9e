import { describe, expect, it } from 'vitest';
import { vmdkPathComma } from '../../../../shared/readiness/rules/vmdkPathComma';
import { RULES } from '../../../../shared/readiness/rules';
import { findingsOf, runRule } from '../ruleHarness';
import { disk, vm } from '../vmBuilder';

// Written from pve-common PVE/JSONSchema.pm parse_property_string: `split(/,/, $data)` with no quoting, so a
// comma inside import-from=<volume> starts a new key ("duplicate key in comma-separated list property").
describe('vmdk-path-comma', () => {
  it('warns for each disk whose datastore or file path has a comma, and only for those', () => {
    const v = vm({
      disks: [
        disk({ path: '[ds-san-01] web,01/web,01.vmdk' }),
        disk({ path: '[ds,nas] app/app.vmdk', datastore: 'ds,nas' }),
        disk({ path: '[ds-san-01] db01/db01.vmdk' }),
      ],
    });
    const f = findingsOf(runRule(vmdkPathComma, v));
    expect(f.map((x) => x.evidence[0]?.value)).toEqual(['[ds-san-01] web,01/web,01.vmdk', '[ds,nas] app/app.vmdk']);
    expect(runRule(vmdkPathComma, vm({ disks: [disk({ path: '[ds-san-01] a b (1)/a b (1).vmdk' })] }))).toBeNull();
  });

  it('ignores RDM disks (not imported) and is unknown when a path is missing', () => {
    expect(runRule(vmdkPathComma, vm({ disks: [disk({ raw: true, path: '[ds-san-01] r,dm/r,dm.vmdk' })] }))).toBeNull();
    expect(runRule(vmdkPathComma, vm({ disks: [disk({ path: undefined })] }))).toBe('unknown');
  });

  it('is registered with the other rules', () => {
    expect(RULES).toContain(vmdkPathComma);
  });
});
