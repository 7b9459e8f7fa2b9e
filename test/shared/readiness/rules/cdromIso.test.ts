import { describe, expect, it } from 'vitest';
import { cdromIso } from '../../../../shared/readiness/rules/cdromIso';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('cdrom-iso-connected', () => {
  it('fires for a connected datastore ISO only', () => {
    const iso = { deviceType: 'ISO [ds1] ISO/win2022.iso', connected: true, startsConnected: true };
    expect(findingsOf(runRule(cdromIso, vm({ cdDrives: [iso] })))).toHaveLength(1);
    expect(runRule(cdromIso, vm({ cdDrives: [{ ...iso, connected: false, startsConnected: false }] }))).toBeNull();
    expect(runRule(cdromIso, vm())).toBeNull();
  });
});
