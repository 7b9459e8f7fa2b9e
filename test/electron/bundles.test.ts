import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../build/build-electron.mjs';

const REPO = path.resolve(__dirname, '../..');
let out: string;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-bundle-'));
  await buildElectron({ quiet: true, outDir: out });
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

function requires(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  return [...new Set([...src.matchAll(/\brequire\((["'])([^"']+)\1\)/g)].map((m) => m[2] ?? ''))].sort();
}

describe('Electron bundles', () => {
  it('the sandboxed preload requires nothing but electron', () => {
    expect(requires(path.join(out, 'preload.cjs'))).toEqual(['electron']);
    const src = fs.readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    expect(src).toContain('exposeInMainWorld("vm2pve"');
  });

  it('main bundles shared/ and needs only electron and Node built-ins at run time', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const external = requires(path.join(out, 'main.cjs')).filter((m) => m !== 'electron' && !builtins.has(m));
    expect(external).toEqual([]);
    const src = fs.readFileSync(path.join(out, 'main.cjs'), 'utf8');
    for (const flag of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webviewTag: false']) expect(src).toContain(flag);
  });

  it('electron-builder configuration is valid against electron-builder’s own schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    const config = JSON.parse(fs.readFileSync(path.join(REPO, 'build/electron-builder.json'), 'utf8')) as { files: string[] };
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.files).toContain('dist/electron/**');
  });
});
