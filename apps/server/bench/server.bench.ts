/**
 * Issue 4's benchmark, extended for issue 17 item 2, in one run: each procedure through the
 * whole server (cookie session, CSRF checks, tRPC, zod, authorization, the transformer)
 * against a bare Fastify handler calling the same service / query on the same database and
 * sending its result as Fastify sends JSON. The reads: the department grid (a page of 200
 * units), the report matrix and the ranking (the whole cycle), one assessment
 * (`assessment.byId`, as the chairman's office reads it); the write: `review.saveReviewScore`.
 * Targets: at least 0.5× the bare handler; p99 under 50 ms at 10 concurrent clients.
 *   npx tsx apps/server/bench/server.bench.ts     (DATABASE_URL=… for PostgreSQL;
 *   BENCH_UNITS=… units, BENCH_SECONDS=… per read, BENCH_SAVES=… saves at most)
 */
import { mkdtemp } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createCycle,
  migrateToLatest,
  rankingReport,
  reportMatrix,
  reviewGrid,
  SYSTEM_ACTOR,
  upsertUnits,
  upsertUsers,
} from '@kaohe/db';
import { createDb } from '@kaohe/db/client';
import { type Actor, type ItemInputs, MAX_PAGE_SIZE, rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { applyWorkflowEvent, createWorkflow, workflowInput } from '@kaohe/workflow';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import superjson from 'superjson';
import { ensureOrganisation } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { type AppDeps, createContextInner } from '../src/context.ts';
import { buildApp } from '../src/http/app.ts';
import { hashPassword } from '../src/password.ts';
import { readAssessment } from '../src/routers/assessment.router.ts';
import { folderEvidenceStore } from '../src/services/evidence-store.ts';
import { saveReviewScore } from '../src/services/scoring-service.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 600);
const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const dir = await mkdtemp(join(tmpdir(), 'kaohe-bench-'));
const handle = await createDb({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: join(dir, 'pglite'),
});
await migrateToLatest(handle.db);
const config = loadConfig({
  KAOHE_DATA_DIR: dir,
  NODE_ENV: 'production',
  KAOHE_SEED_DEMO: 'false',
});
const deps: AppDeps = {
  db: handle.db,
  config,
  now: () => new Date(),
  evidence: folderEvidenceStore(join(dir, 'evidence')),
};
await ensureOrganisation(deps.db);
const units = Array.from({ length: UNITS }, (_, i) => ({
  id: `bench-${String(i).padStart(5, '0')}`,
  name: `测试单位${i}`,
  unitTypeId: ['district', 'devZone', 'bureau'][i % 3]!,
}));
await upsertUnits(deps.db, SYSTEM_ACTOR, units);
await upsertUsers(deps.db, SYSTEM_ACTOR, [
  {
    id: 'bench-chairman',
    username: 'bench-chairman',
    displayName: '主席室',
    role: 'chairman',
    departmentId: 'chairman',
    passwordHash: await hashPassword('bench-password-1'),
    mustChangePassword: false,
  },
  {
    id: 'bench-legal',
    username: 'bench-legal',
    displayName: '法律部',
    role: 'department',
    departmentId: 'legal',
    passwordHash: await hashPassword('bench-password-1'),
    mustChangePassword: false,
  },
]);
const allItems = rubricItems(rubric2011).map(({ item }) => item.id);
const { cycle, assessments } = await createCycle(deps.db, SYSTEM_ACTOR, {
  name: 'bench',
  rubricId: 'rubric-2011',
  unitIds: units.map((u) => u.id),
  // Straight into department review: the machine is given a ready self-assessment.
  initialWorkflow: (a) => {
    const start = createWorkflow(
      workflowInput(rubric2011, { assessmentId: a.assessmentId, unitId: a.unitId }),
    );
    const unit: Actor = {
      userId: `u-${a.unitId}`,
      role: 'unit',
      unitId: a.unitId,
      departmentId: null,
    };
    const { next } = applyWorkflowEvent(start, {
      type: 'SUBMIT',
      actor: unit,
      at: new Date().toISOString(),
      readiness: { ready: true, incomplete: [], checkedItemIds: allItems },
    });
    return {
      stage: next.stage,
      snapshot: next.snapshot as never,
      machineVersion: next.machineVersion,
    };
  },
});

// Every save is a new (assessment, item) at version 1, so each one succeeds.
const LEGAL: Record<string, ItemInputs> = {
  'dispute-mediation': { a: { numerator: 70, denominator: 100 } },
  'legal-person-registration': {
    a: { numerator: 95, denominator: 100 },
    b: { numerator: 40, denominator: 40 },
  },
  'collective-contracts': {
    a: { numerator: 85, denominator: 100 },
    b: { numerator: 65, denominator: 100 },
  },
  stability: { a: { met: true }, c: { met: true } },
};
const saves = assessments
  .flatMap((a) =>
    Object.entries(LEGAL).map(([itemId, inputs]) => ({
      assessmentId: a.assessmentId,
      itemId,
      inputs,
      remarks: null,
      expectedVersion: 1,
    })),
  )
  .slice(0, Number(process.env.BENCH_SAVES ?? Number.POSITIVE_INFINITY));
const half = Math.floor(saves.length / 2);

const app = await buildApp(deps, { webDist: null });
const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
async function signIn(username: string): Promise<string> {
  const login = await fetch(`${appUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kaohe-csrf': '1', origin: appUrl },
    body: JSON.stringify(superjson.serialize({ username, password: 'bench-password-1' })),
  });
  return login.headers.get('set-cookie')!.split(';')[0]!;
}
const cookie = await signIn('bench-legal');
const chairmanCookie = await signIn('bench-chairman');

const legal: Actor = {
  userId: 'bench-legal',
  role: 'department',
  unitId: null,
  departmentId: 'legal',
};
const chairmanCtx = createContextInner(deps, {
  user: {
    id: 'bench-chairman',
    username: 'bench-chairman',
    displayName: '主席室',
    role: 'chairman',
    unitId: null,
    departmentId: 'chairman',
    active: true,
    mustChangePassword: false,
    createdAt: new Date(),
    email: null,
  },
});
const oneAssessment = assessments[Math.floor(assessments.length / 2)]!.assessmentId;

/** A read: the procedure through the server, and the same work in a bare handler. */
interface Read {
  name: string;
  path: string;
  input: unknown;
  cookie: string;
  bare: () => Promise<unknown>;
}
const reads: Read[] = [
  {
    name: 'review.grid (200 units a page)',
    path: 'review.grid',
    input: { cycleId: cycle.id, pageSize: MAX_PAGE_SIZE },
    cookie,
    bare: () =>
      reviewGrid(deps.db, {
        cycleId: cycle.id,
        departmentId: 'legal',
        notStage: 'selfScoring',
        page: { page: 1, pageSize: MAX_PAGE_SIZE },
      }),
  },
  {
    name: `report.matrix (${UNITS} units × ${allItems.length} items)`,
    path: 'report.matrix',
    input: { cycleId: cycle.id },
    cookie: chairmanCookie,
    bare: () => reportMatrix(deps.db, { cycleId: cycle.id }),
  },
  {
    name: `report.ranking (${UNITS} units)`,
    path: 'report.ranking',
    input: { cycleId: cycle.id },
    cookie: chairmanCookie,
    bare: () => rankingReport(deps.db, { cycleId: cycle.id }),
  },
  {
    name: 'assessment.byId',
    path: 'assessment.byId',
    input: { id: oneAssessment },
    cookie: chairmanCookie,
    bare: () => readAssessment(chairmanCtx as never, oneAssessment),
  },
];

const bare = Fastify();
for (const [i, r] of reads.entries()) bare.get(`/read/${i}`, r.bare);
bare.post(
  '/save',
  async (request) => (await saveReviewScore(deps, legal, request.body as never)).itemReview.version,
);
const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/** Two runs as one: requests/s averaged, latencies the worse of the two. */
function merged([a, b]: autocannon.Result[]): autocannon.Result {
  if (!a || !b) throw new Error('two runs');
  return {
    ...a,
    requests: { ...a.requests, average: (a.requests.average + b.requests.average) / 2 },
    latency: {
      ...a.latency,
      p50: Math.max(a.latency.p50, b.latency.p50),
      p99: Math.max(a.latency.p99, b.latency.p99),
    },
    non2xx: a.non2xx + b.non2xx,
  };
}

function sequenceOf(bodies: unknown[], wrap: (b: unknown) => string) {
  let i = 0;
  return [
    {
      setupRequest: (req: autocannon.Request) => ({
        ...req,
        body: wrap(bodies[i++ % bodies.length]),
      }),
    },
  ];
}

const headers = { 'content-type': 'application/json', 'x-kaohe-csrf': '1', origin: appUrl, cookie };
const readResults: Array<{ name: string; server: autocannon.Result; bare: autocannon.Result }> = [];
for (const [i, r] of reads.entries()) {
  const input = encodeURIComponent(JSON.stringify(superjson.serialize(r.input)));
  // Alternated, so a burst of load on the shared machine falls on both sides alike.
  const server: autocannon.Result[] = [];
  const bareRuns: autocannon.Result[] = [];
  for (let round = 0; round < 2; round++) {
    server.push(
      await run({
        url: `${appUrl}/trpc/${r.path}?input=${input}`,
        connections: CONNECTIONS,
        duration: SECONDS / 2,
        headers: { cookie: r.cookie },
      }),
    );
    bareRuns.push(
      await run({ url: `${bareUrl}/read/${i}`, connections: CONNECTIONS, duration: SECONDS / 2 }),
    );
  }
  readResults.push({ name: r.name, server: merged(server), bare: merged(bareRuns) });
}
const results = {
  saveServer: await run({
    url: `${appUrl}/trpc/review.saveReviewScore`,
    method: 'POST',
    connections: CONNECTIONS,
    amount: half,
    headers,
    requests: sequenceOf(saves.slice(0, half), (b) => JSON.stringify(superjson.serialize(b))),
  }),
  saveBare: await run({
    url: `${bareUrl}/save`,
    method: 'POST',
    connections: CONNECTIONS,
    amount: saves.length - half,
    headers: { 'content-type': 'application/json' },
    requests: sequenceOf(saves.slice(half), (b) => JSON.stringify(b)),
  }),
};

const row = (name: string, r: autocannon.Result, vs?: autocannon.Result) =>
  `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} | ${vs ? `${(r.requests.average / vs.requests.average).toFixed(2)}×` : ''} |`;
console.log(
  `## Server vs bare Fastify (${handle.engine}, ${UNITS} units, ${CONNECTIONS} connections, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')})\n`,
);
console.log('| what | req/s | p50 ms | p99 ms | non-2xx | ratio |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of readResults) {
  console.log(row(`${r.name} through the server`, r.server, r.bare));
  console.log(row('the same work, bare handler', r.bare));
}
console.log(row('review.saveReviewScore through the server', results.saveServer, results.saveBare));
console.log(row('the same service, bare handler', results.saveBare));
await app.close();
await bare.close();
await handle.close();
