import { describe, expect, it } from 'vitest';
import type { PdfProgress } from '../../shared/report/export';
import { pdfFraction, pdfPhaseText } from '../../renderer/workers/exportProgress';

/** The sequence of reports a full-profile PDF makes (as renderPdf sends them). */
function run(bodyPages: number, appendixPages: number): PdfProgress[] {
  return [
    { phase: 'prepare', done: 0, total: 50_000 },
    { phase: 'prepare', done: 25_000, total: 50_000 },
    ...Array.from({ length: bodyPages }, (_, i): PdfProgress => ({ phase: 'body', done: i + 1, total: 0 })),
    ...Array.from({ length: bodyPages + 1 }, (_, i): PdfProgress => ({ phase: 'body', done: i, total: bodyPages })),
    ...Array.from({ length: appendixPages }, (_, i): PdfProgress => ({ phase: 'appendix', done: i + 1, total: appendixPages })),
    { phase: 'finish', done: 0, total: 0 },
  ];
}

describe('export progress of a PDF', () => {
  it('only moves forward, within 0…1, through every stage of the full profile', () => {
    const f = run(700, 10_000).map((p) => pdfFraction(p, true));
    for (let i = 1; i < f.length; i++) expect(f[i], `report ${i}`).toBeGreaterThanOrEqual(f[i - 1] ?? 0);
    expect(Math.min(...f)).toBeGreaterThan(0);
    expect(Math.max(...f)).toBeLessThanOrEqual(1);
    // The body stage moves while pdfmake lays it out (its page count is unknown until then).
    expect(pdfFraction({ phase: 'body', done: 300, total: 0 }, true)).toBeGreaterThan(pdfFraction({ phase: 'body', done: 10, total: 0 }, true) + 0.1);
    // Half the appendix pages: between the body's share and the end.
    const half = pdfFraction({ phase: 'appendix', done: 5000, total: 10_000 }, true);
    expect(half).toBeGreaterThan(0.5);
    expect(half).toBeLessThan(0.8);
  });

  it('says where the export is, in the UI language', () => {
    expect(pdfPhaseText('en', { phase: 'appendix', done: 12, total: 4567 })).toBe('Writing the appendices: page 12 of 4,567');
    expect(pdfPhaseText('vi', { phase: 'appendix', done: 12, total: 4567 })).toBe('Đang in phụ lục: trang 12 / 4.567');
    expect(pdfPhaseText('en', { phase: 'body', done: 80, total: 0 })).toBe('Laying out the main part: page 80');
    expect(pdfPhaseText('en', { phase: 'body', done: 80, total: 700 })).toBe('Drawing the main part: page 80 of 700');
    expect(pdfPhaseText('vi', { phase: 'prepare', done: 1000, total: 24_000 })).toBe('Đang chuẩn bị các phụ lục: 1.000 / 24.000 dòng');
    expect(pdfPhaseText('en', { phase: 'rows', done: 2000, total: 120_000 })).toBe('Writing the large tables: 2,000 of 120,000 rows');
    expect(pdfPhaseText('vi', { phase: 'rows', done: 2000, total: 120_000 })).toBe('Đang ghi các bảng lớn: 2.000 / 120.000 dòng');
  });

  it('moves a DOCX forward with the rows of its large tables', () => {
    const steps = [0, 1, 5000, 60_000, 120_000].map((done) => pdfFraction({ phase: 'rows', done, total: 120_000 }, true));
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1] ?? 0);
    expect(steps[0]).toBeGreaterThan(0);
    expect(steps.at(-1)).toBeLessThan(1);
  });
});
