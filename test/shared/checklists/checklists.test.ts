import { beforeAll, describe, expect, it } from 'vitest';
import { buildChecklists } from '../../../shared/checklists';
import { updateClusterDecision } from '../../../shared/model/decisions';
import { newProject } from '../../../shared/model/project';
import { derivePlan, type Plan } from '../../../shared/plan';
import { planToJson } from '../../../shared/report/planJson';
import { demoPlan } from '../../renderer/simulateDemo';
import { planValidator } from '../report/planSchema';

let plan: Plan;
beforeAll(async () => {
  plan = await demoPlan();
}, 120_000);

describe('checklists generated from the plan (demo estate)', () => {
  it('has a pre-production checklist per target cluster; the QDevice row only where the cluster has a QDevice (even node count)', () => {
    for (const c of plan.design.clusters) {
      const list = plan.checklists.find((x) => x.id === `pre-production/${c.name}`);
      expect(list, c.name).toBeDefined();
      const q = list?.items.find((i) => i.id === `${c.name}/qdevice`);
      expect(q !== undefined, c.name).toBe(c.quorum.qdevice);
      if (c.nodes.length % 2 === 1) expect(q, c.name).toBeUndefined();
      for (const i of list?.items ?? []) {
        expect(i.appliesTo).toBe(c.name);
        expect(i.expected.vi && i.expected.en && i.command).toBeTruthy();
      }
    }
    const even = plan.design.clusters.filter((c) => c.nodes.length % 2 === 0);
    expect(even.length).toBeGreaterThan(0);
    expect(even.some((c) => c.quorum.qdevice)).toBe(true);
  });

  it('a live-migration command names a real VMID and a real target node of the plan', () => {
    let seen = 0;
    for (const c of plan.design.clusters) {
      const row = plan.checklists.find((x) => x.id === `pre-production/${c.name}`)?.items.find((i) => i.id === `${c.name}/live-migration`);
      if (!row) continue;
      const m = /^(?:ha-manager migrate vm:(\d+) (\S+)|qm migrate (\d+) (\S+) --online)/.exec(row.command);
      expect(m, row.command).not.toBeNull();
      const vmid = Number(m?.[1] ?? m?.[3]);
      const node = m?.[2] ?? m?.[4];
      const vm = c.placement.vms.find((v) => v.vmid === vmid);
      expect(vm, row.command).toBeDefined();
      expect(c.nodes.map((n) => n.name)).toContain(node);
      expect(node).not.toBe(vm?.node);
      seen++;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('follows the decisions: forcing the QDevice off removes the row', () => {
    const c = plan.design.clusters.find((x) => x.quorum.qdevice);
    expect(c).toBeDefined();
    const project = { ...newProject(plan.inventory, { name: 'demo', now: plan.generatedAt }), decisions: updateClusterDecision({}, c?.name ?? '', (x) => ({ ...x, qdevice: false })) };
    const p2 = derivePlan(project, { skipHa: true });
    const rows = buildChecklists(p2.design, p2.mapping, p2.inventory).flatMap((x) => x.items);
    expect(rows.some((i) => i.id === `${c?.name}/qdevice`)).toBe(false);
  });

  it('lists known issues only for the VMs of this plan, and writes plan.json checklists as the schema says', () => {
    const known = plan.checklists.find((x) => x.id === 'known-issues');
    const windows = Object.values(plan.mapping.vms).filter((t) => t.guest?.family === 'windows');
    expect(known?.items.some((i) => i.id === 'known/mac-ip')).toBe(windows.length > 0);
    const json = JSON.parse(JSON.stringify(planToJson(plan))) as ReturnType<typeof planToJson>;
    const validate = planValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.checklists.map((c) => c.id)).toEqual(plan.checklists.map((c) => c.id));
  });
});
