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
import { sql } from 'kysely';
import type { Engine } from '../src/client.ts';
import { departmentActor, unitActor } from '../src/fixtures/organisation.ts';
import { saveReviewScore, saveSelfScore } from '../src/item-score-repository.ts';
import { reviewGrid } from '../src/review-grid-repository.ts';
import {
  benchEngines,
  machine,
  ms,
  openBenchDb,
  seedBenchCycle,
  stats,
  timed,
  BENCH_UNITS as UNITS,
} from './fixture.ts';

const SAVES = Math.min(1000, UNITS);
const CONCURRENCY = 10;
const GRID_RUNS = 10;

interface Row {
  engine: Engine;
  what: string;
  n: number;
  p50: number;
  p99: number;
  max: number;
  note?: string;
}

async function bench(engine: Engine): Promise<Row[]> {
  const rows: Row[] = [];
  const { db, dispose } = await openBenchDb(engine);
  try {
    // createCycle's rows as they are (every save below expects version 1), then the kept
    // totals and `vacuum analyze`: the state autovacuum reaches soon after a bulk load
    // (statistics for the planner, a visibility map for index-only scans).
    const [cycle, seedMs] = await timed(() =>
      seedBenchCycle(db, { scores: false, approved: false }),
    );
    const { rows: counts } = await sql<{ scores: number; reviews: number }>`
      select (select count(*) from item_scores) as scores,
             (select count(*) from item_reviews) as reviews`.execute(db);
    rows.push({
      engine,
      what: `seed ${UNITS} units (upsert + createCycle: ${counts[0]!.scores} item rows, ${counts[0]!.reviews} review rows; kept totals; vacuum)`,
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
      const [, took] = await timed(() =>
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
      reviews.push(took);
    }
    rows.push({
      engine,
      what: 'saveReviewScore, sequential',
      n: reviews.length,
      ...stats(reviews),
    });

    for (const departmentId of ['economic', 'org']) {
      const grid = await reviewGrid(db, { cycleId: cycle.cycleId, departmentId }); // warm-up
      const samples: number[] = [];
      for (let r = 0; r < GRID_RUNS; r++) {
        samples.push(
          (await timed(() => reviewGrid(db, { cycleId: cycle.cycleId, departmentId })))[1],
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

const results: Row[] = [];
for (const engine of benchEngines()) {
  console.error(`benchmarking ${engine} …`);
  results.push(...(await bench(engine)));
}

console.log(`\n${UNITS} units × 30 items · ${machine()}\n`);
console.log('| engine | measurement | n | p50 ms | p99 ms | max ms | note |');
console.log('| --- | --- | --: | --: | --: | --: | --- |');
for (const r of results) {
  console.log(
    `| ${r.engine} | ${r.what} | ${r.n} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.note ?? ''} |`,
  );
}
