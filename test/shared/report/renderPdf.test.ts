import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/plan';
import { buildReport } from '../../../shared/report/build';
import type { Cell, ReportModel } from '../../../shared/report/model';
import { renderPdf } from '../../../shared/report/renderPdf';
import { flat, pdfPages } from './pdfText';
import { SMALL_SAMPLE, planFromSample } from './samplePlan';

const VI_HEADING = 'Bản đồ khái niệm vSphere sang Proxmox VE';
const EN_HEADING = 'vSphere to Proxmox VE concept map';
const DIACRITICS = 'ă â đ ê ô ơ ư ế ộ ữ Ế Ộ Ữ';

let plan: Plan;
beforeAll(async () => {
  plan = await planFromSample(SMALL_SAMPLE);
});

function isPdf(b: Uint8Array): boolean {
  return new TextDecoder().decode(b.subarray(0, 5)) === '%PDF-';
}

describe('renderPdf', () => {
  it('vi+en: cover, contents, both concept-map headings with diacritics intact, page numbers, running header', async () => {
    const bytes = await renderPdf(buildReport(plan), 'vi+en');
    expect(isPdf(bytes)).toBe(true);
    const pages = pdfPages(bytes);
    const all = flat(pages.join(' '));
    expect(all).toContain(VI_HEADING);
    expect(all).toContain(EN_HEADING);
    // Cover: title, project, customer, calculator version; no header or page number on it.
    expect(flat(pages[0] ?? '')).toContain('Kế hoạch chuyển đổi VMware vSphere sang Proxmox VE');
    expect(flat(pages[0] ?? '')).toContain('Công ty Cổ phần Ví Dụ');
    expect(flat(pages[0] ?? '')).toContain(plan.calculatorVersion);
    expect(pages[0]).not.toMatch(/Trang \d+ \/ \d+/);
    // Contents on page 2 lists the sections with their page numbers.
    expect(flat(pages[1] ?? '')).toMatch(/Mục lục Contents/);
    // The contents may run over more than one page: the summary starts on the page it names.
    const tocPage = Number(/1\. Tóm tắt cho lãnh đạo (\d+)/.exec(flat(pages[1] ?? ''))?.[1]);
    expect(tocPage).toBeGreaterThanOrEqual(3);
    expect(flat(pages[tocPage - 1] ?? '')).toContain('1. Tóm tắt cho lãnh đạo');
    // Every page after the cover: "Trang n / N" and the project in the running header.
    pages.slice(1).forEach((p, i) => {
      expect(p).toContain(`Trang ${i + 2} / ${pages.length}`);
      expect(p).toContain('Sample estate · Công ty Cổ phần Ví Dụ');
    });
    expect(all).toContain('Lưu ý / Note');
    expect(all).toContain('Hiện trạng hạ tầng vSphere');
  });

  it('vi and en render one language each', async () => {
    const vi = flat(pdfPages(await renderPdf(buildReport(plan), 'vi')).join(' '));
    expect(vi).toContain(VI_HEADING);
    expect(vi).not.toContain(EN_HEADING);
    expect(vi).toMatch(/Trang 2 \/ \d+/);
    const en = flat(pdfPages(await renderPdf(buildReport(plan), 'en')).join(' '));
    expect(en).toContain(EN_HEADING);
    expect(en).not.toContain(VI_HEADING);
    expect(en).toMatch(/Page 2 of \d+/);
  });

  it('keeps Vietnamese diacritics and replaces glyphs Roboto lacks', async () => {
    const model: ReportModel = {
      title: { vi: 'Kiểm tra', en: 'Check' },
      meta: { project: 'Dự án', generatedAt: '2026-01-01T00:00:00Z', calculatorVersion: '0.0.0' },
      sections: [
        {
          id: 's',
          title: { vi: 'Chữ', en: 'Letters' },
          blocks: [{ kind: 'paragraph', text: { vi: `${DIACRITICS} vCenter → Proxmox`, en: 'x' } }],
        },
      ],
    };
    const text = flat(pdfPages(await renderPdf(model, 'vi')).join(' '));
    expect(text).toContain(DIACRITICS);
    expect(text).toContain('vCenter -> Proxmox');
  });

  it('paginates a long table and repeats its header row on every page', async () => {
    const rows: Cell[][] = Array.from({ length: 400 }, (_, i) => [`vm-${String(i + 1).padStart(4, '0')}`, i % 16, { vi: 'Đang bật', en: 'On' }]);
    const model: ReportModel = {
      title: { vi: 'Dài', en: 'Long' },
      meta: { project: 'p', generatedAt: '2026-01-01T00:00:00Z', calculatorVersion: '0.0.0' },
      sections: [
        {
          id: 'long',
          title: { vi: 'Bảng dài', en: 'Long table' },
          blocks: [
            {
              kind: 'table',
              id: 't',
              columns: [
                { key: 'n', label: { vi: 'Tên máy ảo', en: 'VM name' } },
                { key: 'c', label: { vi: 'Số vCPU', en: 'vCPU count' }, align: 'right' },
                { key: 's', label: { vi: 'Trạng thái', en: 'State' } },
              ],
              rows,
            },
          ],
        },
      ],
    };
    const pages = pdfPages(await renderPdf(model, 'vi+en'));
    const tablePages = pages.filter((p) => p.includes('vm-0'));
    expect(tablePages.length).toBeGreaterThanOrEqual(5);
    for (const p of tablePages) {
      expect(p).toContain('Tên máy ảo');
      expect(p).toContain('VM name');
    }
    const all = pages.join('\n');
    expect(all).toContain('vm-0001');
    expect(all).toContain('vm-0400');
  });

  it('refuses every URL (no remote resources can be fetched while rendering)', async () => {
    await renderPdf(buildReport(plan), 'en');
    const mod = (await import('pdfmake')) as unknown as { default: { createPdf(doc: object): { getBuffer(): Promise<Uint8Array> } } };
    const doc = { content: [{ image: 'https://example.com/logo.png', width: 10 }] };
    await expect(mod.default.createPdf(doc).getBuffer()).rejects.toThrow(/denied/i);
  });
});
