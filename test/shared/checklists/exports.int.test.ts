import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Plan } from '../../../shared/plan';
import { buildReport } from '../../../shared/report/build';
import { renderPdf } from '../../../shared/report/renderPdf';
import { renderXlsx, statusValues } from '../../../shared/report/renderXlsx';
import { checklistSections } from '../../../shared/report/sections/checklists';
import { haCheckSections } from '../../../shared/report/sections/ha';
import { wavesSections } from '../../../shared/report/sections/waves';
import { flat, pdfPages } from '../report/pdfText';
import { demoPlan } from '../../renderer/simulateDemo';

/** The checklist, acceptance-test and wave pages of the demo plan, as real PDF and XLSX files read back. */
let plan: Plan;
beforeAll(async () => {
  plan = await demoPlan();
}, 120_000);

describe('checklists and runbooks in the exports', () => {
  it('XLSX: every checklist sheet has a status drop-down (data validation list) over its rows, and record columns', () => {
    const model = buildReport(plan, [checklistSections, haCheckSections]);
    for (const lang of ['vi', 'en'] as const) {
      const bytes = renderXlsx(model, lang);
      const wb = XLSX.read(bytes);
      const files = unzipSync(bytes);
      let lists = 0;
      wb.SheetNames.forEach((name, i) => {
        const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[name] as XLSX.WorkSheet, { header: 1 });
        const head = rows[0] ?? [];
        if (!head.includes(lang === 'vi' ? 'Trạng thái' : 'Status')) return;
        lists += 1;
        expect(head).toEqual(expect.arrayContaining(lang === 'vi' ? ['Kết quả thực tế', 'Ký xác nhận', 'Ngày'] : ['Actual result', 'Sign-off', 'Date']));
        const xml = strFromU8(files[`xl/worksheets/sheet${i + 1}.xml`] ?? new Uint8Array());
        const col = XLSX.utils.encode_col(head.indexOf(lang === 'vi' ? 'Trạng thái' : 'Status'));
        const m = new RegExp(`<dataValidation type="list"[^>]*sqref="${col}2:${col}(\\d+)"><formula1>"([^<]*)"</formula1>`).exec(xml);
        expect(m, `${name}: ${xml.slice(xml.indexOf('<dataValidations'), xml.indexOf('<dataValidations') + 300)}`).not.toBeNull();
        expect(Number(m?.[1])).toBe(Math.max(2, rows.length));
        expect(m?.[2]?.split(',')).toEqual(statusValues(lang));
        // The schema order: dataValidations after autoFilter, before pageMargins.
        expect(xml.indexOf('<dataValidations')).toBeGreaterThan(xml.indexOf('<autoFilter'));
        if (xml.includes('<pageMargins')) expect(xml.indexOf('<dataValidations')).toBeLessThan(xml.indexOf('<pageMargins'));
        const si = head.indexOf(lang === 'vi' ? 'Trạng thái' : 'Status');
        expect(rows.slice(1).every((r) => r[si] === statusValues(lang)[0])).toBe(true);
      });
      // The pre-production checklists share one sheet, the acceptance tests another.
      expect(lists).toBeGreaterThanOrEqual(2);
    }
  });

  it('PDF: checklist pages with the record fields, the acceptance tests with cleanup, the runbook and wave timeline', async () => {
    const model = buildReport(plan, [wavesSections, checklistSections, haCheckSections]);
    const bytes = await renderPdf(model, 'en');
    const pages = pdfPages(bytes);
    const all = flat(pages.join(' '));
    expect(all).toContain('Pre-production checklist');
    expect(all).toContain('Actual result:');
    expect(all).toContain('Sign-off:');
    expect(all).toContain('# cleanup');
    expect(all).toContain('Wave timeline');
    expect(all).not.toMatch(/\bseed\b/i);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-chk-'));
    fs.writeFileSync(path.join(dir, 'c.pdf'), bytes);
    const info = execFileSync('pdfinfo', [path.join(dir, 'c.pdf')], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(pages.length);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
