import { describe, expect, it } from 'vitest';
import { drsRules } from '../../../../shared/readiness/rules/drsRules';
import { findingsOf, runRule } from '../ruleHarness';
import { inventory, vm } from '../vmBuilder';

describe('drs-rules', () => {
  it('notes VMs named in cluster rules', () => {
    expect(findingsOf(runRule(drsRules, vm({ clusterRuleNames: 'sql-anti-affinity' })))[0]?.evidence[0]?.value).toBe('sql-anti-affinity');
    expect(runRule(drsRules, vm())).toBeNull();
    expect(runRule(drsRules, vm({ clusterRules: undefined, clusterRuleNames: undefined }))).toBe('unknown');
  });
});

describe('drs-rules from template / PowerCLI rules', () => {
  it('finds the VM in VM-VM rules and through VM groups of VM-host rules', () => {
    const a = vm({ name: 'sql1', clusterRules: undefined, clusterRuleNames: undefined });
    const b = vm({ name: 'app1', clusterRules: undefined, clusterRuleNames: undefined });
    const c = vm({ name: 'web9', clusterRules: undefined, clusterRuleNames: undefined });
    const inv = inventory([a, b, c]);
    inv.drsRules.push(
      { kind: 'vm-anti-affinity', name: 'sql-apart', cluster: 'Cluster1', enabled: true, vms: ['sql1', 'sql2'], source: 'src1' },
      { kind: 'vm-host', name: 'apps-on-rack1', cluster: 'Cluster1', enabled: true, mandatory: false, affine: true, vmGroup: 'apps', hostGroup: 'rack1', source: 'src1' },
    );
    inv.drsGroups.push({ kind: 'vm', name: 'apps', cluster: 'Cluster1', members: ['app1'], source: 'src1' });
    expect(findingsOf(runRule(drsRules, a, inv))[0]?.evidence[0]?.value).toBe('sql-apart');
    expect(findingsOf(runRule(drsRules, b, inv))[0]?.evidence[0]?.value).toBe('apps-on-rack1');
    expect(runRule(drsRules, c, inv)).toBeNull();
  });
});
