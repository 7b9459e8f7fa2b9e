import { describe, expect, it } from 'vitest';
import { legacyNic } from '../../../../shared/readiness/rules/legacyNic';
import { findingsOf, runRule } from '../ruleHarness';
import { nic, vm } from '../vmBuilder';

describe('legacy-nic', () => {
  it('fires for PCNet32 and Vmxnet2, not for Vmxnet3/E1000e', () => {
    expect(findingsOf(runRule(legacyNic, vm({ nics: [nic({ adapter: 'PCNet32' }), nic({ adapter: 'Vmxnet2' })] })))[0]?.evidence).toHaveLength(2);
    expect(runRule(legacyNic, vm({ nics: [nic(), nic({ adapter: 'E1000e' })] }))).toBeNull();
  });
});
