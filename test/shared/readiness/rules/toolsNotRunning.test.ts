import { describe, expect, it } from 'vitest';
import { toolsNotRunning } from '../../../../shared/readiness/rules/toolsNotRunning';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('tools-not-running', () => {
  it('fires on a powered-on VM whose Tools are not running', () => {
    const f = findingsOf(runRule(toolsNotRunning, vm({ tools: { status: 'toolsNotRunning' } })));
    expect(f[0]?.evidence[0]).toEqual({ tab: 'vTools', column: 'Tools', value: 'toolsNotRunning' });
  });
  it('does not apply to powered-off VMs and is unknown without vTools data', () => {
    expect(toolsNotRunning.appliesTo(vm({ powerState: 'poweredOff' }))).toBe(false);
    expect(runRule(toolsNotRunning, vm({ tools: undefined }))).toBe('unknown');
    expect(runRule(toolsNotRunning, vm())).toBeNull();
  });
});
