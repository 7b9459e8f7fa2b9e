import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { planValidator } from '../shared/report/planSchema';
import { flat, pdfPages } from '../shared/report/pdfText';
import { BIG_SAMPLE, SMALL_SAMPLE } from '../shared/report/samplePlan';
import { runBuiltCli } from '../fixtures/cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-plan-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function plan(...args: string[]) {
  return runBuiltCli('plan', args);
}

/** stderr without the progress lines ("… step (Ns)") that long runs print. */
function problems(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('… '));
}

function expectOneLineError(r: ReturnType<typeof plan>, ...needles: string[]) {
  expect(r.status, r.stderr).toBe(2);
  const lines = problems(r.stderr);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^plan: /);
  expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
  for (const n of needles) expect(lines[0]).toContain(n);
}

describe('plan CLI', () => {
  it('--demo --lang vi+en writes pdf, xlsx, md and json; each reads back', () => {
    const out = path.join(tmp, 'demo');
    const r = plan('--demo', '--out', out, '--lang', 'vi+en', '--format', 'pdf,xlsx,md,json');
    expect(r.status, r.stderr).toBe(0);
    for (const f of ['plan.pdf', 'plan.xlsx', 'plan.md', 'plan.json']) expect(fs.statSync(path.join(out, f)).size, f).toBeGreaterThan(500);

    const text = flat(pdfPages(path.join(out, 'plan.pdf')).join(' '));
    expect(text).toContain('Bản đồ khái niệm vSphere sang Proxmox VE');
    expect(text).toContain('vSphere to Proxmox VE concept map');

    const xlsxBytes = new Uint8Array(fs.readFileSync(path.join(out, 'plan.xlsx')));
    const wb = XLSX.read(xlsxBytes, { type: 'array' });
    expect(wb.SheetNames).toEqual(expect.arrayContaining(['Bìa', 'Khái niệm cốt lõi', 'Theo cluster']));
    const idx = wb.SheetNames.indexOf('Theo cluster');
    const xml = strFromU8(unzipSync(xlsxBytes)[`xl/worksheets/sheet${idx + 1}.xml`] ?? new Uint8Array());
    expect(xml).toContain('state="frozen"');
    expect(wb.Sheets['Theo cluster']?.['!autofilter']).toBeDefined();

    const json = JSON.parse(fs.readFileSync(path.join(out, 'plan.json'), 'utf8')) as { inventory: { summary: { vms: number; clusters: number } } };
    const validate = planValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.inventory.summary.vms).toBeGreaterThan(0);

    const md = fs.readFileSync(path.join(out, 'plan.md'), 'utf8');
    expect(md).toContain('vSphere to Proxmox VE concept map');
    // Console lines in both languages, the Vietnamese line first.
    const lines = r.stdout.split('\n');
    const viLine = lines.indexOf(`đã ghi ${path.join(out, 'plan.pdf')}`);
    expect(viLine, r.stdout).toBeGreaterThanOrEqual(0);
    expect(lines[viLine + 1]).toBe(`wrote ${path.join(out, 'plan.pdf')}`);
    expect(r.stdout).toMatch(/^thiết kế: \d+ máy ảo chưa xếp được chỗ/m);
    expect(r.stdout).toMatch(/^design: \d+ VMs unplaced/m);
  });

  it('reports 295 VMs, 44 templates, 258 powered on, 20 hosts, 11 clusters for the 339-VM sample', () => {
    const out = path.join(tmp, 'sample');
    const r = plan(BIG_SAMPLE, '--out', out, '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['plan.json', 'plan.manifest.json']);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'plan.json'), 'utf8')) as { inventory: { summary: Record<string, number> } };
    expect(planValidator()(json)).toBe(true);
    expect(json.inventory.summary).toMatchObject({ vms: 295, templates: 44, poweredOn: 258, hosts: 20, clusters: 11 });
    expect(r.stdout).toContain('295 VMs, 44 templates, 258 powered on, 20 hosts, 11 clusters');
    expect(r.stdout).toContain('295 máy ảo, 44 template, 258 máy đang bật, 20 host, 11 cluster');
    // --lang vi: Vietnamese only; --lang en: English only.
    const vi = plan(BIG_SAMPLE, '--out', path.join(tmp, 'sample-vi'), '--format', 'json', '--lang', 'vi');
    expect(vi.status, vi.stderr).toBe(0);
    expect(vi.stdout).toContain('295 máy ảo, 44 template, 258 máy đang bật, 20 host, 11 cluster');
    expect(vi.stdout).toContain(`đã ghi ${path.join(tmp, 'sample-vi', 'plan.json')}`);
    expect(vi.stdout).not.toMatch(/\b(VMs|wrote|design:)/);
    const en = plan(BIG_SAMPLE, '--out', path.join(tmp, 'sample-en'), '--format', 'json', '--lang', 'en');
    expect(en.status, en.stderr).toBe(0);
    expect(en.stdout).toContain('295 VMs, 44 templates, 258 powered on, 20 hosts, 11 clusters');
    expect(en.stdout).not.toMatch(/máy ảo|đã ghi/);
  });

  it('missing file: exit 2, one line naming the file', () => {
    const missing = path.join(tmp, 'nope.xlsx');
    expectOneLineError(plan(missing, '--out', path.join(tmp, 'x')), missing, 'not found');
  });

  it('corrupt workbook: exit 2, one line naming the file', () => {
    const corrupt = path.join(tmp, 'broken.xlsx');
    fs.writeFileSync(corrupt, fs.readFileSync(BIG_SAMPLE).subarray(0, 20_000));
    expectOneLineError(plan(corrupt, '--out', path.join(tmp, 'x')), 'broken.xlsx', 'IMP_CORRUPT');
  });

  it('non-spreadsheet: exit 2, one line naming the file', () => {
    const png = path.join(tmp, 'photo.xlsx');
    fs.writeFileSync(png, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 500 }, (_, i) => i % 251)]));
    expectOneLineError(plan(png, '--out', path.join(tmp, 'x')), 'photo.xlsx', 'IMP_NOT_SPREADSHEET');
    const txt = path.join(tmp, 'notes.txt');
    fs.writeFileSync(txt, 'meeting notes, not an inventory\n');
    expectOneLineError(plan(txt, '--out', path.join(tmp, 'x')), 'notes.txt');
  });

  it('--format config,json writes the Proxmox bundle per target cluster and a plan.json with design, readiness and HA', () => {
    const out = path.join(tmp, 'demo-config');
    const r = plan('--demo', '--out', out, '--format', 'config,json');
    expect(r.status, r.stderr).toBe(0);
    const clusters = fs.readdirSync(path.join(out, 'proxmox')).sort();
    expect(clusters.length).toBeGreaterThanOrEqual(3);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'plan.json'), 'utf8'));
    expect(planValidator()(json), JSON.stringify(planValidator().errors)).toBe(true);
    expect(json.clusters.map((c: { name: string }) => c.name).sort()).toEqual(clusters);
    for (const c of clusters) {
      const dir = path.join(out, 'proxmox', c);
      for (const f of ['datacenter.cfg', 'ha/resources.cfg', 'create-vms.sh', 'ha-setup.sh']) expect(fs.existsSync(path.join(dir, f)), `${c}/${f}`).toBe(true);
      for (const sh of fs.readdirSync(dir).filter((f) => f.endsWith('.sh'))) {
        const check = spawnSync('bash', ['-n', path.join(dir, sh)], { encoding: 'utf8' });
        expect(check.status, `${c}/${sh}: ${check.stderr}`).toBe(0);
      }
      // PVE 9 is the default target: rules, not groups; every qm create names the CPU type.
      expect(fs.existsSync(path.join(dir, 'ha/groups.cfg'))).toBe(false);
      const creates = fs.readFileSync(path.join(dir, 'create-vms.sh'), 'utf8').split('\n').filter((l) => /^\s*run qm create /.test(l));
      expect(creates.length, c).toBeGreaterThan(0);
      for (const l of creates) expect(l).toMatch(/--cpu /);
    }
    // Every migratable VM has a VMID, a readiness class and a target node or an explained gap.
    const vms = json.vms.filter((v: { template: boolean; srmPlaceholder: boolean }) => !v.template && !v.srmPlaceholder);
    expect(vms.length).toBe(json.inventory.summary.vms);
    for (const v of vms) {
      expect(v.vmid, v.name).toBeGreaterThanOrEqual(100);
      expect(['ready', 'conditional', 'not-ready', 'unknown']).toContain(v.readiness.class);
      expect(v.target.cpu, v.name).toBeTruthy();
    }
    expect(json.ha.target).toBe('pve9');
    expect(json.ha.checks.some((h: { acceptanceTests: number }) => h.acceptanceTests > 0)).toBe(true);
  });

  it('usage errors: exit 2 with one line', () => {
    expectOneLineError(plan(SMALL_SAMPLE), '--out DIR is required');
    expectOneLineError(plan('--out', path.join(tmp, 'x')), 'no input files');
    expectOneLineError(plan(SMALL_SAMPLE, '--out', path.join(tmp, 'x'), '--lang', 'fr'), '--lang');
    expectOneLineError(plan(SMALL_SAMPLE, '--out', path.join(tmp, 'x'), '--format', 'html'), 'unknown format "html"');
    expectOneLineError(plan(SMALL_SAMPLE, '--out', path.join(tmp, 'x'), '--bogus'), 'unknown option --bogus');
    expect(fs.existsSync(path.join(tmp, 'x', 'plan.pdf'))).toBe(false);
  });

  it('--lang en --target 9.2 writes an English report for PVE 9.2', () => {
    const out = path.join(tmp, 'en');
    const r = plan(SMALL_SAMPLE, '--out', out, '--lang', 'en', '--format', 'md,json,docx', '--target', '9.2', '--name', 'Acme', '--customer', '=HYPERLINK("x")');
    expect(r.status, r.stderr).toBe(0);
    const md = fs.readFileSync(path.join(out, 'plan.md'), 'utf8');
    expect(md).toContain('# VMware vSphere to Proxmox VE migration plan');
    expect(md).toContain('ha-auto-rebalance=1');
    expect(md).not.toMatch(/Bản đồ/);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'plan.json'), 'utf8')) as { pveTarget: string; project: { name: string } };
    expect(json.pveTarget).toBe('pve9.2');
    expect(json.project.name).toBe('Acme');
    const docx = fs.readFileSync(path.join(out, 'plan.docx'));
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml'] ?? new Uint8Array())).toContain('vSphere to Proxmox VE concept map');
  });
});
