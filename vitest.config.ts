import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './test/summaryReporter';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', new SummaryReporter()],
  },
});
