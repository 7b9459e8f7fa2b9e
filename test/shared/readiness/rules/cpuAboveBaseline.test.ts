import { describe, expect, it } from 'vitest';
import { cpuAboveBaseline } from '../../../../shared/readiness/rules/cpuAboveBaseline';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('cpu-above-baseline', () => {
  it('warns when the VM needs a newer EVC mode than the cluster type', () => {
    const f = findingsOf(runRule(cpuAboveBaseline, vm({ minRequiredEvc: 'intel-skylake' })));
    expect(f[0]?.detail?.en).toBe('Needs intel-skylake, the cluster uses Haswell-noTSX-IBRS.');
  });
  it('passes a lower requirement and is unknown without one', () => {
    expect(runRule(cpuAboveBaseline, vm({ minRequiredEvc: 'intel-sandybridge' }))).toBeNull();
    expect(runRule(cpuAboveBaseline, vm({ minRequiredEvc: '' }))).toBe('unknown');
  });
});
