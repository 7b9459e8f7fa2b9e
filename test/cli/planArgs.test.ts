import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePlanArgs } from '../../cli/plan';
import { commaList, parseArgs } from '../../cli/lib/args';
import { CliError, oneLine } from '../../cli/lib/exitCodes';
import { runCli } from '../../cli/lib/run';
import { ImportError } from '../../shared/model/importReport';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof CliError) return e.code;
    throw e;
  }
  return undefined;
}

describe('cli/lib args', () => {
  it('parses --name value, --name=value, flags, positionals and --', () => {
    const a = parseArgs(['a.xlsx', '--out', 'dir', '--format=pdf', '--format', 'md', '--demo', '--', '--weird.csv'], {
      out: { kind: 'string' },
      format: { kind: 'string', repeatable: true },
      demo: { kind: 'boolean' },
    });
    expect(a.positionals).toEqual(['a.xlsx', '--weird.csv']);
    expect(a.strings).toEqual({ out: ['dir'], format: ['pdf', 'md'] });
    expect([...a.flags]).toEqual(['demo']);
  });

  it('refuses unknown, valueless and repeated options', () => {
    const spec = { out: { kind: 'string' as const }, demo: { kind: 'boolean' as const } };
    expect(codeOf(() => parseArgs(['--nope'], spec))).toBe('CLI_UNKNOWN_OPTION');
    expect(codeOf(() => parseArgs(['--out'], spec))).toBe('CLI_MISSING_VALUE');
    expect(codeOf(() => parseArgs(['--out', '--demo'], spec))).toBe('CLI_MISSING_VALUE');
    expect(codeOf(() => parseArgs(['--out', 'a', '--out', 'b'], spec))).toBe('CLI_REPEATED_OPTION');
    expect(codeOf(() => parseArgs(['--demo=1'], spec))).toBe('CLI_BAD_OPTION');
  });

  it('splits comma lists and collapses messages to one line', () => {
    expect(commaList(['PDF, xlsx', 'pdf,,md'])).toEqual(['pdf', 'xlsx', 'md']);
    expect(oneLine('a\nb\r\n\tc   d')).toBe('a b c d');
  });
});

describe('plan arguments', () => {
  it('defaults to all formats and vi+en', () => {
    const o = parsePlanArgs(['x.xlsx', '--out', 'o']);
    expect(o).toMatchObject({ inputs: ['x.xlsx'], demo: false, out: 'o', lang: 'vi+en', formats: ['pdf', 'xlsx', 'md', 'json'] });
  });

  it('accepts the target with or without the pve prefix', () => {
    expect(parsePlanArgs(['--demo', '--out', 'o', '--target', '9.2'])).toMatchObject({ target: 'pve9.2', demo: true });
    expect(parsePlanArgs(['--demo', '--out', 'o', '--target', 'pve8'])).toMatchObject({ target: 'pve8' });
    expect(codeOf(() => parsePlanArgs(['--demo', '--out', 'o', '--target', '7']))).toBe('CLI_BAD_TARGET');
    expect(parsePlanArgs(['--demo', '--out', 'o', '--format', 'config'])).toMatchObject({ formats: ['config'] });
    expect(codeOf(() => parsePlanArgs(['--demo', '--out', 'o', '--format', 'html']))).toBe('CLI_BAD_FORMAT');
  });
});

describe('runCli exit codes', () => {
  afterEach(() => vi.restoreAllMocks());

  async function run(f: () => Promise<void>): Promise<{ code: number; err: string }> {
    let err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    const code = await runCli('plan', f);
    vi.restoreAllMocks();
    return { code, err };
  }

  it('0 on success, 2 with one line for user errors, 1 for internal errors', async () => {
    expect(await run(async () => {})).toEqual({ code: 0, err: '' });
    expect(await run(async () => Promise.reject(new CliError('CLI_X', 'a.xlsx: bad\nthing')))).toEqual({ code: 2, err: 'plan: a.xlsx: bad thing\n' });
    const imp = await run(async () => Promise.reject(new ImportError('IMP_CORRUPT', { vi: 'Tệp hỏng', en: 'damaged file' }, 'b.xlsx')));
    expect(imp).toEqual({ code: 2, err: 'plan: b.xlsx: damaged file [IMP_CORRUPT]\n' });
    const bug = await run(async () => Promise.reject(new TypeError('x is undefined')));
    expect(bug.code).toBe(1);
    expect(bug.err).toBe('plan: internal error: x is undefined\n');
  });
});
