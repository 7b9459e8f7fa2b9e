/**
 * Hostile names end to end (issue 14 item 2): an RVTools workbook and DRS CSVs full of quotes, `$(...)`,
 * backticks, newlines, `;`, `,`, `..`, HTML, Markdown links and images, 3,000-character names, unicode and
 * control characters go through the real importer; a hostile project file (decisions, assumptions) plans it.
 * Every generated file is then read the way Proxmox, ifupdown2, bash and a Markdown renderer read it, and the
 * scripts run against stub Proxmox commands: nothing happens without CONFIRM=yes, and with it every value
 * reaches its command as ONE argument. A file that an injected command would create must never appear.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkVmdkPath, oneLine } from '../../../shared/report/configBundle/escape';
import { hostilePlan, type HostilePlan } from '../../fixtures/hostile/hostilePlan';
import { writeAll } from './configBundle/bundleCases';
import { fileProblems } from './configBundle/bundleChecks';
import { READ_ONLY, stubPve } from './configBundle/stubPve';

const MARK = path.join(os.tmpdir(), `vm2pve-hostile-${process.pid}-pwned`);
const runs: { target: string; h: HostilePlan; dir: string }[] = [];

beforeAll(async () => {
  fs.rmSync(MARK, { force: true });
  for (const target of ['pve9.2', 'pve8'] as const) {
    const h = await hostilePlan(MARK, target);
    runs.push({ target, h, dir: writeAll(h.bundle.files) });
  }
}, 180_000);

/** parse_property_string (pve-common PVE/JSONSchema.pm): split on every comma, `key=value` (value may hold `=`). */
function propertyString(s: string): { keys: string[]; values: Record<string, string> } {
  const keys: string[] = [];
  const values: Record<string, string> = {};
  for (const part of s.split(',')) {
    const m = /^([^=]+)=(.+)$/.exec(part);
    const k = m ? (m[1] ?? '') : '';
    keys.push(k);
    values[k] = m ? (m[2] ?? '') : part;
  }
  return { keys, values };
}

describe('hostile names through the importer, the plan and every generated file', () => {
  it('the estate really is hostile after import (the importer keeps what the test needs)', () => {
    const inv = runs[0]?.h.plan.inventory;
    expect(inv?.vms.some((v) => v.name.includes('$(touch'))).toBe(true);
    expect(inv?.vms.some((v) => v.disks.some((d) => (d.path ?? '').includes(',')))).toBe(true);
    expect(inv?.vms.some((v) => v.disks.some((d) => (d.path ?? '').includes('..')))).toBe(true);
    expect(runs[0]?.h.bundle.findings.length).toBeGreaterThan(5);
  });

  it('every file of the bundle and plan.md passes the check of its reader', () => {
    for (const { target, h } of runs) {
      const problems = [...h.bundle.files.flatMap((f) => fileProblems(f.path, f.content)), ...fileProblems('plan.md', h.markdown)];
      expect(problems, target).toEqual([]);
      // No interfaces file carries a line the plan did not write itself.
      for (const f of h.bundle.files.filter((x) => x.path.includes('/network/'))) expect(f.content, f.path).not.toMatch(/^\s*(post-up|pre-up|up|down|pre-down|post-down)\b/m);
    }
  });

  it('every script passes bash -n', () => {
    for (const { dir, h } of runs) {
      const scripts = h.bundle.files.filter((f) => f.path.endsWith('.sh')).map((f) => path.join(dir, f.path));
      const r = spawnSync('bash', ['-c', 'for f in "$@"; do bash -n "$f" || exit 1; done', '_', ...scripts], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
  });

  it('without CONFIRM=yes no script changes anything (only read-only queries run)', () => {
    for (const { dir, h } of runs) {
      const stub = stubPve();
      // create-vms.sh is the same for both targets: its dry run per node is checked once (PVE 9 plan).
      const vmRuns = h.plan.design.pveTarget !== 'pve8';
      for (const c of h.plan.design.clusters) {
        const folder = h.bundle.files.find((f) => f.path.endsWith('/create-vms.sh') && f.content.includes(`planned on cluster ${c.name} `))?.path.split('/')[1] ?? c.name;
        const base = path.join(dir, 'proxmox', folder);
        const nodes = vmRuns ? [...new Set(c.placement.vms.flatMap((v) => (v.node ? [v.node] : [])))] : [];
        const runs2 = [
          ...nodes.map((node) => stub.run(path.join(base, 'create-vms.sh'), { NODE: node, IMPORT_ROUTE: node === nodes[0] ? 'vmdk' : 'esxi' })),
          stub.run(path.join(base, 'ha-setup.sh')),
          ...(fs.existsSync(path.join(base, 'qdevice.sh')) ? [stub.run(path.join(base, 'qdevice.sh'), { QNETD_HOST: '10.0.0.9' })] : []),
        ];
        for (const r of runs2) {
          expect(r.status, r.stderr).toBe(0);
          expect(r.calls.filter((x) => !READ_ONLY(x))).toEqual([]);
        }
      }
    }
    expect(fs.existsSync(MARK)).toBe(false);
  });

  it('with CONFIRM=yes every hostile value reaches its command as one argument, and nothing is injected', () => {
    let imports = 0, comments = 0, creates = 0;
    for (const { dir, h } of runs) {
      const inv = h.plan.inventory;
      const sources = new Set(inv.vms.flatMap((v) => v.disks.map((d) => checkVmdkPath(d.path))).flatMap((r) => (r.ok ? [`${r.source.datastore}/${r.source.path}`] : [])));
      for (const c of h.plan.design.clusters) {
        const folder = h.bundle.files.find((f) => f.path.endsWith('/create-vms.sh') && f.content.includes(`planned on cluster ${c.name} `))?.path.split('/')[1] ?? c.name;
        const base = path.join(dir, 'proxmox', folder);
        const sh = fs.readFileSync(path.join(base, 'create-vms.sh'), 'utf8');
        // One route per target keeps the test quick: esxi for PVE 9, vmdk (qm disk import) for PVE 8.
        for (const route of [h.plan.design.pveTarget === 'pve8' ? 'vmdk' : 'esxi']) {
          const stub = stubPve();
          const vmdkDir = path.join(stub.dir, 'vmdk');
          fs.mkdirSync(vmdkDir);
          // The disks whose path has a comma are copied beforehand under the file name the script gives.
          for (const m of sh.matchAll(/^\s+copy_import \d+ \S+ \S+ \S+ (vm\d+-\w+\.vmdk) /gm)) fs.writeFileSync(path.join(vmdkDir, m[1] ?? 'x'), '');
          for (const node of new Set(c.placement.vms.flatMap((v) => (v.node ? [v.node] : [])))) {
            const r = stub.run(path.join(base, 'create-vms.sh'), { NODE: node, CONFIRM: 'yes', IMPORT_ROUTE: route, VMDK_DIR: vmdkDir });
            expect(r.status, r.stderr).toBe(0);
            for (const a of r.calls.filter((x) => x[0] === 'qm')) {
              if (a[1] === 'create') {
                const name = a[a.indexOf('--name') + 1] ?? '';
                expect(name).toMatch(/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/);
                for (let i = 2; i < a.length; i++) {
                  if (!/^--net\d+$/.test(a[i] ?? '')) continue;
                  const { keys } = propertyString(a[i + 1] ?? '');
                  expect(new Set(keys).size, a[i + 1]).toBe(keys.length);
                  expect(a[i + 1]).toMatch(/^[a-z0-9_-]+(=[0-9a-f]{2}(:[0-9a-f]{2}){5})?,bridge=[A-Za-z][A-Za-z0-9_.-]*(,tag=\d+)?$/);
                }
                creates++;
              }
              if (a[1] === 'set' && (a[4] ?? '').includes('import-from=')) {
                const { keys, values } = propertyString(a[4] ?? '');
                expect(new Set(keys).size, a[4]).toBe(keys.length);
                for (const k of keys.slice(1)) expect(['import-from', 'format', 'discard', 'iothread', 'serial']).toContain(k);
                // A disk serial (VMs with disk.EnableUUID) is at most 20 safe characters: nothing can ride on it.
                if (values.serial !== undefined) expect(values.serial).toMatch(/^[A-Za-z0-9_-]{1,20}$/);
                const from = /^[^:]+:ha-datacenter\/(.+)$/.exec(values['import-from'] ?? '')?.[1] ?? '';
                expect(sources.has(from), from).toBe(true);
                imports++;
              }
              if (a[1] === 'disk' && a[2] === 'import') {
                const rel = path.relative(vmdkDir, a[4] ?? '');
                expect(sources.has(rel) || /^vm\d+-\w+\.vmdk$/.test(rel), rel).toBe(true);
                imports++;
              }
            }
          }
        }
        const stub = stubPve();
        const ha = stub.run(path.join(base, 'ha-setup.sh'), { CONFIRM: 'yes' });
        expect(ha.status, ha.stderr).toBe(0);
        for (const r of c.ha.resources) {
          const call = ha.calls.find((a) => a[0] === 'ha-manager' && a[1] === 'add' && a[2] === r.sid);
          if (!call) continue;
          expect(call[call.indexOf('--comment') + 1]).toBe(oneLine(`${r.vmName} (tier ${r.tier})`, 200));
          comments++;
        }
        if (fs.existsSync(path.join(base, 'qdevice.sh'))) {
          const q = stub.run(path.join(base, 'qdevice.sh'), { CONFIRM: 'yes', QNETD_HOST: '2001:db8::5' });
          expect(q.status, q.stderr).toBe(0);
          expect(q.calls.find((a) => a[0] === 'pvecm' && a[1] === 'qdevice')).toEqual(['pvecm', 'qdevice', 'setup', '2001:db8::5']);
          // The hostile QNetd decision was never written: without QNETD_HOST and without a terminal it stops.
          const none = stub.run(path.join(base, 'qdevice.sh'), { CONFIRM: 'yes' });
          expect(none.status).toBe(2);
        }
      }
    }
    expect(creates).toBeGreaterThan(50);
    expect(imports).toBeGreaterThan(20);
    expect(comments).toBeGreaterThan(20);
    expect(fs.existsSync(MARK)).toBe(false);
  });
});
