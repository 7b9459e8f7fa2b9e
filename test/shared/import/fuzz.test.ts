import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuzzCase, runFuzzCase, type FuzzOutcome } from '../../fixtures/import/fuzz';
import { SAMPLE_SMALL } from '../../fixtures/import/samples';

/**
 * Seeded fuzz (small, in the unit suite): 40 damaged versions of the real small sample. Each import ends in a
 * result or a coded ImportError (runFuzzCase rethrows anything else, naming the case), within 2 s and without
 * the heap growing past 256 MiB. The larger run, in its own memory-limited process with a hang watchdog, is
 * test/shared/import/fuzz.int.test.ts.
 */
describe('importer fuzz (seeded)', () => {
  it('40 mutated copies of the small sample: each a result or a coded error, fast, bounded memory', async () => {
    const source = new Uint8Array(fs.readFileSync(SAMPLE_SMALL));
    const baseHeap = process.memoryUsage().heapUsed / 1048576;
    const outcomes: FuzzOutcome[] = [];
    for (let k = 0; k < 40; k++) {
      const o = await runFuzzCase(fuzzCase(source, 'small', 20261202, k));
      expect(o.ms, `${o.id} ${o.kind}`).toBeLessThan(2000);
      expect(o.heapMiB - baseHeap, `${o.id} ${o.kind}`).toBeLessThan(256);
      outcomes.push(o);
    }
    const results = new Set(outcomes.map((o) => o.result));
    // the mutations really reach the reader: some cases still import, others are refused with several codes
    expect(results.has('ok')).toBe(true);
    expect(results.has('IMP_CORRUPT')).toBe(true);
    expect(results.size).toBeGreaterThanOrEqual(3);
  });
});
