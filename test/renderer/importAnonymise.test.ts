import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, problemRowsXlsx } from '../../shared/import';
import type { ImportReport } from '../../shared/model/importReport';
import type { Inventory } from '../../shared/model/inventory';
import { prepareImport, pseudonymMapCsv, scrubReport, textScrubber } from '../../renderer/views/import/anonymiseImport';
import { filterIssues, reportCounts } from '../../renderer/views/import/issueFilter';
import { parseCsv } from '../../shared/import/csvReader';

const SAMPLES = path.resolve(__dirname, '../..', '../shared/samples');
const DEMO = path.resolve(__dirname, '../..', 'templates/demo');

type Loaded = { inventory: Inventory; report: ImportReport; names: string[] };

async function load(files: string[]): Promise<Loaded> {
  const r = await importFiles(files.map((f) => ({ name: path.basename(f), data: new Uint8Array(fs.readFileSync(f)) })));
  return { ...r, names: files.map((f) => path.basename(f)) };
}

describe('anonymise on import (renderer/views/import/anonymiseImport)', () => {
  let demo: Loaded;
  let real: Loaded;
  beforeAll(async () => {
    demo = await load(fs.readdirSync(DEMO).filter((f) => /\.(xlsx|csv)$/.test(f)).map((f) => path.join(DEMO, f)));
    real = await load([path.join(SAMPLES, 'rvtools-4.6-339vms.xlsx')]);
  }, 60_000);

  it('off: the import is passed through untouched, no map', () => {
    const p = prepareImport(demo, demo.names, false);
    expect(p.inventory).toBe(demo.inventory);
    expect(p.report).toBe(demo.report);
    expect(p.map).toBeNull();
  });

  for (const which of ['demo', 'real'] as const) {
    it(`on (${which}): no VM, host, cluster or input file name survives in the inventory or the report`, () => {
      const src = which === 'demo' ? demo : real;
      const p = prepareImport(src, src.names, true);
      expect(p.map).not.toBeNull();
      const json = JSON.stringify({ inv: p.inventory, rep: p.report });
      const originals = [
        ...src.inventory.vms.map((v) => v.name),
        ...src.inventory.hosts.map((h) => h.name),
        ...src.inventory.clusters.map((c) => c.name),
        ...src.names,
      ].filter((n) => n.length >= 3);
      expect(originals.length).toBeGreaterThan(10);
      const leaked = originals.filter((n) => json.includes(JSON.stringify(n).slice(1, -1)));
      expect(leaked).toEqual([]);
      // Same shape: as many VMs, hosts and findings as before.
      expect(p.inventory.vms).toHaveLength(src.inventory.vms.length);
      expect(p.report.issues).toHaveLength(src.report.issues.length);
      expect(p.report.files.map((f) => f.name)).toEqual(src.report.files.map((f) => (p.map ?? []).find((m) => m.kind === 'file' && m.original === f.name)?.pseudonym ?? f.name));
    });
  }

  it('the pseudonym map CSV reads back to the same entries, formula-safe', () => {
    const p = prepareImport(demo, demo.names, true);
    const map = p.map ?? [];
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(pseudonymMapCsv([...map, { kind: 'annotation', original: '=HYPERLINK("x")', pseudonym: 'note-1' }]));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const { rows } = parseCsv(csv.slice(1));
    const body = rows.filter((r) => r.length === 3);
    expect(body[0]).toEqual(['kind', 'original', 'pseudonym']);
    expect(body.slice(1, map.length + 1)).toEqual(map.map((m) => [m.kind, m.original, m.pseudonym]));
    expect(body[map.length + 1]).toEqual(['annotation', `'=HYPERLINK("x")`, 'note-1']);
  });

  it('the scrubber handles 10k names sharing a prefix: exact whole-name hits only', () => {
    const pairs = Array.from({ length: 10_000 }, (_, i) => ({ original: `api${String(i).padStart(6, '0')}`, pseudonym: `vm-${i}` }));
    const scrub = textScrubber(pairs);
    expect(scrub('VM "api004242" on api0042429x, api009999.')).toBe('VM "vm-4242" on api0042429x, vm-9999.');
  });

  it('the scrubber replaces whole names only, longest first', () => {
    const scrub = textScrubber([
      { original: 'web', pseudonym: 'vm-a' },
      { original: 'web-01', pseudonym: 'vm-b' },
      { original: 'db', pseudonym: 'vm-c' },
    ]);
    expect(scrub('VM web-01 and web, website, webs')).toBe('VM vm-b and vm-a, website, webs');
    expect(scrub('db is too short to touch')).toBe('db is too short to touch');
    const r = scrubReport({ files: [{ name: 'web.xlsx', kind: 'x' }], issues: [], excluded: [{ reason: 'template', count: 1, names: ['web'] }], unknown: [] }, scrub);
    expect(r.files[0]?.name).toBe('vm-a.xlsx');
    expect(r.excluded[0]?.names).toEqual(['vm-a']);
  });
});

describe('import report filters and downloads', () => {
  let demo: Loaded;
  beforeAll(async () => {
    demo = await load(fs.readdirSync(DEMO).filter((f) => /\.(xlsx|csv)$/.test(f)).map((f) => path.join(DEMO, f)));
  }, 60_000);

  it('filters findings by severity and by code, sheet or message words', () => {
    const issues = demo.report.issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(filterIssues(issues, 'all', '', 'en')).toHaveLength(issues.length);
    for (const sev of ['error', 'warning', 'info'] as const) {
      expect(filterIssues(issues, sev, '', 'en')).toEqual(issues.filter((i) => i.severity === sev));
    }
    const first = issues[0];
    if (!first) throw new Error('no issue');
    const byCode = filterIssues(issues, 'all', first.code.toLowerCase(), 'en');
    expect(byCode.every((i) => [i.code, i.file, i.sheet, i.column, i.message.en].some((x) => x?.toLowerCase().includes(first.code.toLowerCase())))).toBe(true);
    expect(byCode).toContain(first);
    const withSheet = issues.find((i) => i.sheet);
    if (withSheet?.sheet) expect(filterIssues(issues, 'all', withSheet.sheet, 'vi')).toContain(withSheet);
    expect(filterIssues(issues, 'all', 'zzzz-nothing-matches', 'vi')).toHaveLength(0);
  });

  it('totals the excluded rows and unknown fields', () => {
    const c = reportCounts(demo.report);
    expect(c.excluded).toBe(demo.report.excluded.reduce((n, x) => n + x.count, 0));
    expect(c.unknown).toBe(demo.report.unknown.length);
    expect(c.excluded).toBeGreaterThan(0);
  });

  it('the problem-rows XLSX the button saves is a real workbook listing every finding', () => {
    const bytes = problemRowsXlsx(demo.report, 'vi');
    const wb = XLSX.read(bytes, { type: 'array' });
    const first = wb.Sheets[wb.SheetNames[0] as string];
    if (!first) throw new Error('no sheet');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(first, { header: 1 });
    expect(rows.length - 1).toBe(demo.report.issues.length);
  });
});
