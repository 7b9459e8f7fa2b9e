import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/plan';
import { buildReport } from '../../../shared/report/build';
import { bundleFiles, CONFIG_ZIP_NAME, EXPORT_FORMATS, exportFileName, isExportFormat, renderFormat } from '../../../shared/report/export';
import type { ReportModel } from '../../../shared/report/model';
import { planValidator } from './planSchema';
import { planFromSample, SMALL_SAMPLE } from './samplePlan';

let plan: Plan;
let model: ReportModel;
beforeAll(async () => {
  plan = await planFromSample(SMALL_SAMPLE);
  model = buildReport(plan);
}, 60_000);

const dec = new TextDecoder();

describe('renderFormat (the one format → bytes switch of the CLI and the app)', () => {
  it('pdf: a PDF document', async () => {
    const b = await renderFormat('pdf', plan, model, 'en');
    expect(dec.decode(b.subarray(0, 5))).toBe('%PDF-');
    expect(dec.decode(b.subarray(Math.max(0, b.length - 8)))).toContain('%%EOF');
  });

  it('xlsx: a workbook SheetJS reads, with the cover sheet', async () => {
    const wb = XLSX.read(await renderFormat('xlsx', plan, model, 'en'), { type: 'array' });
    expect(wb.SheetNames[0]).toBe('Cover');
    expect(wb.SheetNames.length).toBeGreaterThan(5);
  });

  it('docx: a Word document (zip with word/document.xml) holding the project name', async () => {
    const parts = unzipSync(await renderFormat('docx', plan, model, 'vi'));
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toContain('Sample estate');
  });

  it('md and json: UTF-8 text; plan.json validates against the schema', async () => {
    expect(dec.decode(await renderFormat('md', plan, model, 'en'))).toContain('vSphere to Proxmox VE concept map');
    const json = JSON.parse(dec.decode(await renderFormat('json', plan, model, 'en'))) as { schema: string };
    expect(json.schema).toBe('vm2pve.plan/1');
    const validate = planValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('config: the zip holds exactly the files the CLI writes as a folder, same content', async () => {
    const files = bundleFiles(plan);
    expect(files.length).toBeGreaterThan(5);
    const zip = unzipSync(await renderFormat('config', plan, model, 'en', { zipTime: new Date('2026-01-01T00:00:00Z') }));
    expect(Object.keys(zip).sort()).toEqual(files.map((f) => f.path).sort());
    for (const f of files) expect(dec.decode(zip[f.path])).toBe(f.content);
    expect(files.every((f) => f.path.startsWith('proxmox/'))).toBe(true);
  });
});

describe('export file names', () => {
  it('the app names the report language; the CLI writes plan.<ext>; plan.json and the zip keep their names', () => {
    expect(exportFileName('pdf', 'vm2pve-acme', 'vi+en')).toBe('vm2pve-acme-vi-en.pdf');
    expect(exportFileName('xlsx', 'vm2pve-acme', 'en')).toBe('vm2pve-acme-en.xlsx');
    expect(exportFileName('pdf', 'plan')).toBe('plan.pdf');
    expect(exportFileName('json', 'vm2pve-acme', 'vi')).toBe('plan.json');
    expect(exportFileName('config', 'plan')).toBe(CONFIG_ZIP_NAME);
  });

  it('knows every format and nothing else', () => {
    expect(EXPORT_FORMATS.every(isExportFormat)).toBe(true);
    expect(isExportFormat('html')).toBe(false);
    expect(new Set(EXPORT_FORMATS.map((f) => exportFileName(f, 'x', 'en'))).size).toBe(EXPORT_FORMATS.length);
  });
});
