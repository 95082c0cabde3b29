/**
 * Issue 15's benchmark: search and paging of every long list through the whole server
 * (HTTP, cookie session, tRPC, zod, authorization) at 10,000 units, on the engine given
 * (DATABASE_URL for PostgreSQL, else PGlite in a temporary folder).
 *   npx tsx apps/server/bench/search.bench.ts        (BENCH_UNITS=… to change the size)
 * The organisation is bulk inserted (units and users 1,000 rows a statement, the cycle's
 * item rows in SQL), the scores set in one UPDATE, as report.bench does.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCycle, migrateToLatest, SYSTEM_ACTOR, upsertUnits, upsertUsers } from '@kaohe/db';
import { createDb } from '@kaohe/db/client';
import { sql } from 'kysely';
import superjson from 'superjson';
import { ensureOrganisation } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import type { AppDeps } from '../src/context.ts';
import { buildApp } from '../src/http/app.ts';
import { hashPassword } from '../src/password.ts';
import { folderEvidenceStore } from '../src/services/evidence-store.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TYPES = ['district', 'devZone', 'bureau'] as const;

const dir = await mkdtemp(join(tmpdir(), 'kaohe-bench-search-'));
const handle = await createDb({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: join(dir, 'pglite'),
});
await migrateToLatest(handle.db);
const deps: AppDeps = {
  db: handle.db,
  config: loadConfig({ KAOHE_DATA_DIR: dir, NODE_ENV: 'production', KAOHE_SEED_DEMO: 'false' }),
  now: () => new Date(),
  evidence: folderEvidenceStore(join(dir, 'evidence')),
};
const db = deps.db;
const t0 = performance.now();
await ensureOrganisation(db);
const prefix = `s${Date.now().toString(36)}`;
const units = Array.from({ length: UNITS }, (_, i) => ({
  id: `${prefix}-${String(i).padStart(5, '0')}`,
  name: `第${String(i).padStart(5, '0')}号工会`,
  unitTypeId: TYPES[i % TYPES.length]!,
}));
await upsertUnits(db, SYSTEM_ACTOR, units);
const hash = await hashPassword('bench-password-1');
await upsertUsers(db, SYSTEM_ACTOR, [
  ...units.map((u) => ({
    id: `${u.id}-user`,
    username: `${u.id}-user`,
    displayName: `${u.name}联络员`,
    role: 'unit' as const,
    unitId: u.id,
    passwordHash: hash,
    mustChangePassword: false,
  })),
  ...[
    { id: `${prefix}-admin`, role: 'admin' as const, departmentId: null },
    { id: `${prefix}-chair`, role: 'chairman' as const, departmentId: null },
    { id: `${prefix}-legal`, role: 'department' as const, departmentId: 'legal' },
  ].map((u) => ({
    ...u,
    username: u.id,
    displayName: u.id,
    passwordHash: hash,
    mustChangePassword: false,
  })),
]);
const rubric = await db.selectFrom('rubrics').select('id').executeTakeFirstOrThrow();
const { cycle } = await createCycle(db, SYSTEM_ACTOR, {
  name: 'bench',
  rubricId: rubric.id,
  unitIds: units.map((u) => u.id),
  initialWorkflow: {
    stage: 'review',
    snapshot: { value: 'review', context: { departments: { legal: 'reviewing' } } },
    machineVersion: 1,
  },
});
await sql`update item_scores set
  self_score = greatest(base_score - (abs(hashtext(assessment_id || item_id)) % 3) * 0.5, 0),
  review_score = greatest(base_score - (abs(hashtext(item_id || assessment_id)) % 5) * 0.5, 0)`.execute(
  db,
);
await sql`update assessments set stage = 'approved' where abs(hashtext(id)) % 10 <> 0`.execute(db);
await sql`vacuum analyze`.execute(db);
const setupSeconds = ((performance.now() - t0) / 1000).toFixed(0);
const events = await sql<{ n: string | number }>`select count(*) as n from audit_events`.execute(
  db,
);

const app = await buildApp(deps, { webDist: null });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
async function login(username: string): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kaohe-csrf': '1', origin: url },
    body: JSON.stringify(superjson.serialize({ username, password: 'bench-password-1' })),
  });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}
const cookies = {
  admin: await login(`${prefix}-admin`),
  chairman: await login(`${prefix}-chair`),
  legal: await login(`${prefix}-legal`),
};

async function call(who: keyof typeof cookies, path: string, input: unknown) {
  const query = encodeURIComponent(JSON.stringify(superjson.serialize(input)));
  const response = await fetch(`${url}/trpc/${path}?input=${query}`, {
    headers: { cookie: cookies[who], 'x-kaohe-csrf': '1', origin: url },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { result: { data: { json: { total: number } } } };
}

const rows: string[] = [];
async function measure(
  what: string,
  who: keyof typeof cookies,
  path: string,
  input: unknown,
): Promise<void> {
  const first = await call(who, path, input); // warm-up, and the total it found
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    await call(who, path, input);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
  rows.push(
    `| ${what} | ${first.result.data.json.total} | ${q(0.5).toFixed(1)} | ${q(0.95).toFixed(1)} |`,
  );
}

const cycleId = cycle.id;
const lastUnit = units.at(-1)!;
const page = (n: number) => ({ page: n, pageSize: 20 });
await measure('admin.unitList, page 1', 'admin', 'admin.unitList', page(1));
await measure('admin.unitList, last page', 'admin', 'admin.unitList', page(UNITS / 20));
await measure('admin.unitList, by name (one unit)', 'admin', 'admin.unitList', {
  q: lastUnit.name,
  ...page(1),
});
await measure('admin.unitList, by part of a name (第0012…, 10 units)', 'admin', 'admin.unitList', {
  q: '第0012',
  ...page(1),
});
await measure('admin.unitList, by code', 'admin', 'admin.unitList', { q: lastUnit.id, ...page(1) });
await measure('admin.userList, by name', 'admin', 'admin.userList', {
  q: `${lastUnit.name}联络员`,
  ...page(1),
});
await measure('assessment.listPage (考核总览), page 1', 'chairman', 'assessment.listPage', {
  cycleId,
  ...page(1),
});
await measure('assessment.listPage, by name', 'chairman', 'assessment.listPage', {
  cycleId,
  q: lastUnit.name,
  ...page(1),
});
await measure('report.rankingPage, page 1', 'chairman', 'report.rankingPage', {
  cycleId,
  ...page(1),
});
await measure('report.rankingPage, by name', 'chairman', 'report.rankingPage', {
  cycleId,
  q: lastUnit.name,
  ...page(1),
});
await measure('report.rankingPage, page 400', 'chairman', 'report.rankingPage', {
  cycleId,
  ...page(400),
});
await measure('review.grid (法律部), page 1', 'legal', 'review.grid', { cycleId, ...page(1) });
await measure('review.grid, by name', 'legal', 'review.grid', {
  cycleId,
  q: lastUnit.name,
  ...page(1),
});
await measure('audit.log, page 1', 'admin', 'audit.log', page(1));
await measure('audit.log, page 1000', 'admin', 'audit.log', page(1000));
await measure('audit.log, who (one account)', 'admin', 'audit.log', {
  q: `${prefix}-admin`,
  ...page(1),
});
await measure('audit.log, action unit.create', 'admin', 'audit.log', {
  action: 'unit.create',
  ...page(1),
});
await measure('audit.log, unit (by name)', 'admin', 'audit.log', {
  unit: lastUnit.name,
  ...page(1),
});

console.log(
  `## Search and paging through the server (${handle.engine}, ${UNITS} units, ${UNITS} unit accounts, ${Number(events.rows[0]!.n)} audit events; setup ${setupSeconds} s; ${RUNS} runs, ms)\n`,
);
console.log('| request (20 rows a page) | total found | p50 ms | p95 ms |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(r);

await app.close();
await handle.close();
await rm(dir, { recursive: true, force: true });
