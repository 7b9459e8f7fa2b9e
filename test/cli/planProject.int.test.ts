import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeProjectFs } from '../../electron/nodeFs';
import { openProjectFile } from '../../shared/model/projectFile';
import { PROJECT_SCHEMA_VERSION } from '../../shared/model/project';
import { restoreProject, serializeProject } from '../../shared/model/restore';
import { REPO, runBuiltCli } from '../fixtures/cli';

const SAMPLE = path.resolve(REPO, '../shared/samples/rvtools-4.6-339vms.xlsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-project-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** plan.json without its time stamp. */
function planJson(dir: string): unknown {
  const p = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8')) as Record<string, unknown>;
  expect(typeof p.generatedAt).toBe('string');
  delete p.generatedAt;
  return p;
}

describe('project files from the command line (integration: spawns the built CLI)', () => {
  const project = path.join(tmp, 'estate.vm2pve.json');

  it('--save-project writes a project; --project plans from it: the same plan.json, generatedAt aside', () => {
    const a = runBuiltCli('plan', [SAMPLE, '--format', 'json', '--out', path.join(tmp, 'a'), '--save-project', project]);
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toContain(`wrote ${project} (project)`);
    const opened = restoreProject(fs.readFileSync(project, 'utf8'));
    expect(opened.ok && opened.project.schemaVersion).toBe(PROJECT_SCHEMA_VERSION);
    expect(opened.ok && opened.project.inventory.vms.length).toBe(339);
    const b = runBuiltCli('plan', ['--project', project, '--format', 'json', '--out', path.join(tmp, 'b')]);
    expect(b.status, b.stderr).toBe(0);
    expect(planJson(path.join(tmp, 'b'))).toEqual(planJson(path.join(tmp, 'a')));
  });

  it('a truncated project opens from its .bak, says so, and plans the same', () => {
    // A second save keeps the first as .bak; then the file is cut short.
    const again = runBuiltCli('plan', ['--project', project, '--format', 'json', '--out', path.join(tmp, 'c'), '--save-project', project]);
    expect(again.status, again.stderr).toBe(0);
    expect(fs.existsSync(`${project}.bak`)).toBe(true);
    const full = fs.readFileSync(project);
    fs.writeFileSync(project, full.subarray(0, Math.floor(full.length * 0.6)));
    const r = runBuiltCli('plan', ['--project', project, '--format', 'json', '--out', path.join(tmp, 'd')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('PROJECT_RECOVERED_FROM_BACKUP');
    expect(r.stderr).toContain('cut short');
    expect(r.stderr).toContain('estate.vm2pve.json.bak');
    expect(planJson(path.join(tmp, 'd'))).toEqual(planJson(path.join(tmp, 'a')));
  });

  it('refuses a project of a newer version with a coded error and leaves it unchanged', () => {
    const newer = path.join(tmp, 'newer.vm2pve.json');
    const text = fs.readFileSync(`${project}.bak`, 'utf8').replace(`"schemaVersion":${PROJECT_SCHEMA_VERSION}`, `"schemaVersion":${PROJECT_SCHEMA_VERSION + 1}`);
    fs.writeFileSync(newer, text);
    const r = runBuiltCli('plan', ['--project', newer, '--format', 'json', '--out', path.join(tmp, 'e'), '--save-project', newer]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('PROJECT_NEWER_VERSION');
    expect(fs.readFileSync(newer, 'utf8')).toBe(text);
    expect(fs.existsSync(`${newer}.bak`)).toBe(false);
  });

  it('a process killed during an autosave leaves a project that reopens intact', async () => {
    const base = fs.readFileSync(`${project}.bak`, 'utf8');
    const r = restoreProject(base);
    if (!r.ok) throw new Error(r.error.message.en);
    const a = path.join(tmp, 'A.json');
    const b = path.join(tmp, 'B.json');
    fs.writeFileSync(a, serializeProject({ ...r.project, meta: { ...r.project.meta, name: 'A' } }));
    fs.writeFileSync(b, serializeProject({ ...r.project, meta: { ...r.project.meta, name: 'B' } }));
    const target = path.join(tmp, 'autosave.vm2pve.json');
    for (let round = 0; round < 6; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'test/fixtures/autosaveLoop.ts'), target, a, b], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
      let saves = 0;
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += String(d)));
      // Kill it at a different point of a save each round: after a few saves plus a varying delay.
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          saves += String(d).split('\n').filter((l) => l.startsWith('saved')).length;
          if (saves >= 2 && !child.killed) setTimeout(() => child.kill('SIGKILL'), 3 + round * 7);
        });
        child.on('exit', () => resolve());
        child.on('error', reject);
      });
      expect(saves, err).toBeGreaterThanOrEqual(2);
      const opened = await openProjectFile(nodeProjectFs, target);
      if (!opened.ok) throw new Error(opened.error.message.en);
      expect(opened.fromBackup).toBe(false);
      expect(['A', 'B']).toContain(opened.project.meta.name);
      expect(opened.project.inventory.vms).toHaveLength(339);
      expect(opened.project.decisions).toEqual(r.project.decisions);
    }
  }, 120_000);
});
