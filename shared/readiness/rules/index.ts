import type { Rule } from '../rule';
import { cbtDisabled } from './cbtDisabled';
import { cdromIso } from './cdromIso';
import { consolidationNeeded } from './consolidationNeeded';
import { cpuAboveBaseline } from './cpuAboveBaseline';
import { diskCapacityInvalid } from './diskCapacityInvalid';
import { diskEnableUuid } from './diskEnableUuid';
import { diskNotOnDatastore } from './diskNotOnDatastore';
import { drsEnabled } from './drsEnabled';
import { drsRules } from './drsRules';
import { efiFirmware } from './efiFirmware';
import { efiLsi } from './efiLsi';
import { efiSecureBoot } from './efiSecureBoot';
import { faultTolerance } from './faultTolerance';
import { guestDiskKeyMissing } from './guestDiskKeyMissing';
import { guestFreeSpace } from './guestFreeSpace';
import { guestOsEol } from './guestOsEol';
import { guestOsNoVirtio } from './guestOsNoVirtio';
import { hostnameMissing } from './hostnameMissing';
import { hotplug } from './hotplug';
import { inaccessibleVm } from './inaccessibleVm';
import { independentDisk } from './independentDisk';
import { largeDisk } from './largeDisk';
import { latencySensitivity } from './latencySensitivity';
import { legacyNic } from './legacyNic';
import { mixedScsiControllers } from './mixedScsiControllers';
import { noIpAddress } from './noIpAddress';
import { nvmeController } from './nvmeController';
import { oldHardware } from './oldHardware';
import { passthroughHint } from './passthroughHint';
import { poweredOn } from './poweredOn';
import { rdmDisk } from './rdmDisk';
import { sharedDisk } from './sharedDisk';
import { snapshots } from './snapshots';
import { suspendedVm } from './suspendedVm';
import { tooManyDisks } from './tooManyDisks';
import { tooManyNics } from './tooManyNics';
import { toolsNotInstalled } from './toolsNotInstalled';
import { toolsNotRunning } from './toolsNotRunning';
import { toolsOutdated } from './toolsOutdated';
import { usbDevice } from './usbDevice';
import { vmdkPathComma } from './vmdkPathComma';
import { vmName } from './vmName';
import { vsanDatastore } from './vsanDatastore';
import { vtpmLikely } from './vtpmLikely';
import { windowsVirtioDrivers } from './windowsVirtioDrivers';

/** Every readiness rule, blockers first (report order). */
export const RULES: readonly Rule[] = [
  inaccessibleVm, suspendedVm, faultTolerance, rdmDisk, sharedDisk, vsanDatastore, diskNotOnDatastore, diskCapacityInvalid, tooManyDisks, tooManyNics,
  snapshots, consolidationNeeded, independentDisk, toolsNotRunning, toolsNotInstalled, efiSecureBoot, vtpmLikely, nvmeController, largeDisk,
  usbDevice, vmdkPathComma, cdromIso, guestOsNoVirtio, latencySensitivity, passthroughHint, legacyNic, mixedScsiControllers, cpuAboveBaseline,
  toolsOutdated, hotplug, oldHardware, efiFirmware, efiLsi, guestOsEol, windowsVirtioDrivers, vmName, noIpAddress, hostnameMissing,
  cbtDisabled, poweredOn, diskEnableUuid, guestFreeSpace, guestDiskKeyMissing, drsRules, drsEnabled,
];
