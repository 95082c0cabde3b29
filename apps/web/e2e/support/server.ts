/**
 * The built web app and the real server, for the e2e tests and the benchmark: Vite's
 * `build()` when dist/ is missing or older than anything it is built from, and the server
 * as its own process on a fresh database in a temporary folder (PGlite, no demo data, a
 * known admin password). A child process, not an import: the web imports the server as a
 * type only (scripts/boundaries.test.ts), tests and benchmarks included.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const web = new URL('../..', import.meta.url).pathname;
const repo = join(web, '../..');
export const ADMIN_PASSWORD = 'e2e-admin-password-2011';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    latest = Math.max(latest, newest(join(path, name)));
  }
  return latest;
}

/** What dist/ is built from: the app's sources and config, and the domain package it bundles. */
function sourcesChangedSince(builtAt: number): boolean {
  const inputs = [
    join(web, 'src'),
    join(web, 'index.html'),
    join(web, 'vite.config.ts'),
    join(web, 'package.json'),
    join(repo, 'packages/domain/src'),
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string) {
  // Generous: on a shared 2-core CI machine a fresh PGlite database has taken 90 s to start.
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${log()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not start within 300 s:\n${log()}`);
}

export interface RunningServer {
  baseUrl: string;
  port: number;
  stop: () => Promise<void>;
}

/**
 * The server on a free port and a fresh database; `stop` ends it and removes its data.
 * `env` adds to or overrides its environment (e.g. KAOHE_PUBLIC_URL).
 */
export async function startKaohe(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kaohe-e2e-'));
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repo,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      KAOHE_DATA_DIR: dataDir,
      KAOHE_SEED_DEMO: 'false',
      KAOHE_ADMIN_PASSWORD: ADMIN_PASSWORD,
      DATABASE_URL: '',
      KAOHE_PUBLIC_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  await waitForHealth(baseUrl, child, () => output);
  console.log(`server up at ${baseUrl} in ${Date.now() - started} ms (data in ${dataDir})`);
  return {
    baseUrl,
    port,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => {
          const timer = setTimeout(() => {
            child.kill('SIGKILL');
            resolve(null);
          }, 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve(null);
          });
        });
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
