import { resolveAssumptions } from '../../../shared/model/assumptions';
import { deriveMapping } from '../../../shared/mapping';
import type { Inventory, Vm } from '../../../shared/model/inventory';
import { buildRuleContext } from '../../../shared/readiness/context';
import type { Finding, Rule, RuleOutcome } from '../../../shared/readiness/rule';
import { inventory } from './vmBuilder';

/** Run one rule on one VM inside an inventory (built around the VM unless given). */
export function runRule(rule: Rule, vm: Vm, inv?: Inventory): RuleOutcome {
  const i = inv ?? inventory([vm]);
  const mapping = deriveMapping(i, {}, {});
  const ctx = buildRuleContext(i, resolveAssumptions({}), mapping);
  return rule.check(vm, ctx);
}

/** The findings of an outcome as a list (throws on null / unknown so a test sees the difference). */
export function findingsOf(out: RuleOutcome): Finding[] {
  if (out === null || out === 'unknown') throw new Error(`expected findings, got ${String(out)}`);
  return Array.isArray(out) ? out : [out];
}
