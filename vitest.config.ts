import { defineConfig } from 'vitest/config';

// One run over every workspace package, so `pnpm test` ends with one summary.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'apps/web/vitest.e2e.config.ts', 'scripts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
  },
});
