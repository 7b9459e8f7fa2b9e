import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Cell, Column, ReportModel, Section } from '../../../shared/report/model';
import { layoutAppendices, Metrics, NEWLINE_MARK, wrap, type AppendixSource, type MetricFont } from '../../../shared/report/pdf/appendix';
import { appendixLetter, splitFullReport } from '../../../shared/report/pdf/split';
import { ExportCancelledError, renderPdf, type PdfProgress } from '../../../shared/report/renderPdf';
import { pdfPages } from './pdfText';

/** A font where every character is 500/1000 em wide (Courier-like): widths are easy to reason about. */
const fixed: MetricFont = { widthOfString: (s: string, size: number) => (Array.from(s).length * 500 * size) / 1000 };
const metrics = new Metrics({ r: fixed, b: fixed, i: fixed, m: fixed });

const col = (key: string, en: string, align?: Column['align']): Column => ({ key, label: { vi: en, en }, ...(align ? { align } : {}) });
const COLUMNS = [col('vm', 'VM'), col('vmid', 'VMID', 'right'), col('node', 'Node'), col('ram', 'RAM (GiB)', 'right'), col('note', 'Note')];

function rows(n: number, first = 0): Cell[][] {
  return Array.from({ length: n }, (_, k) => {
    const i = first + k;
    return [`vm-${String(i).padStart(5, '0')}`, 100 + i, `esx-${i % 7}`, 1234567.5 + i, i % 50 === 0 ? 'a longer remark that wraps over more than one line of its narrow column, with "quotes"' : ''];
  });
}

function source(n: number): AppendixSource {
  return {
    id: 'vms',
    letter: 'A',
    title: { vi: 'Máy ảo', en: 'VMs' },
    blocks: [
      { kind: 'heading', level: 2, text: { vi: 'Cluster 1', en: 'Cluster 1' } },
      { kind: 'table', id: 't', title: { vi: 'Bảng', en: 'Table' }, columns: COLUMNS, rows: rows(n) },
      { kind: 'code', language: 'ini', title: { vi: 'tệp', en: 'file' }, code: Array.from({ length: 120 }, (_, i) => `line ${i}: ${'x'.repeat(i * 3)}`).join('\n') },
    ],
  };
}

describe('appendix layout', () => {
  it('places every row once, in order, within the page, with the header repeated on continued pages', () => {
    const layout = layoutAppendices([source(1000)], metrics, 'vi+en');
    expect(layout.pages.length).toBeGreaterThan(10);
    expect(layout.appendices[0]).toMatchObject({ letter: 'A', firstPage: 0, pages: layout.pages.length, rows: 1000 + 120 });
    const units = layout.units[0] ?? [];
    // Pages cover the units exactly once, in order.
    let next = 0;
    for (const p of layout.pages) {
      expect(p.start).toBe(next);
      expect(p.end).toBeGreaterThan(p.start);
      next = p.end;
    }
    expect(next).toBe(units.length);
    // A page that starts inside the table repeats its header.
    const continued = layout.pages.filter((p) => units[p.start]?.k === 'row');
    expect(continued.length).toBeGreaterThan(5);
    for (const p of continued) expect(p.repeat).toBeDefined();
    // Content fits between the top and bottom margins (landscape A4: 595 pt high).
    for (const p of layout.pages) {
      const h = (p.repeat?.headerH ?? 0) + units.slice(p.start, p.end).reduce((a, u) => a + u.h, 0);
      expect(h).toBeLessThanOrEqual(595.28 - 40 - 50 + 0.01);
    }
  });

  it('gives numbers their full width and wraps long text on a few lines', () => {
    const layout = layoutAppendices([source(60)], metrics, 'en');
    const rowUnits = (layout.units[0] ?? []).filter((u) => u.k === 'row');
    expect(rowUnits).toHaveLength(60);
    // A row's lines as drawn (laid out again from the model's row).
    const cells = rowUnits.map((u) => (u.k === 'row' ? u.table.cellsOf(u.row).cells : []));
    // RAM "1,234,567.5": one line, never cut.
    for (const [i, c] of cells.entries()) {
      const ram = c[3];
      expect(ram).toEqual([new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(1234567.5 + i)]);
    }
    const remark = cells[0]?.[4];
    expect(Array.isArray(remark) && remark.length).toBeGreaterThan(0);
    expect(Array.isArray(remark) && remark.join(' ')).toContain('"quotes"');
  });

  it('never breaks a number inside its digits and marks line breaks in names', () => {
    expect(wrap(metrics, 'r', 'abc 123456789 def', 10, 20, 5)).toEqual(['abc', '123456789', 'def']);
    const split = splitFullReport({
      title: { vi: 't', en: 't' },
      meta: { project: 'p', generatedAt: '2026-01-01T00:00:00Z', calculatorVersion: '1' },
      sections: [{ id: 'x', title: { vi: 'X', en: 'X' }, detail: 'full', blocks: [{ kind: 'table', id: 't', columns: [col('vm', 'VM'), col('n', 'N', 'right')], rows: [['bad\nname', 1], ['ok', 2], ['fine', 3]] }] }],
    });
    const layout = layoutAppendices(split.sources, metrics, 'en');
    const names = (layout.units[0] ?? []).flatMap((u) => {
      const first = u.k === 'row' ? u.table.cellsOf(u.row).cells[0] : undefined;
      return Array.isArray(first) ? [first.join('|')] : [];
    });
    expect(names).toEqual([`bad${NEWLINE_MARK}name`, 'ok', 'fine']);
  });

  it('sets a file of short lines in columns, every line once and in reading order', () => {
    const cfg = Array.from({ length: 200 }, (_, i) => `vm: ${i}`).join('\n');
    const layout = layoutAppendices([{ id: 'c', letter: 'A', title: { vi: 'Tệp', en: 'File' }, blocks: [{ kind: 'code', language: 'ini', code: cfg }] }], metrics, 'en');
    const bands = (layout.units[0] ?? []).filter((u) => u.k === 'codeband');
    expect(bands.length).toBeGreaterThan(1);
    const read = bands.flatMap((u) => (u.k === 'codeband' ? u.columns.flatMap((c) => c.map((l) => l.s)) : []));
    expect(read).toEqual(cfg.split('\n'));
    expect(layout.appendices[0]?.rows).toBe(200);
  });

  it('names appendices A…Z, AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(appendixLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});

function model(n: number): ReportModel {
  const body: Section = {
    id: 'placement',
    title: { vi: 'Xếp chỗ', en: 'Placement' },
    blocks: [
      { kind: 'paragraph', text: { vi: 'Đoạn văn.', en: 'A paragraph.' } },
      { kind: 'table', id: 'p', detail: 'full', title: { vi: 'Vị trí máy ảo', en: 'VM placement' }, columns: COLUMNS, rows: rows(120) },
    ],
  };
  const detail: Section = { id: 'by-vm', title: { vi: 'Theo máy ảo', en: 'By VM' }, detail: 'full', appendix: true, landscape: true, blocks: [{ kind: 'table', id: 'v', columns: COLUMNS, rows: rows(n, 5000) }] as Block[] };
  return {
    title: { vi: 'Kế hoạch', en: 'Plan' },
    meta: { project: 'Test project', generatedAt: '2026-01-01T00:00:00Z', calculatorVersion: '9.9.9' },
    profile: 'full',
    sections: [body, detail],
  };
}

function pdfinfo(pdf: Uint8Array, page?: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-appx-'));
  try {
    const file = path.join(dir, 'a.pdf');
    fs.writeFileSync(file, pdf);
    const r = spawnSync('pdfinfo', [...(page ? ['-f', String(page), '-l', String(page)] : []), file], { encoding: 'utf8' });
    return r.stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('full PDF with appendices', () => {
  it('writes the pages it computed, numbered "Page X of Y" throughout, with a pointer to the moved table', async () => {
    const progress: PdfProgress[] = [];
    const pdf = await renderPdf(model(900), 'en', { onProgress: (p) => progress.push(p) });
    const pages = pdfPages(pdf);
    const total = Number(/Pages:\s+(\d+)/.exec(pdfinfo(pdf))?.[1]);
    expect(pages).toHaveLength(total);
    const appendix = progress.filter((p) => p.phase === 'appendix');
    const computed = appendix[0]?.total ?? 0;
    expect(computed).toBeGreaterThan(10);
    // Every computed appendix page was written, and reported.
    expect(appendix.at(-1)).toEqual({ phase: 'appendix', done: computed, total: computed });
    const body = total - computed;
    // Page 1 (cover) has no footer; every other page says "Page X of <total>".
    pages.slice(1).forEach((text, i) => expect(text).toContain(`Page ${i + 2} of ${total}`));
    // The body lists the appendices; appendix pages are landscape, body pages portrait.
    expect(pdfinfo(pdf, body)).toMatch(/595\.28 x 841\.89/);
    expect(pdfinfo(pdf, body + 1)).toMatch(/841\.89 x 595\.28/);
    expect(pdfinfo(pdf, total)).toMatch(/841\.89 x 595\.28/);
    // The pointer names the appendix page where the table starts; that page holds its first row.
    const pointer = /VM placement: 120 rows, printed in Appendix A from page (\d+)/.exec(pages.join('\n').replace(/\s+/g, ' '));
    expect(pointer).not.toBeNull();
    const at = Number(pointer?.[1]);
    expect(at).toBeGreaterThan(body);
    expect(pages[at - 1]).toContain('vm-00000');
    // First and last rows of the per-VM appendix.
    const all = pages.slice(body).join('\n');
    expect(all).toContain('vm-05000');
    expect(all).toContain('vm-05899');
  });

  it('stops with a coded error when cancelled between appendix pages', async () => {
    const ac = new AbortController();
    let written = 0;
    const run = renderPdf(model(900), 'en', {
      signal: ac.signal,
      onProgress: (p) => {
        if (p.phase !== 'appendix') return;
        written = p.done;
        if (p.done === 3) ac.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelledError);
    await expect(run).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
    expect(written).toBe(3);
  });

  it('prints hostile names: quotes, control characters, newlines, very long names, characters beyond the fonts', async () => {
    const names = ['a"b\'c', 'tab\there\u0007bell', 'line1\nline2', 'x'.repeat(3000), 'emoji 🚀 name', 'e\u0301 combining', '$(rm -rf /) `id`', 'Máy ảo số một'];
    const m: ReportModel = {
      ...model(0),
      sections: [{ id: 'h', title: { vi: 'Tên lạ', en: 'Odd names' }, detail: 'full', blocks: [{ kind: 'table', id: 'h', columns: [col('vm', 'VM'), col('n', 'N', 'right')], rows: names.map((n, i) => [n, i]) }] }],
    };
    const text = pdfPages(await renderPdf(m, 'en')).join('\n');
    expect(text).toContain('a"b\'c');
    expect(text).toMatch(/tab\s+here bell/);
    expect(text).toContain('emoji ? name');
    expect(text).toContain(`line1${NEWLINE_MARK}line2`.trim());
    expect(text).toContain('$(rm -rf /) `id`');
    expect(text).toContain('Máy ảo số một');
    expect(text).toContain('é combining');
    // The 3,000-character name is cut to its column (a few lines, then "…"), not printed whole.
    expect(text).not.toContain('x'.repeat(400));
    expect(text).toContain('…');
  });

  it('refuses to start when already cancelled', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(renderPdf(model(10), 'en', { signal: ac.signal })).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
  });
});
