/**
 * Report benchmark (issue 7): the ranking and the full matrix (units × items, self and
 * review) of a cycle of 10,000 units × 30 items, computed in SQL, on PGlite and on
 * PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set. Every unit has self and
 * review scores (varied), 90% are approved, one in ten has bonus awards. Prints a
 * markdown table; times are the repository calls (SQL + turning rows into the API's
 * shape), i.e. server time without HTTP. The xlsx of the matrix is measured in
 * packages/rubric-io/bench (this package does not depend on the writer).
 *
 *   npx tsx packages/db/bench/report.bench.ts
 *   BENCH_UNITS=1000 for a quick run; BENCH_ENGINES=postgres for one engine
 *
 * Target (docs/benchmarks.md): ranking and matrix of 10,000 units < 300 ms on PostgreSQL.
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
  CHAIRMAN,
  INITIAL_WORKFLOW,
  seedOrganisation,
  seedRubric2011,
} from '../src/fixtures/organisation.ts';
import { migrateToLatest } from '../src/migrate.ts';
import { upsertUnits } from '../src/organisation-repository.ts';
import { reportMatrix } from '../src/report-matrix-repository.ts';
import { categorySubtotals, disagreements, rankingReport } from '../src/report-repository.ts';
import { createTestDb } from '../src/test-database.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
const RUNS = 10;
const UNIT_TYPES = ['district', 'devZone', 'bureau'];

interface Row {
  engine: Engine;
  what: string;
  n: number;
  p50: number;
  p99: number;
  max: number;
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-bench-report-'));
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
    await seedOrganisation(db);
    const rubricId = await seedRubric2011(db);
    const units = Array.from({ length: UNITS }, (_, i) => ({
      id: `bench-${String(i).padStart(5, '0')}`,
      name: `单位${String(i).padStart(5, '0')}`,
      unitTypeId: UNIT_TYPES[i % UNIT_TYPES.length]!,
    }));
    await upsertUnits(db, ADMIN, units);
    const { cycle } = await createCycle(db, ADMIN, {
      name: '基准测试',
      rubricId,
      unitIds: units.map((u) => u.id),
      initialWorkflow: INITIAL_WORKFLOW,
    });
    // Varied scores without the write path (its cost is db.bench's business): whole and
    // half points below the base, from a hash of the row.
    await sql`
      update item_scores set
        self_score = greatest(base_score - (abs(hashtext(assessment_id || item_id)) % 3) * 0.5, 0),
        review_score = greatest(base_score - (abs(hashtext(item_id || assessment_id)) % 5) * 0.5, 0)`.execute(
      db,
    );
    await sql`
      update assessments set stage = 'approved',
        snapshot = '{"value":"approved","context":{}}'::jsonb
      where abs(hashtext(id)) % 10 <> 0`.execute(db);
    await sql`
      insert into bonus_awards (id, assessment_id, bonus_item_id, points, reason, awarded_by)
      select 'bench-bonus-' || a.id || '-' || b.k, a.id,
             case when b.k = 1 then 'bonus-excellence' else 'bonus-honours' end,
             b.k * 0.5, '基准测试', ${CHAIRMAN.userId}
      from assessments a cross join (values (1), (2)) as b(k)
      where abs(hashtext(a.id)) % 10 = 1`.execute(db);
    await sql`vacuum analyze`.execute(db);

    const measure = async (what: string, fn: () => Promise<unknown>) => {
      await fn(); // warm-up
      const samples: number[] = [];
      for (let r = 0; r < RUNS; r++) samples.push((await timed(fn))[1]);
      rows.push({ engine, what, n: RUNS, ...stats(samples) });
    };
    const q = { cycleId: cycle.id };
    const ranking = await rankingReport(db, q);
    const matrix = await reportMatrix(db, q);
    await measure(`rankingReport: ${ranking.length} units`, () => rankingReport(db, q));
    await measure(`rankingReport, one unit type: ${Math.ceil(UNITS / 3)} units`, () =>
      rankingReport(db, { ...q, unitTypeId: 'district' }),
    );
    await measure(`reportMatrix: ${matrix.rows.length} units × ${matrix.items.length} items`, () =>
      reportMatrix(db, q),
    );
    await measure('categorySubtotals: all units', () => categorySubtotals(db, q));
    await measure('disagreements: top 200', () => disagreements(db, q));
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
  console.error(`benchmarking reports on ${engine} …`);
  results.push(...(await bench(engine)));
}

const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
console.log(
  `\nReports · ${UNITS} units × 30 items · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}\n`,
);
console.log('| engine | measurement | n | p50 ms | p99 ms | max ms |');
console.log('| --- | --- | --: | --: | --: | --: |');
for (const r of results) {
  console.log(`| ${r.engine} | ${r.what} | ${r.n} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} |`);
}
