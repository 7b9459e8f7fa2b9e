import type { Lang } from '../../../shared/i18n/text';
import type { ReadinessClass, ReadinessResult, RuleCount, Severity, VmReadiness } from '../../../shared/readiness';

export const CLASSES: readonly ReadinessClass[] = ['ready', 'conditional', 'not-ready', 'unknown'];
export const SEVERITIES: readonly Severity[] = ['blocker', 'warning', 'info'];

export type ReadinessFilter = {
  cls: ReadinessClass | 'all';
  severity: Severity | 'all';
  rule: string | 'all';
  query: string;
};

export const NO_FILTER: ReadinessFilter = { cls: 'all', severity: 'all', rule: 'all', query: '' };

/**
 * VMs matching the filters: class; a finding of that severity; a finding of that rule (or the rule could
 * not be evaluated for the VM); text in the VM name, cluster or a finding label (in the UI language).
 */
export function filterReadiness(vms: readonly VmReadiness[], f: ReadinessFilter, lang: Lang): VmReadiness[] {
  const q = f.query.trim().toLowerCase();
  return vms.filter((v) => {
    if (f.cls !== 'all' && v.class !== f.cls) return false;
    if (f.severity !== 'all' && !v.findings.some((x) => x.severity === f.severity)) return false;
    if (f.rule !== 'all' && !v.findings.some((x) => x.ruleId === f.rule) && !v.unknown.some((u) => u.ruleId === f.rule)) return false;
    if (q === '') return true;
    if (v.name.toLowerCase().includes(q)) return true;
    if (v.cluster !== undefined && v.cluster.toLowerCase().includes(q)) return true;
    return v.findings.some((x) => x.label[lang].toLowerCase().includes(q) || x.ruleId.toLowerCase().includes(q));
  });
}

export type ClassBar = { cls: ReadinessClass; count: number; pct: number };

/** One bar per class, in a fixed order; `pct` of the VMs assessed (0 when none). */
export function classBars(summary: ReadinessResult['summary']): ClassBar[] {
  return CLASSES.map((cls) => ({ cls, count: summary[cls], pct: summary.total > 0 ? (summary[cls] * 100) / summary.total : 0 }));
}

/** Rules that fired or could not be evaluated for at least one VM: blockers first, then by VMs affected. */
export function activeRules(rules: readonly RuleCount[]): RuleCount[] {
  const order: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };
  return rules
    .filter((r) => r.vms > 0 || r.unknown > 0)
    .sort((a, b) => order[a.severity] - order[b.severity] || b.vms - a.vms || b.unknown - a.unknown || a.ruleId.localeCompare(b.ruleId));
}

/** Findings of one VM grouped by rule (one acknowledgement covers a rule on a VM), worst severity first. */
export function findingsByRule(vm: VmReadiness): { ruleId: string; findings: VmReadiness['findings'] }[] {
  const order: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };
  const groups = new Map<string, VmReadiness['findings']>();
  for (const f of vm.findings) {
    const g = groups.get(f.ruleId);
    if (g) g.push(f);
    else groups.set(f.ruleId, [f]);
  }
  const worst = (fs: VmReadiness['findings']): number => Math.min(...fs.map((f) => order[f.severity]));
  return [...groups.entries()].map(([ruleId, findings]) => ({ ruleId, findings })).sort((a, b) => worst(a.findings) - worst(b.findings));
}

/** Evidence value as shown: null / '' as the given placeholder, numbers and booleans as text. */
export function evidenceText(v: string | number | boolean | null, empty: string): string {
  if (v === null || v === '') return empty;
  return String(v);
}
