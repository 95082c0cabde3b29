import { defineProject } from 'vitest/config';

/**
 * End-to-end: the built web app in the Debian Chromium against the real server (a child
 * process on a fresh PGlite database, demo seed off). `e2e/global-setup.ts` builds the
 * app when dist/ is missing or older than its sources, and starts and stops the server.
 *
 *   npx vitest run --config apps/web/vitest.e2e.config.ts
 */
export default defineProject({
  test: {
    name: 'e2e',
    root: new URL('.', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    // One server, one browser at a time: two cores, and the journeys share the database.
    fileParallelism: false,
    // Limits for a stuck run, not speed targets: the journey takes about 3 minutes on a quiet
    // two-core machine and twice that on a busy one.
    testTimeout: 900_000,
    hookTimeout: 300_000,
  },
});
