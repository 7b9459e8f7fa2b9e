import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/plan';
import { buildReport } from '../../../shared/report/build';
import { bundleFiles } from '../../../shared/report/configBundle';
import { renderMarkdown } from '../../../shared/report/renderMarkdown';
import { wavesSections } from '../../../shared/report/sections/waves';
import { profileModel } from '../../../shared/report/profile';
import { waveRunbook } from '../../../shared/waves';
import { BIG_SAMPLE, planFromSample } from '../report/samplePlan';

let plan: Plan;
beforeAll(async () => {
  plan = await planFromSample(BIG_SAMPLE);
}, 120_000);

describe('runbook per wave (339-VM sample)', () => {
  it('names every VM of the wave with its real VMID, node and cluster folder, in order stop → import → start', () => {
    for (const w of plan.waves.waves) {
      const r = waveRunbook(w, plan.inventory, plan.mapping);
      expect(r.vms.map((v) => v.vmid)).toEqual(w.vms.map((v) => v.vmid));
      for (const v of w.vms) {
        const rv = r.vms.find((x) => x.vmKey === v.vmKey);
        const cmds = (rv?.steps ?? []).filter((s) => s.phase === 'run').flatMap((s) => s.commands);
        const placed = plan.design.clusters.flatMap((c) => c.placement.vms.map((p) => ({ ...p, cluster: c.name }))).find((p) => p.vmKey === v.vmKey);
        const stop = cmds.findIndex((c) => c.startsWith('Stop-VMGuest -VM '));
        const imp = cmds.indexOf(`ONLY_VMIDS="${v.vmid}" CONFIRM=yes ./create-vms.sh`);
        const start = cmds.indexOf(`qm start ${v.vmid}`);
        expect(stop, v.name).toBeGreaterThanOrEqual(0);
        expect(imp, v.name).toBeGreaterThan(stop);
        expect(start, v.name).toBeGreaterThan(imp);
        expect(cmds[imp - 1], v.name).toBe(`# ${placed?.node ?? '<node>'} (proxmox/${placed?.cluster ?? '<cluster>'}/)`);
        expect(placed?.vmid).toBe(v.vmid);
      }
      // Rollback powers every source VM of the wave back on.
      const back = r.rollback.flatMap((s) => s.commands).filter((c) => c.startsWith('Start-VM -VM '));
      expect(back).toHaveLength(w.vms.length);
    }
  });

  it('switches Windows first-boot VMs to VirtIO with the MAC kept, on the plan\'s bridge', () => {
    const w = plan.waves.waves.find((x) => x.vms.some((v) => v.firstBoot && v.node));
    const v = w?.vms.find((x) => x.firstBoot && x.node);
    expect(v).toBeDefined();
    if (!w || !v) return;
    const t = plan.mapping.vms[v.vmKey];
    const step = waveRunbook(w, plan.inventory, plan.mapping).vms.find((x) => x.vmKey === v.vmKey)?.steps.find((s) => s.id === `${v.vmid}-virtio`);
    const last = step?.commands.find((c) => c.includes('--scsi0')) ?? '';
    for (const n of t?.nets ?? []) expect(last).toContain(`--${n.slot} virtio=${n.mac.value ?? ''},bridge=${n.bridge.value ?? ''}`);
    expect(last).toContain('--boot order=scsi0');
  });

  it('create-vms.sh runs one wave with ONLY_VMIDS: the filter matches whole VMIDs only', () => {
    const file = bundleFiles(plan).find((f) => f.path.endsWith('/create-vms.sh'));
    expect(file).toBeDefined();
    const text = file?.content ?? '';
    const fn = /\nwanted\(\) \{[\s\S]*?\n\}\n/.exec(text)?.[0] ?? '';
    expect(fn).not.toBe('');
    const run = (only: string, id: number): boolean => {
      try {
        execFileSync('bash', ['-c', `${fn}\nONLY_VMIDS="${only}"; wanted ${id}`]);
        return true;
      } catch {
        return false;
      }
    };
    expect(run('', 101)).toBe(true);
    expect(run('101 102', 102)).toBe(true);
    expect(run('101 1020', 102)).toBe(false);
    expect(run('1101', 101)).toBe(false);
    const vmid = plan.design.clusters.flatMap((c) => c.placement.vms).find((p) => p.node)?.vmid ?? 0;
    expect(text).toContain(`] && wanted ${vmid}; then`);
  });

  it('is in the report as bilingual sections, the runbook as an appendix, with no word of the source guide', () => {
    const model = buildReport(plan, [wavesSections]);
    expect(model.sections.map((s) => [s.id, s.appendix ?? false])).toEqual([
      ['waves', false],
      ['runbooks', true],
    ]);
    for (const lang of ['vi', 'en'] as const) {
      const md = renderMarkdown(model, lang);
      expect(md).not.toMatch(/\bseed\b/i);
      const w2 = plan.waves.waves[1];
      for (const v of w2?.vms ?? []) {
        expect(md).toContain(`Stop-VMGuest -VM '${v.name}'`);
        expect(md).toContain(`qm start ${v.vmid}<br>`);
      }
      expect(md).toContain(lang === 'vi' ? 'Quay lui' : 'Rollback');
      expect(md).toContain(lang === 'vi' ? 'Các đợt chuyển đổi' : 'Migration waves');
    }
  });

  it('prints the runbooks and the per-VM wave table in the full profile; the summary names what it leaves out', () => {
    const model = buildReport(plan, [wavesSections]);
    const summary = profileModel(model, 'summary');
    expect(summary.sections.map((x) => x.id)).toEqual(['waves']);
    const text = JSON.stringify(summary.sections[0]);
    expect(text).toContain('Runbook per wave');
    expect(profileModel(model, 'full').sections.map((x) => x.id)).toEqual(['waves', 'runbooks']);
  });
});
