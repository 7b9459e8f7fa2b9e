import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../cli/lib/exitCodes';
import { beginOutputSet, defaultPrivateMapPath, isInside, MANIFEST_FILE, writePrivateFile, type Manifest, type PlanIdentity } from '../../cli/lib/outputSet';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-outset-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ID: PlanIdentity = { project: 'P', calculatorVersion: '1', generatedAt: '2026-12-02T00:00:00.000Z', inputs: [{ name: 'a.xlsx', bytes: 3, sha256: 'x' }] };

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof CliError ? e.code : `not a CliError: ${String(e)}`;
  }
  return 'no error';
}

function manifest(dir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
}

describe('output set (all-or-nothing plan folder)', () => {
  it('writes nothing into --out until commit, then the whole set with a manifest of SHA-256 sums', () => {
    const out = path.join(tmp, 'a', 'plan-out');
    const set = beginOutputSet(out);
    set.write('plan.md', '# hello\n');
    set.write('proxmox/c1/create-vms.sh', '#!/bin/sh\n', 0o755);
    expect(fs.existsSync(out)).toBe(false);
    const files = set.commit(ID);
    expect(files.sort()).toEqual([path.join(out, 'plan.md'), path.join(out, 'proxmox', 'c1', 'create-vms.sh')].sort());
    const m = manifest(out);
    expect(m.complete).toBe(true);
    expect(m.plan).toEqual(ID);
    expect(m.files).toContainEqual({ path: 'plan.md', bytes: 8, sha256: crypto.createHash('sha256').update('# hello\n').digest('hex') });
    expect(fs.statSync(path.join(out, 'proxmox', 'c1', 'create-vms.sh')).mode & 0o777).toBe(0o755);
    // Lock and staging are gone.
    expect(fs.readdirSync(path.dirname(out))).toEqual(['plan-out']);
  });

  it("drops the previous plan's bundle folders, keeps the user's own files", () => {
    const out = path.join(tmp, 'b');
    const first = beginOutputSet(out);
    first.write('proxmox/old-cluster/create-vms.sh', 'old\n', 0o755);
    first.write('plan.json', '{}');
    first.commit(ID);
    fs.writeFileSync(path.join(out, 'my-notes.txt'), 'mine');
    const second = beginOutputSet(out);
    second.write('proxmox/new-cluster/create-vms.sh', 'new\n', 0o755);
    second.commit(ID);
    expect(fs.readdirSync(path.join(out, 'proxmox'))).toEqual(['new-cluster']);
    expect(fs.existsSync(path.join(out, 'plan.json'))).toBe(false);
    expect(fs.readFileSync(path.join(out, 'my-notes.txt'), 'utf8')).toBe('mine');
    expect(manifest(out).files.map((f) => f.path)).toEqual(['proxmox/new-cluster/create-vms.sh']);
  });

  it('refuses a second run into the same folder while one is writing; takes over the lock of a dead process', () => {
    const out = path.join(tmp, 'c');
    const a = beginOutputSet(out);
    expect(code(() => beginOutputSet(out))).toBe('CLI_OUT_LOCKED');
    a.abort();
    const b = beginOutputSet(out);
    b.abort();
    // A lock left by a process that no longer runs (a finished child's pid).
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    fs.writeFileSync(path.join(tmp, '.c.vm2pve.lock'), JSON.stringify({ pid: Number(dead) }));
    fs.mkdirSync(path.join(tmp, '.c.staging-left'));
    const c = beginOutputSet(out);
    expect(fs.existsSync(path.join(tmp, '.c.staging-left'))).toBe(false);
    c.abort();
  });

  it('an aborted run leaves the previous complete set untouched', () => {
    const out = path.join(tmp, 'd');
    const first = beginOutputSet(out);
    first.write('plan.md', 'v1');
    first.commit(ID);
    const before = fs.readFileSync(path.join(out, MANIFEST_FILE), 'utf8');
    const second = beginOutputSet(out);
    second.write('plan.md', 'v2 half');
    second.abort();
    second.abort();
    expect(fs.readFileSync(path.join(out, 'plan.md'), 'utf8')).toBe('v1');
    expect(fs.readFileSync(path.join(out, MANIFEST_FILE), 'utf8')).toBe(before);
    expect(fs.readdirSync(tmp).filter((e) => e.startsWith('.d.'))).toEqual([]);
  });

  it('refuses a folder of files vm2pve did not write; accepts an older plan folder without manifest', () => {
    const foreign = path.join(tmp, 'e');
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, 'thesis.docx'), 'x');
    expect(code(() => beginOutputSet(foreign))).toBe('CLI_OUT_NOT_EMPTY');
    expect(fs.existsSync(path.join(tmp, '.e.vm2pve.lock'))).toBe(false);
    const older = path.join(tmp, 'f');
    fs.mkdirSync(path.join(older, 'proxmox', 'x'), { recursive: true });
    fs.writeFileSync(path.join(older, 'plan.pdf'), 'x');
    const set = beginOutputSet(older);
    set.write('plan.md', 'new');
    set.commit(ID);
    expect(fs.readdirSync(older).sort()).toEqual([MANIFEST_FILE, 'plan.md']);
    const file = path.join(tmp, 'g-file');
    fs.writeFileSync(file, 'x');
    expect(code(() => beginOutputSet(file))).toBe('CLI_OUT_DIR');
  });

  it('never writes outside the set', () => {
    const set = beginOutputSet(path.join(tmp, 'h'));
    expect(() => set.write('../escape.txt', 'x')).toThrow(/escapes/);
    expect(() => set.write('/etc/x', 'x')).toThrow(/escapes/);
    set.abort();
    expect(fs.existsSync(path.join(tmp, 'escape.txt'))).toBe(false);
  });
});

describe('private files (the anonymisation map)', () => {
  it('go beside the output folder, never inside it, readable by the owner only', () => {
    const out = path.join(tmp, 'plan');
    const map = defaultPrivateMapPath(out, 'anonymisation-map.private.csv');
    expect(map).toBe(path.join(tmp, 'plan-private', 'anonymisation-map.private.csv'));
    expect(isInside(map, out)).toBe(false);
    expect(isInside(path.join(out, 'x.csv'), out)).toBe(true);
    writePrivateFile(map, 'kind,original,pseudonym\n');
    expect(fs.statSync(map).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(map)).mode & 0o777).toBe(0o700);
  });

  it('never follow a planted symlink', () => {
    const dir = path.join(tmp, 'planted');
    fs.mkdirSync(dir);
    const victim = path.join(tmp, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    const file = path.join(dir, 'map.csv');
    fs.symlinkSync(victim, file);
    // A symlink at every name an old, predictable temporary file would have used.
    fs.symlinkSync(victim, path.join(dir, `.map.csv.${process.pid}.tmp`));
    writePrivateFile(file, 'secret');
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('secret');
  });
});
