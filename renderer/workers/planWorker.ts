/// <reference lib="webworker" />
import { tt } from '../../shared/i18n';
import { derivePlan } from '../../shared/plan';
import { errorOf, type PlanIn, type PlanOut } from './protocol';

/** Derives the plan (mapping, readiness, design, HA checks) off the UI thread. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<PlanIn>) => {
  const m = ev.data;
  if (m.type !== 'plan') return;
  try {
    const plan = derivePlan(m.project, { now: m.now });
    scope.postMessage({ type: 'done', plan } satisfies PlanOut);
  } catch (e) {
    scope.postMessage({ type: 'error', error: errorOf(e, 'APP_PLAN_FAILED', tt('ui.err.planFailed')) } satisfies PlanOut);
  }
};
