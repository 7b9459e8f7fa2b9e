import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyInventory, type Vm } from '../../../shared/model/inventory';
import { newProject, PROJECT_KIND, PROJECT_SCHEMA_VERSION, projectId, type Project } from '../../../shared/model/project';
import { openProjectFile, ProjectWriteError, restoreWithBackup, saveProjectFile } from '../../../shared/model/projectFile';
import { MIGRATIONS, peekSchemaVersion, restoreProject, serializeProject } from '../../../shared/model/restore';
import { pinVm, setVmOverride } from '../../../shared/model/decisions';
import { derivePlan } from '../../../shared/plan';
import { memFs } from '../../fixtures/memFs';

const FIXTURES = path.resolve(__dirname, '../../fixtures/projects');
const NOW = '2026-12-02T10:00:00.000Z';

function vm(i: number): Vm {
  return {
    key: `vc1/uuid-${i}`, name: `vm-${i}`, uuid: `uuid-${i}`, source: 'vc1', cluster: 'CL1', host: 'esx1', template: false, srmPlaceholder: false,
    cpus: 2, memoryMiB: 4096, networks: ['VM Network'], attributes: {}, disks: [{ label: 'Hard disk 1', capacityMiB: 10240 }],
    nics: [{ label: 'Network adapter 1', network: 'VM Network', ipv4: [], ipv6: [] }], cdDrives: [], usbDevices: [], snapshots: [], partitions: [],
  };
}

function sampleProject(): Project {
  const inv = emptyInventory();
  inv.sources = [{ key: 'vc1', files: ['a.xlsx'], tabs: ['vInfo'], kind: 'rvtools-xlsx' }];
  inv.vms = [vm(1), vm(2), vm(3)];
  inv.hosts = [{ key: 'vc1/esx1', name: 'esx1', source: 'vc1', cluster: 'CL1', sockets: 2, cores: 32, memoryMiB: 524288 }];
  inv.clusters = [{ key: 'vc1/CL1', name: 'CL1', source: 'vc1' }];
  const p = newProject(inv, { name: 'Dự án thử', now: NOW });
  p.decisions = pinVm(setVmOverride(p.decisions, 'vc1/uuid-1', 'memoryMiB', 8192), 'vc1/uuid-2', 'esx1');
  return p;
}

describe('restore-on-open', () => {
  it('round-trips a project and keeps every field it does not know', () => {
    const p = sampleProject() as Project & Record<string, unknown>;
    p.futureTopLevel = { a: [1, 2] };
    (p.meta as Record<string, unknown>).futureMeta = 'kept';
    (p.inventory.vms[0] as unknown as Record<string, unknown>).futureVmField = { x: 1 };
    (p.decisions as Record<string, unknown>).futureArea = { y: true };
    (p.decisions.vmOverrides!['vc1/uuid-1'] as Record<string, unknown>).futureOverride = 3;
    (p.assumptions as Record<string, unknown>).futureAssumption = 0.5;
    const text = serializeProject(p);
    expect(text.startsWith(`{"kind":"${PROJECT_KIND}","schemaVersion":${PROJECT_SCHEMA_VERSION},`)).toBe(true);
    const r = restoreProject(text);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.migrations).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(JSON.parse(serializeProject(r.project))).toEqual(JSON.parse(text));
  });

  it('opens a project written by the schema-1 version after the migration steps, decisions intact', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'demo-schema1.vm2pve.json'), 'utf8');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read back as it is
    const before = JSON.parse(text) as Record<string, any>;
    expect(before.schemaVersion).toBe(1);
    const r = restoreProject(text);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.fromVersion).toBe(1);
    expect(r.migrations).toEqual(['1→2']);
    expect(r.project.schemaVersion).toBe(PROJECT_SCHEMA_VERSION);
    expect(r.project.kind).toBe(PROJECT_KIND);
    expect(r.project.meta.id).toBe(projectId('Demo v1', before.meta.createdAt));
    expect(r.project.meta.customer).toBe('Contoso');
    // Every decision of the old file, the area this version does not know included, and the unknown top-level field
    // (a field added since, such as design.keepAppliances, is read with its default).
    expect(r.project.decisions).toMatchObject(before.decisions);
    expect((r.project as unknown as Record<string, unknown>).extraTopLevel).toEqual(before.extraTopLevel);
    expect(r.project.inventory.vms).toHaveLength(before.inventory.vms.length);
    // The migrated project plans, and saving it again gives a file of this version that opens without migrating.
    const plan = derivePlan(r.project, { now: NOW });
    expect(plan.summary.vms).toBe(before.inventory.vms.filter((v: { template: boolean }) => !v.template).length);
    const again = restoreProject(serializeProject(r.project));
    expect(again.ok && again.migrations).toEqual([]);
  });

  it('has a contiguous table of pure migration steps up to this version', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: PROJECT_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
    for (const m of MIGRATIONS) {
      expect(m.to).toBe(m.from + 1);
      const input = { schemaVersion: m.from, meta: { name: 'x', createdAt: NOW, updatedAt: NOW }, inventory: emptyInventory(), decisions: {}, assumptions: {} };
      const frozen = JSON.stringify(input);
      const out = m.migrate(input);
      expect(JSON.stringify(input)).toBe(frozen);
      expect(out.schemaVersion).toBe(m.to);
    }
  });

  it('refuses a file from a newer version, with its version', () => {
    const text = serializeProject(sampleProject()).replace(`"schemaVersion":${PROJECT_SCHEMA_VERSION}`, `"schemaVersion":${PROJECT_SCHEMA_VERSION + 1}`);
    const r = restoreProject(text);
    expect(r).toMatchObject({ ok: false, newer: PROJECT_SCHEMA_VERSION + 1, error: { code: 'PROJECT_NEWER_VERSION' } });
    expect(peekSchemaVersion(text)).toBe(PROJECT_SCHEMA_VERSION + 1);
  });

  it('reports a file cut short anywhere as truncated', () => {
    const text = serializeProject(sampleProject());
    for (let i = 1; i < 40; i++) {
      const cut = text.slice(0, Math.floor((text.length * i) / 40));
      const r = restoreProject(cut);
      expect(r.ok ? 'ok' : r.error.code, `cut at ${cut.length}`).toBe('PROJECT_TRUNCATED');
    }
  });

  it('validates deeply, with the path of the bad value in both languages', () => {
    const p = JSON.parse(serializeProject(sampleProject()));
    p.inventory.vms[2].cpus = 'four';
    const r = restoreProject(JSON.stringify(p));
    expect(r).toMatchObject({ ok: false, error: { code: 'PROJECT_INVALID', path: 'inventory.vms[2].cpus' } });
    if (r.ok) return;
    expect(r.error.message.en).toContain('inventory.vms[2].cpus');
    expect(r.error.message.en).toContain('expected a number');
    expect(r.error.message.vi).toContain('cần một số');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits of parsed JSON
    const cases: [string, (x: any) => void, string][] = [
      ['disk label', (x) => (x.inventory.vms[0].disks[0].label = 5), 'inventory.vms[0].disks[0].label'],
      ['vm list', (x) => (x.inventory.vms = {}), 'inventory.vms'],
      ['meta name', (x) => delete x.meta.name, 'meta.name'],
      ['duplicate key', (x) => (x.inventory.vms[1].key = x.inventory.vms[0].key), 'inventory.vms[1].key'],
      ['host memory', (x) => (x.inventory.hosts[0].memoryMiB = null), ''],
      ['attribute', (x) => (x.inventory.vms[0].attributes = { a: 1 }), 'inventory.vms[0].attributes["a"]'],
    ];
    for (const [what, edit, where] of cases) {
      const q = JSON.parse(serializeProject(sampleProject()));
      edit(q);
      const rr = restoreProject(JSON.stringify(q));
      if (where === '') expect(rr.ok, what).toBe(true);
      else expect(rr.ok ? 'ok' : rr.error.path, what).toBe(where);
    }
  });

  it('tells other files from projects', () => {
    for (const [text, code] of [
      ['', 'PROJECT_EMPTY'],
      ['hello', 'PROJECT_NOT_JSON'],
      ['[]', 'PROJECT_NOT_A_PROJECT'],
      ['{"schema":"vm2pve.plan/1"}', 'PROJECT_NOT_A_PROJECT'],
      ['{"schemaVersion":"2","inventory":{}}', 'PROJECT_BAD_VERSION'],
      [`{"schemaVersion":2,"kind":"other","inventory":{}}`, 'PROJECT_NOT_A_PROJECT'],
    ] as const) {
      const r = restoreProject(text);
      expect(r.ok ? 'ok' : r.error.code, text).toBe(code);
    }
  });

  it('drops a bad decision with a finding and still opens', () => {
    const p = JSON.parse(serializeProject(sampleProject()));
    p.decisions.vmOverrides['vc1/uuid-1'].memoryMiB = -5;
    const r = restoreProject(JSON.stringify(p));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.findings.map((f) => f.path)).toEqual(['decisions.vmOverrides["vc1/uuid-1"].memoryMiB']);
  });
});

describe('project files: one .bak, never over a newer file', () => {
  it('keeps the previous save as .bak and opens a truncated file from it with a clear message', async () => {
    const fsm = memFs();
    const a = sampleProject();
    const b = { ...a, meta: { ...a.meta, name: 'second save' } };
    await saveProjectFile(fsm, 'x.vm2pve.json', a);
    await saveProjectFile(fsm, 'x.vm2pve.json', b);
    expect(JSON.parse(fsm.files.get('x.vm2pve.json.bak')!).meta.name).toBe('Dự án thử');
    const full = fsm.files.get('x.vm2pve.json')!;
    fsm.files.set('x.vm2pve.json', full.slice(0, full.length / 2));
    const r = await openProjectFile(fsm, 'x.vm2pve.json', 'x.vm2pve.json');
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.fromBackup).toBe(true);
    expect(r.project.meta.name).toBe('Dự án thử');
    expect(r.recovered?.problem.code).toBe('PROJECT_TRUNCATED');
    expect(r.recovered?.message.en).toContain('x.vm2pve.json.bak');
    expect(r.recovered?.message.en).toContain('cut short');
    expect(r.recovered?.message.vi).toContain('bị cắt cụt');
    // Saving over the corrupt file does not replace the good backup with it.
    await saveProjectFile(fsm, 'x.vm2pve.json', b);
    expect(JSON.parse(fsm.files.get('x.vm2pve.json.bak')!).meta.name).toBe('Dự án thử');
    expect([...fsm.files.keys()].sort()).toEqual(['x.vm2pve.json', 'x.vm2pve.json.bak']);
  });

  it('never writes over a file of a newer version, nor falls back to its .bak', async () => {
    const newer = serializeProject(sampleProject()).replace(`"schemaVersion":${PROJECT_SCHEMA_VERSION}`, '"schemaVersion":99');
    const fsm = memFs({ 'n.vm2pve.json': newer, 'n.vm2pve.json.bak': serializeProject(sampleProject()) });
    const err = await saveProjectFile(fsm, 'n.vm2pve.json', sampleProject()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProjectWriteError);
    expect((err as ProjectWriteError).code).toBe('PROJECT_NEWER_ON_DISK');
    expect(fsm.files.get('n.vm2pve.json')).toBe(newer);
    const r = await openProjectFile(fsm, 'n.vm2pve.json');
    expect(r).toMatchObject({ ok: false, newer: 99 });
  });

  it('reports a missing file, and a file and backup both broken', () => {
    expect(restoreWithBackup(null, null)).toMatchObject({ ok: false, error: { code: 'PROJECT_EMPTY' } });
    expect(restoreWithBackup('{"a":', 'nope')).toMatchObject({ ok: false, error: { code: 'PROJECT_TRUNCATED' } });
  });
});
