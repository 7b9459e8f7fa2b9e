import type { Text } from '../i18n/text';
import type { Evidence, Severity } from './rule';

export type ReadinessClass = 'ready' | 'conditional' | 'not-ready' | 'unknown';

/** A finding on one VM, as the readiness result holds it. */
export type VmFinding = {
  ruleId: string;
  severity: Severity;
  label: Text;
  remedy: Text;
  detail?: Text;
  evidence: Evidence[];
  acknowledged?: { note: string; at: string };
};

/** A rule that could not be evaluated for a VM (its data is missing). */
export type UnknownRule = { ruleId: string; severity: Severity };

/**
 * Class of a VM — the best statement the data supports:
 * - `not-ready`: at least one blocker finding that is not acknowledged;
 * - `unknown`: no open blocker, but a blocker rule could not be evaluated;
 * - `conditional`: a warning finding, or an acknowledged blocker (accepted, not resolved);
 * - `unknown`: no warning, but a warning rule could not be evaluated;
 * - `ready`: everything else (info findings and unknown info rules do not change the class).
 */
export function classify(findings: readonly VmFinding[], unknownRules: readonly UnknownRule[] = []): ReadinessClass {
  if (findings.some((f) => f.severity === 'blocker' && !f.acknowledged)) return 'not-ready';
  if (unknownRules.some((u) => u.severity === 'blocker')) return 'unknown';
  if (findings.some((f) => f.severity === 'warning' || f.severity === 'blocker')) return 'conditional';
  if (unknownRules.some((u) => u.severity === 'warning')) return 'unknown';
  return 'ready';
}

/** Facts about the VM that make a move harder, whatever the findings. */
export type ComplexityInputs = {
  /** Windows guest that has to switch to VirtIO after a first boot on emulated devices. */
  driverSwitch: boolean;
  /** Total provisioned disk, GiB. */
  diskGiB: number;
  /** Number of disks. */
  disks: number;
};

/**
 * Migration complexity 0–4 (waves use it):
 *   +2 if any blocker finding (acknowledged or not), else +1 if any warning finding;
 *   +1 if three or more warning findings;
 *   +1 if the guest needs a driver switch (Windows first-boot profile) or has no VirtIO drivers;
 *   +1 if the VM has more than 2 TiB of disk or more than 8 disks;
 *   capped at 4. Info findings never add.
 */
export function complexity(findings: readonly VmFinding[], x: ComplexityInputs): number {
  const blockers = findings.filter((f) => f.severity === 'blocker').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  let s = 0;
  if (blockers > 0) s += 2;
  else if (warnings > 0) s += 1;
  if (warnings >= 3) s += 1;
  if (x.driverSwitch) s += 1;
  if (x.diskGiB > 2048 || x.disks > 8) s += 1;
  return Math.min(4, s);
}
