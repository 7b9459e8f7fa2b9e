// Starts the built command line: `node build/cli.mjs <command> [args…]` (what `npm run plan|validate|…`
// run). When dist/cli/main.mjs is missing or older than its sources it is rebuilt first (esbuild, about a
// second); otherwise this costs a few file stats. The bundle reads process.argv itself.
import { pathToFileURL } from 'node:url';
import { buildCli, cliBundleStale, CLI_BUNDLE } from './build-cli.mjs';

if (cliBundleStale()) {
  process.stderr.write('… building the command line (dist/cli/main.mjs)\n');
  await buildCli({ quiet: true });
}
await import(pathToFileURL(CLI_BUNDLE).href);
