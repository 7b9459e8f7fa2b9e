/**
 * `npm run bench [-- name…]`: prints performance figures for each area. Never a pass/fail: it always exits 0
 * unless a bench itself crashes. Names: import, import-limits, readiness, design, sizing, waves, ha, report, ui-tables (default: all).
 */
import { benchDesign } from './bench/design';
import { benchHa } from './bench/ha';
import { benchReadiness } from './bench/readiness';
import { benchReport } from './bench/report';
import { benchWaves } from './bench/waves';

type Bench = { name: string; run: () => Promise<void> };

const BENCHES: Bench[] = [
  { name: 'import', run: async () => (await import('./bench/import')).benchImport() },
  { name: 'import-limits', run: async () => (await import('./bench/importLimits')).benchImportLimits() },
  { name: 'readiness', run: benchReadiness },
  { name: 'design', run: benchDesign },
  { name: 'sizing', run: async () => (await import('./bench/sizing')).benchSizing() },
  { name: 'waves', run: benchWaves },
  { name: 'ha', run: benchHa },
  { name: 'report', run: benchReport },
  { name: 'ui-tables', run: async () => (await import('./bench/importView')).benchImportView() },
];

/** `npm run bench -- …` (dispatched by cli/main.ts): the exit code. `--child …` is one import measurement. */
export async function run(argv: readonly string[]): Promise<number> {
  if (argv[0] === '--child') return (await import('./bench/import')).importBenchChild(argv.slice(1));
  if (argv[0] === '--child-limits') return (await import('./bench/importLimits')).limitsBenchChild(argv.slice(1));
  if (argv[0] === '--child-report') return (await import('./bench/report')).reportBenchChild(argv.slice(1));
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
  if (unknown.length) {
    process.stderr.write(`bench: unknown bench ${unknown.join(', ')} (known: ${BENCHES.map((b) => b.name).join(', ')})\n`);
    return 2;
  }
  try {
    for (const b of BENCHES) {
      if (wanted.length && !wanted.includes(b.name)) continue;
      process.stdout.write(`\n=== ${b.name} ===\n`);
      const t0 = performance.now();
      await b.run();
      process.stdout.write(`(${b.name} bench took ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    }
    return 0;
  } catch (e) {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}
