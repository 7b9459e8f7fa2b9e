import type { Text } from '../i18n/text';
import type { Datastore, Inventory, Vm } from '../model/inventory';
import type { Assumptions } from '../model/assumptions';
import type { MappingCluster } from '../mapping';
import type { VmTarget } from '../mapping/vmTarget';

export type Severity = 'blocker' | 'warning' | 'info';

/** What a finding rests on: the RVTools tab, column and the value read. */
export type Evidence = { tab: string; column: string; value: string | number | boolean | null };

/** What a rule's check returns when it fires. */
export type Finding = {
  evidence: Evidence[];
  /** Specific sentence for this VM (counts, names); the rule's label is the general one. */
  detail?: Text;
  /** Overrides the rule's severity for this finding (e.g. a very old snapshot). */
  severity?: Severity;
};

export type RuleOutcome = Finding | Finding[] | null | 'unknown';

export type RuleContext = {
  inventory: Inventory;
  assumptions: Assumptions;
  /** Was this tab exported for the VM's source? undefined when the source does not say. */
  hasTab(vm: Vm, tab: string): boolean | undefined;
  datastore(name: string | undefined): Datastore | undefined;
  /** How many (migratable) VMs use a vmdk path. */
  pathUsers(path: string): number;
  target(vm: Vm): VmTarget | undefined;
  cluster(vm: Vm): MappingCluster | undefined;
  /** Names of DRS rules (template / PowerCLI data) that name this VM, directly or through a VM group. */
  drsRulesOf(vm: Vm): string[];
  /** Export time of the VM's source (ms since epoch), for ages; undefined when unknown. */
  referenceTime(vm: Vm): number | undefined;
};

export type Rule = {
  id: string;
  severity: Severity;
  label: Text;
  remedy: Text;
  /** Which VMs the rule is about (others are "not applicable", never counted). */
  appliesTo(vm: Vm): boolean;
  check(vm: Vm, ctx: RuleContext): RuleOutcome;
};

export function ev(tab: string, column: string, value: Evidence['value'] | undefined): Evidence {
  return { tab, column, value: value === undefined ? null : value };
}

/** Common appliesTo: every VM. */
export function allVms(): boolean {
  return true;
}

/**
 * For rules that read a per-VM list (disks, snapshots, USB, CD…): an empty list only means "none" when the
 * tab was exported; otherwise the rule is unknown.
 */
export function listKnown(vm: Vm, ctx: RuleContext, tab: string, list: readonly unknown[]): boolean {
  if (list.length > 0) return true;
  return ctx.hasTab(vm, tab) === true;
}
