// Bundles the Electron main process and preload with esbuild:
//   electron/main.ts    → dist/electron/main.cjs
//   electron/preload.ts → dist/electron/preload.cjs
// `electron` stays external (provided by the runtime); shared/ code is bundled in.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {{ quiet?: boolean, outDir?: string }} [opts] outDir defaults to dist/electron */
export async function buildElectron(opts = {}) {
  const outDir = opts.outDir ?? path.join(root, 'dist', 'electron');
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
  await build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(outDir, 'main.cjs') });
  // A sandboxed preload may only require('electron') and a few built-ins: bundle everything else.
  await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(outDir, 'preload.cjs') });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron().catch((e) => {
    process.stderr.write(`build-electron: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
