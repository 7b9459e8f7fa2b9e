import type { Text } from '../i18n/text';
import type { Inventory, Vm } from '../model/inventory';
import type { Assumptions } from '../model/assumptions';
import { ackKey, resolveDecisions, type Acknowledgement, type Decisions } from '../model/decisions';
import { PLANNING_CALCULATOR_VERSION, resolveAssumptions } from '../model/assumptions';
import { deriveMapping, type MappingResult } from '../mapping';
import { classify, complexity, type ReadinessClass, type UnknownRule, type VmFinding } from './classify';
import { buildRuleContext } from './context';
import type { Rule, RuleContext, Severity } from './rule';
import { RULES } from './rules';

export type VmReadiness = {
  vmKey: string;
  name: string;
  cluster?: string;
  class: ReadinessClass;
  complexity: number;
  findings: VmFinding[];
  /** Rules that could not be evaluated for this VM. */
  unknown: UnknownRule[];
};

export type RuleCount = {
  ruleId: string;
  severity: Severity;
  label: Text;
  remedy: Text;
  /** VMs with a finding of this rule. */
  vms: number;
  findings: number;
  acknowledged: number;
  /** VMs for which the rule could not be evaluated. */
  unknown: number;
};

export type ReadinessResult = {
  calculatorVersion: string;
  vms: VmReadiness[];
  byKey: Record<string, VmReadiness>;
  rules: RuleCount[];
  summary: Record<ReadinessClass, number> & { total: number };
};

function acknowledgement(decisions: Decisions, vmKey: string, ruleId: string): Acknowledgement | undefined {
  const a = decisions.acknowledged?.[ackKey(vmKey, ruleId)];
  return a ? { note: a.note, at: a.at } : undefined;
}

/** Run every rule on one VM. */
export function evaluateVm(vm: Vm, ctx: RuleContext, decisions: Decisions, rules: readonly Rule[] = RULES): { findings: VmFinding[]; unknown: UnknownRule[] } {
  const read = resolveDecisions(decisions);
  const findings: VmFinding[] = [];
  const unknown: UnknownRule[] = [];
  for (const rule of rules) {
    if (!rule.appliesTo(vm)) continue;
    let out;
    try {
      out = rule.check(vm, ctx);
    } catch {
      // A rule must never crash the plan on odd data: treat it as not evaluable.
      out = 'unknown' as const;
    }
    if (out === null) continue;
    if (out === 'unknown') {
      unknown.push({ ruleId: rule.id, severity: rule.severity });
      continue;
    }
    const ack = acknowledgement(read, vm.key, rule.id);
    for (const f of Array.isArray(out) ? out : [out]) {
      const vf: VmFinding = { ruleId: rule.id, severity: f.severity ?? rule.severity, label: rule.label, remedy: rule.remedy, evidence: f.evidence };
      if (f.detail) vf.detail = f.detail;
      if (ack) vf.acknowledged = ack;
      findings.push(vf);
    }
  }
  return { findings, unknown };
}

/**
 * Readiness of every migratable VM. Pass a mapping already derived from the same inputs to avoid
 * computing it twice.
 */
export function assessReadiness(inv: Inventory, rawDecisions: Decisions, assumptions: Partial<Assumptions> | undefined, mapping?: MappingResult): ReadinessResult {
  const a = resolveAssumptions(assumptions);
  const decisions = resolveDecisions(rawDecisions);
  const m = mapping ?? deriveMapping(inv, decisions, assumptions);
  const ctx = buildRuleContext(inv, a, m);
  const counts = new Map<string, RuleCount>(
    RULES.map((r) => [r.id, { ruleId: r.id, severity: r.severity, label: r.label, remedy: r.remedy, vms: 0, findings: 0, acknowledged: 0, unknown: 0 }]),
  );
  const summary: ReadinessResult['summary'] = { ready: 0, conditional: 0, 'not-ready': 0, unknown: 0, total: 0 };
  const vms: VmReadiness[] = [];
  const byKey: Record<string, VmReadiness> = {};
  for (const vm of inv.vms) {
    if (vm.template || vm.srmPlaceholder) continue;
    const { findings, unknown } = evaluateVm(vm, ctx, decisions);
    const target = m.vms[vm.key];
    const cls = classify(findings, unknown);
    let diskMiB = 0;
    for (const d of vm.disks) diskMiB += d.capacityMiB ?? 0;
    const diskGiB = diskMiB / 1024;
    const score = complexity(findings, {
      driverSwitch: target?.profile.value === 'first-boot' || target?.profile.value === 'emulated',
      diskGiB,
      disks: vm.disks.length,
    });
    const r: VmReadiness = { vmKey: vm.key, name: vm.name, cluster: target?.cluster.value ?? vm.cluster, class: cls, complexity: score, findings, unknown };
    vms.push(r);
    byKey[vm.key] = r;
    summary[cls] += 1;
    summary.total += 1;
    // Findings of one rule are consecutive (rules run in order), so a change of id starts a new rule.
    let prev = '';
    for (const f of findings) {
      const c = counts.get(f.ruleId);
      if (!c) continue;
      c.findings += 1;
      if (f.ruleId !== prev) {
        c.vms += 1;
        if (f.acknowledged) c.acknowledged += 1;
        prev = f.ruleId;
      }
    }
    for (const u of unknown) {
      const c = counts.get(u.ruleId);
      if (c) c.unknown += 1;
    }
  }
  return { calculatorVersion: PLANNING_CALCULATOR_VERSION, vms, byKey, rules: [...counts.values()], summary };
}

export { RULES } from './rules';
export { classify, complexity, type ReadinessClass, type VmFinding, type UnknownRule } from './classify';
export type { Rule, RuleContext, Finding, Evidence, Severity } from './rule';
