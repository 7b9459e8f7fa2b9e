/**
 * e2e: the Readiness view and the Mapping editors on the demo estate. Figures are checked against
 * `derivePlan` run in Node on the same demo files; an acknowledgement must survive a reload (autosave) and
 * move the VM's class; a VLAN tag edited in the network map must reach the VM target table.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { t } from '../../../shared/i18n';
import { importFiles } from '../../../shared/import';
import { derivePlan, type Plan } from '../../../shared/plan';
import { newProject } from '../../../shared/model/project';
import type { ReadinessClass } from '../../../shared/readiness';
import { demoFiles, poll, storedProjectExpr, type E2eSteps } from '../context';

const CLASSES: readonly ReadinessClass[] = ['ready', 'conditional', 'not-ready', 'unknown'];

async function demoPlan(): Promise<Plan> {
  const r = await importFiles(demoFiles());
  const project = newProject(r.inventory, { name: 'demo', now: '2026-11-25T00:00:00.000Z', importReport: r.report });
  return derivePlan(project, { skipHa: true });
}

async function num(page: Page, id: string): Promise<number> {
  return Number(((await page.getByTestId(id).textContent()) ?? '').replace(/[^\d]/g, ''));
}

async function classCounts(page: Page): Promise<Record<ReadinessClass, number>> {
  const out = { ready: 0, conditional: 0, 'not-ready': 0, unknown: 0 };
  for (const c of CLASSES) out[c] = await num(page, `rd-class-${c}`);
  return out;
}

/** Wait until the class counts shown equal `want` (the plan is recomputed in a worker after a change). */
async function waitCounts(page: Page, want: Record<ReadinessClass, number>): Promise<void> {
  const pairs = JSON.stringify(CLASSES.map((c) => [`rd-class-${c}`, want[c]]));
  await poll(
    page,
    `${pairs}.every(([id, n]) => Number((document.querySelector('[data-testid="' + id + '"]')?.textContent ?? '').replace(/[^\\d]/g, '')) === n)`,
    30_000,
    `class counts ${pairs}`,
  );
}

/** Page expression: the acknowledgements in the IndexedDB autosave ({} when none). */
const STORED_ACKS = storedProjectExpr('p.decisions.acknowledged', '{}');

export const steps: E2eSteps = async ({ page, step, check, shots }) => {
  const plan = await demoPlan();
  const rd = plan.readiness;

  await step('readiness: class and rule counts equal derivePlan on the demo, in English and Vietnamese', async () => {
    await page.getByTestId('nav-readiness').click();
    await page.getByTestId('rd-total').waitFor({ timeout: 30_000 });
    await waitCounts(page, rd.summary);
    check(Number(await page.getByTestId('rd-total').getAttribute('data-n')) === rd.summary.total, 'total VMs differs from derivePlan');
    for (const r of rd.rules.filter((x) => x.vms > 0)) {
      const shown = await num(page, `rd-rule-vms-${r.ruleId}`);
      check(shown === r.vms, `rule ${r.ruleId}: ${shown} VMs shown, derivePlan says ${r.vms}`);
    }
    check(Number(await page.getByTestId('rd-vm-count').getAttribute('data-n')) === rd.summary.total, 'VM table does not list every assessed VM');
    await page.getByTestId('rd-f-class').selectOption('not-ready');
    check(Number(await page.getByTestId('rd-vm-count').getAttribute('data-n')) === rd.summary['not-ready'], 'class filter count differs');
    await page.getByTestId('rd-f-class').selectOption('all');
    await page.getByRole('heading', { level: 1, name: 'Migration readiness' }).waitFor();
    await page.screenshot({ path: path.join(shots, 'readiness-summary-en.png') });
    await page.getByTestId('ui-lang-vi').click();
    await page.getByRole('heading', { level: 1, name: 'Mức sẵn sàng chuyển đổi' }).waitFor({ timeout: 5000 });
    check(((await page.getByText('Theo quy tắc').count()) ?? 0) > 0, 'rule summary heading not in Vietnamese');
    check(JSON.stringify(await classCounts(page)) === JSON.stringify({ ready: rd.summary.ready, conditional: rd.summary.conditional, 'not-ready': rd.summary['not-ready'], unknown: rd.summary.unknown }), 'counts change with the language');
    await page.screenshot({ path: path.join(shots, 'readiness-summary-vi.png') });
    await page.getByTestId('ui-lang-en').click();
  });

  const candidate = rd.vms.find(
    (v) => v.class === 'not-ready' && new Set(v.findings.filter((f) => f.severity === 'blocker').map((f) => f.ruleId)).size === 1 && !v.unknown.some((u) => u.severity === 'blocker'),
  );
  const blockerRule = candidate?.findings.find((f) => f.severity === 'blocker')?.ruleId ?? '';

  await step('readiness: acknowledging the only blocker moves the VM to conditional and survives a reload', async () => {
    check(candidate !== undefined, 'the demo has no not-ready VM with a single blocker rule');
    if (!candidate) return;
    await page.getByTestId('rd-f-query').fill(candidate.name);
    await page.getByTestId(`rd-vm-${candidate.name}`).click();
    const finding = page.getByTestId('rd-detail').getByTestId(`rd-finding-${blockerRule}`);
    await finding.waitFor();
    const evidence = await finding.locator('.rd-evidence tbody tr').count();
    check(evidence === (candidate.findings.find((f) => f.ruleId === blockerRule)?.evidence.length ?? -1), `evidence rows ${evidence} differ from derivePlan`);
    await finding.getByTestId('rd-ack').click();
    await finding.getByTestId('rd-ack-input').fill('Khách hàng chấp nhận rủi ro — e2e');
    await finding.getByTestId('rd-ack-save').click();
    const want = { ...rd.summary, 'not-ready': rd.summary['not-ready'] - 1, conditional: rd.summary.conditional + 1 };
    await waitCounts(page, want);
    await page.getByTestId('rd-detail-class').getByText('Ready with conditions').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(shots, 'readiness-ack-en.png') });
    const key = `${candidate.vmKey}|${blockerRule}`;
    await poll(page, `${STORED_ACKS}.then((a) => Object.prototype.hasOwnProperty.call(a, ${JSON.stringify(key)}))`, 15_000, 'the acknowledgement in the autosave');
    await page.reload();
    await page.getByTestId('nav-readiness').click();
    await page.getByTestId('rd-total').waitFor({ timeout: 30_000 });
    await waitCounts(page, want);
    await page.getByTestId('rd-f-query').fill(candidate.name);
    await page.getByTestId(`rd-vm-${candidate.name}`).click();
    const note = await page.getByTestId('rd-detail').getByTestId('rd-ack-note').textContent();
    check((note ?? '').includes('Khách hàng chấp nhận rủi ro — e2e'), `acknowledgement note missing after reload (${note})`);
    await page.getByTestId('ui-lang-vi').click();
    await page.getByTestId('rd-detail').getByText('Đã chấp nhận ngày').waitFor({ timeout: 5000 });
    await page.screenshot({ path: path.join(shots, 'readiness-ack-vi.png') });
    await page.getByTestId('ui-lang-en').click();
    await page.getByTestId('rd-detail').getByTestId('rd-unack').click();
    await waitCounts(page, rd.summary);
  });

  const pg = plan.mapping.networkMap.entries.find((e) => e.vmCount > 0 && e.tag !== 3999);
  const vmOnPg = pg ? Object.values(plan.mapping.vms).find((t) => t.nets.some((n) => n.network === pg.network)) : undefined;

  await step('mapping: editing a VLAN tag in the network map changes the VM target table', async () => {
    check(pg !== undefined && vmOnPg !== undefined, 'the demo has no port group with VMs');
    if (!pg || !vmOnPg) return;
    await page.getByTestId('nav-mapping').click();
    await page.getByTestId('map-tab-targets').click();
    await page.getByTestId('tgt-search').fill(vmOnPg.sourceName);
    const nets = page.getByTestId(`tgt-vm-${vmOnPg.sourceName}`).locator('xpath=ancestor::div[@role="row"]').getByTestId('tgt-nets');
    const before = (await nets.textContent()) ?? '';
    check(!before.includes('tag=3999'), `tag 3999 already there: ${before}`);
    await page.getByTestId('map-tab-network').click();
    const rows = await page.getByTestId('net-map').locator('tbody tr[data-testid^="net-row-"]').count();
    check(rows === plan.mapping.networkMap.entries.length, `network map shows ${rows} rows, derivePlan has ${plan.mapping.networkMap.entries.length}`);
    await page.screenshot({ path: path.join(shots, 'mapping-network-en.png') });
    await page.getByTestId(`net-tag-${pg.network}`).fill('3999');
    await page.getByTestId(`net-apply-${pg.network}`).click();
    await page.getByTestId(`net-reset-${pg.network}`).waitFor({ timeout: 30_000 });
    await page.getByTestId('map-tab-targets').click();
    await page.getByTestId('tgt-search').fill(vmOnPg.sourceName);
    const nameSel = JSON.stringify(`[data-testid="tgt-vm-${vmOnPg.sourceName}"]`);
    await poll(
      page,
      `(document.querySelector(${nameSel})?.closest('[role="row"]')?.querySelector('[data-testid="tgt-nets"]')?.textContent ?? '').includes('tag=3999')`,
      30_000,
      'tag=3999 in the VM target row',
    );
    await page.screenshot({ path: path.join(shots, 'mapping-targets-en.png') });
    await page.getByTestId(`tgt-vm-${vmOnPg.sourceName}`).click();
    await page.getByTestId('ovr-cores').waitFor();
    await page.getByTestId('ui-lang-vi').click();
    await page.getByRole('tab', { name: t('vi', 'ui.mapping.tabTargets') }).waitFor({ timeout: 5000 });
    await page.screenshot({ path: path.join(shots, 'mapping-targets-vi.png') });
    await page.getByTestId('map-tab-network').click();
    await page.screenshot({ path: path.join(shots, 'mapping-network-vi.png') });
    await page.getByTestId('map-tab-storage').click();
    const stoRows = await page.getByTestId('sto-map').locator('tbody tr[data-testid^="sto-row-"]').count();
    check(stoRows === plan.mapping.storageMap.entries.length, `storage map shows ${stoRows} rows, derivePlan has ${plan.mapping.storageMap.entries.length}`);
    await page.screenshot({ path: path.join(shots, 'mapping-storage-vi.png') });
    await page.getByTestId('ui-lang-en').click();
    await page.screenshot({ path: path.join(shots, 'mapping-storage-en.png') });
  });
};
