import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../shared/io/atomicWrite';
import { createHandlers, type MainDeps } from '../../electron/handlers';
import { dispatch, registerIpc, type IpcMainLike } from '../../electron/ipc';
import { nodeFs, type MainFs } from '../../electron/nodeFs';
import { IPC_CHANNELS } from '../../shared/ipc';

const SAMPLE = path.resolve(__dirname, '../..', '../shared/samples/rvtools-small-complete.xlsx');
const APP = { senderFrame: { url: 'app://vm2pve/index.html' } };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-ipc-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function deps(over: Partial<MainDeps> = {}, answers: { open?: string[] | null; save?: string | null; folder?: string | null } = {}): MainDeps & { opened: string[] } {
  const opened: string[] = [];
  return {
    dialog: {
      showOpen: async () => answers.open ?? null,
      showSave: async () => answers.save ?? null,
      showFolder: async () => answers.folder ?? null,
    },
    fs: nodeFs,
    shell: { openExternal: async (u) => void opened.push(u) },
    autosavePath: path.join(dir, 'autosave.json'),
    recentPath: path.join(dir, 'recent.json'),
    appInfo: { version: '0.1.0', platform: 'linux', electron: '40' },
    opened,
    ...over,
  };
}

describe('IPC dispatch guard', () => {
  it('refuses senders that are not the app frame, before any handler runs', async () => {
    const d = deps({}, { save: path.join(dir, 'x.pdf') });
    const h = createHandlers(d);
    for (const senderFrame of [null, { url: 'file:///tmp/evil.html' }, { url: 'https://evil.example/' }, { url: 'app://other/' }]) {
      const r = await dispatch(h, 'vm2pve:saveFile', { senderFrame }, { kind: 'pdf', suggestedName: 'x.pdf', data: new Uint8Array([1]) });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('IPC_FORBIDDEN_SENDER');
    }
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });

  it('refuses bad payloads with IPC_BAD_PAYLOAD and never writes', async () => {
    const target = path.join(dir, 'x.pdf');
    const h = createHandlers(deps({}, { save: target }));
    const r = await dispatch(h, 'vm2pve:saveFile', APP, { kind: 'pdf', suggestedName: '../x.pdf', data: new Uint8Array([1]) });
    expect(r.ok ? 'ok' : r.error.code).toBe('IPC_BAD_PAYLOAD');
    const r2 = await dispatch(h, 'vm2pve:appInfo', APP, { sneaky: true });
    expect(r2.ok ? 'ok' : r2.error.code).toBe('IPC_BAD_PAYLOAD');
    expect(fs.existsSync(target)).toBe(false);
  });

  it('turns a throwing handler into a coded error instead of crashing main', async () => {
    const h = createHandlers(deps({ shell: { openExternal: async () => Promise.reject(new Error('boom')) } }));
    const r = await dispatch(h, 'vm2pve:openExternal', APP, { url: 'https://pve.proxmox.com/wiki/Main_Page' });
    expect(r.ok ? 'ok' : r.error.code).toBe('IPC_HANDLER_FAILED');
  });

  it('registers every channel once and unregisters them', () => {
    const handled = new Map<string, unknown>();
    const ipc: IpcMainLike = {
      handle: (c, l) => {
        expect(handled.has(c)).toBe(false);
        handled.set(c, l);
      },
      removeHandler: (c) => void handled.delete(c),
    };
    const off = registerIpc(ipc, createHandlers(deps()));
    expect([...handled.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    off();
    expect(handled.size).toBe(0);
  });
});

describe('IPC handlers on the real file system', () => {
  it('opens a real RVTools export through the dialog and returns its bytes', async () => {
    const h = createHandlers(deps({}, { open: [SAMPLE] }));
    const r = await dispatch(h, 'vm2pve:openFiles', APP, { kind: 'inventory', multiple: true });
    expect(r.ok).toBe(true);
    const v = r.ok ? (r.value as { canceled: boolean; files: { name: string; data: Uint8Array }[] }) : null;
    expect(v?.canceled).toBe(false);
    expect(v?.files[0]?.name).toBe('rvtools-small-complete.xlsx');
    const bytes = fs.readFileSync(SAMPLE);
    expect(v?.files[0]?.data.byteLength).toBe(bytes.byteLength);
    // xlsx is a zip: PK\x03\x04
    expect([...(v?.files[0]?.data.slice(0, 4) ?? [])]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('reports a cancelled dialog and a non-file as such', async () => {
    const cancel = await dispatch(createHandlers(deps()), 'vm2pve:openFiles', APP, { kind: 'inventory', multiple: false });
    expect(cancel).toEqual({ ok: true, value: { canceled: true } });
    const notFile = await dispatch(createHandlers(deps({}, { open: [dir] })), 'vm2pve:openFiles', APP, { kind: 'inventory', multiple: false });
    expect(notFile.ok ? 'ok' : notFile.error.code).toBe('IO_NOT_A_FILE');
  });

  it('saves one file and several files into a folder, atomically', async () => {
    const target = path.join(dir, 'plan.pdf');
    const h = createHandlers(deps({}, { save: target, folder: dir }));
    const r = await dispatch(h, 'vm2pve:saveFile', APP, { kind: 'pdf', suggestedName: 'plan.pdf', data: new TextEncoder().encode('%PDF-1.7 test') });
    expect(r).toEqual({ ok: true, value: { canceled: false, path: target } });
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 test');
    const many = await dispatch(h, 'vm2pve:saveFiles', APP, {
      files: [
        { name: 'a.md', data: new TextEncoder().encode('# A') },
        { name: 'plan.json', data: new TextEncoder().encode('{}') },
      ],
    });
    expect(many.ok).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('# A');
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('autosave round-trips and keeps the previous version as .bak', async () => {
    const h = createHandlers(deps());
    expect(await dispatch(h, 'vm2pve:autosaveRead', APP, null)).toEqual({ ok: true, value: { json: null, backup: null } });
    await dispatch(h, 'vm2pve:autosaveWrite', APP, { json: '{"v":1}' });
    await dispatch(h, 'vm2pve:autosaveWrite', APP, { json: '{"v":2}' });
    expect(await dispatch(h, 'vm2pve:autosaveRead', APP, undefined)).toEqual({ ok: true, value: { json: '{"v":2}', backup: '{"v":1}' } });
    expect(fs.readFileSync(path.join(dir, 'autosave.json.bak'), 'utf8')).toBe('{"v":1}');
  });
});

describe('atomic write', () => {
  it('keeps exactly one .bak generation', async () => {
    const target = path.join(dir, 'project.json');
    const first = await writeFileAtomic(nodeFs, target, 'one');
    expect(first.backup).toBeNull();
    await writeFileAtomic(nodeFs, target, 'two');
    const third = await writeFileAtomic(nodeFs, target, 'three');
    expect(third.backup).toBe(`${target}.bak`);
    expect(fs.readFileSync(target, 'utf8')).toBe('three');
    expect(fs.readFileSync(`${target}.bak`, 'utf8')).toBe('two');
    expect(fs.readdirSync(dir).sort()).toEqual(['project.json', 'project.json.bak']);
  });

  it('leaves the old file intact and no temp file when the write fails midway', async () => {
    const target = path.join(dir, 'project.json');
    fs.writeFileSync(target, 'precious');
    // A disk that fills up: half the data reaches the temp file, then ENOSPC.
    const failing: MainFs = {
      ...nodeFs,
      async writeFile(p, data) {
        const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
        fs.writeFileSync(p, bytes.slice(0, bytes.length >> 1));
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(writeFileAtomic(failing, target, 'replacement content')).rejects.toThrow('no space');
    expect(fs.readFileSync(target, 'utf8')).toBe('precious');
    expect(fs.readdirSync(dir)).toEqual(['project.json']);

    const h = createHandlers(deps({ fs: failing }, { save: target }));
    const r = await dispatch(h, 'vm2pve:saveFile', APP, { kind: 'project', suggestedName: 'project.json', data: new Uint8Array([1, 2, 3]) });
    expect(r.ok ? 'ok' : r.error.code).toBe('IO_WRITE_FAILED');
    if (!r.ok) expect(r.error.message.en).toContain('ENOSPC');
    expect(fs.readFileSync(target, 'utf8')).toBe('precious');
  });

  it('leaves the old file intact when the final rename fails', async () => {
    const target = path.join(dir, 'project.json');
    fs.writeFileSync(target, 'precious');
    const failing: MainFs = { ...nodeFs, rename: async () => Promise.reject(Object.assign(new Error('EXDEV'), { code: 'EXDEV' })) };
    await expect(writeFileAtomic(failing, target, 'new')).rejects.toThrow('EXDEV');
    expect(fs.readFileSync(target, 'utf8')).toBe('precious');
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
