import { describe, expect, it } from 'vitest';
import { toolsOutdated } from '../../../../shared/readiness/rules/toolsOutdated';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('tools-outdated', () => {
  it('is information with the versions as evidence', () => {
    const f = findingsOf(runRule(toolsOutdated, vm({ tools: { status: 'toolsOld', version: '10304', requiredVersion: '12352' } })));
    expect(toolsOutdated.severity).toBe('info');
    expect(f[0]?.evidence).toContainEqual({ tab: 'vTools', column: 'Required Version', value: '12352' });
    expect(runRule(toolsOutdated, vm({ tools: undefined }))).toBe('unknown');
  });
});
