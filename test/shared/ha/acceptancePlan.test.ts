import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveDesign, toSweepInput } from '../../../shared/design';
import { buildAcceptancePlan, type AcceptanceTestCase } from '../../../shared/ha/acceptancePlan';
import { acceptancePlanSection } from '../../../shared/report/sections/haAcceptance';
import { sweep } from '../../../shared/ha/sweep';
import type { SweepInput } from '../../../shared/ha/types';
import { importFiles } from '../../../shared/import';
import type { Inventory } from '../../../shared/model/inventory';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/model/project';

/** The demo estate (RVTools workbook + DRS rule CSVs) under templates/demo, through the real importer. */
const DEMO_DIR = path.resolve(__dirname, '../../..', 'templates/demo');
let demo: Promise<Inventory> | undefined;
function loadDemo(): Promise<Inventory> {
  const files = fs
    .readdirSync(DEMO_DIR)
    .filter((f) => /\.(xlsx|csv)$/i.test(f))
    .sort()
    .map((f) => ({ name: f, data: new Uint8Array(fs.readFileSync(path.join(DEMO_DIR, f))) }));
  demo ??= importFiles(files).then((r) => r.inventory);
  return demo;
}

function allTexts(c: AcceptanceTestCase) {
  return [c.title, c.setup, c.action, c.expected, ...(c.correction ? [c.correction] : [])];
}

function byId(cases: AcceptanceTestCase[], id: string): AcceptanceTestCase {
  const c = cases.find((x) => x.id === id);
  if (!c) throw new Error(`missing ${id}`);
  return c;
}

/**
 * Replays every command of the acceptance tests, in order (setup, test, cleanup), against the plan's own
 * rules / groups: no rule or group id is added twice, no resource is ever in two node-affinity rules (Proxmox
 * drops every node-affinity rule naming such a resource) or two groups, and the plan's rules and groups
 * are exactly as before once the last test's cleanup ran.
 */
function replay(input: SweepInput & { target: 'pve8' | 'pve9' }, cases: AcceptanceTestCase[]): string[] {
  const problems: string[] = [];
  const rules = new Map<string, string[]>();
  for (const r of input.rules ?? []) rules.set(r.id, r.type === 'node-affinity' ? [...r.resources] : []);
  const groups = new Set((input.groups ?? []).map((g) => g.id));
  const memberOf = new Map<string, string>();
  for (const r of input.resources) if (r.group) memberOf.set(r.sid, r.group);
  const before = JSON.stringify({ rules: [...rules].sort(), groups: [...groups].sort(), memberOf: [...memberOf].sort() });
  const words = (cmd: string): string[] => cmd.replace(/#.*$/, '').trim().split(/\s+/).filter(Boolean);
  const opt = (w: string[], name: string): string | undefined => {
    const i = w.indexOf(`--${name}`);
    return i >= 0 ? w[i + 1]?.replace(/^"|"$/g, '') : undefined;
  };
  for (const c of cases) {
    for (const cmd of [...c.setupCommands, ...c.commands, ...c.cleanupCommands]) {
      const w = words(cmd);
      if (w[0] !== 'ha-manager') continue;
      if (w[1] === 'rules' && w[2] === 'add' && w[3] === 'node-affinity') {
        const id = w[4] ?? '';
        if (rules.has(id)) problems.push(`${c.id}: rule id ${id} reused`);
        const res = (opt(w, 'resources') ?? '').split(',');
        for (const [other, members] of rules) for (const x of res) if (members.includes(x)) problems.push(`${c.id}: ${x} would be in ${other} and ${id}`);
        rules.set(id, res);
      } else if (w[1] === 'rules' && w[2] === 'add') {
        const id = w[4] ?? '';
        if (rules.has(id)) problems.push(`${c.id}: rule id ${id} reused`);
        rules.set(id, []);
      } else if (w[1] === 'rules' && w[2] === 'remove') {
        if (!rules.delete(w[3] ?? '')) problems.push(`${c.id}: removes unknown rule ${w[3]}`);
      } else if (w[1] === 'groupadd') {
        if (groups.has(w[2] ?? '')) problems.push(`${c.id}: group id ${w[2]} reused`);
        groups.add(w[2] ?? '');
      } else if (w[1] === 'groupremove') {
        if (!groups.delete(w[2] ?? '')) problems.push(`${c.id}: removes unknown group ${w[2]}`);
        if ([...memberOf.values()].includes(w[2] ?? '')) problems.push(`${c.id}: group ${w[2]} removed while in use`);
      } else if (w[1] === 'set' && opt(w, 'group') !== undefined) {
        const sid = w[2] ?? '';
        if (memberOf.has(sid)) problems.push(`${c.id}: ${sid} already in group ${memberOf.get(sid)}`);
        if (!groups.has(opt(w, 'group') ?? '')) problems.push(`${c.id}: ${sid} put in unknown group`);
        memberOf.set(sid, opt(w, 'group') ?? '');
      } else if (w[1] === 'set' && opt(w, 'delete') === 'group') {
        memberOf.delete(w[2] ?? '');
      }
    }
  }
  const after = JSON.stringify({ rules: [...rules].sort(), groups: [...groups].sort(), memberOf: [...memberOf].sort() });
  if (after !== before) problems.push(`the plan's rules are not restored: ${after} ≠ ${before}`);
  return problems;
}

const SMALL: SweepInput = {
  nodes: ['pve01', 'pve02', 'pve03'],
  crs: 'basic',
  // A group where the user wanted pve01 first but wrote the lower number on it.
  groups: [{ id: 'HA-01', nodes: 'pve01:1,pve02:2' }],
  resources: [{ sid: 'vm:111', node: 'pve01', group: 'HA-01' }, { sid: 'vm:112', node: 'pve03' }],
};

describe('HA acceptance test plan', () => {
  it('regenerates the tests on a dedicated test VM with computed outcomes (PVE 8 groups)', () => {
    const cases = buildAcceptancePlan({ ...SMALL, clusterName: 'lab', target: 'pve8' });
    expect(cases.map((c) => c.id)).toEqual(['TCs-01', 'TCs-02', 'TCs-03', 'TCs-04', 'TCs-05', 'TCs-06', 'TCs-07', 'TCs-08', 'TCs-09', 'TCs-10', 'TCs-11', 'TCs-13', 'TCs-14', 'TCs-17']);
    // The test VM takes a VMID above the plan's and is created by a listed command.
    expect(cases[0]?.setupCommands).toContain('ha-manager add vm:9000 --state started --max_restart 1 --max_relocate 1');
    expect(cases[0]?.setupCommands.some((x) => x.startsWith('qm create 9000 --name ha-acceptance-test'))).toBe(true);
    for (const c of cases) expect(c.outcome.sid).toBe('vm:9000');
    expect(byId(cases, 'TCs-01').outcome).toEqual({ sid: 'vm:9000', node: 'pve01', state: 'started', running: true });
    expect(byId(cases, 'TCs-02').outcome.node).not.toBe('pve01');
    expect(byId(cases, 'TCs-03').outcome).toMatchObject({ node: 'pve01', running: true });
    expect(byId(cases, 'TCs-04').outcome.node).not.toBe('pve01');
    expect(byId(cases, 'TCs-06').outcome).toEqual({ sid: 'vm:9000', node: 'pve01', state: 'recovery', running: false });
    expect(byId(cases, 'TCs-07').outcome.node).toBe('pve01');
    // TCs-08 moves the VM off the preferred node (to pve02, lower priority) and, failback off, it stays there.
    expect(byId(cases, 'TCs-08').commands[0]).toBe('ha-manager migrate vm:9000 pve02');
    expect(byId(cases, 'TCs-08').outcome).toMatchObject({ node: 'pve02', running: true });
    expect(byId(cases, 'TCs-07').commands[0]).toBe('ha-manager migrate vm:9000 pve02');
    expect(byId(cases, 'TCs-10').outcome).toMatchObject({ state: 'error', running: false });
    expect(byId(cases, 'TCs-11').outcome.running).toBe(false);
    expect(byId(cases, 'TCs-13').outcome).toMatchObject({ node: 'pve01', running: true });
    expect(byId(cases, 'TCs-14').outcome).toMatchObject({ node: 'pve02', running: true });
    // PVE 8 commands use groups of the tests' own; the preferred node gets the higher number.
    expect(byId(cases, 'TCs-04').setupCommands).toContain('ha-manager groupadd tc04-nofailback --nodes "pve01:2,pve02:1" --restricted 0 --nofailback 1');
    expect(byId(cases, 'TCs-06').correction?.en).toMatch(/recovery \(not running\)/);
    expect(byId(cases, 'TCs-03').expected.en).toMatch(/definitely/);
    // Start failures are provoked by a listed command, and undone.
    expect(byId(cases, 'TCs-09').setupCommands.some((x) => x.startsWith("qm set 9000 --args '"))).toBe(true);
    expect(byId(cases, 'TCs-10').cleanupCommands).toContain('qm set 9000 --delete args');
    expect(cases.at(-1)?.cleanupCommands).toContain('ha-manager remove vm:9000');
    for (const c of cases) {
      for (const t of allTexts(c)) {
        expect(t.vi.length).toBeGreaterThan(0);
        expect(t.en.length).toBeGreaterThan(0);
        expect(`${t.vi} ${t.en}`).not.toMatch(/\{\{|\?\?|undefined|\bseed\b/i);
      }
      expect(c.expected.vi).not.toBe(c.expected.en);
    }
    expect(replay({ ...SMALL, target: 'pve8' }, cases)).toEqual([]);
  });

  it('uses PVE 9 rules and failback for a pve9 target, and accounts for a QDevice', () => {
    const cases = buildAcceptancePlan({ ...SMALL, nodes: ['pve01', 'pve02'], resources: SMALL.resources.slice(0, 1), qdevice: true, clusterName: 'two', target: 'pve9', corosyncLinks: 2 });
    const cmds = cases.flatMap((c) => [...c.setupCommands, ...c.commands]);
    expect(cmds.some((x) => x.startsWith('ha-manager groupadd'))).toBe(false);
    expect(cmds).toContain('ha-manager rules add node-affinity tc06-strict-one --resources vm:9000 --nodes "pve01:1" --strict 1');
    // With the QDevice vote a 2-node cluster keeps quorum: TCs-02 recovers onto the other node.
    expect(byId(cases, 'TCs-02').outcome).toMatchObject({ node: 'pve02', state: 'started', running: true });
    // TCs-11 stops the QNetd as well, then nothing fails over.
    expect(byId(cases, 'TCs-11').commands[0]).toMatch(/corosync-qnetd/);
    expect(byId(cases, 'TCs-11').outcome.running).toBe(false);
    // An even cluster with a QDevice gets the QDevice-loss test, two corosync links the link-loss test.
    expect(byId(cases, 'TCs-16').outcome.running).toBe(true);
    expect(byId(cases, 'TCs-15').commands.join('\n')).toMatch(/corosync-cfgtool -s/);
    expect(replay({ ...SMALL, nodes: ['pve01', 'pve02'], resources: SMALL.resources.slice(0, 1), target: 'pve9' }, cases)).toEqual([]);
  });

  it('builds a report section with one checklist item per test case, cleanup included (corrections go to the appendix once)', () => {
    const cases = buildAcceptancePlan({ ...SMALL, clusterName: 'lab', target: 'pve9' });
    const s = acceptancePlanSection(cases, 'lab');
    expect(s.title.en).toBe('HA acceptance test plan — cluster lab');
    const list = s.blocks.find((b) => b.kind === 'checklist');
    expect(list?.kind === 'checklist' && list.items.map((i) => i.id)).toEqual(cases.map((c) => c.id));
    expect(list?.kind === 'checklist' && list.items[1]?.command).toContain('ha-manager rules remove tc02-prefer');
    const notes = s.blocks.filter((b) => b.kind === 'note');
    expect(notes.length).toBe(0);
    expect(cases.some((c) => c.correction)).toBe(true);
    expect(JSON.stringify(s)).not.toMatch(/\bseed\b/i);
  });

  it('works on the demo estate through the design (real node names and VMIDs), PVE 9 and PVE 8', async () => {
    const inv = await loadDemo();
    for (const pveTarget of ['pve9.0', 'pve8'] as const) {
      const design = deriveDesign(inv, undefined, {}, { ...DEFAULT_ASSUMPTIONS, pveTarget });
      let checked = 0;
      for (const cl of design.clusters) {
        const input = toSweepInput(design, cl.name);
        if (!input || input.nodes.length < 3 || input.resources.length === 0) continue;
        const cases = buildAcceptancePlan({ ...input, clusterName: cl.name, target: pveTarget === 'pve8' ? 'pve8' : 'pve9' });
        expect(cases.length).toBeGreaterThanOrEqual(14);
        const sid = cases[0]?.outcome.sid ?? '';
        expect(input.resources.map((r) => r.sid)).not.toContain(sid);
        expect(replay({ ...input, target: pveTarget === 'pve8' ? 'pve8' : 'pve9' }, cases)).toEqual([]);
        if (pveTarget !== 'pve8' && (input.rules ?? []).some((r) => r.type === 'resource-affinity' && r.affinity === 'negative')) expect(cases.map((c) => c.id)).toContain('TCs-12');
        for (const c of cases) expect(input.nodes).toContain(c.outcome.node);
        expect(byId(cases, 'TCs-06').outcome).toMatchObject({ state: 'recovery', running: false });
        expect(byId(cases, 'TCs-02').outcome.running).toBe(true);
        const r = sweep(input, 'n-1');
        expect(r.cases).toHaveLength(input.nodes.length);
        expect(r.cases.every((c) => c.quorate)).toBe(true);
        checked += 1;
      }
      expect(checked).toBeGreaterThan(0);
    }
  });
});
