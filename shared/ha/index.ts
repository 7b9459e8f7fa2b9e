/** HA what-if simulator with Proxmox HA manager semantics (see /work/shared/domain/ha-semantics.md). */
export type * from './types';
export { parseScenario, parseCluster, ScenarioError } from './parseScenario';
export { simulate, capacityNote } from './simulate';
export { sweep, recoveryRoundAfterFailure } from './sweep';
export type { SweepMode, SweepCase, SweepMove, SweepResult } from './sweep';
export { buildAcceptancePlan } from './acceptancePlan';
export type { AcceptanceInput, AcceptanceTarget, AcceptanceTestCase } from './acceptancePlan';
export { generateSweepInput } from './generate';
export type { GenerateOptions } from './generate';
export * as haConstants from './constants';
