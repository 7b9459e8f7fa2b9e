/**
 * `npm run validate -- <files…> [--lang vi|en] [--problems out.xlsx] [--json out.json]`
 * Imports the files in-process, prints the validation summary and issues, and exits 2 when there is an
 * error (a fatal one prints a single line naming the file and the problem), 0 otherwise, 1 on a crash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatValidation, importFiles, problemRowsXlsx, type ImportProgress, type InputFile } from '../shared/import';
import { countBySeverity, ImportError } from '../shared/model/importReport';
import type { Lang } from '../shared/i18n';
import { writeFileAtomic } from './lib/atomicFile';

type Args = { files: string[]; lang: Lang; problems?: string; json?: string };

function parseArgs(argv: readonly string[]): Args | string {
  const out: Args = { files: [], lang: 'en' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--lang') {
      const v = argv[++i];
      if (v !== 'vi' && v !== 'en') return `--lang must be vi or en`;
      out.lang = v;
    } else if (a === '--problems') {
      const v = argv[++i];
      if (!v) return '--problems needs a file name';
      out.problems = v;
    } else if (a === '--json') {
      const v = argv[++i];
      if (!v) return '--json needs a file name';
      out.json = v;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else out.files.push(a);
  }
  if (out.files.length === 0) return 'usage: npm run validate -- <files…> [--lang vi|en] [--problems out.xlsx] [--json out.json]';
  return out;
}

function readInputs(paths: string[]): InputFile[] | string {
  const files: InputFile[] = [];
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      return `${p}: file not found`;
    }
    if (st.isDirectory()) {
      for (const n of fs.readdirSync(p).sort()) {
        const full = path.join(p, n);
        if (fs.statSync(full).isFile()) files.push({ name: full, data: new Uint8Array(fs.readFileSync(full)) });
      }
    } else files.push({ name: p, data: new Uint8Array(fs.readFileSync(p)) });
  }
  return files;
}

/** `npm run validate -- …` (dispatched by cli/main.ts): the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  const files = readInputs(args.files);
  if (typeof files === 'string') {
    process.stderr.write(`${files}\n`);
    return 2;
  }
  const started = Date.now();
  let shown = false;
  const onProgress = (p: ImportProgress): void => {
    if (Date.now() - started < 1000 || !process.stderr.isTTY) return;
    shown = true;
    process.stderr.write(`\r${p.phase} ${p.file ?? ''} ${p.sheet ?? ''} ${p.done}/${p.total}`.padEnd(100).slice(0, 100));
  };
  try {
    const { inventory, report } = await importFiles(files, { onProgress });
    if (shown) process.stderr.write('\r'.padEnd(101) + '\r');
    process.stdout.write(`${formatValidation(inventory, report, args.lang)}\n`);
    if (args.problems) await writeFileAtomic(args.problems, problemRowsXlsx(report, args.lang, files), { backup: false });
    if (args.json) await writeFileAtomic(args.json, JSON.stringify({ report }, null, 2), { backup: false });
    return countBySeverity(report).error > 0 ? 2 : 0;
  } catch (e) {
    if (shown) process.stderr.write('\n');
    if (e instanceof ImportError) {
      process.stderr.write(`${e.file ?? 'input'}: ${e.code}: ${e.text[args.lang]}\n`);
      return 2;
    }
    process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
