// `npm run plan -- [inputs…] [--demo] --out DIR [--lang vi|en|vi+en] [--format pdf,xlsx,md,json,docx,config]`
// The headless main job: read inventory files, derive the plan, write the report files into DIR.
import fs from 'node:fs';
import path from 'node:path';
import { importFiles } from '../shared/import/index';
import { prepareImport, PSEUDONYM_MAP_FILE, pseudonymMapCsv } from '../shared/import/prepareImport';
import { REPORT_LANGS, type ReportLang } from '../shared/i18n/text';
import { t as tr, type TKey } from '../shared/i18n';
import type { Params, Text } from '../shared/i18n/text';
import { ImportError } from '../shared/model/importReport';
import { PVE_TARGETS, type PveTarget } from '../shared/model/assumptions';
import { newProject, PROJECT_FILE_SUFFIX, type Project } from '../shared/model/project';
import { openProjectFile, ProjectWriteError, saveProjectFile } from '../shared/model/projectFile';
import { nodeProjectFs } from '../electron/nodeFs';
import { derivePlan } from '../shared/plan';
import { buildReport } from '../shared/report/build';
import { DEFAULT_REPORT_PROFILE, isReportProfile, REPORT_PROFILES, type ReportProfile } from '../shared/report/model';
import { planBundle, type BundleFinding, CONFIG_FOLDER, DEFAULT_EXPORT_FORMATS, EXPORT_FORMATS, exportFileName, isExportFormat, renderFormat, type ExportFormat, type PdfProgress } from '../shared/report/export';
import { commaList, parseArgs } from './lib/args';
import { CliError } from './lib/exitCodes';
import { readInputFiles } from './lib/inputFiles';
import { beginOutputSet, defaultPrivateMapPath, isInside, MANIFEST_FILE, sha256, writePrivateFile, type OutputSet } from './lib/outputSet';
import { startProgress } from './lib/progress';
import { repoRoot } from './lib/repoRoot';
import { runCli } from './lib/run';

const PROGRAM = 'plan';

const USAGE = `usage: npm run plan -- [inputs…] [--demo] | --project FILE.vm2pve.json  --out DIR [--save-project FILE.vm2pve.json] [--lang vi|en|vi+en] [--format ${EXPORT_FORMATS.join(',')}] [--target pve8|pve9.0|pve9.2] [--profile summary|full] [--name NAME] [--customer NAME] [--author NAME] [--anonymise [--anon-map FILE]]`;

export const DEMO_DIR = path.join(repoRoot(), 'templates', 'demo');
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
  formats: ExportFormat[];
  target?: PveTarget;
  name?: string;
  customer?: string;
  author?: string;
  /** `summary` (default): what a customer reads; `full`: adds the per-VM appendices to PDF, DOCX and Markdown. */
  profile: ReportProfile;
  /** Replace every identifying name by a stable pseudonym; the reversible map is written apart from the plan. */
  anonymise: boolean;
  /** Where the private pseudonym map goes (default: `<out>-private/` beside the output folder). */
  anonMap?: string;
  /** Plan from this project file instead of inventory files. */
  project?: string;
  /** Also write the project (inventory, decisions, assumptions) to this file. */
  saveProject?: string;
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
    author: { kind: 'string' },
    profile: { kind: 'string' },
    'anon-map': { kind: 'string' },
    project: { kind: 'string' },
    'save-project': { kind: 'string' },
  });
  if (a.flags.has('help')) return 'help';
  const demo = a.flags.has('demo');
  const project = a.strings.project?.[0];
  const saveProject = a.strings['save-project']?.[0];
  for (const [flag, file] of [['--project', project], ['--save-project', saveProject]] as const) {
    if (file !== undefined && !file.toLowerCase().endsWith(PROJECT_FILE_SUFFIX)) {
      throw new CliError('CLI_BAD_PROJECT_FILE', `${flag} ${file}: a project file name ends in ${PROJECT_FILE_SUFFIX}`);
    }
  }
  if (project !== undefined && (demo || a.positionals.length > 0 || a.flags.has('anonymise'))) {
    throw new CliError('CLI_BAD_USAGE', `--project plans from a saved project: give no inventory files, --demo or --anonymise with it; ${USAGE}`);
  }
  if (project === undefined && !demo && a.positionals.length === 0) throw new CliError('CLI_NO_INPUT', `no input files (give RVTools exports or --demo); ${USAGE}`);
  const out = a.strings.out?.[0];
  if (!out) throw new CliError('CLI_NO_OUT', `--out DIR is required; ${USAGE}`);
  const lang = (a.strings.lang?.[0] ?? 'vi+en') as ReportLang;
  if (!REPORT_LANGS.includes(lang)) throw new CliError('CLI_BAD_LANG', `--lang must be one of ${REPORT_LANGS.join(', ')} (got "${lang}")`);
  const requested = a.strings.format ? commaList(a.strings.format) : [...DEFAULT_EXPORT_FORMATS];
  if (requested.length === 0) throw new CliError('CLI_BAD_FORMAT', `--format needs at least one of ${EXPORT_FORMATS.join(', ')}`);
  const formats: ExportFormat[] = [];
  for (const f of requested) {
    if (!isExportFormat(f)) throw new CliError('CLI_BAD_FORMAT', `--format: unknown format "${f}" (available: ${EXPORT_FORMATS.join(', ')})`);
    formats.push(f);
  }
  const targetArg = a.strings.target?.[0];
  let target: PveTarget | undefined;
  if (targetArg !== undefined) {
    const t = targetArg.startsWith('pve') ? targetArg : `pve${targetArg}`;
    if (!(PVE_TARGETS as readonly string[]).includes(t)) throw new CliError('CLI_BAD_TARGET', `--target must be one of ${PVE_TARGETS.join(', ')} (got "${targetArg}")`);
    target = t as PveTarget;
  }
  const profile = a.strings.profile?.[0] ?? DEFAULT_REPORT_PROFILE;
  if (!isReportProfile(profile)) throw new CliError('CLI_BAD_PROFILE', `--profile must be one of ${REPORT_PROFILES.join(', ')} (got "${profile}")`);
  const anonymise = a.flags.has('anonymise');
  const anonMap = a.strings['anon-map']?.[0];
  if (anonMap !== undefined && !anonymise) throw new CliError('CLI_BAD_USAGE', `--anon-map needs --anonymise; ${USAGE}`);
  if (anonMap !== undefined && isInside(anonMap, out)) {
    throw new CliError('CLI_ANON_MAP_INSIDE_OUT', `--anon-map ${anonMap}: the private map must not go into the output folder ${out} (its files are meant to be sent)`);
  }
  if (saveProject !== undefined && isInside(saveProject, out)) {
    throw new CliError('CLI_BAD_USAGE', `--save-project ${saveProject}: the project file must not go into the output folder ${out} (it is replaced as a whole)`);
  }
  return { inputs: a.positionals, demo, out, lang, formats, target, name: a.strings.name?.[0], customer: a.strings.customer?.[0], author: a.strings.author?.[0], profile, anonymise, anonMap, project, saveProject };
}

/** Stem of the report documents the CLI writes (`plan.pdf`, `plan.xlsx`, …). */
const STEM = 'plan';

/** Where one format goes in the output folder: a file, or the `proxmox/` folder for the config bundle. */
function outputName(format: ExportFormat): string {
  return format === 'config' ? CONFIG_FOLDER : exportFileName(format, STEM);
}

async function main(argv: readonly string[]): Promise<void> {
  const opts = parsePlanArgs(argv);
  if (opts === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const progress = startProgress();
  const lang = opts.lang;
  /** A progress step in the chosen language (both on one line for vi+en: it is rewritten in place). */
  const step = (key: TKey, params?: Params): void => progress.step(consoleText(lang, key, params));
  const say = (key: TKey, params?: Params): void => {
    for (const l of consoleLines(lang, key, params)) process.stdout.write(`${l}\n`);
  };
  let set: OutputSet | null = null;
  // Ctrl-C or a kill: drop the half-written set; the previous complete set in --out stays untouched.
  // The PDF writer checks this between its stages and pages (and lets the event loop run, so a Ctrl-C
  // during a long full report is handled at once).
  const cancel = new AbortController();
  const interrupted = (signal: NodeJS.Signals): void => {
    cancel.abort();
    set?.abort();
    progress.done();
    for (const l of consoleLines(lang, 'cli.plan.interrupted', { signal, out: opts.out })) process.stderr.write(`${PROGRAM}: ${l}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    let project: Project;
    let prepared: ReturnType<typeof prepareImport> | null = null;
    let inputs: { name: string; bytes: number; sha256: string }[];
    let importWarnings = 0;
    const now = new Date().toISOString();
    if (opts.project) {
      step('cli.progress.opening', { file: opts.project });
      const opened = await openProjectFile(nodeProjectFs, opts.project, path.basename(opts.project));
      if (!opened.ok) throw new CliError(opened.error.code, `${opts.project}: ${opened.error.message.en} [${opened.error.code}]`);
      if (opened.recovered) for (const l of textLines(lang, opened.recovered.message)) process.stderr.write(`${PROGRAM}: ${l} [${opened.recovered.code}]\n`);
      for (const f of opened.findings) for (const l of textLines(lang, f.message)) process.stderr.write(`${PROGRAM}: ${opts.project}: ${l} [${f.code}]\n`);
      project = opened.project;
      if (opts.name) project.meta = { ...project.meta, name: opts.name };
      if (opts.customer) project.meta = { ...project.meta, customer: opts.customer };
      const data = fs.readFileSync(opened.fromBackup ? `${opts.project}.bak` : opts.project);
      inputs = [{ name: path.basename(opts.project), bytes: data.byteLength, sha256: sha256(new Uint8Array(data)) }];
      importWarnings = project.importReport?.issues.filter((i) => i.severity === 'warning').length ?? 0;
      set = beginOutputSet(opts.out);
    } else {
      const paths = [...(opts.demo ? demoInputPaths() : []), ...opts.inputs];
      step('cli.progress.reading', { n: paths.length });
      const files = readInputFiles(paths);
      set = beginOutputSet(opts.out);

      step('cli.progress.importing');
      const { inventory: imported, report } = await importFiles(
        files.map((f) => ({ name: f.name, data: f.data })),
        {
          onProgress: (p) => step('cli.progress.importingFile', { what: `${p.file ?? ''}${p.sheet ? ` / ${p.sheet}` : ''}`.trim() }),
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

      if (opts.anonymise) step('cli.progress.anonymising');
      prepared = prepareImport({ inventory: imported, report }, files.map((f) => f.name), { anonymise: opts.anonymise });
      const name = opts.name ?? (opts.demo && opts.inputs.length === 0 ? 'Demo' : opts.anonymise ? 'Anonymised estate' : path.parse(files[0]?.name ?? 'plan').name);
      project = newProject(prepared.inventory, { name, customer: opts.customer, now, importReport: prepared.report });
      // Input names are pseudonyms too when the plan is anonymised: the manifest travels with the plan.
      inputs = files.map((f, i) => ({ name: opts.anonymise ? `input-${i + 1}` : f.name, bytes: f.data.byteLength, sha256: sha256(f.data) }));
      importWarnings = report.issues.filter((i) => i.severity === 'warning').length;
    }
    if (opts.target) project.assumptions = { ...project.assumptions, pveTarget: opts.target };
    if (opts.author) project.meta = { ...project.meta, author: opts.author };
    if (opts.saveProject) {
      step('cli.progress.saving', { file: opts.saveProject });
      try {
        await saveProjectFile(nodeProjectFs, opts.saveProject, project);
      } catch (e) {
        if (e instanceof ProjectWriteError) throw new CliError(e.code, `${opts.saveProject}: ${e.text.en} [${e.code}]`);
        throw e;
      }
    }
    step('cli.progress.deriving');
    const plan = derivePlan(project, { now });
    const model = buildReport(plan);

    let bundleFindings: BundleFinding[] = [];
    for (const format of opts.formats) {
      step('cli.progress.writing', { file: outputName(format) });
      if (format === 'config') {
        const bundle = planBundle(plan);
        bundleFindings = bundle.findings;
        for (const b of bundle.files) set.write(b.path, b.content, b.mode);
      } else {
        const name = outputName(format);
        set.write(name, await renderFormat(format, plan, model, opts.lang, { profile: opts.profile, signal: cancel.signal, onProgress: (p) => progress.step(pdfProgressText(lang, name, p)) }));
      }
    }
    let mapFile: string | null = null;
    if (prepared?.map) {
      // The reversible map stays with the planner: apart from the files meant to be sent, readable by the owner only.
      mapFile = path.resolve(opts.anonMap ?? defaultPrivateMapPath(opts.out, PSEUDONYM_MAP_FILE));
      writePrivateFile(mapFile, pseudonymMapCsv(prepared.map));
    }
    step('cli.progress.finishing');
    const written = set.commit({
      project: project.meta.name,
      calculatorVersion: plan.calculatorVersion,
      generatedAt: now,
      inputs,
    });
    set = null;
    progress.done();
    const s = plan.summary;
    say('cli.plan.summary', { vms: s.vms, templates: s.templates, poweredOn: s.poweredOn, hosts: s.hosts, clusters: s.clusters, warnings: importWarnings });
    const tot = plan.design.totals;
    say('cli.plan.design', { unplaced: tot.unplaced, added: tot.addedNodes, excluded: tot.excluded });
    for (const f of topLevel(written, opts.out)) say('cli.plan.wrote', { file: f });
    if (opts.saveProject) say('cli.plan.wroteProject', { file: path.resolve(opts.saveProject) });
    if (mapFile) say('cli.plan.wroteMap', { file: mapFile });
    printBundleFindings(bundleFindings, lang);
  } finally {
    set?.abort();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    progress.done();
  }
}

/**
 * A console line in the language of `--lang`: one line for `vi` or `en`, the Vietnamese then the English line
 * for `vi+en` (numbers written the way each language writes them).
 */
export function consoleLines(lang: ReportLang, key: TKey, params?: Params): string[] {
  if (lang === 'vi+en') {
    const vi = tr('vi', key, params);
    const en = tr('en', key, params);
    return vi === en ? [vi] : [vi, en];
  }
  return [tr(lang, key, params)];
}

/** A bilingual text as console lines, the same way. */
export function textLines(lang: ReportLang, text: Text): string[] {
  if (lang === 'vi+en') return text.vi === text.en ? [text.vi] : [text.vi, text.en];
  return [text[lang]];
}

/** A console text on one line (progress): both languages joined with " / " for `vi+en`. */
export function consoleText(lang: ReportLang, key: TKey, params?: Params): string {
  return consoleLines(lang, key, params).join(' / ');
}

const PDF_PHASE_KEY: Record<PdfProgress['phase'], TKey> = {
  prepare: 'ui.export.phase.prepare',
  body: 'ui.export.phase.body',
  appendix: 'ui.export.phase.appendix',
  finish: 'ui.export.phase.finish',
  rows: 'ui.export.phase.rows',
};

/** A PDF export's progress as the progress line, in the language of `--lang` ("writing plan.pdf: appendix page 412 of 975"). */
export function pdfProgressText(lang: ReportLang, file: string, p: PdfProgress): string {
  const key: TKey = p.phase === 'body' && p.total > 0 ? 'ui.export.phase.bodyDraw' : PDF_PHASE_KEY[p.phase];
  const langs = lang === 'vi+en' ? (['vi', 'en'] as const) : [lang];
  return langs.map((l) => `${tr(l, 'cli.progress.writing', { file })}: ${tr(l, key, { done: p.done, total: p.total })}`).join(' / ');
}

/** The configuration bundle's findings, on stderr: errors first, at most 20 lines, then a count of the rest. */
export function printBundleFindings(findings: readonly BundleFinding[], lang: ReportLang, write: (s: string) => void = (s) => process.stderr.write(s)): void {
  if (findings.length === 0) return;
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = findings.filter((f) => f.severity === 'error').length;
  for (const l of consoleLines(lang, 'cli.plan.bundleCount', { folder: CONFIG_FOLDER, errors, warnings: findings.length - errors })) write(`${l}\n`);
  // One line per finding; with vi+en the Vietnamese text, then the English one indented beneath it.
  const langs: ('vi' | 'en')[] = lang === 'vi+en' ? ['vi', 'en'] : [lang];
  for (const f of sorted.slice(0, 20)) {
    const first = langs[0] ?? 'en';
    write(`  ${tr(first, `cli.plan.severity.${f.severity}`)} ${f.code} ${CONFIG_FOLDER}/${f.cluster}/${f.file}: ${f.text[first]}\n`);
    if (langs[1] && f.text.en !== f.text[first]) write(`    ${f.text.en}\n`);
  }
  if (sorted.length > 20) for (const l of consoleLines(lang, 'cli.plan.bundleMore', { n: sorted.length - 20 })) write(`  ${l}\n`);
}

/** The written files as the user sees them: the documents, the `proxmox` folder once, the manifest. */
function topLevel(files: readonly string[], out: string): string[] {
  const dir = path.resolve(out);
  const seen = new Set<string>();
  for (const f of files) seen.add(path.join(dir, path.relative(dir, f).split(path.sep)[0] ?? ''));
  return [...seen, path.join(dir, MANIFEST_FILE)];
}

/** `npm run plan -- …` (dispatched by cli/main.ts): the exit code. */
export function run(argv: readonly string[]): Promise<number> {
  return runCli(PROGRAM, () => main(argv));
}
