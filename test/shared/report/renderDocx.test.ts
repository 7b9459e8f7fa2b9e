import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/plan';
import { buildReport } from '../../../shared/report/build';
import { renderDocx } from '../../../shared/report/renderDocx';
import { SMALL_SAMPLE, planFromSample } from './samplePlan';

let plan: Plan;
beforeAll(async () => {
  plan = await planFromSample(SMALL_SAMPLE);
});

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}

/** Visible text of a WordprocessingML part. */
function text(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('renderDocx', () => {
  it('writes both languages, repeating table header rows, page-number fields and a contents field', async () => {
    const model = buildReport(plan);
    const files = parts(await renderDocx(model, 'vi+en'));
    const doc = files['word/document.xml'] ?? '';
    const body = text(doc);
    expect(body).toContain('2. Bản đồ khái niệm vSphere sang Proxmox VE');
    expect(body).toContain('vSphere to Proxmox VE concept map');
    expect(body).toContain('Lưu ý / Note');
    expect(body).toContain('Công ty Cổ phần Ví Dụ');
    // One repeated header row per data table (a chart prints as a table of its data, a checklist as a table of its items).
    const tables = model.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table' || b.kind === 'chart' || b.kind === 'checklist').length;
    expect((doc.match(/<w:tblHeader\/>/g) ?? []).length).toBe(tables);
    expect(doc).toMatch(/TOC \\h \\o "1-1"|TOC \\h \\o &quot;1-1&quot;/);
    // Backticks mark inline code in texts and must never show; code blocks (config files) keep theirs.
    let prose = body;
    for (const b of model.sections.flatMap((x) => x.blocks)) {
      if (b.kind === 'code') for (const line of b.code.split('\n')) if (line) prose = prose.split(line).join('');
    }
    expect(prose).not.toContain('`');
    const footers = Object.entries(files).filter(([k]) => /^word\/footer\d+\.xml$/.test(k)).map(([, v]) => v).join('');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
    expect(text(footers)).toContain('Trang');
    expect(files['word/settings.xml']).toContain('updateFields');
  });

  it('renders one language when asked', async () => {
    const en = text(parts(await renderDocx(buildReport(plan), 'en'))['word/document.xml'] ?? '');
    expect(en).toContain('vSphere to Proxmox VE concept map');
    expect(en).not.toContain('Bản đồ khái niệm');
  });
});
