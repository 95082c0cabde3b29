import { defineProject } from 'vitest/config';

// PGlite takes seconds to start on a busy machine; each test file opens one per engine.
// Files run one after another: two engines' databases at once are enough for two cores.
export default defineProject({
  test: {
    name: 'server',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['src/testing/global-setup.ts'],
  },
});
