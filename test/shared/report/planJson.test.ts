import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/plan';
import { planToJson } from '../../../shared/report/planJson';
import { planValidator } from './planSchema';
import { BIG_SAMPLE, planFromSample } from './samplePlan';

let plan: Plan;
beforeAll(async () => {
  plan = await planFromSample(BIG_SAMPLE);
});

describe('plan.json', () => {
  it('validates against schema/plan.schema.json and carries the real counts', () => {
    const json = JSON.parse(JSON.stringify(planToJson(plan))) as ReturnType<typeof planToJson>;
    const validate = planValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.schema).toBe('vm2pve.plan/1');
    expect(json.inventory.summary).toMatchObject({ vms: 295, templates: 44, poweredOn: 258, hosts: 20, clusters: 11 });
    expect(json.vms).toHaveLength(plan.inventory.vms.length);
    expect(json.vms.filter((v) => !v.template && !v.srmPlaceholder)).toHaveLength(295);
    const first = json.vms[0];
    expect(first?.name).toBe(plan.inventory.vms[0]?.name);
    expect(first?.uuid).toBe(plan.inventory.vms[0]?.uuid ?? null);
  });

  it('rejects a broken document and accepts added top-level sections', () => {
    const validate = planValidator();
    const json = JSON.parse(JSON.stringify(planToJson(plan))) as Record<string, unknown> & { vms: Record<string, unknown>[] };
    expect(validate({ ...json, design: { clusters: [] } })).toBe(true);
    const noName = structuredClone(json);
    delete noName.vms[0]?.name;
    expect(validate(noName)).toBe(false);
    expect(validate({ ...json, schema: 'vm2pve.plan/2' })).toBe(false);
    const badState = structuredClone(json);
    if (badState.vms[0]) badState.vms[0].powerState = 'on';
    expect(validate(badState)).toBe(false);
  });

  it('writes unknown values as null, never as a default', () => {
    const p = structuredClone(plan);
    const vm = p.inventory.vms[0];
    if (!vm) throw new Error('no vm');
    delete vm.cpus;
    delete vm.firmware;
    const json = planToJson(p);
    expect(json.vms[0]?.cpus).toBeNull();
    expect(json.vms[0]?.firmware).toBeNull();
    expect(planValidator()(JSON.parse(JSON.stringify(json)))).toBe(true);
  });
});
