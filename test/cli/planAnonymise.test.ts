import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/import/csvReader';
import { runBuiltCli } from '../fixtures/cli';
import { PSEUDONYM_MAP_FILE } from '../../shared/import/prepareImport';

const REPO = path.resolve(__dirname, '../..');
const SAMPLE = path.resolve(REPO, '../shared/samples/rvtools-4.6-339vms.xlsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-anon-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every file below dir, as searchable text (PDF via pdftotext, XLSX/DOCX via their unzipped XML). */
function texts(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    if (e.name.endsWith('.private.csv')) continue;
    if (e.name.endsWith('.pdf')) out.push({ file, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }) });
    else if (/\.(xlsx|docx)$/.test(e.name)) {
      const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
      out.push({ file, text: Object.values(parts).map((p) => strFromU8(p)).join('\n') });
    } else out.push({ file, text: fs.readFileSync(file, 'utf8') });
  }
  return out;
}

describe('plan --anonymise', () => {
  it('no original name, address or annotation survives in any output file; the private map reverses them', () => {
    const out = path.join(tmp, 'anon');
    const r = runBuiltCli('plan', [SAMPLE, '--anonymise', '--out', out, '--format', 'pdf,xlsx,md,json,docx,config']);
    expect(r.status, r.stderr).toBe(0);
    // The reversible map is written apart from the shareable files, readable by its owner only, and named.
    const mapFile = path.join(`${out}-private`, PSEUDONYM_MAP_FILE);
    expect(fs.existsSync(path.join(out, PSEUDONYM_MAP_FILE))).toBe(false);
    expect(fs.statSync(mapFile).mode & 0o777).toBe(0o600);
    expect(r.stdout).toContain(`wrote ${mapFile}`);
    const csv = fs.readFileSync(mapFile, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...body] = parseCsv(csv.slice(1)).rows.filter((r) => r.length === 3);
    expect(header).toEqual(['kind', 'original', 'pseudonym']);
    const map = body.map(([kind = '', original = '', pseudonym = '']) => ({ kind, original: original.replace(/^'(?=[=+\-@\t\r])/, ''), pseudonym }));
    // The input file has the same pseudonym as in the app (input-1.xlsx).
    expect(map).toContainEqual({ kind: 'file', original: 'rvtools-4.6-339vms.xlsx', pseudonym: 'input-1.xlsx' });
    // Names long enough not to be everyday words (the same threshold the anonymiser's own test uses).
    const originals = [...new Set(map.map((m) => m.original).filter((o) => o.length >= 6 && /[a-z]/i.test(o)))];
    expect(originals.length).toBeGreaterThan(300);
    expect(originals.some((o) => o.includes('acme1.com'))).toBe(true);
    const files = texts(out);
    expect(files.length).toBeGreaterThan(10);
    const leaks: string[] = [];
    for (const { file, text } of files) {
      for (const o of originals) if (text.includes(o)) leaks.push(`${path.relative(out, file)}: ${o}`);
    }
    expect(leaks.slice(0, 20)).toEqual([]);
    expect(files.map((f) => f.text).join('\n')).not.toContain('rvtools-4.6-339vms');
  }, 300_000);
});
