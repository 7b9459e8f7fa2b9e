import { describe, expect, it } from 'vitest';
import { mixedScsiControllers } from '../../../../shared/readiness/rules/mixedScsiControllers';
import { findingsOf, runRule } from '../ruleHarness';
import { disk, vm } from '../vmBuilder';

describe('mixed-scsi-controllers', () => {
  it('fires when one VM uses LSI Logic SAS and PVSCSI', () => {
    const v = vm({ disks: [disk({ controller: 'LSI Logic SAS' }), disk({ controller: 'VMware paravirtual SCSI', controllerLabel: 'SCSI controller 1' })] });
    expect(findingsOf(runRule(mixedScsiControllers, v))[0]?.evidence).toHaveLength(2);
    expect(runRule(mixedScsiControllers, vm({ disks: [disk(), disk()] }))).toBeNull();
  });
});
