import { describe, expect, it } from 'vitest';
import { tooManyNics } from '../../../../shared/readiness/rules/tooManyNics';
import { findingsOf, runRule } from '../ruleHarness';
import { nic, vm } from '../vmBuilder';

describe('too-many-nics', () => {
  it('blocks more than 32 NICs', () => {
    expect(findingsOf(runRule(tooManyNics, vm({ nics: Array.from({ length: 33 }, () => nic()) })))).toHaveLength(1);
    expect(runRule(tooManyNics, vm())).toBeNull();
  });
});
