/**
 * Issue 8's load benchmark, against the real server process (the bundle `pnpm start` runs,
 * scripts/bundle.mjs; demo data seeded: every unit, department and the chairman's
 * office with an account, assessments at every stage) over real HTTP, with a small Node
 * driver (fetch) so every simulated user keeps its own session, versions and think time.
 *
 * The mix, per simulated user: a unit user with an assessment open for self-scoring saves
 * its own item (saveSelfScore with the version it got back) and reads its assessment and
 * 待办; other unit users read their assessment and 待办; department users read their grid
 * (review.grid) and 待办. Phases:
 *   1. 100 users, think time 0.5–1.5 s, 60 s:  p95 < 50 ms, p99 < 100 ms, no errors
 *   2. 50 connections, no think time, 30 s:      no errors
 *   3. memory: the server's RSS before and after 100,000 requests (no think time) < 50 MB
 *
 *   npx tsx apps/server/bench/load.bench.ts                 (PGlite)
 *   DATABASE_URL=postgres://… npx tsx apps/server/bench/load.bench.ts   (a fresh database
 *   is created on that server and dropped afterwards)
 * LOAD_SECONDS / NOLOAD_SECONDS / MEMORY_REQUESTS shorten a trial run; LOAD_PROFILE=DIR
 * writes the server's CPU profile (.cpuprofile) into DIR.
 *
 *   LOAD_COMPARE=1 npx tsx apps/server/bench/load.bench.ts    (issue 17 item 3, decision 030)
 * runs only phase 1, side by side: PGlite in the server's thread (KAOHE_PGLITE_WORKER=false)
 * and in its worker thread, each quiet and with a second busy process on the machine (a
 * `node -e 'for(;;){}'` started before the phase and killed after), alternated over
 * LOAD_ROUNDS rounds (default 2), with the load average at each phase.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDb, type TestDb } from '@kaohe/db/testing';
import superjson from 'superjson';
import { buildIfStale } from '../../../scripts/bundle.mjs';

const USERS = 100;
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const NOLOAD_CONNECTIONS = 50;
const NOLOAD_SECONDS = Number(process.env.NOLOAD_SECONDS ?? 30);
const MEMORY_REQUESTS = Number(process.env.MEMORY_REQUESTS ?? 100_000);

import { DEMO_PASSWORD } from '../src/demo/organisation.ts';

/** What the demo accounts change theirs to (production makes them). */
const PASSWORD = 'load-bench-own-password';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

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

async function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  let output = '';
  // LOAD_PROFILE=DIR writes the server's CPU profile there (open it in Chrome's DevTools).
  const profile = process.env.LOAD_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOAD_PROFILE}`]
    : [];
  const child = spawn(
    process.execPath,
    // The bundle `pnpm start` runs (decision 020), built first when its sources changed.
    [...profile, await buildIfStale('server')],
    {
      cwd: REPO,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        KAOHE_SEED_DEMO: 'true',
        KAOHE_ADMIN_PASSWORD: 'load-admin-password-2011',
        KAOHE_COOKIE_SECURE: 'false',
        DATABASE_URL: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
    if (output.includes('kaohe is running')) return { child, url };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not start:\n${output}`);
}

/** The server's resident memory, MB (Linux /proc). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Latency of each call by procedure while a phase records (where the time goes). */
let byProcedure: Map<string, number[]> | undefined;

class Session {
  cookie = '';
  constructor(readonly url: string) {}
  private headers(write: boolean): Record<string, string> {
    return {
      ...(this.cookie ? { cookie: this.cookie } : {}),
      ...(write
        ? { 'content-type': 'application/json', 'x-kaohe-csrf': '1', origin: this.url }
        : {}),
    };
  }
  async call<T>(type: 'query' | 'mutation', path: string, input?: unknown): Promise<T> {
    const encoded = JSON.stringify(superjson.serialize(input));
    const t = performance.now();
    const response =
      type === 'query'
        ? await fetch(
            `${this.url}/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(encoded)}`}`,
            { headers: this.headers(false) },
          )
        : await fetch(`${this.url}/trpc/${path}`, {
            method: 'POST',
            headers: this.headers(true),
            body: encoded,
          });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    const body = (await response.json()) as { result?: { data: never }; error?: never };
    if (byProcedure) {
      const list = byProcedure.get(path) ?? [];
      list.push(performance.now() - t);
      byProcedure.set(path, list);
    }
    if (!response.ok || !body.result) {
      throw new Error(
        `${path}: ${response.status} ${JSON.stringify(body.error ?? body).slice(0, 300)}`,
      );
    }
    return superjson.deserialize(body.result.data) as T;
  }
}

interface Item {
  itemId: string;
  version: number;
  selfInputs: unknown;
  explanation: string | null;
}

interface Actor {
  session: Session;
  /** One request of this user's mix. */
  step(): Promise<void>;
}

async function actors(url: string): Promise<Actor[]> {
  const admin = new Session(url);
  await admin.call('mutation', 'auth.login', {
    username: 'admin',
    password: 'load-admin-password-2011',
  });
  const cycles = await admin.call<Array<{ id: string; year: number }>>('query', 'cycle.list', {});
  const cycleId = cycles.sort((a, b) => b.year - a.year)[0]!.id;
  const users = await admin.call<Array<{ username: string; role: string }>>(
    'query',
    'admin.users',
    {},
  );
  const unitUsers = users.filter((u) => u.role === 'unit').map((u) => u.username);
  const deptUsers = users.filter((u) => u.role === 'department').map((u) => u.username);
  // Seeded in production, every demo account must replace the published password first.
  for (const username of [...unitUsers, ...deptUsers]) {
    const s = new Session(url);
    await s.call('mutation', 'auth.login', { username, password: DEMO_PASSWORD });
    await s.call('mutation', 'auth.changePassword', {
      currentPassword: DEMO_PASSWORD,
      newPassword: PASSWORD,
    });
  }

  // Which units have an assessment open for self-scoring (they save), which only read.
  const open: Array<{ username: string; assessmentId: string; items: Item[] }> = [];
  const readers: Array<{ username: string; assessmentId: string }> = [];
  for (const username of unitUsers) {
    const s = new Session(url);
    await s.call('mutation', 'auth.login', { username, password: PASSWORD });
    const mine = await s.call<Array<{ id: string; stage: string; cycleId: string }>>(
      'query',
      'assessment.mine',
    );
    const current = mine.find((m) => m.cycleId === cycleId);
    if (!current) continue;
    if (current.stage === 'selfScoring') {
      const detail = await s.call<{ items: Item[] }>('query', 'assessment.byId', {
        id: current.id,
      });
      open.push({ username, assessmentId: current.id, items: detail.items });
    } else {
      readers.push({ username, assessmentId: current.id });
    }
  }
  if (open.length === 0) throw new Error('no unit has an assessment in self-scoring');
  const out: Actor[] = [];
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  for (let k = 0; k < USERS; k++) {
    const session = new Session(url);
    const kind = k % 10;
    if (kind < 5) {
      // A unit user filling in its self-assessment: its own (unit, item), never shared.
      const unit = open[k % open.length]!;
      const item = unit.items[Math.floor(k / open.length) % unit.items.length]!;
      await session.call('mutation', 'auth.login', {
        username: unit.username,
        password: PASSWORD,
      });
      let version = item.version;
      out.push({
        session,
        step: async () => {
          const r = Math.random();
          if (r < 0.5) {
            const saved = await session.call<{ version: number }>(
              'mutation',
              'assessment.saveSelfScore',
              {
                assessmentId: unit.assessmentId,
                itemId: item.itemId,
                inputs: item.selfInputs ?? {},
                explanation: item.explanation ?? '已按要求完成，详见佐证材料。',
                expectedVersion: version,
              },
            );
            version = saved.version;
          } else if (r < 0.8) {
            await session.call('query', 'assessment.byId', { id: unit.assessmentId });
          } else {
            await session.call('query', 'todo.mine');
          }
        },
      });
    } else if (kind < 7 && readers.length > 0) {
      const unit = pick(readers);
      await session.call('mutation', 'auth.login', {
        username: unit.username,
        password: PASSWORD,
      });
      out.push({
        session,
        step: async () => {
          if (Math.random() < 0.6)
            await session.call('query', 'assessment.byId', { id: unit.assessmentId });
          else await session.call('query', 'todo.mine');
        },
      });
    } else {
      const username = pick(deptUsers);
      await session.call('mutation', 'auth.login', { username, password: PASSWORD });
      out.push({
        session,
        step: async () => {
          if (Math.random() < 0.7) await session.call('query', 'review.grid', { cycleId });
          else await session.call('query', 'todo.mine');
        },
      });
    }
  }
  return out;
}

interface PhaseResult {
  requests: number;
  errors: string[];
  latencies: number[];
  seconds: number;
}

async function phase(
  all: Actor[],
  opts: { users: number; seconds?: number; requests?: number; thinkMs?: [number, number] },
): Promise<PhaseResult> {
  const latencies: number[] = [];
  const errors: string[] = [];
  const started = Date.now();
  const end = opts.seconds ? started + opts.seconds * 1000 : Number.POSITIVE_INFINITY;
  let issued = 0;
  const run = async (actor: Actor) => {
    // Users arrive spread over one think time, as people do, not as one burst at t = 0.
    if (opts.thinkMs) await new Promise((r) => setTimeout(r, Math.random() * opts.thinkMs![1]));
    while (Date.now() < end && (opts.requests === undefined || issued < opts.requests)) {
      issued++;
      const t = performance.now();
      try {
        await actor.step();
      } catch (e) {
        errors.push(String(e));
      }
      latencies.push(performance.now() - t);
      if (opts.thinkMs) {
        const [lo, hi] = opts.thinkMs;
        await new Promise((r) => setTimeout(r, lo + Math.random() * (hi - lo)));
      }
    }
  };
  await Promise.all(all.slice(0, opts.users).map(run));
  return { requests: latencies.length, errors, latencies, seconds: (Date.now() - started) / 1000 };
}

const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** Issue 17 item 3: phase 1 on PGlite in the server's thread and in its worker, quiet and busy. */
async function compare(): Promise<void> {
  const rounds = Number(process.env.LOAD_ROUNDS ?? 2);
  const variants = [
    { name: 'PGlite in the server thread', env: { KAOHE_PGLITE_WORKER: 'false' } },
    { name: 'PGlite in a worker thread', env: { KAOHE_PGLITE_WORKER: 'true' } },
  ];
  const dirs: string[] = [];
  const servers: Array<{ child: ChildProcess; users: Actor[] }> = [];
  try {
    for (const variant of variants) {
      const dir = mkdtempSync(join(tmpdir(), 'kaohe-load-'));
      dirs.push(dir);
      const server = await startServer({ KAOHE_DATA_DIR: dir, ...variant.env });
      servers.push({ child: server.child, users: [] });
      servers[servers.length - 1]!.users = await actors(server.url);
    }
    const results = new Map<string, { latencies: number[]; errors: number; load: number[] }>();
    for (let round = 0; round < rounds; round++) {
      for (const busy of [false, true]) {
        for (const [k, variant] of variants.entries()) {
          const spinner = busy
            ? spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' })
            : null;
          try {
            const r = await phase(servers[k]!.users, {
              users: USERS,
              seconds: LOAD_SECONDS,
              thinkMs: [500, 1500],
            });
            const key = `${variant.name}${busy ? ', a second busy process' : ', quiet'}`;
            const sum = results.get(key) ?? { latencies: [], errors: 0, load: [] };
            sum.latencies.push(...r.latencies);
            sum.errors += r.errors.length;
            sum.load.push(loadavg()[0]!);
            results.set(key, sum);
            console.error(
              `round ${round + 1} ${key}: p50 ${pct(r.latencies, 50).toFixed(1)} p95 ${pct(r.latencies, 95).toFixed(1)} p99 ${pct(r.latencies, 99).toFixed(1)} (load ${loadavg()[0]!.toFixed(1)})`,
            );
          } finally {
            spinner?.kill('SIGKILL');
          }
        }
      }
    }
    console.log(
      `\n### ${USERS} users, think 0.5–1.5 s, ${rounds} × ${LOAD_SECONDS} s each (${cpus().length} cores, Node ${process.version})\n`,
    );
    console.log('| PGlite | requests | p50 ms | p95 ms | p99 ms | errors | load average (1 min) |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const [key, r] of results) {
      console.log(
        `| ${key} | ${r.latencies.length} | ${pct(r.latencies, 50).toFixed(1)} | ${pct(r.latencies, 95).toFixed(1)} | ${pct(r.latencies, 99).toFixed(1)} | ${r.errors} | ${r.load.map((l) => l.toFixed(1)).join(', ')} |`,
      );
    }
  } finally {
    for (const { child } of servers) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.LOAD_COMPARE) {
  await compare();
} else {
  const dataDir = mkdtempSync(join(tmpdir(), 'kaohe-load-'));
  let testDb: TestDb | undefined;
  const env: Record<string, string> = { KAOHE_DATA_DIR: dataDir };
  if (process.env.DATABASE_URL) {
    testDb = await createTestDb('postgres', {
      databaseUrl: process.env.DATABASE_URL,
      prefix: 'kaohe_load',
      migrate: false,
    });
    env.DATABASE_URL = testDb.url!;
  }
  const engine = testDb ? 'PostgreSQL' : 'PGlite';
  const seedStarted = Date.now();
  const server = await startServer(env);
  console.error(`server up with demo data in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s`);
  try {
    const simulated = await actors(server.url);
    const pid = server.child.pid!;

    byProcedure = new Map();
    const load = await phase(simulated, {
      users: USERS,
      seconds: LOAD_SECONDS,
      thinkMs: [500, 1500],
    });
    const loadByProcedure = byProcedure;
    byProcedure = undefined;
    const noload = await phase(simulated, { users: NOLOAD_CONNECTIONS, seconds: NOLOAD_SECONDS });
    const rssBefore = rssMb(pid);
    const memory = await phase(simulated, { users: NOLOAD_CONNECTIONS, requests: MEMORY_REQUESTS });
    // Let timers and the allocator settle, as a server between bursts would.
    await new Promise((r) => setTimeout(r, 5_000));
    const rssAfter = rssMb(pid);

    const row = (name: string, r: PhaseResult, target: string) =>
      `| ${name} | ${r.requests} | ${(r.requests / r.seconds).toFixed(0)} | ${pct(r.latencies, 50).toFixed(1)} | ${pct(r.latencies, 95).toFixed(1)} | ${pct(r.latencies, 99).toFixed(1)} | ${r.errors.length} | ${target} |`;
    console.log(
      `\n### ${engine} (${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version})\n`,
    );
    console.log('| phase | requests | req/s | p50 ms | p95 ms | p99 ms | errors | target |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    console.log(
      row(
        `${USERS} users, think 0.5–1.5 s, ${LOAD_SECONDS} s`,
        load,
        'p95 < 50, p99 < 100, 0 errors',
      ),
    );
    console.log(
      row(`${NOLOAD_CONNECTIONS} connections, no think, ${NOLOAD_SECONDS} s`, noload, '0 errors'),
    );
    console.log(row(`${MEMORY_REQUESTS} requests, no think`, memory, 'RSS growth < 50 MB'));
    console.log(
      `\nServer RSS: ${rssBefore.toFixed(0)} MB before the ${MEMORY_REQUESTS} requests, ${rssAfter.toFixed(0)} MB after: growth ${(rssAfter - rssBefore).toFixed(1)} MB.`,
    );
    console.log(`\nThe ${USERS}-user phase by procedure:\n`);
    console.log('| procedure | calls | p50 ms | p95 ms | p99 ms |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const [path, xs] of [...loadByProcedure].sort((a, b) => b[1].length - a[1].length)) {
      console.log(
        `| ${path} | ${xs.length} | ${pct(xs, 50).toFixed(1)} | ${pct(xs, 95).toFixed(1)} | ${pct(xs, 99).toFixed(1)} |`,
      );
    }
    const errors = [...load.errors, ...noload.errors, ...memory.errors];
    if (errors.length > 0)
      console.log(`\nFirst errors:\n${[...new Set(errors)].slice(0, 5).join('\n')}`);
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    await testDb?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
