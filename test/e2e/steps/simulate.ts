import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { toSweepInput } from '../../../shared/design/sweepInput';
import { parseScenario, simulate } from '../../../shared/ha';
import { t } from '../../../shared/i18n';
import { importFiles } from '../../../shared/import';
import { derivePlan, type Plan } from '../../../shared/plan';
import { newProject } from '../../../shared/model/project';
import { renderConfigBundle } from '../../../shared/report/configBundle';
import { demoFiles, tallShot, type E2eSteps } from '../context';


/** The plan (with the HA stage) that `derivePlan` gives in Node for the demo files the app loads on first run. */
async function demoPlan(): Promise<Plan> {
  const files = demoFiles();
  const { inventory, report } = await importFiles(files);
  return derivePlan(newProject(inventory, { name: 'demo', now: '2026-01-01T00:00:00.000Z', importReport: report }));
}


/** sid → node of the chips on the board. */
async function boardPlacement(page: Page, nodes: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const n of nodes) {
    const sids = await page.getByTestId(`sim-node-${n}`).locator('[data-sid]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sid') ?? ''));
    for (const s of sids) out[s] = n;
  }
  return out;
}

export const steps: E2eSteps = async ({ page, step, check, shots }) => {
  const plan = await demoPlan();
  const cluster = plan.design.clusters[0];
  if (!cluster) throw new Error('the demo design has no cluster');
  const input = toSweepInput(plan.design, cluster.name);
  if (!input) throw new Error('no sweep input');
  const node = input.nodes[0] ?? '';

  await step('simulate: power-off preset moves the node’s VMs to other nodes, as simulate() in Node says', async () => {
    await page.getByTestId('nav-simulate').click();
    await page.getByTestId('sim-cluster').waitFor({ timeout: 30_000 });
    await page.getByTestId('sim-cluster').selectOption(cluster.name);
    await page.getByTestId('sim-preset').selectOption('powerOff');
    await page.getByTestId('sim-preset-node').selectOption(node);
    await page.getByTestId('sim-load-preset').click();
    check((await page.getByTestId('sim-events').locator('tbody tr').count()) === 2, 'the preset did not give two events');
    await page.getByTestId('sim-play').click();
    await page.getByTestId('sim-result').waitFor({ timeout: 10_000 });
    const events = [
      { t: 10, action: `power ${node} off` },
      { t: 300, action: `power ${node} on` },
    ];
    const full = simulate(parseScenario({ ...input, events }));
    // Step forward until the guests have been recovered (after the fence delay, before the node returns).
    let tNow = 0;
    for (let i = 0; i < 50; i++) {
      tNow = Number(await page.getByTestId('sim-time').getAttribute('data-t'));
      if (tNow >= 130) break;
      await page.getByTestId('sim-next').click();
    }
    check(tNow >= 130 && tNow < 300, `stepping stopped at t=${tNow}`);
    const cut = simulate(parseScenario({ ...input, events, until: tNow }));
    const want: Record<string, string> = {};
    for (const [sid, s] of Object.entries(cut.final)) want[sid] = s.node;
    const got = await boardPlacement(page, input.nodes);
    check(JSON.stringify(Object.entries(got).sort()) === JSON.stringify(Object.entries(want).sort()), `board at t=${tNow}: ${JSON.stringify(got)} ≠ Node ${JSON.stringify(want)}`);
    const moved = input.resources.filter((r) => r.node === node && cut.final[r.sid]?.node !== node && cut.final[r.sid]?.running);
    check(moved.length > 0, `no VM of ${node} runs elsewhere at t=${tNow}`);
    for (const r of moved) check(got[r.sid] !== node, `${r.sid} still shown on ${node}`);
    check((await page.getByTestId(`sim-node-${node}`).getAttribute('data-down')) === 'true', `${node} is not greyed while powered off`);
    // Final states table = the Node run.
    const rows = await page.getByTestId('sim-final').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    check(rows.length === Object.keys(full.final).length, `final table has ${rows.length} rows`);
    for (const [sid, node2, state] of rows) {
      const f = full.final[sid ?? ''];
      check(f !== undefined && f.node === node2 && f.state === state, `final row ${sid} ${node2} ${state} ≠ ${JSON.stringify(f)}`);
    }
    const log = (await page.getByTestId('sim-log').textContent()) ?? '';
    check(log.includes(full.timeline[1]?.message.en ?? '§'), 'the English log lacks the power-off event');
    await tallShot(page, path.join(shots, 'simulate-en.png'), { maxHeight: 8000 });
    await page.getByTestId('ui-lang-vi').click();
    await page.getByRole('heading', { level: 1, name: t('vi', 'ui.simulate.title') }).waitFor();
    const logVi = (await page.getByTestId('sim-log').textContent()) ?? '';
    check(logVi.includes(full.timeline[1]?.message.vi ?? '§'), 'the Vietnamese log lacks the power-off event');
    await tallShot(page, path.join(shots, 'simulate-vi.png'), { maxHeight: 8000 });
    await page.getByTestId('ui-lang-en').click();
  });

  await step('simulate: the N-1 sweep table has one row per node with a heat cell per node', async () => {
    const h = plan.haChecks.find((x) => x.cluster === cluster.name);
    check(h?.sweep !== undefined, 'no sweep in the Node plan');
    const table = page.getByTestId('sim-sweep-table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').count();
    check(rows === input.nodes.length, `sweep rows ${rows} for ${input.nodes.length} nodes`);
    const cells = await table.locator('tbody tr').first().locator('td.sim-heat').count();
    check(cells === input.nodes.length, `heat cells ${cells}`);
    const moved = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll('td')[1]?.textContent ?? 'NaN')));
    check(JSON.stringify(moved) === JSON.stringify(h?.sweep?.cases.map((c) => c.moved.length)), `moved counts ${JSON.stringify(moved)}`);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'simulate-sweep-en.png') });
  });

  await step('checklists: TCs-01 names the real nodes; a tick is kept as a decision', async () => {
    await page.getByTestId('nav-checklists').click();
    const h = plan.haChecks.find((x) => x.acceptance.length > 0);
    const tc = h?.acceptance[0];
    check(h !== undefined && tc?.id === 'TCs-01', 'the Node plan has no TCs-01');
    const card = page.getByTestId(`chk-${h?.cluster}-TCs-01`);
    await card.waitFor({ timeout: 20_000 });
    const txt = (await card.textContent()) ?? '';
    check(txt.includes(tc?.expected.en ?? '§'), 'TCs-01 expected result differs from the Node plan');
    const names = plan.design.clusters.find((c) => c.name === h?.cluster)?.nodes.map((n) => n.name) ?? [];
    check(names.some((n) => txt.includes(n)), `TCs-01 names none of ${names.join(', ')}`);
    const tick = page.getByTestId(`chk-tick-${h?.cluster}-TCs-01`);
    await tick.check();
    await page.getByTestId('nav-simulate').click();
    await page.getByTestId('nav-checklists').click();
    await tick.waitFor();
    check(await tick.isChecked(), 'the tick was lost after leaving the view');
    await page.screenshot({ path: path.join(shots, 'checklists-en.png') });
    await page.getByTestId('ui-lang-vi').click();
    await page.getByRole('heading', { level: 1, name: t('vi', 'ui.check.title') }).waitFor();
    check(((await card.textContent()) ?? '').includes(tc?.expected.vi ?? '§'), 'TCs-01 not in Vietnamese');
    await page.screenshot({ path: path.join(shots, 'checklists-vi.png') });
    await page.getByTestId('ui-lang-en').click();
  });

  await step('export: DOCX and the Proxmox config zip download; the zip holds ha/resources.cfg of every cluster', async () => {
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-run').waitFor();
    await page.getByTestId('format-pdf').uncheck();
    await page.getByTestId('format-docx').check();
    await page.getByTestId('format-config').check();
    await page.getByTestId('report-lang-vi+en').check();
    // Document details and the profile (keyboard: Tab moves through the fields, Space picks a radio).
    await page.getByTestId('export-meta-customer').fill('Công ty Cổ phần Ví Dụ');
    await page.getByTestId('export-meta-author').fill('Nguyễn Văn A');
    await page.getByTestId('export-meta-author').press('Tab');
    await page.getByTestId('report-profile-summary').check();
    await page.screenshot({ path: path.join(shots, 'export-form-en.png'), fullPage: true });
    const got = new Map<string, Buffer>();
    const all = new Promise<void>((resolve) => {
      page.on('download', (d: Download) => {
        void d.path().then((p) => {
          if (p) got.set(d.suggestedFilename(), fs.readFileSync(p));
          if (got.size === 2) resolve();
        });
      });
    });
    await page.getByTestId('export-run').click();
    await Promise.race([all, page.waitForTimeout(120_000)]);
    const names = [...got.keys()].sort();
    check(names.length === 2, `downloads: ${names.join(', ')}`);
    const docx = names.find((n) => n.endsWith('.docx'));
    check(docx !== undefined, 'no .docx download');
    const dz = unzipSync(new Uint8Array(got.get(docx ?? '') ?? Buffer.alloc(0)));
    const body = new TextDecoder().decode(dz['word/document.xml'] ?? new Uint8Array());
    check(body.includes(cluster.name), 'the DOCX body does not name the first cluster');
    check(body.includes('Nguyễn Văn A') && body.includes('Công ty Cổ phần Ví Dụ'), 'the DOCX cover lacks the author or the customer');
    check(body.includes('Tóm tắt cho lãnh đạo') && body.includes('Executive summary'), 'the DOCX has no executive summary');
    check(!/\bseed\b/i.test(body), 'the DOCX mentions "seed"');
    const zip = got.get('proxmox-config.zip');
    check(zip !== undefined, 'no proxmox-config.zip');
    const files = unzipSync(new Uint8Array(zip ?? Buffer.alloc(0)));
    const bundle = renderConfigBundle(plan.design, plan.mapping, { inventory: plan.inventory });
    for (const c of plan.design.clusters) {
      const p = `proxmox/${c.name}/ha/resources.cfg`;
      const want = bundle.find((f) => f.path === p)?.content;
      check(files[p] !== undefined, `zip lacks ${p}`);
      check(new TextDecoder().decode(files[p]) === want, `${p} differs from renderConfigBundle in Node`);
    }
    await page.screenshot({ path: path.join(shots, 'simulate-export-en.png') });
  });
};
