/**
 * The real server as its own process (the bundle `pnpm start` runs, scripts/bundle.mjs;
 * the e2e tests start it the same way) on a free port, for tests of what happens at start:
 * the environment it is given is all it knows. The caller's global setup builds the bundle
 * from the sources under test (testing/global-setup.ts, the e2e's, the benchmarks').
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { bundlePath } from '../../../../scripts/bundle.mjs';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const SERVER = bundlePath('server');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves with the exit code (null after a signal) when the process ends. */
  exited: Promise<number | null>;
  /** SIGTERM (the clean shutdown), then waits for the exit. */
  stop: () => Promise<void>;
}

/**
 * Spawns the server with `env` over a neutral base (test mode, no demo) on `port`, without
 * waiting: for tests of a process that is refused at start or killed mid-write.
 */
export function spawnServerProcess(
  env: Record<string, string>,
  port: number,
  bundle = SERVER,
): ServerProcess {
  if (!existsSync(bundle)) throw new Error(`${bundle} is not built: buildIfStale('server') first`);
  let output = '';
  const child = spawn(process.execPath, [bundle], {
    cwd: REPO,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      KAOHE_SEED_DEMO: 'false',
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
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Starts the server with `env` over a neutral base (test mode, no demo) and waits for
 * /healthz, `within` milliseconds at the most. `bundle`: another copy of the server's
 * bundle (the web app's A/B benchmark runs two, each beside the build it serves).
 */
export async function startServerProcess(
  env: Record<string, string>,
  within = 180_000,
  bundle = SERVER,
): Promise<ServerProcess> {
  const server = spawnServerProcess(env, await freePort(), bundle);
  const deadline = Date.now() + within;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`the server exited:\n${server.output()}`);
    try {
      if ((await fetch(`${server.url}/healthz`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.child.kill('SIGKILL');
  throw new Error(`the server did not start:\n${server.output()}`);
}
