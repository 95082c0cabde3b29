/**
 * Issue 4's benchmark, in one run: `review.saveReviewScore` and the department grid through
 * the whole server (cookie session, CSRF checks, tRPC, zod, authorization, workflow check)
 * against a bare Fastify handler calling the same service / query on the same database.
 * Targets: at least 0.5× the bare handler; p99 under 50 ms at 10 concurrent clients.
 *   npx tsx apps/server/bench/server.bench.ts     (DATABASE_URL=… for PostgreSQL)
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createCycle,
  migrateToLatest,
  reviewGrid,
  SYSTEM_ACTOR,
  upsertUnits,
  upsertUsers,
} from '@kaohe/db';
import { createDb } from '@kaohe/db/client';
import { type Actor, type ItemInputs, rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { applyWorkflowEvent, createWorkflow, workflowInput } from '@kaohe/workflow';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import superjson from 'superjson';
import { ensureOrganisation } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import type { AppDeps } from '../src/context.ts';
import { buildApp } from '../src/http/app.ts';
import { hashPassword } from '../src/password.ts';
import { folderEvidenceStore } from '../src/services/evidence-store.ts';
import { saveReviewScore } from '../src/services/scoring-service.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 600);
const CONNECTIONS = 10;

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
const saves = assessments.flatMap((a) =>
  Object.entries(LEGAL).map(([itemId, inputs]) => ({
    assessmentId: a.assessmentId,
    itemId,
    inputs,
    remarks: null,
    expectedVersion: 1,
  })),
);
const half = Math.floor(saves.length / 2);

const app = await buildApp(deps, { webDist: null });
const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
const login = await fetch(`${appUrl}/trpc/auth.login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-kaohe-csrf': '1', origin: appUrl },
  body: JSON.stringify(
    superjson.serialize({ username: 'bench-legal', password: 'bench-password-1' }),
  ),
});
const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

const legal: Actor = {
  userId: 'bench-legal',
  role: 'department',
  unitId: null,
  departmentId: 'legal',
};
const bare = Fastify();
bare.get('/grid', () => reviewGrid(deps.db, { cycleId: cycle.id, departmentId: 'legal' }));
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

const gridInput = encodeURIComponent(JSON.stringify(superjson.serialize({ cycleId: cycle.id })));
const headers = { 'content-type': 'application/json', 'x-kaohe-csrf': '1', origin: appUrl, cookie };
const results = {
  gridServer: await run({
    url: `${appUrl}/trpc/review.grid?input=${gridInput}`,
    connections: CONNECTIONS,
    duration: 10,
    headers: { cookie },
  }),
  gridBare: await run({ url: `${bareUrl}/grid`, connections: CONNECTIONS, duration: 10 }),
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
  `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} | ${vs ? (r.requests.average / vs.requests.average).toFixed(2) + '×' : ''} |`;
console.log(
  `## Server vs bare Fastify (${handle.engine}, ${UNITS} units × 法律部's 4 items, ${CONNECTIONS} connections)\n`,
);
console.log('| what | req/s | p50 ms | p99 ms | non-2xx | ratio |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
console.log(row('review.grid through the server', results.gridServer, results.gridBare));
console.log(row('the same query, bare handler', results.gridBare));
console.log(row('review.saveReviewScore through the server', results.saveServer, results.saveBare));
console.log(row('the same service, bare handler', results.saveBare));
await app.close();
await bare.close();
await handle.close();
