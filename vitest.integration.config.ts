import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './test/summaryReporter';
import { INTEGRATION_PATTERN, INTEGRATION_TESTS } from './test/suites';

/** `npm run test:integration`: the slow tests listed in test/suites.ts, against the built command line. */
export default defineConfig({
  test: {
    include: [INTEGRATION_PATTERN, ...INTEGRATION_TESTS],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/integrationSetup.ts'],
    testTimeout: 300_000,
    hookTimeout: 180_000,
    pool: 'forks',
    reporters: ['default', new SummaryReporter()],
  },
});
