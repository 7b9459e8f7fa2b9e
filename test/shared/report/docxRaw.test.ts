import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Block, Cell, ReportModel } from '../../../shared/report/model';
import { contentPercents } from '../../../shared/report/docx/rawXml';
import { BIG_TABLE } from '../../../shared/report/pdf/split';
import type { PdfProgress } from '../../../shared/report/renderPdf';
import { renderDocx } from '../../../shared/report/renderDocx';

/**
 * The DOCX's big and per-VM tables are written as raw XML into the zip the `docx` package produced
 * (shared/report/docx/): the same XML the package writes, every row present, well-formed whatever the cells
 * hold, with progress and cancel.
 */

const HOSTILE = `a<b>&"' \u0001\u0008\u000Bz\uFFFE x\ny\r\nz 😀\uD800!`;

function document(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
}

/** Well-formed XML 1.0 (tags balanced and named, attributes quoted, text escaped, no forbidden characters). */
function wellFormed(xml: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) return 'forbidden character';
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml)) return 'lone surrogate';
  const token = /<\?[^?]*\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const stack: string[] = [];
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = token.exec(xml))) {
    at = token.lastIndex;
    const [, close, name, , empty, text] = m;
    if (text !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) return `bad entity in ${text.slice(0, 40)}`;
      continue;
    }
    if (!name) continue;
    if (close) {
      if (stack.pop() !== name) return `unbalanced </${name}>`;
    } else if (!empty) stack.push(name);
  }
  if (at !== xml.length) return `stray markup at ${at}: ${xml.slice(at, at + 40)}`;
  return stack.length ? `unclosed ${stack.join(' ')}` : undefined;
}

function model(blocks: Block[], detail?: 'full'): ReportModel {
  return {
    title: { vi: 'Kế hoạch', en: 'Plan' },
    meta: { project: 'p', generatedAt: '2026-01-01T00:00:00Z', calculatorVersion: '1' },
    sections: [{ id: 's', title: { vi: 'Phần', en: 'Section' }, blocks, ...(detail ? { detail } : {}) }],
  } as ReportModel;
}

const columns = [
  { key: 'vm', label: { vi: 'Máy ảo', en: 'VM' } },
  { key: 'ram', label: { vi: 'RAM (GiB)', en: 'RAM (GiB)' }, align: 'right' as const, width: 2 },
  { key: 'note', label: { vi: 'Ghi chú `x`', en: 'Note `x`' }, align: 'center' as const },
];
const rows = (n: number, first: Cell = 'vm-0'): Cell[][] => Array.from({ length: n }, (_, i) => [i === 0 ? first : `vm-${i}`, 1234.5 + i, i % 3 ? { vi: `ghi ${i}`, en: `note ${i}` } : '']);

describe('DOCX raw tables', () => {
  it('writes the same XML as the docx package for tables, checklists, files and charts', async () => {
    const blocks: Block[] = [
      { kind: 'table', id: 't', columns, rows: rows(30, 'vm `a`\nsecond line') },
      { kind: 'checklist', id: 'c', items: [{ id: 'C1', text: { vi: 'Chạy `qm list`', en: 'Run `qm list`' }, detail: { vi: 'chi tiết', en: 'detail' }, command: 'qm list\nqm start 101', expected: { vi: 'được', en: 'ok' } }, { id: 'C2', text: { vi: 'x', en: 'y' } }] },
      { kind: 'code', language: 'sh', title: { vi: 'Tệp', en: 'File' }, code: 'a=1\nb=<2> & 3' },
      { kind: 'chart', id: 'ch', title: { vi: 'Biểu đồ', en: 'Chart' }, chart: { categoryLabel: { vi: 'Cụm', en: 'Cluster' }, categories: [{ vi: 'c1', en: 'c1' }], series: [] } } as unknown as Block,
    ];
    // Ids the package counts across documents (contents anchors, bookmarks) differ between two renders.
    const norm = (x: string): string => x.slice(x.indexOf('<w:body>')).replace(/_Toc\d+/g, '_Toc').replace(/w:id="\d+"/g, 'w:id');
    for (const lang of ['vi+en', 'en'] as const) {
      const raw = document(await renderDocx(model(blocks, 'full'), lang));
      const reference = document(await renderDocx(model(blocks, 'full'), lang, { raw: false }));
      expect(raw).not.toMatch(/VM2PVE-RAW/);
      expect(norm(raw)).toBe(norm(reference));
    }
  });

  it('prints the per-VM sections on landscape pages, the grid spanning their width, page numbers running on', async () => {
    const blocks: Block[] = [{ kind: 'table', id: 't', columns, rows: rows(5) }];
    const m = model(blocks);
    m.sections.push({ id: 'vms', title: { vi: 'Từng máy ảo', en: 'Per VM' }, detail: 'full', blocks: [{ kind: 'table', id: 'v', columns, rows: rows(5) }] });
    const doc = document(await renderDocx(m, 'en'));
    const sects = [...doc.matchAll(/<w:sectPr>[^]*?<\/w:sectPr>/g)].map((x) => x[0]);
    expect(sects).toHaveLength(2);
    expect(sects[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(sects[0]).toContain('<w:titlePg/>');
    expect(sects[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(sects[1]).not.toContain('<w:titlePg/>');
    expect(sects[1]).not.toMatch(/w:start=/);
    // The portrait table's grid spans 9,638 twips, the landscape one 14,570 (give or take the rounding of each column).
    const grids = [...doc.matchAll(/<w:tblGrid>([^]*?)<\/w:tblGrid>/g)].map((g) => [...(g[1] ?? '').matchAll(/w:w="(\d+)"/g)].reduce((n, x) => n + Number(x[1]), 0));
    expect(Math.abs((grids.at(-2) ?? 0) - 9638)).toBeLessThanOrEqual(2);
    expect(Math.abs((grids.at(-1) ?? 0) - 14570)).toBeLessThanOrEqual(2);
    // A report without per-VM sections stays one portrait section.
    const body = document(await renderDocx(model(blocks), 'en'));
    expect(body.match(/<w:sectPr>/g)).toHaveLength(1);
    expect(body).not.toContain('landscape');
  });

  it('sizes the per-VM columns by what they hold: long texts get the room, short values their whole width', () => {
    const cols = [
      { key: 'vm', label: { vi: 'Máy ảo', en: 'VM' } },
      { key: 'id', label: { vi: 'VMID', en: 'VMID' }, width: 5 },
      { key: 'note', label: { vi: 'Giả định', en: 'Assumed' } },
    ];
    const data: Cell[][] = Array.from({ length: 1000 }, (_, i) => [`app-${i}`, 100 + i, 'vmid (first free VMID), balloonMiB (share of configured memory), profile (first boot on emulated devices)'.repeat(2)]);
    const [vm = 0, id = 0, note = 0] = contentPercents(cols, data, 'en');
    expect(vm + id + note).toBeGreaterThanOrEqual(98);
    expect(vm + id + note).toBeLessThanOrEqual(102);
    expect(note).toBeGreaterThan(60);
    // "app-999" and "1,099" on one line: at least their length plus the cell margins of the ~176 characters a line.
    expect(vm).toBeGreaterThanOrEqual(Math.floor((100 * 9) / 176));
    expect(id).toBeGreaterThanOrEqual(Math.floor((100 * 6) / 176));
  });

  it('puts every row of a big table in the body as real rows under a repeated header row, well-formed', async () => {
    const n = BIG_TABLE + 50;
    const progress: PdfProgress[] = [];
    const doc = document(await renderDocx(model([{ kind: 'table', id: 'big', columns, rows: rows(n, HOSTILE) }]), 'vi+en', { onProgress: (p) => progress.push(p) }));
    expect(wellFormed(doc)).toBeUndefined();
    expect(doc).not.toMatch(/VM2PVE-RAW/);
    const table = doc.slice(doc.lastIndexOf('<w:tbl>'), doc.lastIndexOf('</w:tbl>'));
    expect(table.match(/<w:tr>/g)).toHaveLength(n + 1);
    expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(table.indexOf('<w:tblHeader/>')).toBeLessThan(table.indexOf('vm-1<'));
    for (const i of [1, 137, n - 1]) expect(table).toContain(`>vm-${i}</w:t>`);
    // Numbers as the same formatted text as elsewhere (Vietnamese first in a bilingual report).
    expect(table).toContain('>1.234,5</w:t>');
    // Hostile text: escaped, forbidden characters dropped, each newline a real break, never inside w:t.
    expect(table).toContain(`>a&lt;b&gt;&amp;&quot;&apos; z x</w:t>`);
    expect(table).toMatch(/<w:br\/><w:t xml:space="preserve">y<\/w:t><\/w:r><w:r><w:rPr>[^]*?<w:br\/><w:t xml:space="preserve">z 😀!<\/w:t>/);
    for (const t of doc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) expect(t[1]).not.toMatch(/[\r\n]/);
    const rowsDone = progress.filter((p) => p.phase === 'rows');
    expect(rowsDone.at(-1)).toEqual({ phase: 'rows', done: n, total: n });
  });

  it('keeps small tables of the body sections with the docx package', async () => {
    const progress: PdfProgress[] = [];
    const doc = document(await renderDocx(model([{ kind: 'table', id: 'small', columns, rows: rows(BIG_TABLE) }]), 'en', { onProgress: (p) => progress.push(p) }));
    const table = doc.slice(doc.lastIndexOf('<w:tbl>'), doc.lastIndexOf('</w:tbl>'));
    expect(table.match(/<w:tr>/g)).toHaveLength(BIG_TABLE + 1);
    expect(wellFormed(doc)).toBeUndefined();
    // No raw rows were written.
    expect(progress).toEqual([]);
  });

  it('stops with EXPORT_CANCELLED when cancelled before or while writing the tables', async () => {
    const blocks: Block[] = [
      { kind: 'table', id: 'a', columns, rows: rows(50) },
      { kind: 'table', id: 'b', columns, rows: rows(50) },
    ];
    const before = new AbortController();
    before.abort();
    await expect(renderDocx(model(blocks, 'full'), 'en', { signal: before.signal })).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
    const during = new AbortController();
    const seen: number[] = [];
    const run = renderDocx(model(blocks, 'full'), 'en', {
      signal: during.signal,
      onProgress: (p) => {
        seen.push(p.done);
        if (p.done > 0) during.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
    expect(seen).toEqual([0, 50]);
  });
});
