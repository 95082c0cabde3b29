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
import type { Engine } from '../src/client.ts';
import { reportMatrix } from '../src/report-matrix-repository.ts';
import { categorySubtotals, disagreements, rankingReport } from '../src/report-repository.ts';
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

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

interface Row {
  engine: Engine;
  what: string;
  n: number;
  p50: number;
  p99: number;
  max: number;
}

async function bench(engine: Engine): Promise<Row[]> {
  const rows: Row[] = [];
  const { db, dispose } = await openBenchDb(engine);
  try {
    const { cycleId } = await seedBenchCycle(db, { bonus: true });
    const measure = async (what: string, fn: () => Promise<unknown>) => {
      await fn(); // warm-up
      const samples: number[] = [];
      for (let r = 0; r < RUNS; r++) samples.push((await timed(fn))[1]);
      rows.push({ engine, what, n: RUNS, ...stats(samples) });
    };
    const q = { cycleId };
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

const results: Row[] = [];
for (const engine of benchEngines()) {
  console.error(`benchmarking reports on ${engine} …`);
  results.push(...(await bench(engine)));
}

console.log(`\nReports · ${UNITS} units × 30 items · ${machine()}\n`);
console.log('| engine | measurement | n | p50 ms | p99 ms | max ms |');
console.log('| --- | --- | --: | --: | --: | --: |');
for (const r of results) {
  console.log(`| ${r.engine} | ${r.what} | ${r.n} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} |`);
}
