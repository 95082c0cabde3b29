import { defineProject } from 'vitest/config';

// PGlite takes seconds to start on a busy machine; a suite opens one per engine.
export default defineProject({
  test: { name: 'db', testTimeout: 60_000, hookTimeout: 120_000 },
});
