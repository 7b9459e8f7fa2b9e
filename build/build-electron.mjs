// Bundles the Electron main process and preload with esbuild:
//   electron/main.ts    → dist/electron/main.cjs
//   electron/preload.ts → dist/electron/preload.cjs
// `electron` stays external (provided by the runtime); shared/ code is bundled in.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {{ quiet?: boolean }} [opts] */
export async function buildElectron(opts = {}) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    sourcemap: false,
    logLevel: opts.quiet ? 'error' : 'info',
    absWorkingDir: root,
  };
  await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
  // A sandboxed preload may only require('electron') and a few built-ins: bundle everything else.
  await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron().catch((e) => {
    process.stderr.write(`build-electron: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
