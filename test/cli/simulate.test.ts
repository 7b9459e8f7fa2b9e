import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../fixtures/cli';

const REPO = path.resolve(__dirname, '../..');
function run(args: string[]) {
  const r = runBuiltCli('simulate', args);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run simulate', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-sim-'));

  it('prints the result JSON of a scenario', () => {
    const r = run([path.join(REPO, 'test/fixtures/ha/failback-group.json')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { final: Record<string, { node: string; state: string; running: boolean }>; timeline: { code: string; params: Record<string, unknown> }[] };
    expect(out.final['vm:101']).toEqual({ node: 'pve01', state: 'started', running: true });
    expect(out.timeline.length).toBeGreaterThan(5);
    // Timeline entries carry a code and parameters for programs, beside the bilingual message.
    expect(out.timeline.every((e) => typeof e.code === 'string' && typeof e.params === 'object')).toBe(true);
    expect(out.timeline.find((e) => e.code === 'service.recovered')?.params).toEqual({ sid: 'vm:101', from: 'pve01', to: 'pve02' });
  });

  it('runs a sweep from a cluster JSON', () => {
    const file = path.join(tmp, 'cluster.json');
    fs.writeFileSync(file, fs.readFileSync(path.join(REPO, 'test/fixtures/ha/failover-least-loaded.json')));
    const r = run(['--sweep', 'n-1', '--plan', file]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { cases: { failed: string[]; moved: { sid: string; to: string }[] }[] };
    expect(out.cases.map((c) => c.failed[0])).toEqual(['pve01', 'pve02', 'pve03', 'pve04']);
    expect(out.cases[0]?.moved).toEqual([{ sid: 'vm:101', from: 'pve01', to: 'pve03' }]);
  });

  it('exits 2 with one line on a bad scenario, a missing file, bad JSON or bad usage', () => {
    const bad = path.join(tmp, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ nodes: ['a', 'b', 'c'], resources: [{ sid: 'vm:1', node: 'a' }, { sid: 'vm:1', node: 'b' }] }));
    const notJson = path.join(tmp, 'not.json');
    fs.writeFileSync(notJson, '{ nodes: ');
    for (const args of [[bad], [path.join(tmp, 'missing.json')], [notJson], [], ['--sweep', 'n-3', '--plan', bad], ['--bogus']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^simulate: /);
    }
    expect(run([bad]).stderr).toMatch(/vm:1.*declared twice.*scenario\.duplicateSid/);
  });
});
