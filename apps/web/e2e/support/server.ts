/**
 * The built web app and the real server, for the e2e tests and the benchmark: Vite's
 * `build()` when dist/ is missing or older than anything it is built from, and the server
 * as its own process on a fresh database in a temporary folder (PGlite, no demo data, a
 * known admin password), started by apps/server/src/testing/server-process.ts as the
 * server's own tests start it. A child process, not an import: the web imports the server
 * as a type only (scripts/boundaries.test.ts), tests and benchmarks included.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newest } from '../../../../scripts/newest.mjs';
// The server's own spawner, by path: it starts the server as a child process and imports
// nothing of the server itself (node: modules only), so the web still imports the server
// as a type only.
import { startServerProcess } from '../../../server/src/testing/server-process.ts';

const web = new URL('../..', import.meta.url).pathname;
const repo = join(web, '../..');
export const ADMIN_PASSWORD = 'e2e-admin-password-2011';

/** What dist/ is built from: the app's sources and config, and the packages it bundles. */
function sourcesChangedSince(builtAt: number): boolean {
  const inputs = [
    join(web, 'src'),
    join(web, 'index.html'),
    join(web, 'vite.config.ts'),
    join(web, 'package.json'),
    ...['domain', 'workflow'].flatMap((p) => [
      join(repo, `packages/${p}/src`),
      join(repo, `packages/${p}/package.json`),
    ]),
  ];
  return inputs.some((p) => newest(p) > builtAt);
}

export async function buildIfStale(): Promise<void> {
  const index = join(web, 'dist/index.html');
  if (existsSync(index) && !sourcesChangedSince(statSync(index).mtimeMs)) return;
  const { build } = await import('vite');
  const started = Date.now();
  // Vitest runs with NODE_ENV=test, and Vite would then bundle React's and Ant Design's
  // development builds: the app under test must be the production one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(web, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  console.log(`built the web app in ${Date.now() - started} ms`);
}

export interface RunningServer {
  baseUrl: string;
  port: number;
  stop: () => Promise<void>;
}

/**
 * The server on a free port and a fresh database; `stop` ends it and removes its data.
 * `env` adds to or overrides its environment (e.g. KAOHE_PUBLIC_URL); `bundle`, another
 * copy of the server bundle (one that serves another build: bench/web-ab.bench.ts).
 */
export async function startKaohe(
  env: Record<string, string> = {},
  bundle?: string,
): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kaohe-e2e-'));
  const started = Date.now();
  // Generous: on a shared 2-core CI machine a fresh PGlite database has taken 90 s to start.
  const server = await startServerProcess(
    { KAOHE_DATA_DIR: dataDir, KAOHE_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env },
    300_000,
    bundle,
  );
  console.log(`server up at ${server.url} in ${Date.now() - started} ms (data in ${dataDir})`);
  return {
    baseUrl: server.url,
    port: Number(new URL(server.url).port),
    stop: async () => {
      const stuck = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
      await server.stop();
      clearTimeout(stuck);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
