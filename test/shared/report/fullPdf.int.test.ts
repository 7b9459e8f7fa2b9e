import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../shared/report/cellText';
import { renderFormat, type PdfProgress } from '../../../shared/report/export';
import type { Cell } from '../../../shared/report/model';
import { syntheticFullReport } from './samplePlan';

/**
 * The full profile of a generated ~2,000-VM estate: the per-VM appendices are drawn page by page
 * (landscape), "Page X of Y" counts them, and the PDF reads back with poppler.
 */

let dir = '';
let file = '';
let targets: Cell[][] = [];
let progress: PdfProgress[] = [];

function poppler(tool: string, args: string[]): string {
  const r = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8', maxBuffer: 1 << 29 });
  if (r.error) throw new Error(`${tool} is not available (apt-get install -y poppler-utils): ${r.error.message}`);
  return r.stdout;
}

beforeAll(async () => {
  const full = await syntheticFullReport(2000);
  const { plan, model } = full;
  targets = full.targets;
  const pdf = await renderFormat('pdf', plan, model, 'vi+en', { profile: 'full', onProgress: (p) => progress.push(p) });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-full-'));
  file = path.join(dir, 'full.pdf');
  fs.writeFileSync(file, pdf);
}, 600_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  progress = [];
});

describe('full-profile PDF of a 2,000-VM estate', () => {
  it('counts the appendix pages in "Page X of Y", prints them landscape and lists every VM', () => {
    const total = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', []))?.[1]);
    const appendix = progress.filter((p) => p.phase === 'appendix');
    const computed = appendix[0]?.total ?? 0;
    expect(computed).toBeGreaterThan(100);
    expect(appendix.at(-1)?.done).toBe(computed);
    const body = total - computed;
    const pages = poppler('pdftotext', ['-enc', 'UTF-8']).split('\f');
    if (pages.at(-1)?.trim() === '') pages.pop();
    expect(pages).toHaveLength(total);
    // Vietnamese first in a bilingual report: "Trang X / Y" on every page but the cover.
    pages.slice(1).forEach((p, i) => expect(p, `page ${i + 2}`).toContain(`Trang ${i + 2} / ${total}`));
    // Body pages portrait, appendix pages landscape.
    expect(poppler('pdfinfo', ['-f', String(body), '-l', String(body)])).toMatch(/595\.28 x 841\.89/);
    for (const n of [body + 1, body + Math.floor(computed / 2), total]) expect(poppler('pdfinfo', ['-f', String(n), '-l', String(n)]), `page ${n}`).toMatch(/841\.89 x 595\.28/);
    // The contents page lists the appendices; the per-VM target configuration has every VM, first and last.
    const text = pages.join('\n');
    expect(text).toContain('Cấu hình đích của từng máy ảo');
    expect(targets.length).toBeGreaterThan(1500);
    const first = String(targets[0]?.[0]);
    const last = String(targets.at(-1)?.[0]);
    const appendixText = pages.slice(body).join('\n');
    expect(appendixText).toContain(first);
    expect(appendixText).toContain(last);
  });

  it('never splits a number across lines: every numeric cell of the per-VM table is whole on its row', () => {
    const layout = poppler('pdftotext', ['-layout', '-enc', 'UTF-8']);
    const all = layout.split('\n');
    let checked = 0;
    for (const row of targets.slice(0, 400)) {
      const name = String(row[0]);
      // The name's first line in the per-VM table: each number of its row is there as a whole token.
      const candidates = all.filter((l) => l.trimStart().startsWith(`${name} `));
      const numbers = row.filter((c): c is number => typeof c === 'number').map((n) => formatNumber(n, 'vi+en'));
      const line = candidates.find((l) => numbers.every((n) => new RegExp(`(^|\\s)${n.replace(/[.]/g, '\\.')}(\\s|$)`).test(l)));
      expect(line, `${name}: ${numbers.join(' ')}`).toBeDefined();
      checked++;
    }
    expect(checked).toBe(400);
  });
});
