import { describe, expect, it } from 'vitest';
import { windowsVirtioDrivers } from '../../../../shared/readiness/rules/windowsVirtioDrivers';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('windows-virtio-drivers', () => {
  it('applies to Windows only and notes the driver step for supported versions', () => {
    const w = vm({ osTools: 'Microsoft Windows Server 2022 (64-bit)' });
    expect(windowsVirtioDrivers.appliesTo(w)).toBe(true);
    expect(windowsVirtioDrivers.appliesTo(vm())).toBe(false);
    expect(findingsOf(runRule(windowsVirtioDrivers, w))).toHaveLength(1);
    expect(runRule(windowsVirtioDrivers, vm({ osTools: 'Microsoft Windows Server 2003 (32-bit)' }))).toBeNull();
  });
});
