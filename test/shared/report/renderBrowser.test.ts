import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { flat, pdfPages } from './pdfText';

/**
 * The same shared/ renderer code, bundled for the browser (pdfmake's `browser` build is picked, as Vite
 * does), runs in a Chromium page and in a Web Worker, embeds Roboto (also for the text of SVG charts) and
 * makes no network request.
 */
const REPO = path.resolve(__dirname, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-browser-pdf-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ENTRY = `
import { renderPdf } from ${JSON.stringify(path.join(REPO, 'shared/report/renderPdf'))};
import { renderXlsx } from ${JSON.stringify(path.join(REPO, 'shared/report/renderXlsx'))};
import { conceptMapSections } from ${JSON.stringify(path.join(REPO, 'shared/report/sections/conceptMap'))};
const model = {
  title: { vi: 'Kế hoạch chuyển đổi', en: 'Migration plan' },
  meta: { project: 'Dự án thử', generatedAt: '2026-01-01T00:00:00Z', calculatorVersion: '0.1.0' },
  sections: [
    ...conceptMapSections('pve9.2'),
    {
      id: 'chart',
      title: { vi: 'Biểu đồ chi phí', en: 'Cost chart' },
      blocks: [{
        kind: 'chart',
        id: 'c',
        title: { vi: 'Chi phí cộng dồn', en: 'Cumulative cost' },
        chart: {
          kind: 'bar',
          categories: [{ vi: 'Năm thứ nhất', en: 'First year' }, { vi: 'Năm thứ hai', en: 'Second year' }],
          categoryLabel: { vi: 'Năm', en: 'Year' },
          series: [{ name: { vi: 'Gia hạn VMware', en: 'VMware renewal' }, values: [100, 200], color: '#6b7c93' }],
          unit: 'USD',
        },
      }],
    },
  ],
};
const g = self;
(async () => {
  let result;
  try {
    const pdf = await renderPdf(model, 'vi+en');
    const xlsx = renderXlsx(model, 'vi');
    // The full profile: a per-VM section drawn as landscape appendix pages on pdfmake's document.
    const perVm = {
      id: 'per-vm', title: { vi: 'Theo từng máy ảo', en: 'Per VM' }, detail: 'full', appendix: true, landscape: true,
      blocks: [{ kind: 'table', id: 'vms', columns: [{ key: 'vm', label: { vi: 'Máy ảo', en: 'VM' } }, { key: 'ram', label: { vi: 'RAM', en: 'RAM' }, align: 'right' }],
        rows: Array.from({ length: 300 }, (_, i) => ['vm-' + String(i).padStart(4, '0'), 1000 + i]) }],
    };
    const full = await renderPdf({ ...model, profile: 'full', sections: [...model.sections, perVm] }, 'vi+en');
    const b64 = (u) => { let bin = ''; for (const b of u) bin += String.fromCharCode(b); return btoa(bin); };
    result = { ok: true, xlsx: xlsx.length, pdf: b64(pdf), full: b64(full) };
  } catch (e) {
    result = { ok: false, error: String((e && e.stack) || e) };
  }
  g.result = result;
  if (typeof window === 'undefined') g.postMessage(result);
})();
`;

type Result = { ok: boolean; xlsx?: number; pdf?: string; full?: string; error?: string };

describe('renderers in a browser and a Web Worker', () => {
  it('render the concept map to PDF and XLSX in Chromium without network access', { timeout: 180_000 }, async () => {
    const entry = path.join(tmp, 'entry.js');
    fs.writeFileSync(entry, ENTRY);
    const out = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent' });
    const js = out.outputFiles[0]?.contents;
    if (!js) throw new Error('no bundle');

    const server = http.createServer((req, res) => {
      if (req.url === '/bundle.js') {
        res.setHeader('content-type', 'text/javascript');
        res.end(js);
        return;
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><meta charset="utf-8"><script src="/bundle.js"></script>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(origin)) foreign.push(r.url());
      });
      await page.goto(`${origin}/`);
      // Browser-side code as strings: this file is type-checked for Node, without DOM types.
      await page.waitForFunction('self.result !== undefined', null, { timeout: 120_000 });
      const inPage = (await page.evaluate('self.result')) as Result;
      expect(inPage.error).toBeUndefined();
      expect(inPage.ok).toBe(true);
      expect(inPage.xlsx).toBeGreaterThan(1000);

      const inWorker = (await page.evaluate(`new Promise((resolve) => {
        const w = new Worker('/bundle.js');
        w.onmessage = (e) => resolve(e.data);
        w.onerror = (e) => resolve({ ok: false, error: e.message });
      })`)) as Result;
      expect(inWorker.error).toBeUndefined();
      expect(inWorker.ok).toBe(true);
      expect(foreign).toEqual([]);

      for (const r of [inPage, inWorker]) {
        const text = flat(pdfPages(Uint8Array.from(Buffer.from(r.pdf ?? '', 'base64'))).join(' '));
        expect(text).toContain('Bản đồ khái niệm vSphere sang Proxmox VE');
        expect(text).toContain('vSphere to Proxmox VE concept map');
        expect(text).toMatch(/ha-auto- ?rebalance/);
        expect(text).toContain('Proxmox VE 9.2 or later');
        // Chart labels are text drawn inside the SVG with the embedded font (no file access in a browser).
        expect(text).toContain('Gia hạn VMware');
        expect(text).toContain('Năm thứ hai');
        const full = pdfPages(Uint8Array.from(Buffer.from(r.full ?? '', 'base64')));
        const all = flat(full.join(' '));
        expect(all).toContain('Phụ lục A — Theo từng máy ảo');
        expect(all).toContain('vm-0000');
        expect(all).toContain('vm-0299');
        expect(full.at(-1)).toContain(`Trang ${full.length} / ${full.length}`);
      }
    } finally {
      await browser.close();
      server.close();
    }
  });
});
