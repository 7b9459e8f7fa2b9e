import { describe, expect, it } from 'vitest';
import { toolsNotInstalled } from '../../../../shared/readiness/rules/toolsNotInstalled';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('tools-not-installed', () => {
  it('fires, passes, or is unknown from vTools', () => {
    expect(findingsOf(runRule(toolsNotInstalled, vm({ tools: { status: 'toolsNotInstalled' } })))).toHaveLength(1);
    expect(runRule(toolsNotInstalled, vm())).toBeNull();
    expect(runRule(toolsNotInstalled, vm({ tools: undefined }))).toBe('unknown');
  });
});
