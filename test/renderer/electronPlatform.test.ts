import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type MainDeps } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc';
import { menuTemplate } from '../../electron/menu';
import { nodeFs } from '../../electron/nodeFs';
import { electronPlatform } from '../../renderer/platform/electronPlatform';
import { t } from '../../shared/i18n';
import type { IpcChannel, IpcRequest, IpcResponse, IpcResult, MenuCommand, Vm2pveBridge } from '../../shared/ipc';

const SAMPLE = path.resolve(__dirname, '../..', '../shared/samples/rvtools-small-complete.xlsx');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-plat-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A bridge wired straight into the main-process dispatcher, as the preload + ipcMain would be. */
function bridgeTo(deps: MainDeps, frameUrl = 'app://vm2pve/index.html'): Vm2pveBridge {
  const handlers = createHandlers(deps);
  return {
    invoke<C extends IpcChannel>(channel: C, req: IpcRequest<C>) {
      // Structured clone, as IPC does: the main side never sees renderer objects.
      return dispatch(handlers, channel, { senderFrame: { url: frameUrl } }, structuredClone(req)) as Promise<IpcResult<IpcResponse<C>>>;
    },
    onMenu: () => () => undefined,
  };
}

function deps(answers: { open?: string[]; save?: string; folder?: string }): MainDeps {
  return {
    dialog: {
      showOpen: async () => answers.open ?? null,
      showSave: async () => answers.save ?? null,
      showFolder: async () => answers.folder ?? null,
    },
    fs: nodeFs,
    shell: { openExternal: async () => undefined },
    autosavePath: path.join(dir, 'autosave.json'),
    recentPath: path.join(dir, 'recent.json'),
    appInfo: { version: '0', platform: 'linux', electron: '0' },
  };
}

describe('electron platform over the real main handlers', () => {
  it('opens files, saves one and several, autosaves', async () => {
    const p = electronPlatform(bridgeTo(deps({ open: [SAMPLE], save: path.join(dir, 'r.pdf'), folder: dir })));
    expect(p.kind).toBe('electron');
    const opened = await p.openFiles('inventory', true);
    expect(opened.ok && opened.value?.[0]?.data.byteLength).toBe(fs.statSync(SAMPLE).size);

    const saved = await p.saveFile('pdf', 'r.pdf', new TextEncoder().encode('%PDF-x'));
    expect(saved).toEqual({ ok: true, value: path.join(dir, 'r.pdf') });
    expect(fs.readFileSync(path.join(dir, 'r.pdf'), 'utf8')).toBe('%PDF-x');

    const many = await p.saveFiles([
      { name: 'a.md', data: new TextEncoder().encode('# a') },
      { name: 'plan.json', data: new TextEncoder().encode('{}') },
    ]);
    expect(many).toEqual({ ok: true, value: [path.join(dir, 'a.md'), path.join(dir, 'plan.json')] });

    expect(await p.loadAutosave()).toEqual({ ok: true, value: { json: null, backup: null } });
    expect(await p.saveAutosave('{"schemaVersion":1}')).toEqual({ ok: true, value: null });
    expect(await p.saveAutosave('{"schemaVersion":2}')).toEqual({ ok: true, value: null });
    expect(await p.loadAutosave()).toEqual({ ok: true, value: { json: '{"schemaVersion":2}', backup: '{"schemaVersion":1}' } });
  });

  it('reports cancelled dialogs as null and refusals as coded errors', async () => {
    const p = electronPlatform(bridgeTo(deps({})));
    expect(await p.openFiles('inventory', false)).toEqual({ ok: true, value: null });
    expect(await p.saveFile('pdf', 'x.pdf', new Uint8Array(1))).toEqual({ ok: true, value: null });
    const bad = await p.saveFile('pdf', '../x.pdf', new Uint8Array(1));
    expect(bad.ok ? 'ok' : bad.error.code).toBe('IPC_BAD_PAYLOAD');
    const foreign = electronPlatform(bridgeTo(deps({ save: path.join(dir, 'x.pdf') }), 'file:///tmp/x.html'));
    const refused = await foreign.saveFile('pdf', 'x.pdf', new Uint8Array(1));
    expect(refused.ok ? 'ok' : refused.error.code).toBe('IPC_FORBIDDEN_SENDER');
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });
});

describe('application menu', () => {
  it('labels come from the dictionary in the chosen language and send the menu commands', () => {
    for (const lang of ['vi', 'en'] as const) {
      const sent: MenuCommand[] = [];
      const menu = menuTemplate(lang, (c) => sent.push(c), false);
      expect(menu.map((m) => m.label)).toEqual([t(lang, 'ui.menu.file'), t(lang, 'ui.menu.edit'), t(lang, 'ui.menu.view')]);
      const file = menu[0]?.submenu as { label?: string; accelerator?: string; click?: () => void }[];
      const open = file.find((i) => i.label === t(lang, 'ui.menu.open'));
      const exp = file.find((i) => i.label === t(lang, 'ui.menu.export'));
      expect(open?.accelerator).toBe('CmdOrCtrl+O');
      expect(exp?.accelerator).toBe('CmdOrCtrl+E');
      open?.click?.();
      exp?.click?.();
      expect(sent).toEqual(['open', 'export']);
    }
    expect(menuTemplate('en', () => undefined, true)[0]?.role).toBe('appMenu');
  });
});
