import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { craftRvtools } from '../fixtures/import/crafted';
import { runBuiltCli } from '../fixtures/cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-large-cluster-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('one vSphere cluster of 52,000 VMs', () => {
  // Regression: the per-VM blocks of create-vms.sh were spread into one push() call, which overflows the
  // stack from about 50k VMs in one cluster ("internal error: Maximum call stack size exceeded").
  it('plans and writes the configuration bundle', () => {
    const file = path.join(tmp, 'big.xlsx');
    fs.writeFileSync(file, craftRvtools((x) => x, 52_000));
    const out = path.join(tmp, 'out');
    const r = runBuiltCli('plan', [file, '--out', out, '--format', 'config,json'], { timeout: 600_000 });
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
    expect(r.status).toBe(0);
    const plan = JSON.parse(fs.readFileSync(path.join(out, 'plan.json'), 'utf8')) as { vms: unknown[] };
    expect(plan.vms).toHaveLength(52_000);
    const clusters = fs.readdirSync(path.join(out, 'proxmox'));
    const scripts = clusters.flatMap((c) => fs.readdirSync(path.join(out, 'proxmox', c)).filter((f) => f.startsWith('create-vms')).map((f) => path.join(out, 'proxmox', c, f)));
    expect(scripts.length).toBeGreaterThan(0);
    const qmCreates = scripts.reduce((s, f) => s + (fs.readFileSync(f, 'utf8').match(/qm create /g) ?? []).length, 0);
    expect(qmCreates).toBeGreaterThan(0);
  }, 600_000);
});
