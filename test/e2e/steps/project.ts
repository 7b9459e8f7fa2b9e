/**
 * The project journey in Chromium: import an export into the open project (the app asks new/update),
 * decide (HA tiers), save (in the browser and as a file), reload (autosave), re-import an edited export
 * (every decision kept, the change report lists exactly the edits), undo/redo, export plan.json with the
 * decisions in it; loading the demo over the project asks first. Screenshots of the dialogs in vi and en.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { formatNumber, t } from '../../../shared/i18n';
import { importFiles } from '../../../shared/import';
import { restoreProject } from '../../../shared/model/restore';
import { summarize } from '../../../shared/model/summary';
import { chooseFiles, poll, type E2eSteps } from '../context';

const here = path.dirname(fileURLToPath(import.meta.url));
const DEMO = path.resolve(here, '../../..', 'templates', 'demo', 'rvtools-demo.xlsx');

type Row = (string | number | boolean | null)[];

async function readDownload(d: Download): Promise<Buffer> {
  const p = await d.path();
  return fs.readFileSync(p);
}

async function setLang(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await page.getByTestId(`ui-lang-${lang}`).click();
  await poll(page, `document.documentElement.lang === ${JSON.stringify(lang)}`, 5000, `lang ${lang}`);
}

/** The demo workbook with one VM's memory doubled, one VM removed and one VM added (a copy with a new UUID). */
function editedDemo(dir: string, memory: string, remove: string, copy: string): string {
  const wb = XLSX.read(fs.readFileSync(DEMO));
  const ws = wb.Sheets.vInfo!;
  const rows = XLSX.utils.sheet_to_json<Row>(ws, { header: 1, defval: null, raw: true });
  const h = rows[0]!.map(String);
  const col = (n: string): number => h.indexOf(n);
  const rowOf = (name: string): Row => rows.find((r) => r[col('VM')] === name)!;
  rowOf(memory)[col('Memory')] = Number(rowOf(memory)[col('Memory')]) * 2;
  const added = [...rowOf(copy)];
  added[col('VM')] = 'e2e-added-vm';
  if (col('VM UUID') >= 0) added[col('VM UUID')] = '4200aaaa-0000-0000-0000-00000000e2e0';
  wb.Sheets.vInfo = XLSX.utils.aoa_to_sheet([...rows.filter((r) => r[col('VM')] !== remove), added]);
  const mem = wb.Sheets.vMemory ? XLSX.utils.sheet_to_json<Row>(wb.Sheets.vMemory, { header: 1, defval: null, raw: true }) : null;
  if (mem) {
    const mh = mem[0]!.map(String);
    const m = mem.find((r) => r[mh.indexOf('VM')] === memory);
    if (m && mh.indexOf('Size MiB') >= 0) m[mh.indexOf('Size MiB')] = Number(m[mh.indexOf('Size MiB')]) * 2;
    wb.Sheets.vMemory = XLSX.utils.aoa_to_sheet(mem);
  }
  const file = path.join(dir, 'estate.xlsx');
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return file;
}

async function importThrough(page: Page, file: string): Promise<void> {
  await chooseFiles(page, file);
}

async function tierOf(page: Page, vm: string): Promise<string> {
  return page.getByTestId(`tier-${vm}`).inputValue();
}

/** Wait until `cond` holds: the views show the plan, which a worker derives again after each change. */
async function until(cond: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export const steps: E2eSteps = async ({ page, step, check, shots }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-e2e-project-'));
  const first = path.join(dir, 'estate.xlsx');
  fs.copyFileSync(DEMO, first);
  const base = await importFiles([{ name: 'estate.xlsx', data: new Uint8Array(fs.readFileSync(first)) }]);
  const names = new Map<string, number>();
  for (const v of base.inventory.vms) names.set(v.name, (names.get(v.name) ?? 0) + 1);
  let tierVms: string[] = [];
  const chosen = new Map<string, string>();

  await step('project: importing into the open project asks "new project or update this one" (en)', async () => {
    await importThrough(page, first);
    await page.getByTestId('dialog-import-choice').waitFor({ timeout: 10_000 });
    const text = (await page.getByTestId('dialog-import-choice').textContent()) ?? '';
    check(text.includes(t('en', 'project.importChoice.update')) && text.includes(t('en', 'project.importChoice.new')), 'dialog buttons missing');
    await page.screenshot({ path: path.join(shots, 'project-import-choice-en.png') });
    await page.getByTestId('choice-new').click();
    await page.getByText(new RegExp(`Imported ${formatNumber(summarize(base.inventory).vms, 'en')} VMs`)).waitFor({ timeout: 60_000 });
    check(((await page.getByTestId('project-name').textContent()) ?? '').includes('estate'), 'the new project is not "estate"');
  });

  await step('project: decide (HA tiers) — each change is one undo step', async () => {
    await page.getByTestId('nav-ha').click();
    await page.getByTestId('ha-view').waitFor({ timeout: 30_000 });
    const selects = page.locator('select[data-testid^="tier-"]');
    await selects.first().waitFor({ timeout: 60_000 });
    const ids = await selects.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
    tierVms = ids.map((id) => id.slice('tier-'.length)).filter((n) => names.get(n) === 1).slice(0, 2);
    check(tierVms.length === 2, `no two VMs with tiers (${ids.length} selects)`);
    for (const vm of tierVms) {
      const now = await tierOf(page, vm);
      const next = now === 'none' ? '1' : 'none';
      await page.getByTestId(`tier-${vm}`).selectOption(next);
      chosen.set(vm, next);
      await until(async () => (await tierOf(page, vm)) === next, `tier of ${vm} set to ${next}`);
    }
    check(await page.getByTestId('undo').isEnabled(), 'undo is not enabled after a decision');
  });

  await step('project: save in the browser and as a file; the file restores with the decisions', async () => {
    await page.getByTestId('project-save').click();
    await page.getByText(/saved in this browser/).waitFor({ timeout: 10_000 });
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('project-save-as').click()]);
    check(d.suggestedFilename() === 'estate.vm2pve.json', `file name ${d.suggestedFilename()}`);
    const r = restoreProject((await readDownload(d)).toString('utf8'));
    check(r.ok, 'the saved file does not restore');
    if (!r.ok) return;
    const tiers = Object.values(r.project.decisions.design?.haTiers ?? {}).map(String).sort();
    check(JSON.stringify(tiers) === JSON.stringify([...chosen.values()].sort()), `tiers in the file: ${tiers.join(', ')}`);
  });

  await step('project: reload — the autosave reopens the project with its decisions; the stored list shows it', async () => {
    await poll(
      page,
      `new Promise((resolve) => { const q = indexedDB.open('vm2pve'); q.onerror = () => resolve(false); q.onsuccess = () => { const db = q.result; const g = db.transaction('autosave').objectStore('autosave').get('project'); g.onsuccess = () => { db.close(); resolve(typeof g.result === 'string' && g.result.includes(${JSON.stringify(`"haTiers"`)})); }; g.onerror = () => { db.close(); resolve(false); }; }; })`,
      15_000,
      'the decisions in the autosave',
    );
    await page.reload();
    await page.getByTestId('stat-vms').waitFor({ timeout: 30_000 });
    await page.getByTestId('nav-ha').click();
    for (const vm of tierVms) {
      await page.getByTestId(`tier-${vm}`).waitFor({ timeout: 60_000 });
      check((await tierOf(page, vm)) === chosen.get(vm), `tier of ${vm} lost on reload`);
    }
    await page.getByTestId('project-recent').click();
    await page.getByTestId('dialog-recent').waitFor();
    check((await page.getByTestId('recent-item').allTextContents()).includes('estate'), 'the stored project is not listed');
    await page.screenshot({ path: path.join(shots, 'project-recent-en.png') });
    await page.keyboard.press('Escape');
  });

  let edits = { memory: '', remove: '', copy: '' };
  await step('project: re-import an edited export (vi) — every decision kept, the change report lists exactly the edits', async () => {
    const others = base.inventory.vms.filter((v) => !v.template && names.get(v.name) === 1 && !tierVms.includes(v.name) && (v.memoryMiB ?? 0) > 0);
    edits = { memory: others[0]!.name, remove: others[1]!.name, copy: others[2]!.name };
    const file = editedDemo(fs.mkdtempSync(path.join(dir, 'e-')), edits.memory, edits.remove, edits.copy);
    await setLang(page, 'vi');
    await importThrough(page, file);
    await page.getByTestId('dialog-import-choice').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(shots, 'project-import-choice-vi.png') });
    await page.getByTestId('choice-update').click();
    const report = page.getByTestId('dialog-change-report');
    await report.waitFor({ timeout: 60_000 });
    const summary = (await page.getByTestId('change-summary').textContent()) ?? '';
    check(summary.includes('1 thêm mới, 1 không còn, 1 thay đổi'), `summary: ${summary}`);
    const text = (await report.textContent()) ?? '';
    check(text.includes('e2e-added-vm') && text.includes(edits.remove) && text.includes(edits.memory), 'report lacks the edited VMs');
    const changed = await page.getByTestId('changed-vm').allTextContents();
    check(changed.length === 1 && changed[0]!.includes(t('vi', 'project.field.memoryMiB')), `changed: ${changed.join(' | ')}`);
    await page.screenshot({ path: path.join(shots, 'project-change-report-vi.png') });
    await page.getByTestId('report-close').click();
    await page.getByTestId('nav-ha').click();
    for (const vm of tierVms) {
      await page.getByTestId(`tier-${vm}`).waitFor({ timeout: 60_000 });
      check((await tierOf(page, vm)) === chosen.get(vm), `tier of ${vm} lost by the re-import`);
    }
    await setLang(page, 'en');
  });

  await step('project: undo / redo (Ctrl+Z, Ctrl+Shift+Z) the re-import and a decision', async () => {
    const vms = summarize(base.inventory).vms;
    await page.getByTestId('nav-inventory').click();
    const count = async (): Promise<number> => Number(((await page.getByTestId('stat-vms').textContent()) ?? '').replace(/[^\d]/g, ''));
    check((await count()) === vms, `after re-import ${await count()} VMs, expected ${vms} (one removed, one added)`);
    // The history starts at the reload; after it: the re-import, then one more decision.
    await page.getByTestId('nav-ha').click();
    const second = tierVms[1]!;
    await page.getByTestId(`tier-${second}`).waitFor({ timeout: 60_000 });
    const before = chosen.get(second)!;
    const third = ['1', '2', 'none'].find((x) => x !== before && x !== 'none') ?? '2';
    await page.getByTestId(`tier-${second}`).selectOption(third);
    await until(async () => (await tierOf(page, second)) === third, 'the third tier');
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    await until(async () => (await tierOf(page, second)) === before, 'Ctrl+Z to take back the tier');
    await page.keyboard.press('Control+z');
    await until(async () => (await page.getByTestId(`tier-${edits.remove}`).count()) > 0, 'Ctrl+Z to take back the re-import (the removed VM is back)');
    await page.keyboard.press('Control+Shift+z');
    await until(async () => (await page.getByTestId(`tier-${edits.remove}`).count()) === 0, 'Ctrl+Shift+Z to apply the re-import again');
    await page.keyboard.press('Control+Shift+z');
    await until(async () => (await tierOf(page, second)) === third, 'Ctrl+Shift+Z to bring the tier back');
    chosen.set(second, third);
    check(await page.getByTestId('redo').isDisabled(), 'redo still enabled at the newest state');
  });

  await step('project: export plan.json — the decisions and the edited inventory are in it', async () => {
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-run').waitFor();
    for (const f of ['pdf', 'xlsx', 'md', 'docx', 'config']) {
      const box = page.getByTestId(`format-${f}`);
      if ((await box.count()) > 0 && (await box.isChecked())) await box.uncheck();
    }
    await page.getByTestId('format-json').check();
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-run').click()]);
    const plan = JSON.parse((await readDownload(d)).toString('utf8')) as { vms: { name: string; target: { haTier: 1 | 2 | null } | null }[] };
    const byName = new Map(plan.vms.map((v) => [v.name, v]));
    check(byName.has('e2e-added-vm') && !byName.has(edits.remove), 'plan.json does not hold the edited inventory');
    for (const vm of tierVms) {
      const want = chosen.get(vm) === 'none' ? null : Number(chosen.get(vm));
      check(byName.get(vm)?.target?.haTier === want, `plan.json tier of ${vm}: ${byName.get(vm)?.target?.haTier} ≠ ${want}`);
    }
  });

  await step('project: loading the demo over the project asks first (vi and en); cancel keeps the project', async () => {
    await page.getByTestId('nav-import').click();
    await page.getByTestId('load-demo').click();
    await page.getByTestId('dialog-replace').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(shots, 'project-demo-confirm-en.png') });
    await page.getByTestId('replace-cancel').click();
    await setLang(page, 'vi');
    await page.getByTestId('load-demo').click();
    await page.getByTestId('dialog-replace').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(shots, 'project-demo-confirm-vi.png') });
    await page.keyboard.press('Escape');
    check(((await page.getByTestId('project-name').textContent()) ?? '').includes('estate'), 'the project was replaced');
    await setLang(page, 'en');
  });
};
