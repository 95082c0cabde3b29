/**
 * Database benchmark: 10,000 units × 30 items (the 2011 rubric) on PGlite, and on
 * PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set (a throwaway database is
 * created through that URL and dropped afterwards). Prints a markdown table.
 *
 *   npx tsx packages/db/bench/db.bench.ts
 *   BENCH_UNITS=1000 for a quick run; BENCH_ENGINES=postgres for one engine
 *
 * Targets (docs/benchmarks.md): save p99 < 5 ms sequential; the review grid of 10,000
 * units < 100 ms on PostgreSQL.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createDb, type DbHandle, type Engine } from '../src/client.ts';
import { createCycle } from '../src/cycle-repository.ts';
import {
  ADMIN,
  departmentActor,
  INITIAL_WORKFLOW,
  seedOrganisation,
  seedRubric2011,
  unitActor,
} from '../src/fixtures/organisation.ts';
import { saveReviewScore, saveSelfScore } from '../src/item-score-repository.ts';
import { migrateToLatest } from '../src/migrate.ts';
import { upsertUnits } from '../src/organisation-repository.ts';
import { reviewGrid } from '../src/review-grid-repository.ts';
import { createTestDb } from '../src/test-database.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
const SAVES = Math.min(1000, UNITS);
const CONCURRENCY = 10;
const GRID_RUNS = 10;
const UNIT_TYPES = ['district', 'devZone', 'bureau'];

interface Row {
  engine: Engine;
  what: string;
  n: number;
  p50: number;
  p99: number;
  max: number;
  note?: string;
}

function stats(samples: number[]): { p50: number; p99: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return { p50: at(0.5), p99: at(0.99), max: s[s.length - 1]! };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

async function open(engine: Engine): Promise<{ handle: DbHandle; dispose(): Promise<void> }> {
  if (engine === 'postgres') {
    const databaseUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
    return createTestDb('postgres', {
      ...(databaseUrl ? { databaseUrl } : {}),
      prefix: 'kaohe_bench',
    });
  }
  // A data folder, as the server runs it, not memory.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-bench-'));
  const handle = await createDb({ dataDir: path.join(dir, 'pglite') });
  await migrateToLatest(handle.db);
  return {
    handle,
    dispose: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function bench(engine: Engine): Promise<Row[]> {
  const rows: Row[] = [];
  const { handle, dispose } = await open(engine);
  const { db } = handle;
  try {
    const [cycle, seedMs] = await timed(async () => {
      await seedOrganisation(db);
      const rubricId = await seedRubric2011(db);
      const units = Array.from({ length: UNITS }, (_, i) => ({
        id: `bench-${String(i).padStart(5, '0')}`,
        name: `单位${String(i).padStart(5, '0')}`,
        unitTypeId: UNIT_TYPES[i % UNIT_TYPES.length]!,
      }));
      await upsertUnits(db, ADMIN, units);
      return createCycle(db, ADMIN, {
        name: '基准测试',
        rubricId,
        unitIds: units.map((u) => u.id),
        initialWorkflow: INITIAL_WORKFLOW,
      });
    });
    // The state autovacuum reaches soon after a bulk load (PostgreSQL 13+ vacuums after
    // inserts too): statistics for the planner, a visibility map for index-only scans.
    await sql`vacuum analyze`.execute(db);
    const { rows: counts } = await sql<{ scores: number; reviews: number }>`
      select (select count(*) from item_scores) as scores,
             (select count(*) from item_reviews) as reviews`.execute(db);
    rows.push({
      engine,
      what: `seed ${UNITS} units (upsert + createCycle: ${counts[0]!.scores} item rows, ${counts[0]!.reviews} review rows)`,
      n: 1,
      p50: seedMs,
      p99: seedMs,
      max: seedMs,
    });

    const assessments = cycle.assessments;
    const save = (i: number, itemId: string) =>
      saveSelfScore(db, unitActor(assessments[i]!.unitId), {
        assessmentId: assessments[i]!.assessmentId,
        itemId,
        inputs: { a: { met: true } },
        selfScore: String((i % 7) * 0.5), // every item saved here has base 3 or more
        explanation: '基准测试',
        expectedVersion: 1,
      });

    for (let i = 0; i < 20; i++) await save(i, 'skills'); // warm-up

    const sequential: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      sequential.push((await timed(() => save(i, 'party-union-cobuilding')))[1]);
    }
    rows.push({ engine, what: 'saveSelfScore, sequential', n: SAVES, ...stats(sequential) });

    const concurrent: number[] = [];
    const [, wallMs] = await timed(() =>
      Promise.all(
        Array.from({ length: CONCURRENCY }, async (_, w) => {
          for (let k = w; k < SAVES; k += CONCURRENCY) {
            concurrent.push((await timed(() => save(k, 'cadre-training')))[1]);
          }
        }),
      ),
    );
    rows.push({
      engine,
      what: `saveSelfScore, ${CONCURRENCY} concurrent`,
      n: SAVES,
      ...stats(concurrent),
      note: `${Math.round((SAVES / wallMs) * 1000)} saves/s`,
    });

    const reviews: number[] = [];
    const economic = departmentActor('economic');
    for (let i = 0; i < Math.min(200, UNITS); i++) {
      const [, ms] = await timed(() =>
        saveReviewScore(db, economic, {
          assessmentId: assessments[i]!.assessmentId,
          itemId: 'innovation',
          departmentId: 'economic',
          inputs: {},
          reviewScore: '1.5',
          itemReviewScore: '1.5',
          remarks: null,
          expectedVersion: 1,
        }),
      );
      reviews.push(ms);
    }
    rows.push({
      engine,
      what: 'saveReviewScore, sequential',
      n: reviews.length,
      ...stats(reviews),
    });

    for (const departmentId of ['economic', 'org']) {
      const grid = await reviewGrid(db, { cycleId: cycle.cycle.id, departmentId }); // warm-up
      const samples: number[] = [];
      for (let r = 0; r < GRID_RUNS; r++) {
        samples.push(
          (await timed(() => reviewGrid(db, { cycleId: cycle.cycle.id, departmentId })))[1],
        );
      }
      rows.push({
        engine,
        what: `reviewGrid '${departmentId}': ${grid.rows.length} units × ${grid.items.length} items`,
        n: GRID_RUNS,
        ...stats(samples),
      });
    }
  } finally {
    await dispose();
  }
  return rows;
}

const engines: Engine[] = ['pglite'];
if (process.env.DATABASE_URL || process.env.TEST_DATABASE_URL) engines.push('postgres');
const only = process.env.BENCH_ENGINES?.split(',');
if (only) engines.splice(0, engines.length, ...engines.filter((e) => only.includes(e)));

const results: Row[] = [];
for (const engine of engines) {
  console.error(`benchmarking ${engine} …`);
  results.push(...(await bench(engine)));
}

const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
console.log(
  `\n${UNITS} units × 30 items · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}\n`,
);
console.log('| engine | measurement | n | p50 ms | p99 ms | max ms | note |');
console.log('| --- | --- | --: | --: | --: | --: | --- |');
for (const r of results) {
  console.log(
    `| ${r.engine} | ${r.what} | ${r.n} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.note ?? ''} |`,
  );
}
