import path from 'node:path';
import { importFiles } from '../../../shared/import';
import { newProject, type Project } from '../../../shared/model/project';
import { derivePlan, type Plan } from '../../../shared/plan';
import { demoFiles, poll, storedProjectExpr, tallShot, type E2eSteps } from '../context';


async function demoProject(): Promise<Project> {
  const files = demoFiles();
  const { inventory } = await importFiles(files);
  return newProject(inventory, { name: 'demo', now: '2026-01-01T00:00:00.000Z' });
}

/** `decisions.waves` of the project in the IndexedDB autosave, as JSON ('' when none). */
const STORED_WAVES = storedProjectExpr('JSON.stringify(p.decisions.waves ?? {})');


const rowWave = (vmid: number): string => `document.querySelector('[data-testid="wave-vm-${vmid}"]')?.getAttribute('data-wave') ?? ''`;

export const steps: E2eSteps = async ({ page, step, check, shots }) => {
  const project = await demoProject();
  const plan: Plan = derivePlan(project, { skipHa: true });

  await step('waves: the Waves step lists the waves and VMs derivePlan gives in Node', async () => {
    await page.getByTestId('nav-waves').click();
    await page.getByTestId('waves-lead').waitFor({ timeout: 30_000 });
    const lead = (await page.getByTestId('waves-lead').textContent()) ?? '';
    check(lead.startsWith(`${new Intl.NumberFormat('en-US').format(plan.waves.totals.vms)} VMs in ${plan.waves.waves.length} waves`), `lead "${lead}"`);
    for (const w of plan.waves.waves) {
      const rows = await page.getByTestId(`wave-${w.id}`).locator('tr[data-wave-row]').count();
      check(rows === w.vms.length, `${w.id}: ${rows} rows, Node has ${w.vms.length}`);
    }
    check(plan.waves.waves[0]?.kind === 'pilot', 'the demo should start with a pilot wave');
    await page.getByTestId('wave-timeline').waitFor();
    await tallShot(page, path.join(shots, '09-waves-en.png'), { maxHeight: 6000 });
  });

  await step('waves: Shift+↓ moves a focused VM to the next wave (saved in the project), L gives it back to the planner', async () => {
    const w = plan.waves.waves[1];
    const next = plan.waves.waves[2];
    const vm = w?.vms.find((v) => !v.groups.some((g) => !g.startsWith('app:')));
    check(w !== undefined && next !== undefined && vm !== undefined, 'the demo needs two waves after the pilot');
    if (!w || !next || !vm) return;
    await page.getByTestId(`wave-vm-${vm.vmid}`).focus();
    await page.keyboard.press('Shift+ArrowDown');
    await poll(page, `${rowWave(vm.vmid)} === '${next.id}'`, 15_000, `VM ${vm.vmid} in ${next.id}`);
    await poll(page, `${STORED_WAVES}.then((s) => s.includes('${next.id}'))`, 10_000, 'the move in the autosave');
    const stored = JSON.parse(String(await page.evaluate(STORED_WAVES))) as { assign?: Record<string, string> };
    check(stored.assign?.[vm.vmKey] === next.id, `autosave assign ${JSON.stringify(stored.assign)}`);
    check((await page.locator(':focus').getAttribute('data-testid')) === `wave-vm-${vm.vmid}`, 'focus did not follow the moved VM');
    const after = derivePlan({ ...project, decisions: { waves: stored } }, { skipHa: true });
    check(after.waves.waves.find((x) => x.id === next.id)?.vms.some((v) => v.vmKey === vm.vmKey) === true, 'Node does not agree with the move');
    await page.keyboard.press('l');
    await poll(page, `${rowWave(vm.vmid)} === '${w.id}'`, 15_000, `VM ${vm.vmid} back in ${w.id}`);
  });

  await step('waves: renaming a wave, widening its window and a faster copy rate change the plan as in Node', async () => {
    const w = plan.waves.waves[1];
    if (!w) return;
    await page.getByTestId(`wave-${w.id}-name`).fill('Kho hàng');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: new RegExp(`${w.id} · Kho hàng`) }).waitFor({ timeout: 15_000 });
    await page.getByTestId('wave-a-migrationGiBPerHour').fill('800');
    await page.keyboard.press('Enter');
    const faster = derivePlan({ ...project, assumptions: { ...project.assumptions, migrationGiBPerHour: 800 } }, { skipHa: true });
    const hours = new Intl.NumberFormat('en-US').format(faster.waves.totals.hours);
    await poll(page, `(document.querySelector('[data-testid="waves-lead"]')?.textContent ?? '').includes('${hours} hours')`, 15_000, `lead with ${hours} hours`);
    await page.getByTestId('ui-lang-vi').click();
    await page.getByRole('heading', { name: 'Các đợt chuyển đổi', level: 1 }).waitFor();
    await tallShot(page, path.join(shots, '09-waves-vi.png'), { maxHeight: 6000 });
    await page.getByTestId('ui-lang-en').click();
  });

  await step('checklists: pre-production rows as derivePlan gives them (QDevice only where planned); a tick and an owner are saved', async () => {
    await page.getByTestId('nav-checklists').click();
    for (const c of plan.checklists) {
      const rows = await page.getByTestId(`chk-list-${c.id}`).locator('article').count();
      check(rows === c.items.length, `${c.id}: ${rows} rows, Node has ${c.items.length}`);
    }
    for (const cl of plan.design.clusters) {
      const has = (await page.getByTestId(`chk-row-${cl.name}/qdevice`).count()) > 0;
      check(has === cl.quorum.qdevice, `${cl.name}: QDevice row ${has}, planned ${cl.quorum.qdevice}`);
    }
    const row = plan.checklists[0]?.items[0];
    check(row !== undefined, 'no checklist row');
    if (!row) return;
    await page.getByTestId(`chk-row-tick-${row.id}`).check();
    await page.getByTestId(`chk-row-${row.id}-owner`).fill('Nguyễn Văn A');
    await page.keyboard.press('Enter');
    await poll(page, `new Promise((resolve) => { const req = indexedDB.open('vm2pve'); req.onsuccess = () => { const db = req.result; const get = db.transaction('autosave').objectStore('autosave').get('project'); get.onsuccess = () => { db.close(); try { const c = JSON.parse(get.result).decisions.checklist['checklist:${row.id}']; resolve(c.done === true && c.owner === 'Nguyễn Văn A'); } catch { resolve(false); } }; }; req.onerror = () => resolve(false); })`, 15_000, 'tick and owner in the autosave');
    await page.getByTestId(`chk-row-${row.id}`).screenshot({ path: path.join(shots, '10-checklist-row-en.png') });
  });
};
