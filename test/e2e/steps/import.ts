import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { writeSyntheticXlsx } from '../../../cli/generate/fixtures';
import { formatNumber, t } from '../../../shared/i18n';
import { importFiles, type ImportResult } from '../../../shared/import';
import type { Vm } from '../../../shared/model/inventory';
import { summarize } from '../../../shared/model/summary';
import { filterIssues } from '../../../renderer/views/import/issueFilter';
import { snapshotRows, vmRows } from '../../../renderer/views/inventory/inventoryRows';
import { sortRows } from '../../../renderer/components/tableModel';
import { chooseFiles, poll, tallShot, type E2eSteps } from '../context';

const here = path.dirname(fileURLToPath(import.meta.url));
const DEMO_DIR = path.resolve(here, '../../..', 'templates', 'demo');

async function importInNode(files: string[]): Promise<ImportResult> {
  return importFiles(files.map((f) => ({ name: path.basename(f), data: new Uint8Array(fs.readFileSync(f)) })));
}

const demoPaths = (): string[] =>
  fs
    .readdirSync(DEMO_DIR)
    .filter((f) => /\.(xlsx|csv)$/i.test(f))
    .sort()
    .map((f) => path.join(DEMO_DIR, f));

/** Page expression: the whole autosaved project JSON ('' when none). */
const STORED_PROJECT = `new Promise((resolve) => {
  const req = indexedDB.open('vm2pve');
  req.onerror = () => resolve('');
  req.onsuccess = () => {
    const db = req.result;
    try {
      const get = db.transaction('autosave').objectStore('autosave').get('project');
      get.onsuccess = () => { db.close(); resolve(typeof get.result === 'string' ? get.result : ''); };
      get.onerror = () => { db.close(); resolve(''); };
    } catch { db.close(); resolve(''); }
  };
})`;

async function readDownload(d: Download): Promise<Buffer> {
  const p = await d.path();
  return fs.readFileSync(p);
}

/** The row count a data tab reports (data-count of its counter). */
async function tabCount(page: Page, id: string): Promise<number> {
  await page.getByTestId(`inv-tab-${id}`).click();
  const el = page.getByTestId(`${id}-count`);
  await el.waitFor();
  return Number(await el.getAttribute('data-count'));
}

/** Text of the first cell in the given (1-based, header = 1) row of a data table. */
async function firstCell(page: Page, table: string, ariaRow: number): Promise<string> {
  return (await page.getByTestId(table).locator(`[role=row][aria-rowindex="${ariaRow}"] [role=cell]`).first().textContent()) ?? '';
}

async function setLang(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await page.getByTestId(`ui-lang-${lang}`).click();
  await poll(page, `document.documentElement.lang === '${lang}'`, 10_000, `UI language ${lang}`);
}


export const steps: E2eSteps = async ({ page, step, check, shots }) => {
  const demo = await importInNode(demoPaths());
  const demoVmNames = demo.inventory.vms.map((v) => v.name);

  await step('inventory tabs: hosts, datastores, snapshots, VMs counts equal the importer in Node', async () => {
    await page.getByTestId('nav-inventory').click();
    const snaps = snapshotRows(demo.inventory, new Date()).length;
    check((await tabCount(page, 'vms')) === summarize(demo.inventory).vms, 'VM tab count');
    check((await tabCount(page, 'hosts')) === demo.inventory.hosts.length, `hosts tab count ≠ ${demo.inventory.hosts.length}`);
    check((await tabCount(page, 'datastores')) === demo.inventory.datastores.length, `datastores tab count ≠ ${demo.inventory.datastores.length}`);
    check((await tabCount(page, 'snapshots')) === snaps && snaps > 0, `snapshots tab count ≠ ${snaps}`);
    check((await tabCount(page, 'networks')) === demo.inventory.portGroups.length, 'port group tab count');
    check((await tabCount(page, 'licences')) === demo.inventory.licenses.length, 'licence tab count');
    await page.getByTestId('inv-tab-snapshots').click();
    await tallShot(page, path.join(shots, 'import-inventory-snapshots-en.png'), { maxHeight: 6000 });
  });

  await step('inventory: sorting a column by click and by keyboard, search and power filter', async () => {
    await page.getByTestId('inv-tab-vms').click();
    const vms = vmRows(demo.inventory);
    const byMemDesc = sortRows(vms, (v: Vm) => v.memoryMiB, 'desc');
    const byNameAsc = sortRows(vms, (v: Vm) => v.name, 'asc');
    await page.getByTestId('vms-table-sort-name').click();
    check((await firstCell(page, 'vms-table', 2)) === byNameAsc[0]?.name, `name ↑ first row: ${await firstCell(page, 'vms-table', 2)} ≠ ${byNameAsc[0]?.name}`);
    // Keyboard: focus the memory header button, Enter → ascending, Space → descending.
    await page.getByTestId('vms-table-sort-mem').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    const sortAttr = await page.getByTestId('vms-table').locator('[role=columnheader][aria-sort=descending]').count();
    check(sortAttr === 1, 'aria-sort descending not set on the memory header');
    check((await firstCell(page, 'vms-table', 2)) === byMemDesc[0]?.name, `mem ↓ first row: ${await firstCell(page, 'vms-table', 2)} ≠ ${byMemDesc[0]?.name}`);
    await page.screenshot({ path: path.join(shots, 'import-inventory-vms-sorted-en.png') });
    // Search and filter.
    const off = vms.filter((v) => v.powerState === 'poweredOff').length;
    await page.getByTestId('vms-filter').selectOption('poweredOff');
    check(Number(await page.getByTestId('vms-count').getAttribute('data-count')) === off, `power filter: ≠ ${off}`);
    await page.getByTestId('vms-filter').selectOption('');
    const target = vms[vms.length - 1] as Vm;
    await page.getByTestId('vms-search').fill(target.name);
    await poll(page, `Number(document.querySelector('[data-testid="vms-count"]')?.getAttribute('data-count')) < ${vms.length}`, 30_000, 'the VM search');
    const names = await page.getByTestId('vms-table').locator('[role=row][aria-rowindex] [role=cell]:first-child').allTextContents();
    check(names.includes(target.name) && names.every((n) => n.toLowerCase().includes(target.name.toLowerCase())), `search: ${names.slice(0, 5).join(', ')}`);
    await page.getByTestId('vms-search').fill('');
  });

  await step('inventory tabs in Vietnamese', async () => {
    await setLang(page, 'vi');
    await page.getByTestId('inv-tab-datastores').click();
    const label = (await page.getByTestId('inv-tab-datastores').textContent()) ?? '';
    check(label.startsWith('Datastore ('), `vi tab label: ${label}`);
    check(((await page.getByTestId('inv-tab-licences').textContent()) ?? '').startsWith('Bản quyền'), 'vi licences tab');
    const head = (await page.getByTestId('datastores-table').locator('[role=columnheader]').allTextContents()).join(' | ');
    check(head.includes(t('vi', 'ui.inv.colCapacity')), `vi headers: ${head}`);
    await tallShot(page, path.join(shots, 'import-inventory-datastores-vi.png'), { maxHeight: 6000 });
    await setLang(page, 'en');
  });

  await step('import report: severity filter and search match the importer; problem rows and template download as real XLSX', async () => {
    await page.getByTestId('nav-import').click();
    const issues = demo.report.issues;
    check(issues.length > 0, 'the demo has no findings');
    const warnings = filterIssues(issues, 'warning', '', 'en').length;
    await page.getByTestId('issues-filter-warning').click();
    check(Number(await page.getByTestId('issues-shown').getAttribute('data-count')) === warnings, `warning filter ≠ ${warnings}`);
    await page.getByTestId('issues-filter-all').click();
    const code = (issues[0] as { code: string }).code;
    await page.getByTestId('issues-search').fill(code);
    const expected = filterIssues(issues, 'all', code, 'en').length;
    await poll(page, `Number(document.querySelector('[data-testid="issues-shown"]')?.getAttribute('data-count')) === ${expected}`, 5000, 'the findings search');
    await page.getByTestId('issues-search').fill('');
    const excluded = demo.report.excluded.reduce((n, x) => n + x.count, 0);
    check(Number(await page.getByTestId('import-counts').getAttribute('data-excluded')) === excluded, `excluded ≠ ${excluded}`);
    check(Number(await page.getByTestId('import-counts').getAttribute('data-unknown')) === demo.report.unknown.length, 'unknown count');

    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('download-problems').click()]);
    const bytes = await readDownload(d);
    check(bytes.subarray(0, 2).toString('latin1') === 'PK', 'problem rows: not a zip');
    const wb = XLSX.read(bytes, { type: 'buffer' });
    const sheet = wb.Sheets[wb.SheetNames[0] as string];
    const rows = sheet ? XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 }) : [];
    check(rows.length - 1 === issues.length, `problem rows: ${rows.length - 1} findings ≠ ${issues.length}`);
    check(String((rows[0] as unknown[])[0]) !== '' && d.suggestedFilename().endsWith('-en.xlsx'), `problem rows file ${d.suggestedFilename()}`);

    const [tpl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('download-template').click()]);
    const tb = await readDownload(tpl);
    check(tb.subarray(0, 2).toString('latin1') === 'PK' && XLSX.read(tb, { type: 'buffer' }).SheetNames.length >= 3, 'template: not a workbook');
    await tallShot(page, path.join(shots, 'import-report-en.png'), { maxHeight: 6000 });
  });

  await step('anonymise on + load demo: VM names are pseudonyms everywhere; the private map downloads as CSV', async () => {
    await page.getByTestId('anonymise-toggle').check();
    await page.getByTestId('load-demo').click();
    // A project is open: loading the demo over it asks first.
    await page.getByTestId('replace-go').click();
    await page.getByTestId('anonymised-note').waitFor({ timeout: 60_000 });
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('inv-tab-vms').click();
    const shown = await page.getByTestId('vms-table').locator('[role=row][aria-rowindex] [role=cell]:first-child').allTextContents();
    check(shown.length > 5, 'no VM rows');
    check(shown.every((n) => /^vm-[0-9a-z]{7}$/.test(n)), `not pseudonyms: ${shown.slice(0, 4).join(', ')}`);
    // None of the demo VM names anywhere in the stored project (inventory, import report, decisions).
    // Wait until the autosave holds the anonymised project (its name says so), not the demo opened before.
    const isAnonymised = (json: string): boolean => {
      try {
        return (JSON.parse(json) as { meta?: { name?: string } }).meta?.name === 'Anonymised estate';
      } catch {
        return false;
      }
    };
    let stored = '';
    for (let i = 0; i < 75 && !isAnonymised(stored); i++) {
      stored = String(await page.evaluate(STORED_PROJECT));
      if (!isAnonymised(stored)) await page.waitForTimeout(200);
    }
    check(isAnonymised(stored), 'the autosave never held the anonymised project');
    const leaked = demoVmNames.filter((n) => n.length >= 3 && stored.includes(JSON.stringify(n).slice(1, -1)));
    check(stored.length > 0 && leaked.length === 0, `names in the autosave: ${leaked.slice(0, 5).join(', ')}`);
    await page.getByTestId('vms-search').fill((demoVmNames[0] as string).slice(0, 12));
    check(Number(await page.getByTestId('vms-count').getAttribute('data-count')) === 0, 'a real VM name is still searchable');
    await page.getByTestId('vms-search').fill('');
    await page.screenshot({ path: path.join(shots, 'import-inventory-anonymised-en.png') });

    await page.getByTestId('nav-import').click();
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('download-map').click()]);
    const csv = (await readDownload(d)).toString('utf8');
    const first = shown[0] as string;
    const line = csv.split(/\r?\n/).find((l) => l.endsWith(`,${first}`)) ?? '';
    const original = line.split(',')[1] ?? '';
    check(line.startsWith('vm,') && demoVmNames.includes(original), `map has no line for ${first}: ${line}`);
    await tallShot(page, path.join(shots, 'import-anonymised-en.png'), { maxHeight: 6000 });
    await setLang(page, 'vi');
    check(((await page.getByTestId('download-map').textContent()) ?? '') === t('vi', 'ui.import.downloadMap'), 'vi map button');
    check(((await page.getByTestId('download-problems').textContent()) ?? '') === t('vi', 'ui.import.downloadProblems'), 'vi problems button');
    await tallShot(page, path.join(shots, 'import-anonymised-vi.png'), { maxHeight: 6000 });
    await setLang(page, 'en');
    await page.getByTestId('anonymise-toggle').uncheck();
  });

  await step('a 10k-VM estate through the file chooser: VM count, and the VM table scrolls to its last rows', async () => {
    const file = writeSyntheticXlsx(10_000);
    const big = await importInNode([file]);
    const vms = vmRows(big.inventory);
    const n = summarize(big.inventory).vms;
    await page.getByTestId('nav-import').click();
    await page.getByTestId('anonymise-toggle').uncheck();
    await chooseFiles(page, file);
    await page.getByTestId('choice-new').click();
    await page.getByText(new RegExp(`Imported ${formatNumber(n, 'en')} VMs`)).waitFor({ timeout: 180_000 });
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('inv-tab-vms').click();
    check(Number(await page.getByTestId('vms-count').getAttribute('data-count')) === n && n === vms.length, `VM count ≠ ${n}`);
    const body = page.getByTestId('vms-table').locator('.vtable-body');
    await body.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const last = page.getByTestId('vms-table').locator(`[role=row][aria-rowindex="${n + 1}"]`);
    await last.waitFor({ timeout: 10_000 });
    const lastName = (await last.locator('[role=cell]').first().textContent()) ?? '';
    check(lastName === vms[vms.length - 1]?.name, `last row ${lastName} ≠ ${vms[vms.length - 1]?.name}`);
    const rendered = await page.getByTestId('vms-table').locator('[role=row][aria-rowindex]').count();
    check(rendered < 100, `${rendered} rows in the DOM: the table is not virtualised`);
    await page.getByTestId('vms-table').screenshot({ path: path.join(shots, 'import-inventory-10k-bottom-en.png') });
    // Sort the 10k VMs by provisioned size, largest first.
    await page.getByTestId('vms-table-sort-disk').click();
    await page.getByTestId('vms-table-sort-disk').click();
    await body.evaluate((el) => {
      el.scrollTop = 0;
    });
    const top = sortRows(vms, (v: Vm) => v.provisionedMiB, 'desc')[0]?.name;
    check((await firstCell(page, 'vms-table', 2)) === top, `10k disk ↓ first: ${await firstCell(page, 'vms-table', 2)} ≠ ${top}`);
  });
};
