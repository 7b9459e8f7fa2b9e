import { describe, expect, it } from 'vitest';
import { nvmeController } from '../../../../shared/readiness/rules/nvmeController';
import { findingsOf, runRule } from '../ruleHarness';
import { disk, vm } from '../vmBuilder';

describe('nvme-controller', () => {
  it('fires for NVMe disks', () => {
    const v = vm({ disks: [disk({ controller: 'NVME controller 0', controllerLabel: 'NVME controller 0' })] });
    expect(findingsOf(runRule(nvmeController, v))[0]?.evidence[0]?.value).toBe('NVME controller 0');
    expect(runRule(nvmeController, vm())).toBeNull();
  });
});
