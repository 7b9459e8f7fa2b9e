import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../fixtures/cli';
import { SAMPLE_339, SAMPLE_SMALL } from '../../fixtures/import/samples';

type Line = { start?: string; kind?: string; id?: string; result?: string; ms?: number; error?: string };
type Run = { outcomes: Line[]; failure?: string };

const CHILD = path.join(REPO, 'test', 'fixtures', 'import', 'fuzzChild.ts');

/**
 * Run fuzz cases from..to-1 of a workbook in a child process limited to `heapMiB` of heap; a case that takes
 * longer than `caseMs` is a hang: the child is killed and the case named. A crash (out of memory) names the
 * case that was running.
 */
function runChild(file: string, seed: number, from: number, to: number, caseMs: number, heapMiB: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMiB}`, '--import', 'tsx', CHILD, file, String(seed), String(from), String(to)], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    const outcomes: Line[] = [];
    let current: Line | undefined;
    let failure: string | undefined;
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        failure = `hang: ${current?.start} (${current?.kind}) still running after ${caseMs} ms`;
        child.kill('SIGKILL');
      }, caseMs);
    };
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    readline.createInterface({ input: child.stdout }).on('line', (l) => {
      const x = JSON.parse(l) as Line;
      if (x.start) { current = x; arm(); } else if (x.error) failure = x.error;
      else outcomes.push(x);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (!failure && code !== 0) failure = `child ended (${code ?? signal}) during ${current?.start} (${current?.kind}): ${stderr.trim().split('\n').slice(-3).join(' ')}`;
      resolve({ outcomes, ...(failure ? { failure } : {}) });
    });
  });
}

describe('importer fuzz (seeded, larger run)', () => {
  it('400 mutated copies of the small sample: each a result or a coded error, ≤ 5 s each, heap ≤ 512 MiB', async () => {
    const run = await runChild(SAMPLE_SMALL, 1202, 0, 400, 5000, 512);
    expect(run.failure).toBeUndefined();
    expect(run.outcomes).toHaveLength(400);
    const codes = new Set(run.outcomes.map((o) => o.result));
    expect(codes).toContain('ok');
    expect(codes).toContain('IMP_CORRUPT');
    expect(codes).toContain('IMP_ROW_LIMIT');
    expect(codes).toContain('IMP_COLUMN_LIMIT');
  });

  it('40 mutated copies of the 339-VM sample: each a result or a coded error, ≤ 10 s each, heap ≤ 1 GiB', async () => {
    const run = await runChild(SAMPLE_339, 2026, 0, 40, 10_000, 1024);
    expect(run.failure).toBeUndefined();
    expect(run.outcomes).toHaveLength(40);
    expect(new Set(run.outcomes.map((o) => o.result)).size).toBeGreaterThanOrEqual(2);
  });
});
