import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE, CLI_INPUTS, cliBundleStale } from '../../build/build-cli.mjs';
import { SAMPLE_SMALL } from '../fixtures/import/samples';
import { REPO } from '../fixtures/cli';

describe('the built command line (build/cli.mjs → dist/cli/main.mjs)', () => {
  it('is up to date after the build, and out of date as soon as a source it was built from changes', () => {
    expect(fs.existsSync(CLI_BUNDLE)).toBe(true);
    const inputs = (JSON.parse(fs.readFileSync(CLI_INPUTS, 'utf8')) as { inputs: string[] }).inputs;
    expect(inputs).toEqual(expect.arrayContaining(['cli/main.ts', 'cli/validate.ts', 'shared/import/index.ts', 'shared/plan/derivePlan.ts', 'electron/nodeFs.ts']));
    expect(inputs.some((f) => f.includes('node_modules') || f.startsWith('renderer/views'))).toBe(false);
    expect(cliBundleStale()).toBe(false);
    const source = path.join(REPO, 'shared', 'version.ts');
    const st = fs.statSync(source);
    try {
      const later = new Date(fs.statSync(CLI_BUNDLE).mtimeMs + 60_000);
      fs.utimesSync(source, later, later);
      expect(cliBundleStale()).toBe(true);
    } finally {
      fs.utimesSync(source, st.atime, st.mtime);
    }
    expect(cliBundleStale()).toBe(false);
  });

  it('`node build/cli.mjs validate FILE` runs the bundle (no TypeScript loader) and prints the summary', () => {
    const r = spawnSync(process.execPath, [path.join(REPO, 'build', 'cli.mjs'), 'validate', SAMPLE_SMALL], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('VMs');
    expect(r.stderr).not.toContain('building');
  });

  it('an unknown command exits 2 with one line naming the known ones', () => {
    const r = spawnSync(process.execPath, [CLI_BUNDLE, 'plna'], { cwd: REPO, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['vm2pve: unknown command plna (known: plan, validate, simulate, template, demo, bench)']);
  });
});
