import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTEGRATION_TESTS } from '../suites';

const REPO = path.resolve(__dirname, '../..');

describe('test suites (test/suites.ts)', () => {
  it('every integration test listed exists, once; the rest of test/ is the unit suite', () => {
    const all = (fs.readdirSync(path.join(REPO, 'test'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.test.ts') && !f.startsWith('e2e'))
      .map((f) => `test/${f.split(path.sep).join('/')}`);
    const missing = INTEGRATION_TESTS.filter((f) => !all.includes(f));
    expect(missing).toEqual([]);
    expect(new Set(INTEGRATION_TESTS).size).toBe(INTEGRATION_TESTS.length);
    // Files named *.int.test.ts are integration tests by name; listing one as well would run it twice.
    expect(INTEGRATION_TESTS.filter((f) => f.endsWith('.int.test.ts'))).toEqual([]);
    const byName = all.filter((f) => f.endsWith('.int.test.ts'));
    expect(all.length - INTEGRATION_TESTS.length - byName.length).toBeGreaterThan(INTEGRATION_TESTS.length + byName.length);
  });
});
