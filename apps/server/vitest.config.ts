import { defineProject } from 'vitest/config';

// PGlite takes a second or two to start on a busy machine; each test file opens one per
// engine. Files run two at a time, beside the other packages' files: a project that runs
// its files one after another joins vitest's one sequential group, which runs after every
// other file and one file at a time (the e2e files are there already).
export default defineProject({
  test: {
    name: 'server',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['src/testing/global-setup.ts'],
  },
});
