import path from 'node:path';
import type { Page } from 'playwright-core';
import { t } from '../../../shared/i18n';
import { importFiles } from '../../../shared/import';
import { derivePlan, type Plan } from '../../../shared/plan';
import { newProject, type PveTarget } from '../../../shared/model/project';
import { demoFiles, storedProjectExpr, tallShot, type E2eSteps } from '../context';


/** The plan `derivePlan` gives in Node for the demo files the app loads on first run. */
async function demoPlan(pveTarget: PveTarget = 'pve9.0'): Promise<Plan> {
  const files = demoFiles();
  const { inventory } = await importFiles(files);
  const p = newProject(inventory, { name: 'demo', now: '2026-01-01T00:00:00.000Z' });
  return derivePlan({ ...p, assumptions: { ...p.assumptions, pveTarget } }, { skipHa: true });
}

/** Page expression: the pin stored in the IndexedDB autosave for a VM key ('' when none). */
const storedPin = (vmKey: string): string => storedProjectExpr(`p.decisions.design.pins[${JSON.stringify(vmKey)}]`);


async function openDesign(page: Page): Promise<void> {
  await page.getByTestId('nav-design').click();
  await page.getByTestId('design-view').waitFor({ timeout: 20_000 });
  await page.locator('[data-testid^="cluster-"]').first().waitFor({ timeout: 30_000 });
  await page.getByTestId('plan-running').waitFor({ state: 'detached', timeout: 30_000 });
}

export const steps: E2eSteps = async ({ page, step, check, shots }) => {
  const plan = await demoPlan();

  await step(
    'design: the cluster cards match derivePlan (nodes, QDevice, migration CIDR, sizing) in both languages',
    async () => {
      await openDesign(page);
      for (const c of plan.design.clusters) {
        const card = page.getByTestId(`cluster-${c.name}`);
        await card.waitFor();
        const nodes = await card
          .locator('[data-node]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
        check(
          JSON.stringify(nodes) === JSON.stringify(c.nodes.map((n) => n.name)),
          `${c.name}: nodes ${JSON.stringify(nodes)} ≠ ${JSON.stringify(c.nodes.map((n) => n.name))}`,
        );
        const advice = await card.getByTestId('qdevice-advice').getAttribute('data-advice');
        check(
          advice === c.quorum.qdeviceAdvice,
          `${c.name}: QDevice advice ${advice} ≠ ${c.quorum.qdeviceAdvice}`,
        );
        const mig = card.getByTestId('migration-cidr');
        check(
          (await mig.getAttribute('data-source')) === c.networks.migration.source,
          `${c.name}: migration source`,
        );
        check(
          ((await mig.textContent()) ?? '').includes(c.networks.migration.cidr),
          `${c.name}: migration CIDR ${c.networks.migration.cidr} not shown`,
        );
        const lb = Number(
          ((await card.getByTestId('lower-bound').textContent()) ?? '').replace(/[^\d]/g, ''),
        );
        check(lb === c.placement.lowerBound, `${c.name}: lower bound ${lb} ≠ ${c.placement.lowerBound}`);
      }
      const two = plan.design.clusters.find((c) => c.nodes.length === 2);
      check(
        two !== undefined && two.quorum.qdeviceAdvice === 'required',
        'the demo has no 2-node cluster that requires a QDevice',
      );
      const twoText =
        (await page
          .getByTestId(`cluster-${two?.name ?? ''}`)
          .getByTestId('qdevice-advice')
          .textContent()) ?? '';
      check(twoText.includes(t('en', 'ui.design.qdevice.required')), `2-node QDevice text: ${twoText}`);
      const vmk = plan.design.clusters.find((c) => c.networks.migrationFromVmotion);
      check(
        vmk !== undefined && /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(vmk.networks.migration.cidr),
        'no vMotion-derived migration CIDR in the demo',
      );
      await tallShot(page, path.join(shots, 'design-en.png'), { testId: `cluster-${two?.name ?? ''}` });
      await page.getByTestId('ui-lang-vi').click();
      await page.getByRole('heading', { level: 1, name: t('vi', 'ui.design.title') }).waitFor();
      const viText =
        (await page
          .getByTestId(`cluster-${two?.name ?? ''}`)
          .getByTestId('qdevice-advice')
          .textContent()) ?? '';
      check(viText.includes(t('vi', 'ui.design.qdevice.required')), `Vietnamese QDevice text: ${viText}`);
      await tallShot(page, path.join(shots, 'design-vi.png'), { testId: `cluster-${two?.name ?? ''}` });
      await page.getByTestId('ui-lang-en').click();
      await page.getByRole('heading', { level: 1, name: t('en', 'ui.design.title') }).waitFor();
    },
  );

  const c2 = plan.design.clusters.find((c) => c.nodes.length === 2) ?? plan.design.clusters[0];
  const from = c2?.nodes[0]?.name ?? '';
  const to = c2?.nodes[1]?.name ?? '';
  const vm = c2?.placement.vms.find((v) => v.node === from);

  await step(
    'design: pinning a VM by keyboard moves it to the chosen node, and the pin survives a reload',
    async () => {
      check(
        c2 !== undefined && vm !== undefined && to !== '',
        'demo cluster without two nodes and a placed VM',
      );
      if (!c2 || !vm) return;
      const card = page.getByTestId(`cluster-${c2.name}`);
      const editor = card.getByTestId(`pin-editor-${c2.name}`);
      await editor.getByTestId('pin-filter').focus();
      await page.keyboard.type(vm.name);
      await page.keyboard.press('Tab');
      check(
        (await page.evaluate('document.activeElement?.dataset?.testid')) === 'pin-vm',
        'Tab from the filter does not reach the VM select',
      );
      check(
        (await editor.getByTestId('pin-vm').inputValue()) === vm.vmKey,
        'the filtered VM is not selected',
      );
      await page.keyboard.press('Tab');
      check(
        (await page.evaluate('document.activeElement?.dataset?.testid')) === 'pin-node',
        'Tab does not reach the node select',
      );
      await editor.getByTestId('pin-node').selectOption(to);
      await page.keyboard.press('Tab');
      check(
        (await page.evaluate('document.activeElement?.dataset?.testid')) === 'pin-apply',
        'Tab does not reach "Pin to node"',
      );
      await page.keyboard.press('Enter');
      const chip = card.getByTestId(`node-vms-${to}`).locator(`[data-vm="${vm.name}"][data-pinned="true"]`);
      await chip.waitFor({ timeout: 20_000 });
      check(
        (await card.getByTestId(`node-vms-${from}`).locator(`[data-vm="${vm.name}"]`).count()) === 0,
        `${vm.name} still shown on ${from}`,
      );
      const deadline = Date.now() + 15_000;
      let stored = '';
      while (Date.now() < deadline && stored !== to) {
        stored = String(await page.evaluate(storedPin(vm.vmKey)));
        if (stored !== to) await page.waitForTimeout(200);
      }
      check(stored === to, `autosave pin for ${vm.name}: "${stored}"`);
      await page.reload();
      await page.getByTestId('nav-design').waitFor({ timeout: 20_000 });
      await openDesign(page);
      await page
        .getByTestId(`cluster-${c2.name}`)
        .getByTestId(`node-vms-${to}`)
        .locator(`[data-vm="${vm.name}"][data-pinned="true"]`)
        .waitFor({ timeout: 20_000 });
    },
  );

  await step('design: dragging a VM onto another node pins it there', async () => {
    if (!c2 || !vm) return check(false, 'no demo cluster');
    const card = page.getByTestId(`cluster-${c2.name}`);
    const chip = card.getByTestId(`node-vms-${to}`).locator(`[data-vm="${vm.name}"]`);
    const pinned = card.getByTestId(`node-vms-${from}`).locator(`[data-vm="${vm.name}"][data-pinned="true"]`);
    // A drag that starts while the card re-renders after the previous re-plan can be lost: drag again then.
    for (let i = 0; i < 3 && (await pinned.count()) === 0; i++) {
      if ((await chip.count()) > 0) await chip.dragTo(card.getByTestId(`node-${from}`));
      await pinned.waitFor({ timeout: 10_000 }).catch(() => undefined);
    }
    await pinned.waitFor({ timeout: 20_000 });
  });

  await step(
    'ha: rules for PVE 9, groups for PVE 8 in the live file preview; the priority convention is shown in both languages',
    async () => {
      await page.getByTestId('nav-ha').click();
      await page.getByTestId('ha-view').waitFor({ timeout: 20_000 });
      const big = [...plan.design.clusters].sort((a, b) => b.ha.resources.length - a.ha.resources.length)[0];
      check(big !== undefined, 'no cluster');
      if (!big) return;
      const conv = (await page.getByTestId('priority-convention').textContent()) ?? '';
      check(conv.includes(t('en', 'ui.ha.priorityConvention')), 'priority convention missing');
      const panel = page.getByTestId(`ha-cluster-${big.name}`);
      await panel.getByTestId('ha-rules').waitFor();
      const ruleRows = await panel.getByTestId('ha-rules').locator('tbody tr').count();
      check(ruleRows === big.ha.rules.length, `${big.name}: ${ruleRows} rule rows ≠ ${big.ha.rules.length}`);
      const preview = panel.getByTestId(`preview-${big.name}`);
      check(
        (await preview.getByTestId('preview-path').textContent()) === `proxmox/${big.name}/ha/rules.cfg`,
        'rules.cfg not selected first',
      );
      check(
        /^node-affinity: /m.test((await preview.getByTestId('preview-content').textContent()) ?? ''),
        'rules.cfg preview has no node-affinity rule',
      );
      await tallShot(page, path.join(shots, 'ha-pve9-en.png'), { testId: `ha-cluster-${big.name}` });

      await page.getByTestId('pve-target-pve8').click();
      const p8 = await demoPlan('pve8');
      const b8 = p8.design.clusters.find((c) => c.name === big.name);
      await preview.getByTestId('file-ha/groups.cfg').waitFor({ timeout: 30_000 });
      check(
        (await preview.getByTestId('file-ha/rules.cfg').count()) === 0,
        'rules.cfg still listed for PVE 8',
      );
      check(
        (await preview.getByTestId('preview-path').textContent()) === `proxmox/${big.name}/ha/groups.cfg`,
        'groups.cfg not selected for PVE 8',
      );
      const groups = (await preview.getByTestId('preview-content').textContent()) ?? '';
      check(/^group: /m.test(groups), 'groups.cfg preview has no group');
      const groupRows = await panel.getByTestId('ha-groups').locator('tbody tr').count();
      check(
        groupRows === (b8?.ha.groups.length ?? -1),
        `${big.name}: ${groupRows} group rows ≠ ${b8?.ha.groups.length}`,
      );
      await page.getByTestId('ui-lang-vi').click();
      await page.getByRole('heading', { level: 1, name: t('vi', 'ui.ha.title') }).waitFor();
      const convVi = (await page.getByTestId('priority-convention').textContent()) ?? '';
      check(convVi.includes(t('vi', 'ui.ha.priorityConvention')), 'Vietnamese priority convention missing');
      await tallShot(page, path.join(shots, 'ha-pve8-vi.png'), { testId: `ha-cluster-${big.name}` });
      await page.getByTestId('ui-lang-en').click();
    },
  );

  await step('ha: the dynamic scheduler and auto-rebalance are offered for PVE 9.2 only, and reach datacenter.cfg', async () => {
    const big = [...plan.design.clusters].sort((a, b) => b.ha.resources.length - a.ha.resources.length)[0];
    if (!big) return check(false, 'no cluster');
    const picker = page.getByTestId(`crs-${big.name}`);
    const lines = page.getByTestId(`dc-lines-${big.name}`);
    // The datacenter.cfg lines come from the derived plan: wait for the plan worker after each click.
    const crsLine = async (want: string) => {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const first = ((await lines.textContent()) ?? '').split('\n')[0];
        if (first === want) return;
        if (Date.now() > deadline) throw new Error(`datacenter.cfg starts with "${first}", expected "${want}"`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    check(await picker.getByTestId(`crs-${big.name}-dynamic`).isDisabled(), 'dynamic offered on PVE 8');
    await page.getByTestId('pve-target-pve9.2').click();
    await picker.getByTestId(`crs-${big.name}-dynamic`).click();
    await crsLine('crs: ha=dynamic,ha-rebalance-on-start=1');
    await picker.getByTestId(`crs-${big.name}-rebalance`).click();
    await crsLine('crs: ha=dynamic,ha-rebalance-on-start=1,ha-auto-rebalance=1');
    await tallShot(page, path.join(shots, 'ha-pve92-dynamic-en.png'), { testId: `ha-cluster-${big.name}` });
    // Back to the previous state for the next steps.
    await picker.getByTestId(`crs-${big.name}-rebalance`).click();
    await crsLine('crs: ha=dynamic,ha-rebalance-on-start=1');
    await picker.getByTestId(`crs-${big.name}-static`).click();
    await crsLine('crs: ha=static,ha-rebalance-on-start=1');
    await page.getByTestId('pve-target-pve8').click();
    const deadline = Date.now() + 30_000;
    while (!(await picker.getByTestId(`crs-${big.name}-dynamic`).isDisabled()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    check(await picker.getByTestId(`crs-${big.name}-dynamic`).isDisabled(), 'dynamic still offered after going back to PVE 8');
  });
};
