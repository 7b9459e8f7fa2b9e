import { describe, expect, it } from 'vitest';
import { cbtDisabled } from '../../../../shared/readiness/rules/cbtDisabled';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('cbt-disabled', () => {
  it('is information, unknown when CBT is not exported', () => {
    expect(findingsOf(runRule(cbtDisabled, vm({ cbt: false })))).toHaveLength(1);
    expect(cbtDisabled.severity).toBe('info');
    expect(runRule(cbtDisabled, vm({ cbt: true }))).toBeNull();
    expect(runRule(cbtDisabled, vm({ cbt: undefined }))).toBe('unknown');
  });
});
