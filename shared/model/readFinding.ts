import type { Text } from '../i18n/text';

/** Something a reader of the project's decisions or assumptions rejected or changed, with where it was. */
export type ReadFinding = {
  code: 'ASSUMPTION_INVALID' | 'ASSUMPTION_OUT_OF_RANGE' | 'ASSUMPTIONS_NOT_AN_OBJECT' | 'DECISION_INVALID' | 'DECISION_CLAMPED' | 'DECISIONS_NOT_AN_OBJECT';
  /** Path of the value (`assumptions.vcpuPerCore`, `decisions.networkMap["VM Network"].tag`). */
  path: string;
  message: Text;
};

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a finding shows it (JSON, cut at 60 characters). */
export function shown(v: unknown): string {
  const s = v === undefined ? 'undefined' : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}
