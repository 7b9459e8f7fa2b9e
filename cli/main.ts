/**
 * The one entry point of the command line, bundled by build/build-cli.mjs into dist/cli/main.mjs and
 * started by build/cli.mjs (`npm run plan|validate|simulate|template|demo:generate|bench`):
 * `main.mjs <command> [args…]`. Each command module exports `run(argv) → exit code`; it is loaded only
 * when asked for.
 */
type Command = { run(argv: readonly string[]): Promise<number> };

const COMMANDS: Record<string, () => Promise<Command>> = {
  plan: () => import('./plan'),
  validate: () => import('./validate'),
  simulate: () => import('./simulate'),
  template: () => import('./template'),
  demo: () => import('./demo'),
  bench: () => import('./bench'),
};

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name === undefined ? undefined : COMMANDS[name];
  if (!load) {
    process.stderr.write(`vm2pve: unknown command ${name ?? '(none)'} (known: ${Object.keys(COMMANDS).join(', ')})\n`);
    return 2;
  }
  return (await load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`vm2pve: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
