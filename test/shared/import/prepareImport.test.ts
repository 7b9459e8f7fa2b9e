import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../shared/import';
import { parseCsv } from '../../../shared/import/csvReader';
import { filePseudonym, prepareImport, pseudonymMapCsv, scrubReport, textScrubber } from '../../../shared/import/prepareImport';
import type { ImportReport } from '../../../shared/model/importReport';
import type { Inventory } from '../../../shared/model/inventory';

const SAMPLES = path.resolve(__dirname, '../../..', '../shared/samples');
const DEMO = path.resolve(__dirname, '../../..', 'templates/demo');

type Loaded = { inventory: Inventory; report: ImportReport; names: string[] };

async function load(files: string[]): Promise<Loaded> {
  const r = await importFiles(files.map((f) => ({ name: path.basename(f), data: new Uint8Array(fs.readFileSync(f)) })));
  return { ...r, names: files.map((f) => path.basename(f)) };
}

describe('anonymise on import (shared/import/prepareImport)', () => {
  let demo: Loaded;
  let real: Loaded;
  beforeAll(async () => {
    demo = await load(fs.readdirSync(DEMO).filter((f) => /\.(xlsx|csv)$/.test(f)).map((f) => path.join(DEMO, f)));
    real = await load([path.join(SAMPLES, 'rvtools-4.6-339vms.xlsx')]);
  }, 60_000);

  it('off: the import is passed through untouched, no map', () => {
    const p = prepareImport(demo, demo.names, { anonymise: false });
    expect(p.inventory).toBe(demo.inventory);
    expect(p.report).toBe(demo.report);
    expect(p.map).toBeNull();
  });

  for (const which of ['demo', 'real'] as const) {
    it(`on (${which}): no VM, host, cluster or input file name survives in the inventory or the report`, () => {
      const src = which === 'demo' ? demo : real;
      const p = prepareImport(src, src.names, { anonymise: true });
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
    const p = prepareImport(demo, demo.names, { anonymise: true });
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


describe('anonymise on import: names, never keys or codes', () => {
  it('a VM named like a report field or an issue code leaves the report structure and codes intact', () => {
    const report: ImportReport = {
      files: [{ name: 'estate.xlsx', kind: 'rvtools-xlsx' }],
      issues: [{ code: 'RVT_MISSING', severity: 'warning', file: 'estate.xlsx', sheet: 'vInfo', message: { vi: 'Máy ảo message thiếu RVT_MISSING', en: 'VM message lacks severity' } }],
      excluded: [],
      unknown: [],
    };
    const scrub = textScrubber([
      { original: 'message', pseudonym: 'vm-1' },
      { original: 'severity', pseudonym: 'vm-2' },
      { original: 'RVT_MISSING', pseudonym: 'vm-3' },
      { original: 'vInfo', pseudonym: 'vm-4' },
    ]);
    const r = scrubReport(report, scrub);
    expect(Object.keys(r.issues[0] ?? {}).sort()).toEqual(['code', 'file', 'message', 'severity', 'sheet']);
    expect(r.issues[0]?.code).toBe('RVT_MISSING');
    expect(r.issues[0]?.severity).toBe('warning');
    expect(r.issues[0]?.sheet).toBe('vInfo');
    expect(r.issues[0]?.message).toEqual({ vi: 'Máy ảo vm-1 thiếu vm-3', en: 'VM vm-1 lacks vm-2' });
  });

  it('input files get input-<n> with their extension, the same in the inventory, the report and the map', async () => {
    expect(filePseudonym('Khách hàng RVTools.XLSX', 2)).toBe('input-2.xlsx');
    expect(filePseudonym('noext', 1)).toBe('input-1');
    const src = await load([path.join(SAMPLES, 'rvtools-small-complete.xlsx')]);
    const p = prepareImport(src, src.names, { anonymise: true });
    const files = (p.map ?? []).filter((m) => m.kind === 'file' && m.original === 'rvtools-small-complete.xlsx');
    expect(files).toEqual([{ kind: 'file', original: 'rvtools-small-complete.xlsx', pseudonym: 'input-1.xlsx' }]);
    expect(p.report.files.map((f) => f.name)).toEqual(['input-1.xlsx']);
    expect(p.inventory.sources.flatMap((s) => s.files)).toContain('input-1.xlsx');
  });
});
