import { describe, expect, it } from 'vitest';
import { passthroughHint } from '../../../../shared/readiness/rules/passthroughHint';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('passthrough-hint', () => {
  it('fires on a full memory reservation', () => {
    expect(findingsOf(runRule(passthroughHint, vm({ memoryReservationLockedToMax: true })))).toHaveLength(1);
    expect(runRule(passthroughHint, vm())).toBeNull();
    expect(runRule(passthroughHint, vm({ memoryReservationLockedToMax: undefined }))).toBe('unknown');
  });
});
