import { describe, expect, it } from 'vitest';
import { drsRules } from '../../../../shared/readiness/rules/drsRules';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('drs-rules', () => {
  it('notes VMs named in cluster rules', () => {
    expect(findingsOf(runRule(drsRules, vm({ clusterRuleNames: 'sql-anti-affinity' })))[0]?.evidence[0]?.value).toBe('sql-anti-affinity');
    expect(runRule(drsRules, vm())).toBeNull();
    expect(runRule(drsRules, vm({ clusterRules: undefined, clusterRuleNames: undefined }))).toBe('unknown');
  });
});
