import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'rubric-io', testTimeout: 30000 } });
