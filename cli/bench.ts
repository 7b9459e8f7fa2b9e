/**
 * `npm run bench [-- name…]`: prints performance figures for each area. Never a pass/fail: it always exits 0
 * unless a bench itself crashes. Names: import, readiness, design, ha, report (default: all).
 */
import { benchDesign } from './bench/design';
import { benchHa } from './bench/ha';
import { benchReadiness } from './bench/readiness';
import { benchReport } from './bench/report';

type Bench = { name: string; run: () => Promise<void> };

const BENCHES: Bench[] = [
  { name: 'import', run: async () => (await import('./bench/import')).benchImport() },
  { name: 'readiness', run: benchReadiness },
  { name: 'design', run: benchDesign },
  { name: 'ha', run: benchHa },
  { name: 'report', run: benchReport },
  { name: 'ui-tables', run: async () => (await import('./bench/importView')).benchImportView() },
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
  if (unknown.length) {
    process.stderr.write(`bench: unknown bench ${unknown.join(', ')} (known: ${BENCHES.map((b) => b.name).join(', ')})\n`);
    process.exit(2);
  }
  for (const b of BENCHES) {
    if (wanted.length && !wanted.includes(b.name)) continue;
    process.stdout.write(`\n=== ${b.name} ===\n`);
    const t0 = performance.now();
    await b.run();
    process.stdout.write(`(${b.name} bench took ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
