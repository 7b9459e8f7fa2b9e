import { describe, expect, it } from 'vitest';
import { drsEnabled } from '../../../../shared/readiness/rules/drsEnabled';
import { findingsOf, runRule } from '../ruleHarness';
import { inventory, vm } from '../vmBuilder';

describe('drs-enabled', () => {
  it('reads the VM cluster’s DRS setting; unknown when vCluster does not say', () => {
    const v = vm();
    const inv = inventory([v]);
    const c = inv.clusters[0];
    if (!c) throw new Error('no cluster');
    c.drsEnabled = undefined;
    expect(runRule(drsEnabled, v, inv)).toBe('unknown');
    c.drsEnabled = true;
    c.drsBehavior = 'fullyAutomated';
    expect(findingsOf(runRule(drsEnabled, v, inv))[0]?.evidence[1]?.value).toBe('fullyAutomated');
    c.drsEnabled = false;
    expect(runRule(drsEnabled, v, inv)).toBeNull();
    expect(runRule(drsEnabled, vm({ cluster: undefined }))).toBeNull();
  });
});
