import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../shared/import';
import { inputFile, SAMPLE_339 } from '../../fixtures/import/samples';
import { toCsv, utf8Bom } from '../../fixtures/import/builders';

// Names from the real 4.6 sample: cluster VJW-Ent-Cluster-01 holds 36010VJ01 and barrage.
const vmRules = toCsv([
  ['Cluster', 'Name', 'Enabled', 'Type', 'VMs'],
  ['VJW-Ent-Cluster-01', 'keep-apart', 'True', 'VMAntiAffinity', '36010VJ01;barrage'],
  ['VJW-Ent-Cluster-01', 'together', 'False', 'VMAffinity', 'barrage;ghost-vm'],
  ['VJW-Ent-Cluster-01', 'weird', 'True', 'Sometimes', 'barrage'],
]);
const groups = toCsv([
  ['Cluster', 'Name', 'GroupType', 'Member'],
  ['VJW-Ent-Cluster-01', 'grp-build', 'VMGroup', '36010VJ01'],
  ['VJW-Ent-Cluster-01', 'grp-hosts', 'VMHostGroup', 'taj.ter.acme1.com;nohost.example'],
]);
const hostRules = toCsv([
  ['Cluster', 'Name', 'Enabled', 'Type', 'VMGroup', 'VMHostGroup'],
  ['VJW-Ent-Cluster-01', 'build-on-taj', 'True', 'ShouldRunOn', 'grp-build', 'grp-hosts'],
  ['VJW-Ent-Cluster-01', 'never-there', 'True', 'MustNotRunOn', 'grp-missing', 'grp-hosts'],
]);
const ha = toCsv([
  ['Name', 'Cluster', 'RestartPriority', 'IsolationResponse'],
  ['barrage', 'VJW-Ent-Cluster-01', 'Highest', 'PowerOff'],
  ['36010VJ01', 'Unknown-Cluster', 'ClusterRestartPriority', 'AsSpecifiedByCluster'],
]);

describe('PowerCLI DRS / HA CSVs', async () => {
  // File names say nothing: the kind is found from the header row.
  const { inventory, report } = await importFiles([
    inputFile(SAMPLE_339),
    { name: 'a.csv', data: utf8Bom(vmRules) },
    { name: 'b.csv', data: utf8Bom(hostRules) },
    { name: 'c.csv', data: utf8Bom(groups) },
    { name: 'd.csv', data: utf8Bom(ha) },
  ]);
  it('fills drsRules, drsGroups and haOverrides', () => {
    const anti = inventory.drsRules.find((r) => r.name === 'keep-apart');
    expect(anti).toMatchObject({ kind: 'vm-anti-affinity', cluster: 'VJW-Ent-Cluster-01', enabled: true, vms: ['36010VJ01', 'barrage'] });
    expect(inventory.drsRules.find((r) => r.name === 'together')).toMatchObject({ kind: 'vm-affinity', enabled: false });
    expect(inventory.drsRules.find((r) => r.name === 'build-on-taj')).toMatchObject({ kind: 'vm-host', mandatory: false, affine: true, vmGroup: 'grp-build', hostGroup: 'grp-hosts' });
    expect(inventory.drsRules.find((r) => r.name === 'never-there')).toMatchObject({ kind: 'vm-host', mandatory: true, affine: false });
    expect(inventory.drsGroups.map((g) => `${g.kind}:${g.name}:${g.members.length}`).sort()).toEqual(['host:grp-hosts:2', 'vm:grp-build:1']);
    expect(inventory.haOverrides).toHaveLength(2);
    expect(inventory.haOverrides[0]).toMatchObject({ vm: 'barrage', restartPriority: 'Highest', isolationResponse: 'PowerOff' });
  });
  it('reports unknown VMs, hosts, groups, clusters and types with file and row', () => {
    const codes = report.issues.map((i) => `${i.code}@${i.file}:${i.row}`);
    expect(codes).toContain('IMP_RULE_UNKNOWN_VM@a.csv:3');
    expect(codes).toContain('IMP_RULE_BAD_TYPE@a.csv:4');
    expect(codes).toContain('IMP_RULE_UNKNOWN_HOST@c.csv:3');
    expect(codes).toContain('IMP_RULE_UNKNOWN_GROUP@b.csv:3');
    expect(codes).toContain('IMP_RULE_UNKNOWN_CLUSTER@d.csv:3');
    const vmIssue = report.issues.find((i) => i.code === 'IMP_RULE_UNKNOWN_VM');
    expect(vmIssue?.message.en).toContain('ghost-vm');
    expect(vmIssue?.message.vi).toContain('ghost-vm');
    expect(inventory.drsRules.some((r) => r.name === 'weird')).toBe(false);
  });
  it('accepts the "#TYPE" first line of Windows PowerShell 5 without -NoTypeInformation', async () => {
    const r = await importFiles([inputFile(SAMPLE_339), { name: 'rules.csv', data: utf8Bom(`#TYPE Selected.VMware.VimAutomation.ViCore.Impl.V1.Cluster.DrsVmAffinityRuleImpl\r\n${vmRules}`) }]);
    expect(r.inventory.drsRules).toHaveLength(2);
  });
});
