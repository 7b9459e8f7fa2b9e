import { beforeAll, describe, expect, it } from 'vitest';
import { acknowledge, pinVm, setClusterReserve, setHaTier, setNetworkOverride, setVmOverride, type Decisions } from '../../../shared/model/decisions';
import type { Project } from '../../../shared/model/project';
import { derivePlan, type Plan } from '../../../shared/plan';
import { demoPlan } from '../../renderer/simulateDemo';

/** The parts of a plan decisions change: targets, readiness classes, the design. */
function decided(p: Plan): unknown {
  return {
    vms: Object.fromEntries(Object.entries(p.mapping.vms).map(([k, t]) => [k, [t.cores.value, t.memoryMiB.value, t.overridden, t.nets.map((n) => [n.bridge.value, n.tag.value])]])),
    readiness: p.readiness.summary,
    clusters: p.design.clusters.map((c) => [c.name, c.reserve, c.placement.vms.map((v) => [v.vmKey, v.node]), c.ha.resources.map((r) => [r.sid, r.state])]),
  };
}

describe('derivePlan reads decisions and assumptions through their readers', () => {
  let base: Plan;
  let project: Project;
  beforeAll(async () => {
    base = await demoPlan();
    const vm = Object.values(base.mapping.vms)[0];
    const finding = base.readiness.vms.find((v) => v.findings.length > 0);
    const cluster = base.design.clusters[0];
    const node = cluster?.nodes[1]?.name;
    if (!vm || !finding || !cluster || !node) throw new Error('demo estate lacks what the test needs');
    let d: Decisions = {};
    d = setVmOverride(d, vm.vmKey, 'cores', 3);
    d = setNetworkOverride(d, vm.nets[0]?.network ?? 'x', { bridge: 'vmbr7', tag: 77 });
    d = acknowledge(d, finding.vmKey, finding.findings[0]?.ruleId ?? '', 'accepted', '2026-01-01');
    d = pinVm(d, cluster.placement.vms[0]?.vmKey ?? '', node);
    d = setHaTier(d, vm.vmKey, 'none');
    d = setClusterReserve(d, cluster.name, 'n+0');
    project = {
      schemaVersion: 1,
      meta: { name: 'demo', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
      inventory: base.inventory,
      importReport: base.importReport,
      decisions: d,
      assumptions: { ...base.assumptions, vcpuPerCore: 3 },
    };
  }, 60_000);

  it('the decisions change the plan, and a project written to JSON and read back plans the same', () => {
    const now = { now: '2026-01-01T00:00:00Z', skipHa: true };
    const direct = derivePlan(project, now);
    expect(decided(direct)).not.toEqual(decided(derivePlan({ ...project, decisions: {} }, now)));
    const reread = derivePlan(JSON.parse(JSON.stringify(project)) as Project, now);
    expect(decided(reread)).toEqual(decided(direct));
    expect(reread.assumptions.vcpuPerCore).toBe(3);
  });

  it('a hand-edited file with bad values plans like one without them (the reader drops them)', () => {
    const now = { now: '2026-01-01T00:00:00Z', skipHa: true };
    const raw = JSON.parse(JSON.stringify(project)) as { decisions: Record<string, unknown>; assumptions: Record<string, unknown> };
    raw.decisions.vmidByUuid = { junk: 'nope' };
    raw.decisions.networkMap = { ...(raw.decisions.networkMap as object), other: { bridge: '!!', tag: 99999 } };
    raw.assumptions.memoryOvercommit = -1;
    const bad = derivePlan(raw as unknown as Project, now);
    expect(decided(bad)).toEqual(decided(derivePlan({ ...project, assumptions: { ...project.assumptions, memoryOvercommit: 1 } }, now)));
    expect(bad.assumptions.memoryOvercommit).toBe(1);
  });
});
