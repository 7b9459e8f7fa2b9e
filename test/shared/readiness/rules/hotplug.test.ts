import { describe, expect, it } from 'vitest';
import { hotplug } from '../../../../shared/readiness/rules/hotplug';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('cpu-memory-hotplug', () => {
  it('fires when any hot-add is on', () => {
    expect(findingsOf(runRule(hotplug, vm({ memoryHotAdd: true })))).toHaveLength(1);
    expect(findingsOf(runRule(hotplug, vm({ cpuHotAdd: true, cpuHotRemove: undefined })))).toHaveLength(1);
  });
  it('passes when all are off and is unknown when not exported', () => {
    expect(runRule(hotplug, vm())).toBeNull();
    expect(runRule(hotplug, vm({ cpuHotAdd: undefined, cpuHotRemove: undefined, memoryHotAdd: undefined }))).toBe('unknown');
  });
});
