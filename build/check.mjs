// `node build/check.mjs typecheck lint`: the static checks of `npm test`, run side by side (they are
// independent and each mostly uses one core). typecheck = tsc on the three projects (shared runtime-free,
// Node side, renderer), incremental with its state in node_modules/.cache/tsc; lint = ESLint with its cache
// in node_modules/.cache/eslint (content-based; a fresh checkout such as CI starts without either cache).
// Output of each check is printed in one piece when it ends; the exit code is the first failure's.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const cache = path.join(root, 'node_modules', '.cache');

const tsc = (project) => ({
  name: `tsc ${project}`,
  cmd: bin('tsc'),
  args: ['-p', `tsconfig.${project}.json`, '--noEmit', '--incremental', '--tsBuildInfoFile', path.join(cache, 'tsc', `${project}.tsbuildinfo`)],
});

const TASKS = {
  typecheck: [tsc('node'), tsc('renderer'), tsc('shared')],
  lint: [{ name: 'eslint', cmd: bin('eslint'), args: ['--max-warnings', '0', '--cache', '--cache-strategy', 'content', '--cache-location', path.join(cache, 'eslint') + path.sep, '.'] }],
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in TASKS));
if (wanted.length === 0 || unknown.length) {
  process.stderr.write(`usage: node build/check.mjs ${Object.keys(TASKS).join('|')}…\n`);
  process.exit(2);
}

function run(task) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(task.cmd, task.args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (e) => resolve({ task, code: 1, out: `${out}${e.message}\n`, ms: Date.now() - t0 }));
    child.on('close', (code) => resolve({ task, code: code ?? 1, out, ms: Date.now() - t0 }));
  });
}

const results = await Promise.all(wanted.flatMap((w) => TASKS[w]).map((t) => run(t).then((r) => {
  process.stdout.write(`${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.task.name} (${(r.ms / 1000).toFixed(1)} s)\n${r.out}`);
  return r;
})));
const failed = results.find((r) => r.code !== 0);
process.exit(failed ? failed.code : 0);
