// `npm run plan -- [inputs…] [--demo] --out DIR [--lang vi|en|vi+en] [--format pdf,xlsx,md,json,docx,config]`
// The headless main job: read inventory files, derive the plan, write the report files into DIR.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { anonymise, importFiles } from '../shared/import/index';
import { REPORT_LANGS, type ReportLang } from '../shared/i18n/text';
import { ImportError, type ImportReport } from '../shared/model/importReport';
import { derivePlan } from '../shared/model/plan';
import { newProject, type PveTarget } from '../shared/model/project';
import { buildReport } from '../shared/report/build';
import { planToJson } from '../shared/report/planJson';
import { renderDocx } from '../shared/report/renderDocx';
import { renderMarkdown } from '../shared/report/renderMarkdown';
import { renderPdf } from '../shared/report/renderPdf';
import { renderXlsx } from '../shared/report/renderXlsx';
import { renderConfigBundle } from '../shared/report/configBundle';
import { commaList, parseArgs } from './lib/args';
import { CliError } from './lib/exitCodes';
import { ensureOutDir, readInputFiles, writeFileAtomic } from './lib/inputFiles';
import { startProgress } from './lib/progress';
import { runCli } from './lib/run';

const PROGRAM = 'plan';

export const PLAN_FORMATS = ['pdf', 'xlsx', 'md', 'json', 'docx', 'config'] as const;
/** Written when --format is not given. */
export const DEFAULT_FORMATS: readonly PlanFormat[] = ['pdf', 'xlsx', 'md', 'json'];
export type PlanFormat = (typeof PLAN_FORMATS)[number];
/** Formats named in the product card whose renderers are not part of this build yet. */
const NOT_YET_AVAILABLE: string[] = [];
const PVE_TARGETS: readonly PveTarget[] = ['pve8', 'pve9.0', 'pve9.2'];

const USAGE =
  'usage: npm run plan -- [inputs…] [--demo] --out DIR [--lang vi|en|vi+en] [--format pdf,xlsx,md,json,docx,config] [--target pve8|pve9.0|pve9.2] [--name NAME] [--customer NAME] [--anonymise]';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEMO_DIR = path.resolve(here, '..', 'templates', 'demo');
export const DEMO_WORKBOOK = 'rvtools-demo.xlsx';

/** The demo estate: the RVTools-shaped workbook plus the PowerCLI DRS-rule CSVs beside it. */
export function demoInputPaths(dir: string = DEMO_DIR): string[] {
  const workbook = path.join(dir, DEMO_WORKBOOK);
  if (!fs.existsSync(workbook)) {
    throw new CliError('CLI_DEMO_MISSING', `${workbook}: the demo estate is not installed (run \`npm run template\` or restore templates/demo)`);
  }
  const csvs = fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.csv'))
    .sort()
    .map((f) => path.join(dir, f));
  return [workbook, ...csvs];
}

type PlanOptions = {
  inputs: string[];
  demo: boolean;
  out: string;
  lang: ReportLang;
  formats: PlanFormat[];
  target?: PveTarget;
  name?: string;
  customer?: string;
  /** Replace every identifying name by a stable pseudonym; the reversible map is written beside the plan. */
  anonymise: boolean;
};

export function parsePlanArgs(argv: readonly string[]): PlanOptions | 'help' {
  const a = parseArgs(argv, {
    demo: { kind: 'boolean' },
    anonymise: { kind: 'boolean' },
    help: { kind: 'boolean' },
    out: { kind: 'string' },
    lang: { kind: 'string' },
    format: { kind: 'string', repeatable: true },
    target: { kind: 'string' },
    name: { kind: 'string' },
    customer: { kind: 'string' },
  });
  if (a.flags.has('help')) return 'help';
  const demo = a.flags.has('demo');
  if (!demo && a.positionals.length === 0) throw new CliError('CLI_NO_INPUT', `no input files (give RVTools exports or --demo); ${USAGE}`);
  const out = a.strings.out?.[0];
  if (!out) throw new CliError('CLI_NO_OUT', `--out DIR is required; ${USAGE}`);
  const lang = (a.strings.lang?.[0] ?? 'vi+en') as ReportLang;
  if (!REPORT_LANGS.includes(lang)) throw new CliError('CLI_BAD_LANG', `--lang must be one of ${REPORT_LANGS.join(', ')} (got "${lang}")`);
  const requested = a.strings.format ? commaList(a.strings.format) : [...DEFAULT_FORMATS];
  if (requested.length === 0) throw new CliError('CLI_BAD_FORMAT', `--format needs at least one of ${PLAN_FORMATS.join(', ')}`);
  const formats: PlanFormat[] = [];
  for (const f of requested) {
    if (NOT_YET_AVAILABLE.includes(f)) throw new CliError('CLI_FORMAT_UNAVAILABLE', `--format ${f} is not available in this version (available: ${PLAN_FORMATS.join(', ')})`);
    if (!(PLAN_FORMATS as readonly string[]).includes(f)) throw new CliError('CLI_BAD_FORMAT', `--format: unknown format "${f}" (available: ${PLAN_FORMATS.join(', ')})`);
    formats.push(f as PlanFormat);
  }
  const targetArg = a.strings.target?.[0];
  let target: PveTarget | undefined;
  if (targetArg !== undefined) {
    const t = targetArg.startsWith('pve') ? targetArg : `pve${targetArg}`;
    if (!(PVE_TARGETS as readonly string[]).includes(t)) throw new CliError('CLI_BAD_TARGET', `--target must be one of ${PVE_TARGETS.join(', ')} (got "${targetArg}")`);
    target = t as PveTarget;
  }
  return { inputs: a.positionals, demo, out, lang, formats, target, name: a.strings.name?.[0], customer: a.strings.customer?.[0], anonymise: a.flags.has('anonymise') };
}

const FILE_NAMES: Record<PlanFormat, string> = { pdf: 'plan.pdf', xlsx: 'plan.xlsx', md: 'plan.md', json: 'plan.json', docx: 'plan.docx', config: 'proxmox' };

async function main(argv: readonly string[]): Promise<void> {
  const opts = parsePlanArgs(argv);
  if (opts === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const progress = startProgress();
  try {
    const paths = [...(opts.demo ? demoInputPaths() : []), ...opts.inputs];
    progress.step(`reading ${paths.length} file(s)`);
    const files = readInputFiles(paths);
    const outDir = ensureOutDir(opts.out);

    progress.step('importing the inventory');
    const { inventory: imported, report } = await importFiles(
      files.map((f) => ({ name: f.name, data: f.data })),
      {
        onProgress: (p) => progress.step(`importing ${p.file ?? ''}${p.sheet ? ` / ${p.sheet}` : ''}`.trim()),
      },
    ).catch((e: unknown) => {
      // An import failure that names no file (e.g. nothing usable in any input): name the inputs.
      if (e instanceof ImportError && !e.file) throw new CliError(e.code, `${files.map((f) => f.path).join(', ')}: ${e.text.en} [${e.code}]`);
      throw e;
    });
    const firstError = report.issues.find((i) => i.severity === 'error');
    if (firstError) {
      const where = [firstError.file, firstError.sheet, firstError.row !== undefined ? `row ${firstError.row}` : undefined].filter(Boolean).join(', ');
      throw new CliError(firstError.code, `${where ? `${where}: ` : ''}${firstError.message.en} [${firstError.code}]`);
    }

    let inventory = imported;
    let anonMap: { original: string; pseudonym: string }[] = [];
    if (opts.anonymise) {
      progress.step('anonymising');
      const anon = anonymise(imported);
      inventory = anon.inventory;
      anonMap = [...anon.map, ...files.map((f, i) => ({ original: f.name, pseudonym: `input-${i + 1}` }))];
      const csv = ['kind,original,pseudonym', ...anon.map.map((m) => [m.kind, m.original, m.pseudonym].map(csvField).join(','))].join('\n');
      // The reversible map stays with the planner: it is written apart from the shareable plan files.
      const mapFile = path.join(outDir, 'anonymisation-map.private.csv');
      writeFileAtomic(mapFile, `${csv}\n`);
      process.stdout.write(`wrote ${mapFile} (keep it private: it reverses the pseudonyms)\n`);
    }
    const now = new Date().toISOString();
    const name = opts.name ?? (opts.demo && opts.inputs.length === 0 ? 'Demo' : opts.anonymise ? 'Anonymised estate' : path.parse(files[0]?.name ?? 'plan').name);
    const project = newProject(inventory, { name, customer: opts.customer, now, importReport: opts.anonymise ? scrubReport(report, anonMap) : report });
    if (opts.target) project.assumptions.pveTarget = opts.target;
    progress.step('deriving the plan');
    const plan = derivePlan(project, { now });
    const model = buildReport(plan);

    const written: string[] = [];
    for (const format of opts.formats) {
      const file = path.join(outDir, FILE_NAMES[format]);
      progress.step(`writing ${FILE_NAMES[format]}`);
      switch (format) {
        case 'pdf':
          writeFileAtomic(file, await renderPdf(model, opts.lang));
          break;
        case 'xlsx':
          writeFileAtomic(file, renderXlsx(model, opts.lang));
          break;
        case 'md':
          writeFileAtomic(file, renderMarkdown(model, opts.lang));
          break;
        case 'json':
          writeFileAtomic(file, `${JSON.stringify(planToJson(plan), null, 2)}\n`);
          break;
        case 'docx':
          writeFileAtomic(file, await renderDocx(model, opts.lang));
          break;
        case 'config':
          for (const b of renderConfigBundle(plan.design, plan.mapping, { inventory: plan.inventory })) {
            const target = path.resolve(outDir, b.path);
            if (!target.startsWith(path.resolve(outDir) + path.sep)) throw new Error(`bundle path escapes the output folder: ${b.path}`);
            fs.mkdirSync(path.dirname(target), { recursive: true });
            writeFileAtomic(target, b.content);
            if (b.mode) fs.chmodSync(target, b.mode);
          }
          break;
      }
      written.push(file);
    }
    progress.done();
    const s = plan.summary;
    process.stdout.write(
      `${s.vms} VMs, ${s.templates} templates, ${s.poweredOn} powered on, ${s.hosts} hosts, ${s.clusters} clusters` +
        ` (${report.issues.filter((i) => i.severity === 'warning').length} import warnings)\n`,
    );
    for (const f of written) process.stdout.write(`wrote ${f}\n`);
  } finally {
    progress.done();
  }
}

/** The import report with every original name replaced by its pseudonym (messages quote VM names, files). */
function scrubReport(report: ImportReport, map: readonly { original: string; pseudonym: string }[]): ImportReport {
  let json = JSON.stringify(report);
  for (const m of [...map].filter((x) => x.original.length >= 3).sort((a, b) => b.original.length - a.original.length)) {
    const from = JSON.stringify(m.original).slice(1, -1);
    json = json.split(from).join(JSON.stringify(m.pseudonym).slice(1, -1));
  }
  return JSON.parse(json) as ImportReport;
}

function csvField(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

const isEntry = process.argv[1] !== undefined && realPath(process.argv[1]) === realPath(fileURLToPath(import.meta.url));
if (isEntry) {
  process.exitCode = await runCli(PROGRAM, () => main(process.argv.slice(2)));
}
