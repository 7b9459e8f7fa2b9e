import { describe, expect, it } from 'vitest';
import { latencySensitivity } from '../../../../shared/readiness/rules/latencySensitivity';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('latency-sensitivity-high', () => {
  it('fires on high only', () => {
    expect(findingsOf(runRule(latencySensitivity, vm({ latencySensitivity: 'high' })))).toHaveLength(1);
    expect(runRule(latencySensitivity, vm())).toBeNull();
    expect(runRule(latencySensitivity, vm({ latencySensitivity: undefined }))).toBe('unknown');
  });
});
