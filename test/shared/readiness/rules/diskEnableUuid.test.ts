import { describe, expect, it } from 'vitest';
import { diskEnableUuid } from '../../../../shared/readiness/rules/diskEnableUuid';
import { findingsOf, runRule } from '../ruleHarness';
import { disk, vm } from '../vmBuilder';

describe('disk-enable-uuid', () => {
  it('fires for EnableUUID with SCSI disks only', () => {
    expect(findingsOf(runRule(diskEnableUuid, vm({ enableUuid: true })))).toHaveLength(1);
    expect(runRule(diskEnableUuid, vm({ enableUuid: true, disks: [disk({ controller: 'AHCI', controllerLabel: 'SATA controller 0' })] }))).toBeNull();
    expect(runRule(diskEnableUuid, vm({ enableUuid: undefined }))).toBe('unknown');
  });
});
