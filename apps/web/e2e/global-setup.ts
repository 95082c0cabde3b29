/**
 * Before the e2e files: the web app and the server's bundle (scripts/bundle.mjs), each
 * built when older than its sources, then the real server on a
 * fresh database (support/server.ts); after them, the server stopped and its data removed.
 */
import type { TestProject } from 'vitest/node';
import { buildIfStale as buildBundleIfStale } from '../../../scripts/bundle.mjs';
import { ADMIN_PASSWORD, buildIfStale, startKaohe } from './support/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminPassword: string;
  }
}

export default async function setup(project: TestProject) {
  await Promise.all([buildIfStale(), buildBundleIfStale('server')]);
  const server = await startKaohe();
  project.provide('baseUrl', server.baseUrl);
  project.provide('adminPassword', ADMIN_PASSWORD);
  return server.stop;
}
