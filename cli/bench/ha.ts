import { performance } from 'node:perf_hooks';
import { generateSweepInput } from '../../shared/ha/generate';
import { simulate } from '../../shared/ha/simulate';
import { parseScenario } from '../../shared/ha/parseScenario';
import { sweep } from '../../shared/ha/sweep';

/** HA simulator figures: N-1 sweep on 64 nodes × 10k HA resources (target ≤ 2 s), plus a full timed run. */
export async function benchHa(): Promise<void> {
  for (const crs of ['basic', 'static'] as const) {
    const input = generateSweepInput({ nodes: 64, resources: 10_000, crs, rules: true, seed: 7 });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = sweep(input, 'n-1');
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const moved = r.cases.reduce((a, c) => a + c.moved.length, 0);
    process.stdout.write(
      `ha sweep n-1 ${crs}: 64 nodes × 10000 resources, ${r.cases.length} cases, ${moved} moves, ` +
        `${r.summary.withUnrecovered} cases with unrecovered, ${r.summary.withOvercommit} with overcommit: ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (target ≤ 2000 ms)\n`,
    );
  }
  const small = generateSweepInput({ nodes: 8, resources: 400, crs: 'static', rules: true, seed: 3 });
  const t1 = performance.now();
  const r2 = sweep(small, 'n-2');
  process.stdout.write(`ha sweep n-2 static: 8 nodes × 400 resources, ${r2.cases.length} cases: ${(performance.now() - t1).toFixed(0)} ms\n`);
  const scenario = parseScenario({ ...generateSweepInput({ nodes: 16, resources: 2000, crs: 'static', rules: true, seed: 5 }), events: [{ t: 100, action: 'power pve01 off' }, { t: 600, action: 'power pve01 on' }] });
  const t2 = performance.now();
  const sim = simulate(scenario);
  process.stdout.write(`ha simulate: 16 nodes × 2000 resources, ${sim.until} s simulated, ${sim.timeline.length} timeline entries: ${(performance.now() - t2).toFixed(0)} ms\n`);
}

if (process.argv[1] && /bench[\\/]ha\.ts$/.test(process.argv[1])) {
  void benchHa();
}
