import path from 'node:path';
import type { Page } from 'playwright-core';
import { computeCost, costHeadline, DEFAULT_COST_INPUTS, DEFAULT_PRICE_BOOK, formatMoney, roundMoney, type CostInputs, type CostResult } from '../../../shared/cost';
import { readCostInputs, upsertPrice } from '../../../shared/cost/inputs';
import { t } from '../../../shared/i18n';
import { importFiles } from '../../../shared/import';
import { derivePlan, type Plan } from '../../../shared/plan';
import { newProject } from '../../../shared/model/project';
import { demoFiles, poll, storedProjectExpr, tallShot, type E2eSteps } from '../context';


/** The plan `derivePlan` gives in Node for the demo the app loads on first run. */
async function demoPlan(): Promise<Plan> {
  const files = demoFiles();
  const { inventory } = await importFiles(files);
  return derivePlan(newProject(inventory, { name: 'demo', now: '2026-01-01T00:00:00.000Z' }), { skipHa: true });
}

/** What the Cost view must show for these inputs, computed in Node. */
function expected(plan: Plan, inputs: CostInputs): CostResult {
  // The migration hours come from the waves unless the user typed them (as derivePlan does).
  return computeCost({ inventory: plan.inventory, design: plan.design, pveTarget: plan.assumptions.pveTarget, now: plan.generatedAt, wavesMigrationHours: plan.waves.totals.hours }, inputs);
}

type Shown = { vmware: number; proxmox: number; unpriced: number; years: number; currency: string };

async function shown(page: Page): Promise<Shown> {
  const el = page.getByTestId('cost-totals');
  return {
    vmware: Number(await el.getAttribute('data-vmware')),
    proxmox: Number(await el.getAttribute('data-proxmox')),
    unpriced: Number(await el.getAttribute('data-unpriced')),
    years: Number(await el.getAttribute('data-years')),
    currency: (await el.getAttribute('data-currency')) ?? '',
  };
}

/** Wait until the view shows the totals computed in Node for these inputs. */
async function waitForTotals(page: Page, want: CostResult, what: string): Promise<void> {
  const v = roundMoney(want.totals.vmware.total, want.currency);
  const p = roundMoney(want.totals.proxmox.total, want.currency);
  const expr = `(() => { const e = document.querySelector('[data-testid="cost-totals"]'); return !!e && Number(e.dataset.vmware) === ${v} && Number(e.dataset.proxmox) === ${p} && Number(e.dataset.unpriced) === ${want.unpriced}; })()`;
  try {
    await poll(page, expr, 10_000, what);
  } catch {
    throw new Error(`${what}: the view shows ${JSON.stringify(await shown(page))}, Node computes vmware ${v}, proxmox ${p}, unpriced ${want.unpriced}`);
  }
}


/** The project's cost inputs in the IndexedDB autosave (JSON of `decisions.cost`, '' when none). */
const STORED_COST = storedProjectExpr('JSON.stringify(p.decisions.cost ?? {})');

export const steps: E2eSteps = async ({ page, step, check, shots }) => {
  const plan = await demoPlan();
  let inputs: CostInputs = { ...DEFAULT_COST_INPUTS };

  await step('cost: the Cost step shows the totals, licence counts and sockets that computeCost gives in Node', async () => {
    await page.getByTestId('nav-cost').click();
    await page.getByTestId('cost-view').waitFor({ timeout: 30_000 });
    const want = expected(plan, inputs);
    await waitForTotals(page, want, 'first totals');
    check(want.unpriced > 0, 'the demo should start with unpriced lines (PBS, services, training)');
    const vText = (await page.getByTestId('cost-total-vmware').textContent()) ?? '';
    check(vText === formatMoney(want.totals.vmware.total, want.currency, 'en'), `VMware total shows "${vText}"`);
    const headline = (await page.getByTestId('cost-headline').textContent()) ?? '';
    check(headline === costHeadline(want).en, `headline "${headline}" ≠ "${costHeadline(want).en}"`);
    await page.getByTestId('cost-tab-hosts').click();
    for (const o of want.vmware.orders) {
      const txt = (await page.getByTestId(`cost-order-${o.edition}`).textContent()) ?? '';
      check(Number(txt.replace(/[^\d]/g, '')) === o.orderCores, `${o.edition}: ordered ${txt} ≠ ${o.orderCores}`);
    }
    await page.getByTestId('cost-tab-clusters').click();
    for (const c of want.proxmox.clusters) {
      const txt = (await page.getByTestId(`cost-sockets-${c.cluster}`).textContent()) ?? '';
      check(Number(txt.replace(/[^\d]/g, '')) === c.sockets, `${c.cluster}: sockets ${txt} ≠ ${c.sockets}`);
    }
    await page.getByTestId('cost-tab-lines').click();
    const unpricedRows = await page.locator('[data-testid="cost-lines"] tr[data-tag="unpriced"]').count();
    check(unpricedRows === want.unpriced, `${unpricedRows} unpriced rows ≠ ${want.unpriced}`);
  });

  await step('cost: what-if switches change the totals at once, exactly as computed in Node', async () => {
    const before = await shown(page);
    await page.getByTestId('cost-years-5').click();
    inputs = { ...inputs, years: 5 };
    await waitForTotals(page, expected(plan, inputs), '5 years');
    const after = await shown(page);
    check(after.years === 5 && after.vmware > before.vmware, `5 years did not raise the VMware total (${before.vmware} → ${after.vmware})`);

    await page.getByTestId('cost-edition').selectOption('vcf');
    inputs = { ...inputs, vmwareEdition: 'vcf' };
    await waitForTotals(page, expected(plan, inputs), 'edition VCF');

    await page.getByTestId('cost-tier-all').selectOption('premium');
    inputs = { ...inputs, defaultTier: 'premium', clusterTiers: {} };
    await waitForTotals(page, expected(plan, inputs), 'Proxmox Premium');

    await page.getByTestId('cost-currency-EUR').click();
    inputs = { ...inputs, currency: 'EUR' };
    const eur = expected(plan, inputs);
    await waitForTotals(page, eur, 'currency EUR');
    const pText = (await page.getByTestId('cost-total-proxmox').textContent()) ?? '';
    check(pText === formatMoney(eur.totals.proxmox.total, 'EUR', 'en'), `Proxmox total in EUR shows "${pText}"`);

    // The 72-core rule: a one-host order below 72 cores is what it changes; on the demo (328 cores) it must
    // change nothing, and the switch still works both ways.
    await page.getByTestId('cost-minimum72').uncheck();
    inputs = { ...inputs, orderMinimum: false };
    await waitForTotals(page, expected(plan, inputs), '72-core rule off');
    await page.getByTestId('cost-late-renewal').check();
    inputs = { ...inputs, lateRenewal: true };
    const late = expected(plan, inputs);
    await waitForTotals(page, late, 'late renewal on');
    check(late.lines.some((l) => l.item === 'vmware.lateRenewal'), 'no late-renewal line in Node');
  });

  await step('cost: a price entered in the price book is saved in the project, tagged quoted and counted once', async () => {
    await page.getByTestId('cost-tab-prices').click();
    const field = page.getByTestId('price-proxmox-backup-server-premium');
    await field.fill('1.250,50');
    await field.press('Enter');
    const entry = DEFAULT_PRICE_BOOK.entries.find((e) => e.product === 'proxmox-backup-server' && e.tier === 'premium');
    if (!entry) throw new Error('the default book has no PBS Premium entry');
    const d = upsertPrice({ cost: inputs }, DEFAULT_PRICE_BOOK, { ...entry, price: 1250.5, confidence: 'user' }, new Date().toISOString());
    // The PBS line is priced at the default level (standard); the premium price alone must not price it.
    await waitForTotals(page, expected(plan, { ...readCostInputs(d).inputs }), 'premium PBS price entered');
    await page.getByTestId('cost-tab-inputs').click();
    await page.getByTestId('cost-pbs-tier').selectOption('premium');
    inputs = { ...readCostInputs(d).inputs, pbsTier: 'premium' };
    const priced = expected(plan, inputs);
    await waitForTotals(page, priced, 'PBS premium priced');
    const pbs = priced.lines.find((l) => l.item === 'proxmox.pbs');
    check(pbs?.tag === 'quoted' && pbs.unitPrice === 1250.5, `PBS line in Node: ${JSON.stringify(pbs)}`);
    await tallShot(page, path.join(shots, 'cost-inputs-en.png'));
    // Autosaved: the edited book is in the project.
    await poll(page, `${STORED_COST}.then((s) => s.includes('1250.5') && s.includes('"pbsTier":"premium"'))`, 10_000, 'the autosave to hold the edited price book');
  });

  await step('cost: the choices survive a reload; screenshots of the view in both languages', async () => {
    // Reload only once the plan worker has finished (a reload while its script loads aborts the request).
    await page.getByTestId('plan-running').waitFor({ state: 'detached', timeout: 30_000 });
    await page.reload();
    await page.getByTestId('stat-vms').waitFor({ timeout: 30_000 });
    const dash = (await page.getByTestId('cost-dashboard').textContent()) ?? '';
    check(dash.includes(t('en', 'ui.cost.dashboardTitle')), `dashboard card: ${dash}`);
    await page.getByTestId('nav-cost').click();
    await page.getByTestId('cost-view').waitFor();
    const want = expected(plan, inputs);
    await waitForTotals(page, want, 'after reload');
    check((await shown(page)).years === 5, 'years not kept');
    await tallShot(page, path.join(shots, 'cost-en.png'));
    await page.getByTestId('cost-tab-hosts').click();
    await tallShot(page, path.join(shots, 'cost-hosts-en.png'));
    await page.getByTestId('ui-lang-vi').click();
    await page.getByRole('heading', { level: 1, name: t('vi', 'ui.cost.title') }).waitFor();
    const viHead = (await page.getByTestId('cost-headline').textContent()) ?? '';
    check(viHead === costHeadline(want).vi, `Vietnamese headline "${viHead}"`);
    await tallShot(page, path.join(shots, 'cost-hosts-vi.png'));
    await page.getByTestId('cost-tab-prices').click();
    await tallShot(page, path.join(shots, 'cost-prices-vi.png'));
    await page.getByTestId('cost-tab-features').click();
    await tallShot(page, path.join(shots, 'cost-features-vi.png'));
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('cost-dashboard').waitFor();
    await page.screenshot({ path: path.join(shots, 'cost-dashboard-vi.png') });
    await page.getByTestId('ui-lang-en').click();
  });
};
