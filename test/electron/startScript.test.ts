import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStaticServer,
  CSP,
  decideLaunch,
  DEFAULT_PORT,
  isAllowedHost,
  listen,
  parseArgs,
  preferredPort,
  readRememberedPort,
  rememberPort,
  resolveInside,
  webStateFile,
} from '../../cli/start.mjs';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc';

const REPO = path.resolve(__dirname, '../..');
const SAMPLE = path.resolve(__dirname, '../..', '../shared/samples/rvtools-small-complete.xlsx');

/** A raw GET that keeps `..` in the path (fetch would normalise it away). */
function rawGet(port: number, p: string, method = 'GET', host?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: p, method, headers: host === undefined ? {} : { Host: host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-web-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>vm2pve</title><div id="root"></div>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log("x")');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  fs.copyFileSync(SAMPLE, path.join(root, 'assets', 'demo.xlsx'));
  // A secret next to (outside) the served folder.
  fs.writeFileSync(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), 'secret');
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), { force: true });
});

describe('start script: launch decision', () => {
  const env = { DISPLAY: ':0' };
  it('uses Electron only when the binary is there and a display exists', () => {
    expect(decideLaunch({ web: false, platform: 'linux', env, electronBinary: '/x/electron', downloadError: null }, 'en')).toEqual({ mode: 'electron', binary: '/x/electron' });
    expect(decideLaunch({ web: false, platform: 'win32', env: {}, electronBinary: 'C:/e.exe', downloadError: null }, 'en').mode).toBe('electron');
  });
  it('falls back to the browser with the reason', () => {
    const web = decideLaunch({ web: true, platform: 'linux', env, electronBinary: '/x/electron', downloadError: null }, 'en');
    expect(web).toEqual({ mode: 'web', why: '--web was given' });
    const noDisplay = decideLaunch({ web: false, platform: 'linux', env: {}, electronBinary: '/x/electron', downloadError: null }, 'en');
    expect(noDisplay.mode === 'web' && noDisplay.why).toContain('DISPLAY');
    const blocked = decideLaunch({ web: false, platform: 'linux', env, electronBinary: null, downloadError: 'getaddrinfo ENOTFOUND github.com' }, 'en');
    expect(blocked.mode === 'web' && blocked.why).toContain('ENOTFOUND github.com');
    expect(blocked.mode === 'web' && blocked.why).toContain('ELECTRON_MIRROR');
    const vi = decideLaunch({ web: false, platform: 'linux', env, electronBinary: null, downloadError: 'ETIMEDOUT' }, 'vi');
    expect(vi.mode === 'web' && vi.why).toContain('không tải được Electron');
  });
  it('reads --port, VM2PVE_PORT and rejects bad ports', () => {
    // Not 5173, the default of Vite and other dev servers: another local app there would share our storage.
    expect(parseArgs([], {}).port).toBe(DEFAULT_PORT);
    expect(DEFAULT_PORT).not.toBe(5173);
    expect(parseArgs([], { VM2PVE_PORT: '8080' })).toMatchObject({ port: 8080, portExplicit: true });
    expect(parseArgs(['--port', '9000'], { VM2PVE_PORT: '8080' }).port).toBe(9000);
    expect(parseArgs(['--port=0', '--web'], {})).toMatchObject({ port: 0, web: true });
    expect(parseArgs(['--port', '70000'], {}).error).toBeDefined();
    expect(parseArgs(['--port', 'abc'], {}).error).toBeDefined();
  });
  it('serves the same CSP as the Electron shell', () => {
    expect(CSP).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('static server', () => {
  it('serves with MIME types and CSP, refuses traversal and writes', async () => {
    const server = createStaticServer(root);
    const port = await listen(server, 0, true);
    try {
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await page.text()).toContain('<div id="root">');
      expect((await fetch(`http://127.0.0.1:${port}/assets/index-abc.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect((await fetch(`http://127.0.0.1:${port}/assets/index-abc.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
      const xlsx = await fetch(`http://127.0.0.1:${port}/assets/demo.xlsx`);
      expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
      expect(new Uint8Array(await xlsx.arrayBuffer()).byteLength).toBe(fs.statSync(SAMPLE).size);

      const secret = `${path.basename(root)}-secret.txt`;
      for (const p of [`/../${secret}`, `/assets/../../${secret}`, `/%2e%2e/${secret}`, `/..%2f${secret}`, `/..%5c${secret}`, '/%00']) {
        const r = await rawGet(port, p);
        expect(r.status, p).toBe(403);
        expect(r.body.toString()).not.toContain('secret');
        expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      }
      expect((await rawGet(port, '/nope.js')).status).toBe(404);
      expect((await rawGet(port, '/assets')).status).toBe(404);
      expect((await rawGet(port, '/', 'POST')).status).toBe(405);
      expect(resolveInside(root, '/assets/x.js?v=1#h')).toBe(path.join(root, 'assets', 'x.js'));
    } finally {
      server.close();
    }
  });

  it('refuses requests whose Host is not a loopback name with our port (DNS rebinding)', async () => {
    const server = createStaticServer(root);
    const port = await listen(server, 0, true);
    try {
      expect((await rawGet(port, '/')).status).toBe(200);
      expect((await rawGet(port, '/', 'GET', `localhost:${port}`)).status).toBe(200);
      for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`, `127.0.0.1`, `127.0.0.1.evil.example:${port}`]) {
        const r = await rawGet(port, '/', 'GET', host);
        expect(r.status, host).toBe(403);
        expect(r.body.toString()).not.toContain('<div id="root">');
      }
      expect(isAllowedHost(undefined, port)).toBe(false);
      expect(isAllowedHost(`[::1]:${port}`, port)).toBe(true);
    } finally {
      server.close();
    }
  });

  it('remembers the first port that worked and prefers it on later runs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-port-'));
    try {
      const file = webStateFile({ XDG_CONFIG_HOME: dir }, 'linux', '/home/x');
      expect(file).toBe(path.join(dir, 'vm2pve', 'web-port.json'));
      expect(readRememberedPort(file)).toBeNull();
      expect(preferredPort(parseArgs([], {}), null)).toBe(DEFAULT_PORT);
      rememberPort(file, 41001);
      expect(readRememberedPort(file)).toBe(41001);
      expect(preferredPort(parseArgs([], {}), readRememberedPort(file))).toBe(41001);
      // An explicit port wins over the remembered one.
      expect(preferredPort(parseArgs(['--port', '9000'], {}), 41001)).toBe(9000);
      fs.writeFileSync(file, '{"port":"x"}');
      expect(readRememberedPort(file)).toBeNull();
      expect(webStateFile({ APPDATA: 'C:\\Users\\x\\AppData\\Roaming' }, 'win32', 'C:\\Users\\x')).toContain('vm2pve');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('listens on 127.0.0.1 only and moves to a free port when the default one is taken', async () => {
    const a = createStaticServer(root);
    const portA = await listen(a, 0, true);
    const b = createStaticServer(root);
    try {
      expect((a.address() as { address: string }).address).toBe('127.0.0.1');
      await expect(listen(b, portA, true)).rejects.toMatchObject({ code: 'EADDRINUSE' });
      const portB = await listen(b, portA, false);
      expect(portB).not.toBe(portA);
    } finally {
      a.close();
      b.close();
    }
  });
});

describe('npm start in browser mode (spawned)', () => {
  let child: ChildProcess | null = null;
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('prints one reason line and the URL, then serves the UI', async () => {
    child = spawn(process.execPath, [path.join(REPO, 'cli', 'start.mjs'), '--web', '--port', '0', '--dir', root], {
      cwd: REPO,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
    });
    let out = '';
    let err = '';
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${err}`)), 20_000);
      child?.stdout?.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('--web was given');
    expect(lines[0]).toContain('browser');
    const r = await fetch(url);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const port = Number(new URL(url).port);
    expect((await rawGet(port, '/../package.json')).status).toBe(403);
    await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain(`autosaved in the browser's storage for ${url}`);
  });

  it('says loudly when the remembered port is busy, and keeps remembering it', async () => {
    const cfg = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-cfg-'));
    const blocker = http.createServer((_q, r) => r.end('other app'));
    const busy = await listen(blocker, 0, true);
    const file = path.join(cfg, 'vm2pve', 'web-port.json');
    rememberPort(file, busy);
    const proc = spawn(process.execPath, [path.join(REPO, 'cli', 'start.mjs'), '--web', '--dir', root], {
      cwd: REPO,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', XDG_CONFIG_HOME: cfg, VM2PVE_PORT: '' },
    });
    try {
      let out = '';
      let err = '';
      proc.stderr?.on('data', (c: Buffer) => (err += c.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${err}`)), 20_000);
        proc.stdout?.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      expect(Number(new URL(url).port)).not.toBe(busy);
      expect(err).toContain(`port ${busy} is in use`);
      expect(err).toContain(`autosaved at http://127.0.0.1:${busy} is not visible`);
      expect(readRememberedPort(file)).toBe(busy);
    } finally {
      proc.kill('SIGTERM');
      blocker.close();
      fs.rmSync(cfg, { recursive: true, force: true });
    }
  });
});
