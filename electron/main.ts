import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY, MENU_CHANNEL, type MenuCommand, type OpenKind, type SaveKind } from '../shared/ipc';
import { t, type Lang } from '../shared/i18n';
import { createHandlers, type MainDeps } from './handlers';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { nodeFs } from './nodeFs';
import { mimeType, resolveAppPath } from './protocol';
import { hardenContents, hardenSession, START_URL } from './security';

// dist/electron/main.cjs → dist/renderer
const RENDERER_ROOT = join(__dirname, '..', 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

function uiLang(): Lang {
  return app.getLocale().toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

const OPEN_FILTERS: Record<OpenKind, Electron.FileFilter[]> = {
  inventory: [{ name: 'RVTools / CSV', extensions: ['xlsx', 'csv'] }],
  project: [{ name: 'vm2pve project (.vm2pve.json)', extensions: ['json'] }],
};
const SAVE_FILTERS: Record<SaveKind, Electron.FileFilter[]> = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  xlsx: [{ name: 'Excel', extensions: ['xlsx'] }],
  md: [{ name: 'Markdown', extensions: ['md'] }],
  json: [{ name: 'JSON', extensions: ['json'] }],
  project: [{ name: 'vm2pve project', extensions: ['json'] }],
  zip: [{ name: 'ZIP', extensions: ['zip'] }],
};

function deps(getWindow: () => BrowserWindow | null): MainDeps {
  return {
    dialog: {
      async showOpen({ kind, multiple }) {
        const win = getWindow();
        const opts: Electron.OpenDialogOptions = {
          properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
          filters: OPEN_FILTERS[kind],
        };
        const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
        return r.canceled ? null : r.filePaths;
      },
      async showSave({ kind, suggestedName }) {
        const win = getWindow();
        const opts: Electron.SaveDialogOptions = { defaultPath: join(app.getPath('documents'), suggestedName), filters: SAVE_FILTERS[kind] };
        const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
        return r.canceled || !r.filePath ? null : r.filePath;
      },
      async showFolder() {
        const win = getWindow();
        const opts: Electron.OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'], defaultPath: app.getPath('documents') };
        const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
    },
    fs: nodeFs,
    shell: { openExternal: (url) => shell.openExternal(url) },
    autosavePath: join(app.getPath('userData'), 'autosave.vm2pve.json'),
    recentPath: join(app.getPath('userData'), 'recent-projects.json'),
    appInfo: { version: app.getVersion(), platform: process.platform, electron: process.versions.electron ?? '' },
  };
}

async function serveApp(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
  const file = resolveAppPath(RENDERER_ROOT, url.pathname);
  if (!file) return new Response('Forbidden', { status: 403 });
  try {
    const data = await readFile(file);
    return new Response(new Uint8Array(data), {
      headers: { 'Content-Type': mimeType(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

let mainWindow: BrowserWindow | null = null;

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: t(uiLang(), 'app.name'),
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click (auxclick) must not open links in a new window (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(START_URL);
}

app.enableSandbox();

app.on('web-contents-created', (_e, contents) => {
  hardenContents(contents, (url) => void shell.openExternal(url));
});

void app.whenReady().then(() => {
  protocol.handle(APP_SCHEME, serveApp);
  hardenSession(session.defaultSession);
  registerIpc(ipcMain, createHandlers(deps(() => mainWindow)));
  const send = (cmd: MenuCommand): void => mainWindow?.webContents.send(MENU_CHANNEL, cmd);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(uiLang(), send, process.platform === 'darwin')));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
