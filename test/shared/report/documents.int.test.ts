import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionary } from '../../../shared/i18n';
import { glossaryViolations } from '../../../shared/i18n/glossary';
import { importFiles } from '../../../shared/import/index';
import { newProject } from '../../../shared/model/project';
import type { Inventory } from '../../../shared/model/inventory';
import { derivePlan, type Plan } from '../../../shared/plan';
import { buildReport } from '../../../shared/report/build';
import { renderFormat } from '../../../shared/report/export';
import { BIG_SAMPLE, FIXED_NOW, planFromSample } from './samplePlan';
import { flat, pdfPages } from './pdfText';
import { sizingEstate } from '../../../cli/bench/sizing';
import { NOT_MANAGED_NAMES_MAX } from '../../../shared/report/sections/design';

/**
 * The documents a customer signs, read back: the PDF of the real 339-VM sample and of the demo estate
 * (pdftotext), the DOCX (its XML: real line breaks, Word heading styles, a code style) and the XLSX (SheetJS:
 * a handful of sheets, numbers as numbers, drop-downs). Page budget: the summary profile grows with the
 * clusters, not with the VMs.
 */

const DEMO_DIR = path.resolve(__dirname, '../../..', 'templates/demo');

async function demoPlan(): Promise<Plan> {
  const files = fs
    .readdirSync(DEMO_DIR)
    .filter((f) => f.endsWith('.xlsx') || f.endsWith('.csv'))
    .map((f) => ({ name: f, data: new Uint8Array(fs.readFileSync(path.join(DEMO_DIR, f))) }));
  const { inventory, report } = await importFiles(files);
  const project = newProject(inventory, { name: 'Demo', customer: 'Công ty Cổ phần Ví Dụ', now: FIXED_NOW, importReport: report });
  project.meta.author = 'Nguyễn Văn A';
  return derivePlan(project, { now: FIXED_NOW });
}

/** The same estate with every VM `times` times over (same clusters and hosts, new names and UUIDs). */
function multiplied(inv: Inventory, times: number): Inventory {
  const vms = inv.vms.flatMap((vm) =>
    Array.from({ length: times }, (_, k) => (k === 0 ? vm : { ...vm, key: `${vm.key}-x${k}`, name: `${vm.name}-x${k}`, uuid: vm.uuid ? `${vm.uuid}-x${k}` : undefined })),
  );
  return { ...inv, vms };
}

const SEED = /\bseed\b/i;

/** A report text as pdftotext reads it back: backticks (code marks) gone, whitespace folded. */
const plain = (s: string): string => flat(s.replace(/`/g, ''));

/** A name as a whole word in pdftotext output (a table cell may wrap it after a hyphen, which pdftotext drops). */
const nameRe = (name: string): RegExp => new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '-?\\s?')}\\b`);

/** Pages of the summary PDF: a fixed part plus about three per target cluster (about 60 for 13 clusters). */
const pageBudget = (clusters: number): number => 20 + 3 * clusters;

let sample: Plan;
let demo: Plan;
beforeAll(async () => {
  sample = await planFromSample(BIG_SAMPLE);
  demo = await demoPlan();
}, 120_000);

async function pdf(plan: Plan, lang: 'vi' | 'en' | 'vi+en', profile: 'summary' | 'full' = 'summary'): Promise<string[]> {
  return pdfPages(await renderFormat('pdf', plan, buildReport(plan), lang, { profile }));
}

describe('customer documents', () => {
  it('summary PDF of the 339-VM sample: cover, executive summary first, within the page budget, no source-guide wording, no Markdown', async () => {
    const pages = await pdf(sample, 'vi');
    const all = flat(pages.join(' '));
    const clusters = sample.design.clusters.length;
    // Page budget of the summary profile: a fixed part plus a few pages per target cluster (one digest table for
    // all clusters in place of each cluster's tables; 47 pages for the 11 clusters of this sample, 92 before).
    expect(pages.length).toBeLessThanOrEqual(pageBudget(clusters));
    // Compact checklists and acceptance tests: expected results, no step-by-step commands, a pointer to them.
    expect(all).toContain('kèm các lệnh từng bước, lệnh dọn dẹp và ô ghi kết quả');
    expect(all).toContain('Mô phỏng HA N-1 và kiểm thử nghiệm thu theo cluster');
    expect(all).not.toContain('ha-manager rules remove tc02-prefer');
    expect(flat(pages[0] ?? '')).toContain('Công ty Cổ phần Ví Dụ');
    expect(flat(pages[0] ?? '')).toContain('Tóm tắt (cho khách hàng)');
    expect(flat(pages[2] ?? '')).toContain('1. Tóm tắt cho lãnh đạo');
    // The executive summary's figures are the plan's.
    expect(flat(pages[2] ?? '')).toContain(`chuyển ${sample.summary.vms} máy ảo (${sample.summary.poweredOn} máy đang bật)`);
    for (const c of sample.design.clusters) expect(all).toContain(c.name);
    expect(all).toContain('Giả định và quyết định');
    expect(all).toContain('Sổ đăng ký rủi ro');
    expect(all).toContain('Phụ lục: các điểm thường bị hiểu nhầm');
    // Display names, never internal keys.
    expect(all).toContain('Số vCPU trên mỗi lõi vật lý');
    expect(all).not.toMatch(/\b(vmidStart|balloonMinRatio|vcpuPerCore)\b/);
    expect(all).not.toMatch(SEED);
    expect(all).not.toContain('```');
    expect(all).not.toMatch(/\|\s*---/);
    // Every VM that does not fit is printed (a risk to sign); the per-VM lists are pointed to.
    const unplaced = sample.design.clusters.flatMap((c) => c.placement.vms.filter((v) => v.unplaced)).map((v) => v.name);
    expect(unplaced.length).toBeGreaterThan(0);
    for (const name of unplaced) expect(all).toContain(name);
    expect(all).toContain('trong tệp XLSX');
    // One table for all clusters, each shared warning once with the clusters it applies to.
    expect(all).toContain('Đầu vào định cỡ theo cluster');
    expect(all).toContain('Node của mọi cluster đích');
    expect(all).toContain('Áp dụng cho mọi cluster.');
    const finding = sample.design.clusters.flatMap((c) => c.networks.findings)[0]?.vi ?? '';
    expect(finding).not.toBe('');
    expect(all.split(plain(finding)).length - 1).toBe(1);
  }, 120_000);

  it('summary pages grow with the clusters, not with the VMs; the full profile adds the per-VM appendices', async () => {
    const base = await pdf(sample, 'en');
    const triple = derivePlan(newProject(multiplied(sample.inventory, 3), { name: 'x3', now: FIXED_NOW }), { now: FIXED_NOW, maxSweepResources: 0 });
    expect(triple.summary.vms).toBe(3 * sample.summary.vms);
    expect(triple.design.clusters.length).toBe(sample.design.clusters.length);
    const grown = pdfPages(await renderFormat('pdf', triple, buildReport(triple), 'en', { profile: 'summary' }));
    // Three times the VMs: at most a few pages more (longer text in a few cells), never in proportion.
    expect(grown.length).toBeLessThanOrEqual(base.length + 6);
    const full = await pdf(sample, 'en', 'full');
    expect(full.length).toBeGreaterThan(base.length + 50);
    expect(flat(full.join(' '))).toContain('Per-VM target configuration');
    // The full report keeps the step-by-step acceptance tests with their cleanup commands.
    expect(flat(full.join(' '))).toContain('ha-manager rules remove tc02-prefer');
  }, 240_000);

  it('summary PDF of a 1,217-VM estate in 13 clusters: within the page budget in both languages, every cluster, node and warning printed', async () => {
    // The shape of the real export the page budget was set for (the sizing bench's estate).
    const inv = sizingEstate([7, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 1], [426, 120, 90, 85, 80, 70, 65, 60, 55, 50, 45, 40, 31]);
    const plan = derivePlan(newProject(inv, { name: 'Estate 1217', now: FIXED_NOW }), { now: FIXED_NOW });
    expect(plan.summary.vms).toBe(1217);
    const clusters = plan.design.clusters.length;
    expect(clusters).toBe(13);
    const en = await pdf(plan, 'en');
    const vi = await pdf(plan, 'vi');
    expect(en.length).toBeLessThanOrEqual(pageBudget(clusters));
    expect(en.length).toBeLessThanOrEqual(60);
    expect(vi.length).toBeLessThanOrEqual(pageBudget(clusters));
    const both = await pdf(plan, 'vi+en');
    // Both languages: proportionally longer, never twice.
    expect(both.length).toBeLessThanOrEqual(Math.ceil(1.5 * pageBudget(clusters)));
    const all = flat(en.join(' '));
    expect(flat(en[2] ?? '')).toContain('1. Executive summary');
    for (const c of plan.design.clusters) {
      expect(all).toContain(c.name);
      for (const n of c.nodes) expect(all).toContain(n.name);
    }
    // Each distinct network warning printed once, with the clusters it applies to.
    const findings = [...new Set(plan.design.clusters.flatMap((c) => c.networks.findings.map((f) => f.en)))];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(all.split(plain(f)).length - 1).toBe(1);
    // Every unplaced VM and the count of VMs out of HA are printed; the per-VM lists are pointed to.
    for (const v of plan.design.clusters.flatMap((c) => c.placement.vms.filter((x) => x.unplaced))) expect(all).toContain(v.name);
    expect(all).toContain('Every HA rule/group, every HA resource and every VM not HA-managed with its reason: in the XLSX workbook');
    expect(all).toContain(`The placement of each VM (${plan.design.clusters.reduce((a, c) => a + c.placement.vms.length, 0).toLocaleString('en-US')} VMs)`);
    // Every VM out of HA is named, grouped by cluster and reason (a group longer than NOT_MANAGED_NAMES_MAX
    // names its first ones and says how many more the XLSX lists).
    const outOfHa = new Set(plan.design.clusters.flatMap((c) => c.ha.notManaged.map((x) => x.vmName)));
    expect(outOfHa.size).toBeGreaterThan(0);
    for (const c of plan.design.clusters) {
      const names = c.ha.notManaged.map((x) => x.vmName);
      for (const name of names.slice(0, NOT_MANAGED_NAMES_MAX)) expect(all).toMatch(nameRe(name));
      if (names.length > NOT_MANAGED_NAMES_MAX) expect(all).toContain(`(+${names.length - NOT_MANAGED_NAMES_MAX})`);
    }
    // No per-VM placement row: any other VM name is absent (but the one a check uses as its example VM).
    const checks = JSON.stringify(plan.checklists);
    const placed = plan.design.clusters.flatMap((c) => c.placement.vms.filter((x) => !x.unplaced && !outOfHa.has(x.name) && !checks.includes(x.name))).map((x) => x.name);
    expect(placed.length).toBeGreaterThan(1000);
    expect(placed.filter((name) => nameRe(name).test(all))).toEqual([]);
    expect(all).not.toMatch(SEED);
  }, 240_000);

  it('the Vietnamese-only PDF holds no sentence of the English dictionary and follows the glossary', async () => {
    const vi = flat((await pdf(demo, 'vi')).join(' '));
    const en = flat((await pdf(demo, 'en')).join(' '));
    let checked = 0;
    for (const t of Object.values(dictionary)) {
      if (t.vi === t.en) continue;
      // The longest literal run of the English sentence (placeholders and code cut out).
      const chunk = t.en
        .split(/\{\{\w+\}\}|`[^`]*`|"[^"]*"/)
        .map((s) => s.trim())
        .sort((a, b) => b.length - a.length)[0];
      if (!chunk || chunk.length < 30 || !/\s\w+\s\w+\s/.test(chunk)) continue;
      if (!en.includes(chunk)) continue;
      checked++;
      expect(vi, `English sentence in the Vietnamese PDF: ${chunk}`).not.toContain(chunk);
    }
    expect(checked).toBeGreaterThan(20);
    // The glossary applies to Vietnamese prose: lines without a Vietnamese letter are commands, keys and
    // English labels (pdftotext has no backticks to tell them apart).
    const viRaw = (await pdf(demo, 'vi')).join('\n');
    const prose = viRaw.split('\n').filter((l) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý]/i.test(l) && !/^\s*(#|qm |ha-manager|pvecm|pvesm|pvesh|vzdump|qmrestore)/.test(l.replace(/^.*?Lệnh\s*/, '')));
    expect(glossaryViolations(prose.join(' '))).toEqual([]);
    expect(vi).not.toMatch(SEED);
    expect(en).not.toMatch(SEED);
    // Numbers in the report language: Vietnamese grouping in vi, English in en.
    const total = demo.summary.vCpus;
    if (total >= 1000) {
      expect(vi).toContain(total.toLocaleString('vi-VN'));
      expect(en).toContain(total.toLocaleString('en-US'));
    }
    expect(vi).toContain('Nguyễn Văn A');
  }, 120_000);

  it('DOCX: Word heading styles, a code style, real line breaks (no raw newline inside a run), a contents field', async () => {
    const bytes = await renderFormat('docx', demo, buildReport(demo), 'vi+en', { profile: 'summary' });
    const files = unzipSync(bytes);
    const doc = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const styles = strFromU8(files['word/styles.xml'] ?? new Uint8Array());
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    expect(styles).toMatch(/<w:style [^>]*w:styleId="Code"/);
    expect(doc).toContain('<w:br/>');
    // Text runs never hold a newline (Word would run the lines together).
    for (const m of doc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) expect(m[1] ?? '').not.toMatch(/[\r\n]/);
    expect(doc).toMatch(/instrText[^>]*>TOC /);
    expect(doc).not.toMatch(SEED);
    expect(doc).not.toContain('```');
    // One command per paragraph in the acceptance tests (their step-by-step commands are in the full profile).
    const full = strFromU8(unzipSync(await renderFormat('docx', demo, buildReport(demo), 'vi+en', { profile: 'full' }))['word/document.xml'] ?? new Uint8Array());
    expect(full).toContain('<w:pStyle w:val="Code"/>');
    expect(full).toMatch(/<w:pStyle w:val="Code"\/>.*?<w:t[^>]*>ha-manager status<\/w:t>/);
    for (const m of full.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) expect(m[1] ?? '').not.toMatch(/[\r\n]/);
  }, 120_000);

  it('XLSX of the demo and of the sample: a handful of sheets, numbers as numbers, drop-downs on status columns', async () => {
    for (const plan of [demo, sample]) {
      const bytes = await renderFormat('xlsx', plan, buildReport(plan), 'vi', { profile: 'summary' });
      const wb = XLSX.read(bytes, { type: 'array' });
      expect(wb.SheetNames.length).toBeLessThanOrEqual(52);
      // Per-VM detail is always in the workbook, whatever the profile.
      const vms = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets['Máy ảo'] ?? {}, { header: 1 });
      expect(vms.length - 1).toBe(Object.keys(plan.mapping.vms).length);
      const vmid = vms[0]?.indexOf('VMID') ?? -1;
      expect(vmid).toBeGreaterThanOrEqual(0);
      expect(vms.slice(1).every((r) => typeof r[vmid] === 'number')).toBe(true);
      const placement = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets['Vị trí máy ảo'] ?? {}, { header: 1 });
      const ram = placement[0]?.indexOf('RAM (GiB)') ?? -1;
      expect(ram).toBeGreaterThan(0);
      expect(placement.slice(1).every((r) => typeof r[ram] === 'number')).toBe(true);
      const files = unzipSync(bytes);
      const sheetXml = Object.entries(files)
        .filter(([p]) => p.startsWith('xl/worksheets/sheet'))
        .map(([, f]) => strFromU8(f))
        .join('');
      expect(sheetXml).toContain('<dataValidation type="list"');
      expect(sheetXml).toContain('<formula1>"Chưa làm,Đạt,Không đạt,Không áp dụng"</formula1>');
      const text = JSON.stringify(wb.SheetNames.map((n) => XLSX.utils.sheet_to_json(wb.Sheets[n] ?? {}, { header: 1 })));
      expect(text).not.toMatch(SEED);
    }
  }, 180_000);
});
