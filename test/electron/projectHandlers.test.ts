import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type MainDeps } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc';
import { nodeFs } from '../../electron/nodeFs';
import { withRecent } from '../../electron/recent';
import { MAX_RECENT, validateProjectSave, type IpcResult, type ProjectOpenResponse } from '../../shared/ipc';
import { emptyInventory } from '../../shared/model/inventory';
import { newProject, PROJECT_SCHEMA_VERSION } from '../../shared/model/project';
import { restoreWithBackup } from '../../shared/model/projectFile';
import { serializeProject } from '../../shared/model/restore';

const APP = { senderFrame: { url: 'app://vm2pve/index.html' } };
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-projipc-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function deps(answers: { open?: string[] | null; save?: string | null }): MainDeps {
  return {
    dialog: { showOpen: async () => answers.open ?? null, showSave: async () => answers.save ?? null, showFolder: async () => null },
    fs: nodeFs,
    shell: { openExternal: async () => undefined },
    autosavePath: path.join(dir, 'autosave.vm2pve.json'),
    recentPath: path.join(dir, 'recent-projects.json'),
    appInfo: { version: '0', platform: 'linux', electron: '0' },
    now: () => '2026-12-02T10:00:00.000Z',
  };
}

const json = (name: string): string => serializeProject(newProject(emptyInventory(), { name, now: '2026-12-02T09:00:00.000Z' }));

describe('project files over IPC (main-process handlers as plain functions)', () => {
  it('Save as asks where (adds the suffix), Save writes there again with a .bak, both go on the recent list', async () => {
    const chosen = path.join(dir, 'estate');
    const h = createHandlers(deps({ save: chosen }));
    const first = await dispatch(h, 'vm2pve:projectSave', APP, { path: null, suggestedName: 'estate.vm2pve.json', json: json('one') });
    expect(first).toEqual({ ok: true, value: { canceled: false, path: `${chosen}.vm2pve.json`, name: 'estate.vm2pve.json' } });
    const second = await dispatch(h, 'vm2pve:projectSave', APP, { path: `${chosen}.vm2pve.json`, suggestedName: 'estate.vm2pve.json', json: json('two') });
    expect(second.ok).toBe(true);
    const opened = restoreWithBackup(fs.readFileSync(`${chosen}.vm2pve.json`, 'utf8'), fs.readFileSync(`${chosen}.vm2pve.json.bak`, 'utf8'));
    expect(opened.ok && opened.project.meta.name).toBe('two');
    const recent = await dispatch(h, 'vm2pve:projectRecent', APP, null);
    expect(recent).toEqual({ ok: true, value: { items: [{ path: `${chosen}.vm2pve.json`, name: 'estate', at: '2026-12-02T10:00:00.000Z' }] } });
  });

  it('Save to a path the user never chose asks instead of writing there', async () => {
    const elsewhere = path.join(dir, 'elsewhere.vm2pve.json');
    const h = createHandlers(deps({ save: null }));
    const r = await dispatch(h, 'vm2pve:projectSave', APP, { path: elsewhere, suggestedName: 'x.vm2pve.json', json: json('x') });
    expect(r).toEqual({ ok: true, value: { canceled: true } });
    expect(fs.existsSync(elsewhere)).toBe(false);
  });

  it('Open reads the file and its .bak; a recent file opens again; a path not on the list is refused', async () => {
    const file = path.join(dir, 'p.vm2pve.json');
    fs.writeFileSync(file, '{"kind":"vm2pve.project","schemaVersion":2,"meta":{"na');
    fs.writeFileSync(`${file}.bak`, json('from backup'));
    const h = createHandlers(deps({ open: [file] }));
    const r = (await dispatch(h, 'vm2pve:projectOpen', APP, null)) as IpcResult<ProjectOpenResponse>;
    if (!r.ok || r.value.canceled) throw new Error('open failed');
    const restored = restoreWithBackup(r.value.json, r.value.backup, r.value.name);
    expect(restored.ok && restored.fromBackup && restored.recovered?.problem.code).toBe('PROJECT_TRUNCATED');
    expect((await dispatch(h, 'vm2pve:projectOpenRecent', APP, { path: file })).ok).toBe(true);
    const foreign = await dispatch(h, 'vm2pve:projectOpenRecent', APP, { path: '/etc/passwd' });
    expect(foreign.ok ? 'ok' : foreign.error.code).toBe('IPC_NOT_RECENT');
  });

  it('never writes over a newer project, by Save or by the autosave', async () => {
    const file = path.join(dir, 'new.vm2pve.json');
    const newer = json('newer').replace(`"schemaVersion":${PROJECT_SCHEMA_VERSION}`, `"schemaVersion":${PROJECT_SCHEMA_VERSION + 1}`);
    fs.writeFileSync(file, newer);
    fs.writeFileSync(path.join(dir, 'autosave.vm2pve.json'), newer);
    const h = createHandlers(deps({ open: [file] }));
    await dispatch(h, 'vm2pve:projectOpen', APP, null);
    const r = await dispatch(h, 'vm2pve:projectSave', APP, { path: file, suggestedName: 'new.vm2pve.json', json: json('older') });
    expect(r.ok ? 'ok' : r.error.code).toBe('PROJECT_NEWER_ON_DISK');
    const a = await dispatch(h, 'vm2pve:autosaveWrite', APP, { json: json('older') });
    expect(a.ok ? 'ok' : a.error.code).toBe('PROJECT_NEWER_ON_DISK');
    expect(fs.readFileSync(file, 'utf8')).toBe(newer);
    expect(fs.readFileSync(path.join(dir, 'autosave.vm2pve.json'), 'utf8')).toBe(newer);
  });

  it('validates save payloads and keeps the recent list short and unique', () => {
    expect(validateProjectSave({ path: null, suggestedName: 'a.vm2pve.json', json: '{}' }).ok).toBe(true);
    expect(validateProjectSave({ path: null, suggestedName: '../a.vm2pve.json', json: '{}' }).ok).toBe(false);
    expect(validateProjectSave({ path: '/tmp/a.txt', suggestedName: 'a.vm2pve.json', json: '{}' }).ok).toBe(false);
    expect(validateProjectSave({ path: null, suggestedName: 'a.vm2pve.json', json: '{' }).ok).toBe(false);
    let list = withRecent([], { path: '/a', name: 'a', at: '1' });
    for (let i = 0; i < 20; i++) list = withRecent(list, { path: `/p${i}`, name: `p${i}`, at: String(i) });
    list = withRecent(list, { path: '/p5', name: 'p5', at: 'x' });
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toEqual({ path: '/p5', name: 'p5', at: 'x' });
    expect(list.filter((e) => e.path === '/p5')).toHaveLength(1);
  });
});
