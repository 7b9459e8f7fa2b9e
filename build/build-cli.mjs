// Bundles the command line with esbuild: cli/main.ts → dist/cli/main.mjs plus one chunk per command in
// dist/cli/chunks/ (ES modules; npm packages stay in node_modules). Beside it, dist/cli/inputs.json lists the source files the
// bundle was built from, so build/cli.mjs can tell in a few milliseconds whether it is out of date.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(root, 'dist', 'cli', 'main.mjs');
export const CLI_INPUTS = path.join(root, 'dist', 'cli', 'inputs.json');

/** Write a file by temp file + rename, so a concurrent reader sees the old or the new file, never half. */
function replaceFile(file, data) {
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  fs.writeFileSync(tmp, data, { flag: 'wx' });
  fs.renameSync(tmp, file);
}

/** @param {{ quiet?: boolean }} [opts] */
export async function buildCli(opts = {}) {
  // esbuild is loaded only to build: starting the already-built CLI does not pay for it.
  const { build } = await import('esbuild');
  const outDir = path.dirname(CLI_BUNDLE);
  const r = await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Each command is a chunk loaded when asked for: `validate` never loads the DOCX or PDF code.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    sourcemap: false,
    write: false,
    metafile: true,
    outdir: outDir,
    logLevel: opts.quiet ? 'error' : 'warning',
  });
  fs.mkdirSync(path.join(outDir, 'chunks'), { recursive: true });
  const inputs = Object.keys(r.metafile.inputs).filter((f) => !f.includes('node_modules'));
  // Chunks have content-hashed names: write them first, the entry last, so a CLI starting meanwhile
  // loads the old entry with its old chunks or the new entry with its new ones.
  const outputs = [...r.outputFiles].sort((a, b) => Number(a.path === CLI_BUNDLE) - Number(b.path === CLI_BUNDLE));
  for (const out of outputs) if (!fs.existsSync(out.path) || out.path === CLI_BUNDLE) replaceFile(out.path, out.contents);
  const keep = new Set(outputs.map((o) => o.path));
  for (const f of fs.readdirSync(path.join(outDir, 'chunks'))) {
    const full = path.join(outDir, 'chunks', f);
    if (!keep.has(full)) fs.rmSync(full, { force: true });
  }
  replaceFile(CLI_INPUTS, `${JSON.stringify({ inputs: [...inputs, 'build/build-cli.mjs', 'package.json'] }, null, 1)}\n`);
  return CLI_BUNDLE;
}

/** True when the bundle is missing or older than any file it was built from. */
export function cliBundleStale() {
  let built;
  try {
    built = fs.statSync(CLI_BUNDLE).mtimeMs;
    const { inputs } = JSON.parse(fs.readFileSync(CLI_INPUTS, 'utf8'));
    for (const f of inputs) {
      const st = fs.statSync(path.join(root, f), { throwIfNoEntry: false });
      if (!st || st.mtimeMs > built) return true;
    }
    return false;
  } catch {
    return true;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli().then(
    (f) => process.stdout.write(`built ${path.relative(process.cwd(), f)}\n`),
    (e) => {
      process.stderr.write(`build-cli: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
