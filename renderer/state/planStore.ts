import { create } from 'zustand';
import type { Plan } from '../../shared/plan';
import type { Project } from '../../shared/model/project';
import { startPlan, type Job } from '../workers/client';
import type { WorkerError } from '../workers/protocol';
import { useProjectStore } from './projectStore';

/**
 * The derived plan of the open project. It is recomputed in a worker whenever the project changes (the
 * newest project wins; an older run still going is stopped). Views read it with `usePlanStore`.
 */
type PlanState = {
  plan: Plan | null;
  /** The project the current `plan` was derived from. */
  forProject: Project | null;
  status: 'idle' | 'running' | 'done' | 'error';
  /** The plan shown is current but its HA checks (simulator sweeps) are still being computed. */
  haPending: boolean;
  error?: WorkerError;
};

export const usePlanStore = create<PlanState>()(() => ({ plan: null, forProject: null, status: 'idle', haPending: false }));

let running: Job<Plan> | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
const DEBOUNCE_MS = 250;

function recompute(project: Project | null): void {
  if (timer) clearTimeout(timer);
  running?.cancel();
  running = null;
  if (!project) {
    usePlanStore.setState({ plan: null, forProject: null, status: 'idle', haPending: false, error: undefined });
    return;
  }
  usePlanStore.setState({ status: 'running', haPending: false });
  timer = setTimeout(() => {
    const job = startPlan(project, new Date().toISOString(), (design) => {
      if (running !== job) return;
      usePlanStore.setState({ plan: design, forProject: project, status: 'running', haPending: true, error: undefined });
    });
    running = job;
    void job.result.then((r) => {
      if (running !== job) return;
      running = null;
      if (r.status === 'done') usePlanStore.setState({ plan: r.value, forProject: project, status: 'done', haPending: false, error: undefined });
      else if (r.status === 'error') usePlanStore.setState({ status: 'error', haPending: false, error: r.error });
    });
  }, DEBOUNCE_MS);
}

let started = false;
/** Start following the project store (called once at app start). */
export function followProject(): void {
  if (started) return;
  started = true;
  recompute(useProjectStore.getState().project);
  useProjectStore.subscribe((s, prev) => {
    if (s.project !== prev.project) recompute(s.project);
  });
}
