import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { t } from '../../../shared/i18n';
import { importFiles } from '../../../shared/import';
import { setClusterSizing } from '../../../shared/model/decisions';
import { newProject } from '../../../shared/model/project';
import { derivePlan, type Plan } from '../../../shared/plan';
import { chooseFiles, tallShot, type E2eSteps } from '../context';

const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLE = path.resolve(here, '../../..', '../shared/samples/rvtools-4.6-339vms.xlsx');


async function settled(page: Page): Promise<void> {
  await page.getByTestId('design-totals').waitFor({ timeout: 60_000 });
  await page.getByTestId('plan-running').waitFor({ state: 'detached', timeout: 60_000 });
}

const nodesOf = async (page: Page, cluster: string): Promise<string[]> =>
  page
    .getByTestId(`cluster-${cluster}`)
    .locator('[data-node]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-node') ?? ''));

export const steps: E2eSteps = async ({ page, step, check, shots }) => {
  const data = new Uint8Array(fs.readFileSync(SAMPLE));
  const { inventory } = await importFiles([{ name: path.basename(SAMPLE), data }]);
  const project = newProject(inventory, { name: 'sample', now: '2026-01-01T00:00:00.000Z' });
  const plan: Plan = derivePlan(project, { skipHa: true });
  const big = plan.design.clusters.find((c) => c.sizing.addedNodes.length > 0) ?? plan.design.clusters[0];

  await step('design on a real export: totals at the top and every cluster as derivePlan plans it, busy state while re-planning', async () => {
    await chooseFiles(page, SAMPLE);
    // The demo is open: the app asks whether to update it or start a new project.
    await page.getByTestId('choice-new').click();
    await page.getByText(/Imported 295 VMs/).waitFor({ timeout: 60_000 });
    await page.getByTestId('nav-design').click();
    await settled(page);
    const totals = page.getByTestId('design-totals');
    check(Number(await totals.getAttribute('data-unplaced')) === plan.design.totals.unplaced, `unplaced ${await totals.getAttribute('data-unplaced')} ≠ ${plan.design.totals.unplaced}`);
    check(Number(await totals.getAttribute('data-added')) === plan.design.totals.addedNodes, `added ${await totals.getAttribute('data-added')} ≠ ${plan.design.totals.addedNodes}`);
    for (const c of plan.design.clusters) {
      const got = await nodesOf(page, c.name);
      check(JSON.stringify(got) === JSON.stringify(c.nodes.map((n) => n.name)), `${c.name}: nodes ${got.join(',')}`);
    }
    await tallShot(page, path.join(shots, 'sizing-339-en.png'));
    if (big) await page.getByTestId(`cluster-${big.name}`).screenshot({ path: path.join(shots, 'sizing-339-card-en.png') });
  });

  await step('design: a vCPU:core ratio typed in the sizing panel re-plans the cluster live (same result as derivePlan)', async () => {
    check(big !== undefined, 'no cluster');
    if (!big) return;
    const ratio = Math.max(1, Math.round(big.sizing.vcpuPerCore.value * 2));
    const expected = derivePlan({ ...project, decisions: setClusterSizing({}, big.name, 'vcpuPerCore', ratio) }, { skipHa: true }).design.clusters.find((c) => c.name === big.name);
    const input = page.getByTestId(`sz-${big.name}-vcpuPerCore`);
    const t0 = Date.now();
    await input.fill(String(ratio));
    await input.press('Enter');
    await page.getByTestId('plan-running').waitFor({ timeout: 10_000 }).catch(() => undefined);
    await settled(page);
    const ms = Date.now() - t0;
    const got = await nodesOf(page, big.name);
    check(JSON.stringify(got) === JSON.stringify(expected?.nodes.map((n) => n.name)), `${big.name} after ratio ${ratio}: ${got.join(',')} ≠ ${expected?.nodes.map((n) => n.name).join(',')}`);
    process.stdout.write(`    (re-plan shown after ${ms} ms, 339-VM sample)\n`);
    await page.getByTestId('ui-lang-vi').click();
    await page.getByRole('heading', { level: 1, name: t('vi', 'ui.design.title') }).waitFor();
    await tallShot(page, path.join(shots, 'sizing-339-vi.png'));
    await page.getByTestId(`cluster-${big.name}`).screenshot({ path: path.join(shots, 'sizing-339-card-vi.png') });
    await page.getByTestId('ui-lang-en').click();
  });
};
