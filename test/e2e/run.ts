/**
 * End-to-end test of the built web UI (`npm run test:e2e` builds it first): Debian Chromium driven by
 * playwright-core against the same static server `npm start` uses in browser mode. It loads the demo on
 * first run, checks the inventory figures against the importer run in Node on the same files, switches the
 * UI language, opens a real RVTools export through the file chooser, exports a PDF and reads it back.
 * Screenshots go to a temp folder (printed at the end). Prints a pass/fail summary; exits 1 on failure.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createStaticServer, listen } from '../../cli/start.mjs';
import { importFiles } from '../../shared/import';
import { formatNumber, t } from '../../shared/i18n';
import { summarize, type InventorySummary } from '../../shared/model/summary';
import { chooseFiles, storedProjectExpr, type E2eSteps } from './context';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(here, '../..');
const DIST = path.join(REPO, 'dist', 'renderer');
const DEMO_DIR = path.join(REPO, 'templates', 'demo');
const SAMPLE = path.resolve(REPO, '../shared/samples/rvtools-4.6-339vms.xlsx');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-e2e-'));

type Result = { name: string; ok: boolean; detail?: string };
const results: Result[] = [];
/** Figures of the project currently open in the app (from the importer run in Node on the same files). */
let current: InventorySummary | null = null;

async function step(name: string, fn: () => Promise<void>): Promise<boolean> {
  try {
    await fn();
    results.push({ name, ok: true });
    process.stdout.write(`  ✓ ${name}\n`);
    return true;
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n').slice(0, 6).join('\n    ') : String(e);
    results.push({ name, ok: false, detail });
    process.stdout.write(`  ✗ ${name}\n    ${detail}\n`);
    return false;
  }
}

function check(cond: boolean, msg: string): void {
  if (!cond) throw new Error(msg);
}

async function expectedSummary(files: string[]): Promise<InventorySummary> {
  const input = files.map((f) => ({ name: path.basename(f), data: new Uint8Array(fs.readFileSync(f)) }));
  const { inventory } = await importFiles(input);
  return summarize(inventory);
}

/** Page expression: the name of the project in the IndexedDB autosave ('' when none). */
const STORED_PROJECT_NAME = storedProjectExpr('p.meta.name');

/** The integer shown in a stat card (digits only: "1.234" in vi and "1,234" in en both give 1234). */
async function stat(page: Page, id: string): Promise<number> {
  const txt = (await page.getByTestId(id).textContent()) ?? '';
  return Number(txt.replace(/[^\d]/g, ''));
}

async function checkStats(page: Page, exp: InventorySummary): Promise<void> {
  const got = {
    vms: await stat(page, 'stat-vms'),
    templates: await stat(page, 'stat-templates'),
    poweredOn: await stat(page, 'stat-poweredOn'),
    hosts: await stat(page, 'stat-hosts'),
    clusters: await stat(page, 'stat-clusters'),
    datastores: await stat(page, 'stat-datastores'),
    vCpus: await stat(page, 'stat-vcpus'),
  };
  const want = { vms: exp.vms, templates: exp.templates, poweredOn: exp.poweredOn, hosts: exp.hosts, clusters: exp.clusters, datastores: exp.datastores, vCpus: exp.vCpus };
  check(JSON.stringify(got) === JSON.stringify(want), `inventory figures ${JSON.stringify(got)} ≠ importer ${JSON.stringify(want)}`);
}

/** The shell's own steps (first run, language, import, autosave, export). */
async function mainSteps(page: Page, demoFiles: string[]): Promise<void> {
    await step('first run opens the demo estate and shows its inventory figures', async () => {
      check(demoFiles.length > 0, 'templates/demo has no demo files');
      const exp = await expectedSummary(demoFiles);
      await page.getByTestId('stat-vms').waitFor({ timeout: 30_000 });
      await checkStats(page, exp);
      const rows = await page.getByTestId('cluster-table').locator('tbody tr').count();
      check(rows >= exp.clusters, `cluster table has ${rows} rows for ${exp.clusters} clusters`);
      check((await page.getByRole('heading', { level: 1 }).textContent()) === 'Inventory summary', 'English heading missing');
      await page.screenshot({ path: path.join(SHOTS, '01-inventory-en.png'), fullPage: false });
    });

    await step('switching the UI language shows Vietnamese text, and it persists', async () => {
      await page.getByTestId('ui-lang-vi').click();
      await page.getByRole('heading', { name: 'Tổng quan kiểm kê' }).waitFor({ timeout: 5000 });
      check((await page.getByTestId('nav-import').textContent())?.includes('Nhập dữ liệu') === true, 'nav not in Vietnamese');
      check((await page.locator('html').getAttribute('lang')) === 'vi', 'html lang not vi');
      await page.screenshot({ path: path.join(SHOTS, '02-inventory-vi.png') });
      await page.reload();
      await page.getByRole('heading', { name: 'Tổng quan kiểm kê' }).waitFor({ timeout: 20_000 });
    });

    await step('the concept map shows the version-aware rows in both languages', async () => {
      await page.getByTestId('nav-mapping').click();
      await page.getByTestId('concept-core').waitFor();
      const rowsVi = await page.getByTestId('concept-core').locator('tbody tr').count();
      check(rowsVi > 5, `only ${rowsVi} core concept rows`);
      await page.getByRole('radio', { name: 'Proxmox VE 8.x' }).click();
      await page.screenshot({ path: path.join(SHOTS, '03-mapping-vi.png') });
      await page.getByTestId('ui-lang-en').click();
      await page.getByRole('heading', { level: 1, name: /concept map/ }).waitFor();
      await page.screenshot({ path: path.join(SHOTS, '04-mapping-en.png') });
    });

    await step('a real RVTools export opened through the file chooser gives the documented figures', async () => {
      check(fs.existsSync(SAMPLE), `sample missing: ${SAMPLE}`);
      const exp = await expectedSummary([SAMPLE]);
      // The acceptance figures for this sample.
      check(exp.vms === 295 && exp.templates === 44 && exp.poweredOn === 258 && exp.hosts === 20 && exp.clusters === 11, `importer figures ${JSON.stringify(exp)}`);
      await chooseFiles(page, SAMPLE);
      // A project (the demo) is open: the app asks whether to update it or start a new one.
      await page.getByTestId('choice-new').click();
      await page.getByText(/Imported 295 VMs/).waitFor({ timeout: 60_000 });
      await page.screenshot({ path: path.join(SHOTS, '05-import-en.png') });
      await page.getByTestId('nav-inventory').click();
      await checkStats(page, exp);
      await page.screenshot({ path: path.join(SHOTS, '06-inventory-sample-en.png') });
    });

    await step('the imported project is autosaved (IndexedDB) and reopened after a reload, not replaced by the demo', async () => {
      // Wait until the autosave holds the imported project, then reload.
      const deadline = Date.now() + 15_000;
      let stored = '';
      while (Date.now() < deadline) {
        stored = String(await page.evaluate(STORED_PROJECT_NAME));
        if (stored === 'rvtools-4.6-339vms') break;
        await page.waitForTimeout(200);
      }
      check(stored === 'rvtools-4.6-339vms', `autosave holds "${stored}"`);
      await page.reload();
      await page.getByTestId('stat-vms').waitFor({ timeout: 20_000 });
      const name = (await page.getByTestId('project-name').textContent()) ?? '';
      const banners = await page.locator('.banner').allTextContents();
      check(name.includes('rvtools-4.6-339vms'), `project name after reload: ${name}; banners: ${banners.join(' | ')}`);
      await checkStats(page, await expectedSummary([SAMPLE]));
    });

    await step('dropping several files on the drop zone imports them together', async () => {
      const files = [SAMPLE, path.join(path.dirname(SAMPLE), 'rvtools-small-complete.xlsx')];
      const exp = await expectedSummary(files);
      await page.getByTestId('nav-import').click();
      const payload = files.map((f) => ({ name: path.basename(f), b64: fs.readFileSync(f).toString('base64') }));
      const dt = await page.evaluateHandle(
        `((items) => {
          const dt = new DataTransfer();
          for (const it of items) {
            const bin = atob(it.b64);
            const bytes = new Uint8Array(bin.length);
            for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
            dt.items.add(new File([bytes], it.name));
          }
          return dt;
        })(${JSON.stringify(payload)})`,
      );
      await page.getByTestId('dropzone').dispatchEvent('dragover', { dataTransfer: dt });
      await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer: dt });
      await page.getByTestId('choice-new').click();
      await page.getByText(new RegExp(`Imported ${formatNumber(exp.vms, 'en')} VMs and ${formatNumber(exp.hosts, 'en')} hosts from 2 file`)).waitFor({ timeout: 60_000 });
      await page.screenshot({ path: path.join(SHOTS, '06a-drop-two-files-en.png') });
      await page.getByTestId('nav-inventory').click();
      await checkStats(page, exp);
      current = exp;
    });

    await step('a file that is not a spreadsheet gives a coded bilingual error and keeps the project', async () => {
      const junk = path.join(SHOTS, 'notes.xlsx');
      fs.writeFileSync(junk, 'this is not a workbook\n'.repeat(50));
      const before = await page.getByTestId('project-name').textContent();
      await page.getByTestId('nav-import').click();
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: /Open files/ }).click()]);
      await chooser.setFiles(junk);
      await page.getByTestId('choice-new').click();
      const banner = page.locator('.banner-error');
      await banner.waitFor({ timeout: 30_000 });
      const code = (await banner.locator('.banner-code').textContent()) ?? '';
      check(/^[A-Z][A-Z0-9_]+$/.test(code), `no error code in the banner (${code})`);
      check((await page.getByTestId('project-name').textContent()) === before, 'the project changed after a failed import');
      await page.screenshot({ path: path.join(SHOTS, '06b-import-error-en.png') });
      await page.getByTestId('ui-lang-vi').click();
      check(((await banner.textContent()) ?? '').includes(code), 'code missing after the language switch');
      await page.screenshot({ path: path.join(SHOTS, '06b-import-error-vi.png') });
      await page.getByTestId('ui-lang-en').click();
    });

    await step('keyboard: Alt+↓ moves to the next step, arrow keys move focus in the navigation', async () => {
      await page.getByTestId('nav-inventory').click();
      await page.keyboard.press('Alt+ArrowDown');
      check((await page.locator('main').getAttribute('data-step')) === 'mapping', 'Alt+ArrowDown did not open the next step');
      await page.getByTestId('nav-cost').focus();
      await page.keyboard.press('ArrowDown');
      check((await page.locator(':focus').getAttribute('data-testid')) === 'nav-waves', 'ArrowDown did not move focus');
      await page.keyboard.press('Enter');
      check((await page.locator('main').getAttribute('data-step')) === 'waves', 'Enter did not open the Waves step');
      check((await page.locator('main').getAttribute('data-available')) === 'true', 'the Waves step should be available');
      await page.getByRole('heading', { name: 'Migration waves', level: 1 }).waitFor();
      await page.getByTestId('ui-lang-en').focus();
      await page.keyboard.press('ArrowLeft');
      check((await page.locator('html').getAttribute('lang')) === 'vi', 'ArrowLeft in the language switch did not select Tiếng Việt');
      await page.getByRole('heading', { name: 'Các đợt chuyển đổi', level: 1 }).waitFor();
      await page.screenshot({ path: path.join(SHOTS, '06c-waves-keyboard-vi.png') });
      await page.keyboard.press('ArrowRight');
      check((await page.locator('html').getAttribute('lang')) === 'en', 'ArrowRight did not select English');
    });

    await step('export a bilingual PDF: the download is a real PDF with Vietnamese and English headings', async () => {
      await page.getByTestId('ui-lang-vi').click();
      await page.keyboard.press('Control+e');
      await page.getByTestId('export-run').waitFor();
      await page.getByTestId('report-lang-vi+en').check();
      const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-run').click()]);
      const file = path.join(SHOTS, d.suggestedFilename());
      await d.saveAs(file);
      const bytes = fs.readFileSync(file);
      check(bytes.subarray(0, 5).toString('latin1') === '%PDF-', `download does not start with %PDF- (${d.suggestedFilename()})`);
      check(bytes.length > 20_000, `PDF only ${bytes.length} bytes`);
      check(d.suggestedFilename().endsWith('.pdf'), `file name ${d.suggestedFilename()}`);
      const txt = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      check(/khái niệm/i.test(txt) && /concept map/i.test(txt), 'PDF text lacks the Vietnamese and English concept-map headings');
      await page.screenshot({ path: path.join(SHOTS, '07-export-vi.png') });
    });

    await step('export XLSX, Markdown and plan.json together: three real files', async () => {
      await page.getByTestId('format-pdf').uncheck();
      for (const f of ['xlsx', 'md', 'json']) await page.getByTestId(`format-${f}`).check();
      await page.getByTestId('report-lang-en').check();
      const got = new Map<string, Buffer>();
      const all = new Promise<void>((resolve) => {
        page.on('download', (d) => {
          void d.path().then((p) => {
            if (p) got.set(d.suggestedFilename(), fs.readFileSync(p));
            if (got.size === 3) resolve();
          });
        });
      });
      await page.getByTestId('export-run').click();
      await Promise.race([all, page.waitForTimeout(120_000)]);
      const names = [...got.keys()].sort();
      check(names.length === 3, `downloads: ${names.join(', ')}`);
      const xlsx = names.find((n) => n.endsWith('-en.xlsx'));
      const md = names.find((n) => n.endsWith('-en.md'));
      check(xlsx !== undefined && got.get(xlsx)?.subarray(0, 2).toString('latin1') === 'PK', 'no XLSX (zip) download');
      check(md !== undefined && /^# /m.test(got.get(md)?.toString('utf8') ?? ''), 'no Markdown download');
      const json = JSON.parse(got.get('plan.json')?.toString('utf8') ?? '{}') as { schema?: string; inventory?: { summary?: { vms?: number } } };
      check(json.schema === 'vm2pve.plan/1' && current !== null && json.inventory?.summary?.vms === current.vms, `plan.json: ${JSON.stringify(json).slice(0, 120)}`);
    });

    await step('export: the full PDF shows its stage and pages while it runs, and Cancel stops it with nothing downloaded', async () => {
      for (const f of ['xlsx', 'md', 'json']) await page.getByTestId(`format-${f}`).uncheck();
      await page.getByTestId('format-pdf').check();
      await page.getByTestId('report-profile-full').check();
      let downloads = 0;
      const count = (): void => {
        downloads++;
      };
      page.on('download', count);
      await page.getByTestId('export-run').click();
      const bar = page.getByRole('progressbar');
      await bar.waitFor({ timeout: 30_000 });
      // The label names the PDF's stage with a page count (Vietnamese or English phase texts of the dictionary).
      const phases = ['ui.export.phase.body', 'ui.export.phase.bodyDraw', 'ui.export.phase.appendix', 'ui.export.phase.prepare'] as const;
      const stems = phases.flatMap((k) => (['vi', 'en'] as const).map((l) => t(l, k, { done: 0, total: 0 }).split(':')[0] ?? ''));
      let label = '';
      const seen = new Set<number>();
      for (let i = 0; i < 600 && !(stems.some((s) => label.includes(s)) && seen.size >= 2); i++) {
        if ((await bar.count()) === 0) break;
        label = (await page.getByTestId('progress-label').textContent().catch(() => '')) ?? '';
        seen.add(Number((await bar.getAttribute('aria-valuenow').catch(() => '0')) ?? 0));
        await page.waitForTimeout(100);
      }
      check(stems.some((s) => label.includes(s)), `no PDF stage in the progress label: ${label}`);
      check(seen.size >= 2, `the progress bar did not move (${[...seen].join(', ')})`);
      await page.screenshot({ path: path.join(SHOTS, '07b-export-full-progress.png') });
      await page.getByTestId('progress-cancel').click();
      await bar.waitFor({ state: 'detached', timeout: 15_000 });
      await page.getByText(new RegExp(`${t('vi', 'ui.export.canceled')}|${t('en', 'ui.export.canceled')}`)).waitFor({ timeout: 10_000 });
      await page.waitForTimeout(2_000);
      page.off('download', count);
      check(downloads === 0, `${downloads} file(s) downloaded after Cancel`);
      await page.getByTestId('report-profile-summary').check();
    });

}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build:renderer` first');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  const demoFiles = fs.existsSync(DEMO_DIR) ? fs.readdirSync(DEMO_DIR).filter((f) => /\.(xlsx|csv)$/i.test(f)).map((f) => path.join(DEMO_DIR, f)) : [];

  const server = createStaticServer(DIST);
  const port = await listen(server, 0, true);
  const url = `http://127.0.0.1:${port}/`;
  let browser: Browser | null = null;
  const problems: string[] = [];
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ acceptDownloads: true, locale: 'en-US', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    await page.goto(url);

    // E2E_ONLY=<step module name(s)>: run only those step modules (`main`: the steps of this file).
    const only = process.env.E2E_ONLY ? process.env.E2E_ONLY.split(',') : null;
    if (!only || only.includes('main')) await mainSteps(page, demoFiles);

    // Step modules of the workflow views (test/e2e/steps/*.ts), each in a fresh browser context, so the app
    // opens the demo estate as on a first run.
    const stepsDir = path.join(here, 'steps');
    for (const f of fs.existsSync(stepsDir) ? fs.readdirSync(stepsDir).filter((x) => x.endsWith('.ts')).sort() : []) {
      const mod = (await import(path.join(stepsDir, f))) as { steps?: E2eSteps };
      if (!mod.steps || (only && !only.includes(f.replace(/\.ts$/, '')))) continue;
      const ctx = await browser.newContext({ acceptDownloads: true, locale: 'en-US', viewport: { width: 1400, height: 900 } });
      const p = await ctx.newPage();
      p.on('pageerror', (e) => problems.push(`${f}: page error: ${e.message}`));
      p.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${f}: console error: ${m.text()}`);
      });
      p.on('requestfailed', (r) => problems.push(`${f}: request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
      await p.goto(url);
      await p.getByTestId('stat-vms').waitFor({ timeout: 30_000 });
      try {
        await mod.steps({ page: p, step, check, shots: SHOTS });
      } finally {
        await ctx.close();
      }
    }

    await step('no page errors, console errors, CSP violations or failed requests', async () => {
      check(problems.length === 0, problems.slice(0, 5).join('\n'));
    });
  } finally {
    await browser?.close();
    server.close();
  }
}

main()
  .catch((e: unknown) => {
    results.push({ name: 'e2e setup', ok: false, detail: e instanceof Error ? e.message : String(e) });
    process.stdout.write(`  ✗ e2e setup\n    ${e instanceof Error ? e.message : String(e)}\n`);
  })
  .finally(() => {
    const failed = results.filter((r) => !r.ok).length;
    process.stdout.write(`\nScreenshots: ${SHOTS}\nE2E: ${results.length - failed} passed, ${failed} failed\n`);
    process.exitCode = failed > 0 ? 1 : 0;
  });
