import type { WavesResult } from './types';

/** One wave in plan.json: the VMIDs it moves (every migrated VM in exactly one wave), GiB, hours. */
export type PlanJsonWave = {
  id: string;
  name: { vi: string; en: string };
  kind: 'pilot' | 'main' | 'remediation';
  vms: number[];
  copyGiB: number;
  hours: number;
  windowHours: number;
  maxDowntimeHours: number;
  start?: string;
};

export function wavesPlanJson(w: WavesResult): PlanJsonWave[] {
  return w.waves.map((x) => ({
    id: x.id,
    name: { vi: x.name.vi, en: x.name.en },
    kind: x.kind,
    vms: x.vms.map((v) => v.vmid),
    copyGiB: x.copyGiB,
    hours: x.hours,
    windowHours: x.windowHours,
    maxDowntimeHours: x.maxDowntimeHours,
    ...(x.start ? { start: x.start } : {}),
  }));
}
