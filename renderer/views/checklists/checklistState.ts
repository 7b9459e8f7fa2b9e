import type { Decisions } from '../../../shared/model/project';

/**
 * Ticks of the HA acceptance checklist, saved as a user decision: `decisions.checklist[key] = { done, at }`
 * with key `<cluster>/<caseId>` (every cluster has its own TCs-01…). A malformed saved value is ignored.
 */
export type ChecklistTick = { done: boolean; at: string };

export function checklistKey(cluster: string, caseId: string): string {
  return `${cluster}/${caseId}`;
}

export function readChecklist(d: Decisions): Record<string, ChecklistTick> {
  const raw = d.checklist;
  const out: Record<string, ChecklistTick> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v !== 'object' || v === null) continue;
    const rec = v as { done?: unknown; at?: unknown };
    if (typeof rec.done === 'boolean' && typeof rec.at === 'string') out[k] = { done: rec.done, at: rec.at };
  }
  return out;
}

/** A new decisions object with the tick set (other keys and areas untouched). */
export function setTick(d: Decisions, key: string, done: boolean, at: string): Decisions {
  return { ...d, checklist: { ...readChecklist(d), [key]: { done, at } } };
}

/** All commands of a case, as one block to paste into a shell. */
export function commandBlock(setupCommands: readonly string[], commands: readonly string[]): string {
  return [...setupCommands, ...commands].join('\n');
}
