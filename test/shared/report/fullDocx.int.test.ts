import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFormat, type PdfProgress } from '../../../shared/report/export';
import type { Cell } from '../../../shared/report/model';
import { syntheticFullReport } from './samplePlan';

/**
 * The full profile's DOCX of a generated ~2,000-VM estate: the per-VM tables are written as raw XML into
 * word/document.xml (shared/report/docx/), every VM is there, and no text run holds a raw newline.
 */

let doc = '';
let targets: Cell[][] = [];
const progress: PdfProgress[] = [];

beforeAll(async () => {
  const full = await syntheticFullReport(2000);
  const { plan, model } = full;
  targets = full.targets;
  const docx = await renderFormat('docx', plan, model, 'vi+en', { profile: 'full', onProgress: (p) => progress.push(p) });
  doc = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
}, 600_000);

describe('full-profile DOCX of a 2,000-VM estate', () => {
  it('holds every VM of the per-VM target configuration, in real table rows', () => {
    expect(targets.length).toBeGreaterThan(1500);
    expect(doc).not.toMatch(/VM2PVE-RAW/);
    expect(doc).toContain('Cấu hình đích của từng máy ảo');
    for (const row of [targets[0], targets[Math.floor(targets.length / 2)], targets.at(-1)]) expect(doc).toContain(`>${String(row?.[0])}</w:t>`);
    // The per-VM section's table (the one holding the first and the last VM, in that order): a repeated
    // header row and one row per VM.
    const first = `>${String(targets[0]?.[0])}</w:t>`;
    const last = `>${String(targets.at(-1)?.[0])}</w:t>`;
    const sizes: number[] = [];
    for (let at = doc.indexOf(first); at >= 0; at = doc.indexOf(first, at + 1)) {
      const table = doc.slice(doc.lastIndexOf('<w:tbl>', at), doc.indexOf('</w:tbl>', at));
      if (table.indexOf(last) > table.indexOf(first) && table.match(/<w:tblHeader\/>/g)?.length === 1) sizes.push(table.match(/<w:tr>/g)?.length ?? 0);
    }
    expect(sizes).toContain(targets.length + 1);
    // The per-VM sections on landscape pages between the portrait body sections.
    const orients = [...doc.matchAll(/<w:sectPr>[^]*?w:orient="(\w+)"[^]*?<\/w:sectPr>/g)].map((m) => m[1]);
    expect(orients).toEqual(['portrait', 'landscape', 'portrait']);
    expect(doc.indexOf('w:orient="landscape"')).toBeGreaterThan(doc.indexOf(last));
  });

  it('never puts a raw newline inside a text run, and reports the rows it writes', () => {
    let runs = 0;
    for (const t of doc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) {
      runs++;
      if (/[\r\n]/.test(t[1] ?? '')) expect.fail(`raw newline in ${JSON.stringify(t[1]?.slice(0, 80))}`);
    }
    expect(runs).toBeGreaterThan(50_000);
    // eslint-disable-next-line no-control-regex
    expect(doc).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const rows = progress.filter((p) => p.phase === 'rows');
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.at(-1)?.done).toBe(rows.at(-1)?.total);
    expect(rows.at(-1)?.total).toBeGreaterThan(targets.length * 5);
  });
});
