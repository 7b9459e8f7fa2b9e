export { deriveWaves, elapsedHours, applicationOf, namePrefix, type WavesInput } from './plan';
export type * from './types';
export { wavesPlanJson, type PlanJsonWave } from './planJson';
export { waveRunbook, type WaveRunbook, type VmRunbook, type RunbookStep, type RunbookPhase } from './runbook';
