import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, type Manifest } from '../../cli/lib/outputSet';
import { CLI_BUNDLE } from '../fixtures/cli';

const REPO = path.resolve(__dirname, '../..');
const SMALL = path.resolve(REPO, '../shared/samples/rvtools-small-complete.xlsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-planout-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const CLI = [CLI_BUNDLE, 'plan'];

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const f = path.join(e.parentPath, e.name);
    out[path.relative(dir, f)] = crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
  }
  return out;
}

describe('plan output folder (integration: spawns the CLI)', () => {
  it('a complete set with a manifest that matches the files; a new estate leaves no stale bundle folder', () => {
    const out = path.join(tmp, 'set');
    const r1 = spawnSync(process.execPath, [...CLI, '--demo', '--out', out, '--format', 'json,config,md'], { cwd: REPO, encoding: 'utf8', timeout: 300_000 });
    expect(r1.status, r1.stderr).toBe(0);
    const m = JSON.parse(fs.readFileSync(path.join(out, MANIFEST_FILE), 'utf8')) as Manifest;
    const snap = snapshot(out);
    delete snap[MANIFEST_FILE];
    expect(Object.fromEntries(m.files.map((f) => [f.path.split('/').join(path.sep), f.sha256]))).toEqual(snap);
    expect(m.plan.project).toBe('Demo');
    const demoClusters = fs.readdirSync(path.join(out, 'proxmox'));
    expect(demoClusters.length).toBeGreaterThan(1);
    // Another estate into the same folder: none of the demo's cluster folders may remain.
    const r2 = spawnSync(process.execPath, [...CLI, SMALL, '--out', out, '--format', 'json,config'], { cwd: REPO, encoding: 'utf8', timeout: 300_000 });
    expect(r2.status, r2.stderr).toBe(0);
    const now = fs.readdirSync(path.join(out, 'proxmox'));
    expect(now.filter((c) => demoClusters.includes(c))).toEqual([]);
    expect(fs.existsSync(path.join(out, 'plan.md'))).toBe(false);
  }, 600_000);

  it('Ctrl-C leaves the previous complete set untouched; a concurrent second run is refused', async () => {
    const out = path.join(tmp, 'interrupt');
    const first = spawnSync(process.execPath, [...CLI, SMALL, '--out', out, '--format', 'json,md'], { cwd: REPO, encoding: 'utf8', timeout: 300_000 });
    expect(first.status, first.stderr).toBe(0);
    const before = snapshot(out);
    const staging = (): boolean => fs.readdirSync(tmp).some((e) => e.startsWith('.interrupt.staging-'));
    const waitForStaging = async (): Promise<void> => {
      const deadline = Date.now() + 120_000;
      while (!staging() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(staging()).toBe(true);
    };
    const exitOf = (c: ReturnType<typeof spawn>): Promise<number | null> => new Promise((resolve) => c.on('exit', (code) => resolve(code)));

    // A run that is writing holds the folder: a second run into it is refused with one line, exit 2.
    const writer = spawn(process.execPath, [...CLI, '--demo', '--out', out, '--format', 'pdf,xlsx,docx,json,md,config'], { cwd: REPO });
    const writerExit = exitOf(writer);
    await waitForStaging();
    const second = spawnSync(process.execPath, [...CLI, SMALL, '--out', out, '--format', 'json'], { cwd: REPO, encoding: 'utf8', timeout: 300_000 });
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('another vm2pve plan');
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(await writerExit).toBe(0);
    const afterWriter = snapshot(out);
    expect(Object.keys(afterWriter)).toContain('plan.pdf');

    // Ctrl-C in the middle of a run: the complete set of the run before stays exactly as it was.
    const interrupted = spawn(process.execPath, [...CLI, SMALL, '--out', out, '--format', 'pdf,xlsx,docx,json'], { cwd: REPO });
    let err = '';
    interrupted.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    const interruptedExit = exitOf(interrupted);
    await waitForStaging();
    interrupted.kill('SIGINT');
    expect(await interruptedExit).toBe(130);
    expect(err).toContain('interrupted');
    expect(snapshot(out)).toEqual(afterWriter);
    expect(before).not.toEqual(afterWriter);
    expect(fs.readdirSync(tmp).filter((e) => e.startsWith('.interrupt.'))).toEqual([]);
  }, 600_000);
});
