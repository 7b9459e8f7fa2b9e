/// <reference lib="webworker" />
import { tt } from '../../shared/i18n';
import { derivePlan } from '../../shared/plan';
import { haChecks } from '../../shared/plan/haChecks';
import { errorOf, type PlanIn, type PlanOut } from './protocol';

/** Derives the plan (mapping, readiness, design, HA checks) off the UI thread. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<PlanIn>) => {
  const m = ev.data;
  if (m.type !== 'plan') return;
  try {
    // The design first (a sizing change shows at once), then the HA checks (simulator sweeps), which take longer.
    const plan = derivePlan(m.project, { now: m.now, skipHa: true });
    scope.postMessage({ type: 'design', plan } satisfies PlanOut);
    scope.postMessage({ type: 'done', plan: { ...plan, haChecks: haChecks(plan.design) } } satisfies PlanOut);
  } catch (e) {
    scope.postMessage({ type: 'error', error: errorOf(e, 'APP_PLAN_FAILED', tt('ui.err.planFailed')) } satisfies PlanOut);
  }
};
