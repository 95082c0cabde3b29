import { defineConfig } from 'vitest/config';

// One run over every workspace package, so `pnpm test` ends with one summary.
export default defineConfig({
  test: {
    // Two workers on two cores (vitest's default is one fewer than the cores): most files
    // wait on a child process (the server, Chromium, PostgreSQL), so one worker leaves a core idle.
    maxWorkers: 2,
    projects: ['packages/*', 'apps/*', 'apps/web/vitest.e2e.config.ts', 'scripts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
  },
});
