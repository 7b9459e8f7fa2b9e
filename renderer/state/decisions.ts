import type { Assumptions, Decisions, ProjectMeta } from '../../shared/model/project';
import { useProjectStore } from './projectStore';

/**
 * The one way views change user decisions and assumptions: a new project object (autosaved, and the plan
 * is derived again), one undo step each. Decisions are inputs; a later import never overwrites them.
 */
export function updateDecisions(change: (d: Decisions) => Decisions): void {
  const { project, commit } = useProjectStore.getState();
  if (!project) return;
  const decisions = change(project.decisions);
  if (decisions === project.decisions) return;
  commit({ ...project, decisions, meta: { ...project.meta, updatedAt: new Date().toISOString() } });
}

/** The document fields of the project (name, customer, author): printed on the cover of every report. */
export function updateProjectMeta(patch: Partial<Pick<ProjectMeta, 'name' | 'customer' | 'author'>>): void {
  const { project, setProject } = useProjectStore.getState();
  if (!project) return;
  setProject({ ...project, meta: { ...project.meta, ...patch, updatedAt: new Date().toISOString() } });
}

export function updateAssumptions(patch: Partial<Assumptions>): void {
  const { project, commit } = useProjectStore.getState();
  if (!project) return;
  commit({ ...project, assumptions: { ...project.assumptions, ...patch }, meta: { ...project.meta, updatedAt: new Date().toISOString() } });
}

/** Undo / redo the last change of the open project (Ctrl+Z / Ctrl+Shift+Z). */
export function undo(): boolean {
  return useProjectStore.getState().undo();
}
export function redo(): boolean {
  return useProjectStore.getState().redo();
}
