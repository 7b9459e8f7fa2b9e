import { describe, expect, it } from 'vitest';
import { noIpAddress } from '../../../../shared/readiness/rules/noIpAddress';
import { findingsOf, runRule } from '../ruleHarness';
import { nic, vm } from '../vmBuilder';

describe('no-ip-address', () => {
  it('fires when neither vInfo nor vNetwork has an address', () => {
    expect(findingsOf(runRule(noIpAddress, vm({ primaryIp: undefined, nics: [nic({ ipv4: [], ipv6: [] })] })))).toHaveLength(1);
    expect(runRule(noIpAddress, vm({ primaryIp: undefined, nics: [nic({ ipv4: ['192.0.2.5'] })] }))).toBeNull();
  });
});
