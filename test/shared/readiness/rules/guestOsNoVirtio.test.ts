import { describe, expect, it } from 'vitest';
import { guestOsNoVirtio } from '../../../../shared/readiness/rules/guestOsNoVirtio';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('guest-os-no-virtio', () => {
  it('warns for Windows Server 2008 R2 and 2003', () => {
    expect(findingsOf(runRule(guestOsNoVirtio, vm({ osTools: 'Microsoft Windows Server 2008 R2 (64-bit)' })))[0]?.detail?.en).toContain('older virtio-win');
    expect(findingsOf(runRule(guestOsNoVirtio, vm({ osTools: undefined, osConfig: 'Microsoft Windows Server 2003 Standard (32-bit)' })))[0]?.detail?.en).toContain('no VirtIO');
    expect(guestOsNoVirtio.severity).toBe('warning');
  });
  it('passes Linux and Server 2019; unknown without any OS name', () => {
    expect(runRule(guestOsNoVirtio, vm())).toBeNull();
    expect(runRule(guestOsNoVirtio, vm({ osTools: 'Microsoft Windows Server 2019 (64-bit)' }))).toBeNull();
    expect(runRule(guestOsNoVirtio, vm({ osTools: undefined, osConfig: undefined }))).toBe('unknown');
  });
});
