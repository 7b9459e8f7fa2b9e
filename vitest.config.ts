import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './test/summaryReporter';
import { INTEGRATION_PATTERN, INTEGRATION_TESTS } from './test/suites';

/** `npm test`: the fast unit tests (the slow ones are listed in test/suites.ts and run by test:integration). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', INTEGRATION_PATTERN, ...INTEGRATION_TESTS],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'threads',
    // Test files share one module registry per worker: the shared/ modules load once, not once per file.
    isolate: false,
    reporters: ['default', new SummaryReporter()],
  },
});
