import type { DrsGroup, DrsRule, Vm } from '../model/inventory';
import type { Text } from '../i18n/text';
import { dt } from './dt';
import { nodeNameFromHost } from './names';
import type { PlacementRule } from './types';

/**
 * vSphere DRS rules of the clusters that make up one target cluster, as placement rules on VM keys and
 * node names. VMs are matched by name (then key) inside the cluster; hosts by ESXi name, then by the
 * derived node name. Disabled rules and rules naming nothing known are reported, not carried.
 */
export function drsToPlacementRules(
  rules: DrsRule[],
  groups: DrsGroup[],
  sourceClusters: string[],
  vms: Vm[],
  nodeOfHost: Record<string, string>,
  nodeNames: string[],
): { rules: PlacementRule[]; findings: Text[] } {
  const cs = new Set(sourceClusters);
  const byName = new Map<string, string>();
  for (const v of vms) {
    byName.set(v.key, v.key);
    if (!byName.has(v.name)) byName.set(v.name, v.key);
  }
  const nodes = new Set(nodeNames);
  const hostNode = (h: string): string | undefined => {
    const n = nodeOfHost[h] ?? nodeNameFromHost(h);
    return nodes.has(n) ? n : undefined;
  };
  const vmKeys = (names: string[]) => [...new Set(names.map((n) => byName.get(n)).filter((k): k is string => k !== undefined))];
  const out: PlacementRule[] = [];
  const findings: Text[] = [];
  for (const r of rules) {
    if (!cs.has(r.cluster)) continue;
    if (!r.enabled) {
      findings.push(dt('design.drs.disabled', { rule: r.name }));
      continue;
    }
    if (r.kind !== 'vm-host') {
      const keys = vmKeys(r.vms);
      if (keys.length < 2) {
        findings.push(dt('design.drs.tooFewVms', { rule: r.name }));
        continue;
      }
      out.push({ kind: r.kind === 'vm-affinity' ? 'together' : 'apart', name: r.name, vmKeys: keys, origin: 'drs' });
      continue;
    }
    const vg = groups.find((g) => g.kind === 'vm' && g.name === r.vmGroup && cs.has(g.cluster));
    const hg = groups.find((g) => g.kind === 'host' && g.name === r.hostGroup && cs.has(g.cluster));
    const keys = vg ? vmKeys(vg.members) : [];
    const ns = hg ? [...new Set(hg.members.map(hostNode).filter((n): n is string => n !== undefined))].sort() : [];
    if (!keys.length || !ns.length) {
      findings.push(dt('design.drs.groupUnknown', { rule: r.name, vmGroup: r.vmGroup, hostGroup: r.hostGroup }));
      continue;
    }
    const kind = r.affine ? (r.mandatory ? 'must-run-on' : 'should-run-on') : r.mandatory ? 'must-not-run-on' : 'should-not-run-on';
    out.push({ kind, name: r.name, vmKeys: keys, nodes: ns, origin: 'drs' });
  }
  return { rules: out, findings };
}
