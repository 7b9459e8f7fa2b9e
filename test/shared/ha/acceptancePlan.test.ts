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
  return [c.title, c.setup, c.action, c.expected, ...(c.seedNote ? [c.seedNote] : [])];
}

function byId(cases: AcceptanceTestCase[], id: string): AcceptanceTestCase {
  const c = cases.find((x) => x.id === id);
  if (!c) throw new Error(`missing ${id}`);
  return c;
}

const SMALL: SweepInput = {
  nodes: ['pve01', 'pve02', 'pve03'],
  crs: 'basic',
  // Seed-style group: the user wanted pve01 first but wrote the lower number on it.
  groups: [{ id: 'HA-01', nodes: 'pve01:1,pve02:2' }],
  resources: [{ sid: 'vm:111', node: 'pve01', group: 'HA-01' }, { sid: 'vm:112', node: 'pve03' }],
};

describe('HA acceptance test plan', () => {
  it('regenerates TCs-01…TCs-11 with computed outcomes (seed-style group)', () => {
    const cases = buildAcceptancePlan({ ...SMALL, clusterName: 'lab', target: 'pve8' });
    expect(cases.map((c) => c.id)).toEqual(['TCs-01', 'TCs-02', 'TCs-03', 'TCs-04', 'TCs-05', 'TCs-06', 'TCs-07', 'TCs-08', 'TCs-09', 'TCs-10', 'TCs-11']);
    // pve01:1,pve02:2 → pve02 is the preferred node (higher number): the VM runs there from the first round.
    expect(byId(cases, 'TCs-01').outcome).toEqual({ sid: 'vm:111', node: 'pve02', state: 'started', running: true });
    expect(byId(cases, 'TCs-02').outcome.node).not.toBe('pve02');
    expect(byId(cases, 'TCs-03').outcome).toMatchObject({ node: 'pve02', running: true });
    expect(byId(cases, 'TCs-04').outcome.node).not.toBe('pve02');
    expect(byId(cases, 'TCs-06').outcome).toEqual({ sid: 'vm:111', node: 'pve02', state: 'recovery', running: false });
    expect(byId(cases, 'TCs-07').outcome.node).toBe('pve02');
    // TCs-08 moves the VM off the preferred node (to pve03, outside the group) and it stays there.
    expect(byId(cases, 'TCs-08').commands[0]).toBe('ha-manager migrate vm:111 pve03');
    expect(byId(cases, 'TCs-08').outcome).toMatchObject({ node: 'pve03', running: true });
    expect(byId(cases, 'TCs-10').outcome).toMatchObject({ state: 'error', running: false });
    expect(byId(cases, 'TCs-11').outcome.running).toBe(false);
    // PVE 8 commands use groups; the preferred node gets the higher number.
    expect(byId(cases, 'TCs-04').setupCommands[0]).toBe('ha-manager groupadd tc-nofailback --nodes "pve02:2,pve01:1" --restricted 0 --nofailback 1');
    expect(byId(cases, 'TCs-06').seedNote?.en).toMatch(/recovery \(not running\)/);
    expect(byId(cases, 'TCs-03').expected.en).toMatch(/definitely/);
    for (const c of cases) {
      for (const t of allTexts(c)) {
        expect(t.vi.length).toBeGreaterThan(0);
        expect(t.en.length).toBeGreaterThan(0);
        expect(`${t.vi} ${t.en}`).not.toMatch(/\{\{|\?\?|undefined/);
      }
      expect(c.expected.vi).not.toBe(c.expected.en);
    }
  });

  it('uses PVE 9 rules and failback for a pve9 target, and accounts for a QDevice', () => {
    const cases = buildAcceptancePlan({ ...SMALL, nodes: ['pve01', 'pve02'], resources: SMALL.resources.slice(0, 1), qdevice: true, clusterName: 'two', target: 'pve9' });
    const cmds = cases.flatMap((c) => [...c.setupCommands, ...c.commands]);
    expect(cmds.some((x) => x.startsWith('ha-manager groupadd'))).toBe(false);
    expect(cmds).toContain('ha-manager rules add node-affinity tc-strict-one --resources vm:111 --nodes "pve02:1" --strict 1');
    // With the QDevice vote a 2-node cluster keeps quorum: TCs-02 recovers onto the other node.
    expect(byId(cases, 'TCs-02').outcome).toMatchObject({ node: 'pve01', state: 'started', running: true });
    // TCs-11 stops the QNetd as well, then nothing fails over.
    expect(byId(cases, 'TCs-11').commands[0]).toMatch(/corosync-qnetd/);
    expect(byId(cases, 'TCs-11').outcome.running).toBe(false);
  });

  it('builds a report section with one checklist item per test case (corrections go to the appendix once)', () => {
    const cases = buildAcceptancePlan({ ...SMALL, clusterName: 'lab', target: 'pve9' });
    const s = acceptancePlanSection(cases, 'lab');
    expect(s.title.en).toBe('HA acceptance test plan — cluster lab');
    const list = s.blocks.find((b) => b.kind === 'checklist');
    expect(list?.kind === 'checklist' && list.items.map((i) => i.id)).toEqual(cases.map((c) => c.id));
    const notes = s.blocks.filter((b) => b.kind === 'note');
    expect(notes.length).toBe(0);
    expect(cases.some((c) => c.seedNote)).toBe(true);
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
        expect(cases).toHaveLength(11);
        const sid = cases[0]?.outcome.sid ?? '';
        expect(input.resources.map((r) => r.sid)).toContain(sid);
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
