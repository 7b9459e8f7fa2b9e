/** The plan pipeline: derivePlan and its stages, the one orchestration every front end calls. */
export { derivePlan } from './derivePlan';
export { haChecks, DEFAULT_MAX_SWEEP_RESOURCES } from './haChecks';
export type { ClusterHaCheck, DeriveOptions, Plan } from './types';
