import { deriveDesign } from '../../shared/design';
import { deriveMapping } from '../../shared/mapping';
import { DEFAULT_ASSUMPTIONS } from '../../shared/model/project';
import { assessReadiness } from '../../shared/readiness';
import { deriveWaves, waveRunbook } from '../../shared/waves';
import { syntheticDesignInventory } from './design';

/**
 * Bench: migration waves of the generated design estate (DRS keep-together rules included): the planner
 * (groups, pilot, packing under the limits) and the runbooks of every wave. Figures only, never a pass/fail.
 */
export async function benchWaves(): Promise<void> {
  const inv = syntheticDesignInventory();
  const mapping = deriveMapping(inv, {}, DEFAULT_ASSUMPTIONS);
  const readiness = assessReadiness(inv, {}, DEFAULT_ASSUMPTIONS, mapping);
  const design = deriveDesign(inv, mapping, {}, DEFAULT_ASSUMPTIONS);
  const input = { inventory: inv, mapping, readiness, design, decisions: {}, assumptions: DEFAULT_ASSUMPTIONS };
  deriveWaves(input);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const w = deriveWaves(input);
  const t1 = performance.now();
  let steps = 0;
  for (const x of w.waves) steps += waveRunbook(x, inv, mapping).vms.reduce((s, v) => s + v.steps.length, 0);
  const t2 = performance.now();
  const c = process.cpuUsage(c0);
  console.log(
    [
      `waves bench: ${w.totals.vms} VMs, ${w.groups.length} groups (${w.groups.filter((g) => g.kind === 'drs').length} DRS keep-together)`,
      `  deriveWaves          ${(t1 - t0).toFixed(0)} ms  (${w.waves.length} waves, ${w.totals.hours} hours, ${Math.round(w.totals.copyGiB / 1024)} TiB, ${w.notes.length} notes)`,
      `  runbooks             ${(t2 - t1).toFixed(0)} ms  (${steps} per-VM steps)`,
      `  CPU                  ${((c.user + c.system) / 1000).toFixed(0)} ms`,
    ].join('\n'),
  );
}
