#!/usr/bin/env node
// `npm start`: build what is missing, then open the desktop window (Electron) where it can, or serve the
// same built UI on http://127.0.0.1:<port> where it cannot, saying why in one line.
//   node cli/start.mjs [--web] [--port N] [--rebuild | --no-build] [--dir DIR]
//   VM2PVE_PORT=N overrides the default port (47315); --port wins over the variable. --port 0 = any free port.
//   Browser mode keeps one address across runs (the port is remembered in the user's config folder), because
//   the browser keeps the autosaved project per address: another port would look like an empty app.
//   --no-build serves what is already built; --dir serves another built renderer folder (browser mode only).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RENDERER_DIST = path.join(ROOT, 'dist', 'renderer');
const ELECTRON_DIST = path.join(ROOT, 'dist', 'electron');
/** Not 5173 (Vite's and other dev servers' default): another local app there would share our origin's storage. */
export const DEFAULT_PORT = 47315;

/** Must equal CONTENT_SECURITY_POLICY in shared/ipc.ts (a test checks it). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// ----- messages (every line exists in Vietnamese and English; the language follows LANG) -----------------
const MESSAGES = {
  building: { vi: 'vm2pve: đang dựng {{what}}…', en: 'vm2pve: building {{what}}…' },
  buildFailed: { vi: 'vm2pve: dựng {{what}} thất bại (mã {{code}}).', en: 'vm2pve: building {{what}} failed (exit {{code}}).' },
  fetching: {
    vi: 'vm2pve: đang tải Electron lần đầu (dùng ELECTRON_MIRROR nếu đã đặt)…',
    en: 'vm2pve: fetching the Electron binary on first start (ELECTRON_MIRROR is honoured)…',
  },
  fallback: {
    vi: 'vm2pve: không mở được cửa sổ ứng dụng ({{why}}); chuyển sang giao diện trình duyệt.',
    en: 'vm2pve: cannot open the desktop window ({{why}}); serving the same app in your browser instead.',
  },
  url: { vi: 'vm2pve: mở {{url}} trong trình duyệt (Ctrl+C để dừng).', en: 'vm2pve: open {{url}} in your browser (Ctrl+C to stop).' },
  portBusy: { vi: 'vm2pve: cổng {{port}} đang bận.', en: 'vm2pve: port {{port}} is in use.' },
  portMoved: {
    vi: 'vm2pve: cổng {{port}} đang bận nên dùng tạm cổng {{other}}. Dự án tự lưu của http://127.0.0.1:{{port}} không hiện ở địa chỉ này: hãy tắt chương trình đang dùng cổng {{port}} rồi chạy lại, hoặc lưu dự án ra tệp.',
    en: 'vm2pve: port {{port}} is in use, so this run uses port {{other}}. The project autosaved at http://127.0.0.1:{{port}} is not visible at this address: stop the program on port {{port}} and start again, or save the project to a file.',
  },
  autosaveWhere: {
    vi: 'vm2pve: dự án được tự lưu trong bộ nhớ của trình duyệt cho địa chỉ {{url}} (mỗi trình duyệt và mỗi địa chỉ có bản riêng); dùng "Lưu dự án" để giữ một tệp.',
    en: 'vm2pve: the project is autosaved in the browser\'s storage for {{url}} (each browser and each address keeps its own); use "Save project" to keep a file.',
  },
  badPort: { vi: 'vm2pve: cổng không hợp lệ: {{port}}', en: 'vm2pve: invalid port: {{port}}' },
  whyWebFlag: { vi: 'đã chọn --web', en: '--web was given' },
  whyNoDisplay: { vi: 'không có màn hình: DISPLAY/WAYLAND_DISPLAY chưa đặt', en: 'no display: DISPLAY/WAYLAND_DISPLAY is not set' },
  whyDownload: {
    vi: 'không tải được Electron: {{reason}}; đặt ELECTRON_MIRROR để dùng máy chủ gương',
    en: 'the Electron binary could not be downloaded: {{reason}}; set ELECTRON_MIRROR to use a mirror',
  },
  whySpawn: { vi: 'Electron không khởi động được: {{reason}}', en: 'Electron failed to start: {{reason}}' },
};

export function msgLang(env = process.env) {
  const l = `${env.LC_ALL ?? ''} ${env.LC_MESSAGES ?? ''} ${env.LANG ?? ''}`.toLowerCase();
  return /\bvi[_-]|\bvi\b/.test(l) ? 'vi' : 'en';
}

function msg(key, params = {}, lang = msgLang()) {
  return MESSAGES[key][lang].replace(/\{\{(\w+)\}\}/g, (w, n) => (n in params ? String(params[n]) : w));
}

// ----- arguments -------------------------------------------------------------------------------------------
/** @returns {{ web: boolean, rebuild: boolean, noBuild: boolean, dir: string|null, port: number, portExplicit: boolean, error?: string }} */
export function parseArgs(argv, env = process.env) {
  const out = { web: false, rebuild: false, noBuild: false, dir: null, port: DEFAULT_PORT, portExplicit: false };
  let portText = env.VM2PVE_PORT;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--web') out.web = true;
    else if (a === '--rebuild') out.rebuild = true;
    else if (a === '--no-build') out.noBuild = true;
    else if (a === '--dir') {
      out.dir = argv[++i] ?? null;
      out.web = true;
    }
    else if (a === '--port') portText = argv[++i];
    else if (a.startsWith('--port=')) portText = a.slice('--port='.length);
  }
  if (portText !== undefined && portText !== '') {
    const n = Number(portText);
    if (!Number.isInteger(n) || n < 0 || n > 65535) return { ...out, error: msg('badPort', { port: portText }) };
    out.port = n;
    out.portExplicit = true;
  }
  return out;
}

// ----- launch decision -----------------------------------------------------------------------------------
/**
 * Pure decision: Electron or the browser fallback, and why.
 * @param {{ web: boolean, platform: string, env: Record<string, string|undefined>, electronBinary: string|null, downloadError: string|null }} s
 * @returns {{ mode: 'electron', binary: string } | { mode: 'web', why: string }}
 */
export function decideLaunch(s, lang = msgLang(s.env)) {
  if (s.web) return { mode: 'web', why: msg('whyWebFlag', {}, lang) };
  if (s.platform === 'linux' && !s.env.DISPLAY && !s.env.WAYLAND_DISPLAY) return { mode: 'web', why: msg('whyNoDisplay', {}, lang) };
  if (!s.electronBinary) return { mode: 'web', why: msg('whyDownload', { reason: s.downloadError ?? 'unknown' }, lang) };
  return { mode: 'electron', binary: s.electronBinary };
}

/** Where electron's own installer put the binary (node_modules/electron/path.txt → dist/<path>), if present. */
export function electronBinaryPath(root = ROOT) {
  const pkg = path.join(root, 'node_modules', 'electron');
  const txt = path.join(pkg, 'path.txt');
  if (!existsSync(txt)) return null;
  const bin = path.join(pkg, 'dist', readFileSync(txt, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

/** Run electron's installer (honours ELECTRON_MIRROR). Returns null on success or a one-line reason. */
function fetchElectron() {
  process.stderr.write(`${msg('fetching')}\n`);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron', 'install.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
    env: process.env,
  });
  if (r.error) return r.error.message.split('\n')[0];
  if (r.status !== 0) {
    const lines = `${r.stderr ?? ''}\n${r.stdout ?? ''}`.split('\n').map((l) => l.trim()).filter(Boolean);
    const line = lines.find((l) => /error|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|40\d|50\d/i.test(l)) ?? lines[0] ?? `exit ${r.status}`;
    return line.replace(/^Error:\s*/, '').slice(0, 200);
  }
  return null;
}

// ----- build what is missing -----------------------------------------------------------------------------
function newestMtime(dirs) {
  let newest = 0;
  const walk = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules' && !e.startsWith('.')) walk(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const d of dirs) walk(d);
  return newest;
}

function isStale(output, inputs) {
  if (!existsSync(output)) return true;
  return newestMtime(inputs) > statSync(output).mtimeMs;
}

export function rendererIsStale(root = ROOT) {
  return isStale(path.join(root, 'dist', 'renderer', 'index.html'), ['renderer', 'shared', 'templates'].map((d) => path.join(root, d)));
}

function run(what, args) {
  process.stderr.write(`${msg('building', { what })}\n`);
  const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    process.stderr.write(`${msg('buildFailed', { what, code: r.status ?? r.signal ?? '?' })}\n`);
    process.exit(1);
  }
}

function ensureBuilt(rebuild, withElectron) {
  if (rebuild || rendererIsStale()) {
    run('renderer', [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error']);
  }
  if (withElectron) {
    const main = path.join(ELECTRON_DIST, 'main.cjs');
    if (rebuild || isStale(main, ['electron', 'shared'].map((d) => path.join(ROOT, d))) || !existsSync(path.join(ELECTRON_DIST, 'preload.cjs'))) {
      run('electron', [path.join(ROOT, 'build', 'build-electron.mjs')]);
    }
  }
}

// ----- static server -------------------------------------------------------------------------------------
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-cache',
};

/** URL path → file inside root, or null when it would escape root. */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (rel.split('/').some((s) => s === '..')) return null;
  const base = path.resolve(root);
  const full = path.resolve(base, rel);
  if (full !== base && !full.startsWith(base + path.sep)) return null;
  return full;
}

/**
 * DNS rebinding guard: a page of another site that rebinds its name to 127.0.0.1 still sends its own name in
 * the Host header. Only loopback names with our port are served.
 */
export function isAllowedHost(host, port) {
  if (typeof host !== 'string' || !Number.isInteger(port) || port <= 0) return false;
  const h = host.trim().toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}` || h === `[::1]:${port}`;
}

/** A static server for the built renderer: 127.0.0.1 only, loopback Host only, GET/HEAD, MIME types, CSP, no traversal. */
export function createStaticServer(root = RENDERER_DIST) {
  const server = http.createServer(async (req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const addr = server.address();
    if (!isAllowedHost(req.headers.host, addr && typeof addr === 'object' ? addr.port : -1)) return send(403, 'Forbidden host');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(405, 'Method Not Allowed');
    }
    const file = resolveInside(root, req.url ?? '/');
    if (!file) return send(403, 'Forbidden');
    try {
      const st = await stat(file);
      if (!st.isFile()) return send(404, 'Not Found');
      const data = await readFile(file);
      send(200, data, MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
    } catch {
      send(404, 'Not Found');
    }
  });
  return server;
}

// ----- the remembered port (browser mode keeps one origin, so the autosave is found again) ---------------
export function webStateFile(env = process.env, platform = process.platform, home = os.homedir()) {
  const base =
    platform === 'win32'
      ? (env.APPDATA || path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME || path.join(home, '.config'));
  return path.join(base, 'vm2pve', 'web-port.json');
}

export function readRememberedPort(file) {
  try {
    const v = JSON.parse(readFileSync(file, 'utf8'));
    return Number.isInteger(v?.port) && v.port > 0 && v.port <= 65535 ? v.port : null;
  } catch {
    return null;
  }
}

export function rememberPort(file, port) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ port })}\n`, { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // Not fatal: the next run starts on the default port again.
  }
}

/** The port to try first: --port / VM2PVE_PORT, else the one this user's earlier runs used, else the default. */
export function preferredPort(opts, remembered) {
  if (opts.portExplicit) return opts.port;
  return remembered ?? DEFAULT_PORT;
}

/**
 * Listen on 127.0.0.1; when the preferred port is busy (and no port was asked for), take a free one and say
 * loudly that the autosave of the preferred address is not visible at the new one.
 */
export function listen(server, port, portExplicit) {
  return new Promise((resolve, reject) => {
    const tryPort = (p, allowRetry) => {
      const onError = (err) => {
        server.off('listening', onListening);
        if (err.code === 'EADDRINUSE' && allowRetry) {
          server.once('listening', () => process.stderr.write(`${msg('portMoved', { port: p, other: server.address().port })}\n`));
          tryPort(0, false);
        } else reject(err);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve(server.address().port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, '127.0.0.1');
    };
    tryPort(port, !portExplicit);
  });
}

async function serveWeb(opts, why) {
  process.stderr.write(`${msg('fallback', { why })}\n`);
  const server = createStaticServer(opts.dir ? path.resolve(opts.dir) : RENDERER_DIST);
  const stateFile = webStateFile();
  const remembered = readRememberedPort(stateFile);
  const port = await listen(server, preferredPort(opts, remembered), opts.portExplicit);
  // The first address that worked is kept for later runs; a later fallback never replaces it (the autosave
  // stays with the first address, and the fallback message says so).
  if (!opts.portExplicit && remembered === null) rememberPort(stateFile, port);
  const url = `http://127.0.0.1:${port}/`;
  process.stdout.write(`${msg('url', { url })}\n`);
  process.stdout.write(`${msg('autosaveWhere', { url })}\n`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.error) {
    process.stderr.write(`${opts.error}\n`);
    process.exit(2);
  }
  const wantsElectron = !opts.web && !(process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  if (!opts.noBuild && !opts.dir) ensureBuilt(opts.rebuild, wantsElectron);
  let binary = null;
  let downloadError = null;
  if (wantsElectron) {
    binary = electronBinaryPath();
    if (!binary) {
      downloadError = fetchElectron();
      binary = electronBinaryPath();
      if (!binary && !downloadError) downloadError = 'installer finished but no binary';
    }
  }
  const d = decideLaunch({ web: opts.web, platform: process.platform, env: process.env, electronBinary: binary, downloadError });
  if (d.mode === 'web') return serveWeb(opts, d.why);

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(d.binary, [ROOT], { stdio: 'inherit', env });
  child.once('error', (e) => void serveWeb(opts, msg('whySpawn', { reason: e.message })));
  child.once('exit', (code) => process.exit(code ?? 0));
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().catch((e) => {
    process.stderr.write(`vm2pve: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
