import { describe, expect, it } from 'vitest';
import { usbDevice } from '../../../../shared/readiness/rules/usbDevice';
import { findingsOf, runRule } from '../ruleHarness';
import { inventory, vm } from '../vmBuilder';

describe('usb-device', () => {
  it('fires for vUSB rows; passes when vUSB was exported empty; unknown without the tab', () => {
    expect(findingsOf(runRule(usbDevice, vm({ usbDevices: [{ deviceType: 'USB dongle', connected: true }] })))).toHaveLength(1);
    const v = vm();
    expect(runRule(usbDevice, v)).toBeNull();
    expect(runRule(usbDevice, v, inventory([v], { tabs: ['vInfo', 'vDisk'] }))).toBe('unknown');
  });
});
