// `npm run simulate -- scenario.json`                  → the simulation result as JSON on stdout
// `npm run simulate -- --sweep n-1|n-2 --plan cluster.json` → the sweep result as JSON on stdout
// Exit codes: 0 done; 2 bad scenario / unreadable file / usage (one line on stderr); 1 internal error.
import { parseScenario } from '../shared/ha/parseScenario';
import { simulate } from '../shared/ha/simulate';
import { sweep, type SweepMode } from '../shared/ha/sweep';
import type { SweepInput } from '../shared/ha/types';
import { parseArgs } from './lib/args';
import { CliError } from './lib/exitCodes';
import { readInputFiles } from './lib/inputFiles';
import { runCli } from './lib/run';

const PROGRAM = 'simulate';
const USAGE = 'usage: npm run simulate -- scenario.json | npm run simulate -- --sweep n-1|n-2 --plan cluster.json';

function readJson(file: string): unknown {
  const [loaded] = readInputFiles([file]);
  if (!loaded) throw new CliError('CLI_FILE_NOT_FOUND', `${file}: file not found`);
  let textContent: string;
  try {
    textContent = new TextDecoder('utf-8', { fatal: true }).decode(loaded.data).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError('CLI_NOT_UTF8', `${file}: not a UTF-8 text file`);
  }
  try {
    return JSON.parse(textContent) as unknown;
  } catch (e) {
    throw new CliError('CLI_BAD_JSON', `${file}: not valid JSON (${e instanceof Error ? e.message : 'parse error'})`);
  }
}

function withFile<T>(file: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof Error && 'code' in e && 'text' in e) {
      const coded = e as Error & { code: string; text: { vi: string; en: string } };
      throw new CliError(coded.code, `${file}: ${coded.text.en} [${coded.code}]`);
    }
    throw e;
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv, { sweep: { kind: 'string' }, plan: { kind: 'string' }, help: { kind: 'boolean' } });
  if (args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const mode = args.strings.sweep?.[0];
  const plan = args.strings.plan?.[0];
  if (mode !== undefined || plan !== undefined) {
    if (mode !== 'n-1' && mode !== 'n-2') throw new CliError('CLI_BAD_OPTION', `--sweep must be n-1 or n-2. ${USAGE}`);
    if (plan === undefined) throw new CliError('CLI_MISSING_VALUE', `--sweep needs --plan <cluster.json>. ${USAGE}`);
    if (args.positionals.length > 0) throw new CliError('CLI_BAD_OPTION', `unexpected argument ${args.positionals[0] ?? ''}. ${USAGE}`);
    const json = readJson(plan);
    const result = withFile(plan, () => sweep(json as SweepInput, mode as SweepMode));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  if (args.positionals.length !== 1) throw new CliError('CLI_USAGE', USAGE);
  const file = args.positionals[0] ?? '';
  const json = readJson(file);
  const scenario = withFile(file, () => parseScenario(json));
  process.stdout.write(`${JSON.stringify(simulate(scenario), null, 2)}\n`);
}

/** `npm run simulate -- …` (dispatched by cli/main.ts): the exit code. */
export function run(argv: readonly string[]): Promise<number> {
  return runCli(PROGRAM, () => main(argv));
}
