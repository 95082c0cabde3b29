/**
 * Item analytics benchmark (issue 19): the per-item figures, the departments' changes,
 * the return reasons, the per-criterion figures and the what-if re-score (the recorded
 * answers read, then scored under a draft by the domain engine) of a cycle of 10,000
 * units × 30 items (bench/fixture.ts: varied self and review scores, every review its
 * inputs, one return in twenty item reviews, 90% approved, kept totals), on PGlite and on
 * PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set. The cases run alternated.
 *
 *   npx tsx packages/db/bench/item-analytics.bench.ts
 *   BENCH_UNITS=1000 for a quick run; BENCH_ENGINES=postgres for one engine; BENCH_RUNS
 */
import { isDeepStrictEqual } from 'node:util';
import { cloneRubricToYear, whatIfRescore } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import type { Engine } from '../src/client.ts';
import {
  criterionFigures,
  departmentChanges,
  itemFigures,
  recordedAnswers,
  returnReasons,
} from '../src/item-analytics-repository.ts';
import {
  alternated,
  BENCH_UNITS,
  benchEngines,
  ITEMS,
  machine,
  ms,
  openBenchDb,
  seedBenchCycle,
  stats,
} from './fixture.ts';
import {
  criterionFiguresBefore,
  itemFiguresBefore,
  recordedInputsBefore,
} from './item-analytics-before.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

interface Row {
  engine: Engine;
  what: string;
  p50: number;
  p99: number;
}

async function bench(engine: Engine): Promise<Row[]> {
  const { db, dispose } = await openBenchDb(engine);
  try {
    const { cycleId } = await seedBenchCycle(db, { reviewInputs: true, returns: true });
    const q = { cycleId };
    const draft = cloneRubricToYear(rubric2011);
    const answers = await recordedAnswers(db, cycleId);
    // Before and after must give the same figures, or the run fails.
    const same = async (what: string, before: unknown, after: unknown) => {
      if (!isDeepStrictEqual(await before, await after)) throw new Error(`${what} differ`);
    };
    await same(
      'item figures',
      itemFiguresBefore(db, { cycleIds: [cycleId] }),
      itemFigures(db, { cycleIds: [cycleId] }),
    );
    await same('criterion figures', criterionFiguresBefore(db, q), criterionFigures(db, q));
    const inputsBefore = await recordedInputsBefore(db, cycleId);
    await same(
      "the what-if's answers",
      answers.map((a) => inputsBefore.get(a.assessmentId)),
      answers.map((a) => ({ inputs: a.inputs, reviewScores: a.reviewScores })),
    );
    const cases = [
      [
        'itemFigures, before: 合计 summed from the item rows',
        () => itemFiguresBefore(db, { cycleIds: [cycleId] }),
      ],
      [
        `itemFigures: ${BENCH_UNITS} units × ${ITEMS.length} items`,
        () => itemFigures(db, { cycleIds: [cycleId] }),
      ],
      [
        'itemFigures, one unit type',
        () => itemFigures(db, { cycleIds: [cycleId], unitTypeId: 'district' }),
      ],
      ['departmentChanges (per item and per department)', () => departmentChanges(db, q)],
      ['returnReasons', () => returnReasons(db, q)],
      ['criterionFigures, before: every review taken apart', () => criterionFiguresBefore(db, q)],
      ['criterionFigures', () => criterionFigures(db, q)],
      ["recordedAnswers' query, before: merged in SQL", () => recordedInputsBefore(db, cycleId)],
      ['recordedAnswers (what-if input)', () => recordedAnswers(db, cycleId)],
      [
        'whatIfRescore (domain engine, in memory)',
        async () => whatIfRescore(rubric2011, draft, answers as never),
      ],
    ] as const;
    const samples = await alternated(cases, RUNS);
    return cases.map(([what], i) => ({ engine, what, ...stats(samples[i]!) }));
  } finally {
    await dispose();
  }
}

const results: Row[] = [];
for (const engine of benchEngines()) {
  console.error(`benchmarking item analytics on ${engine} …`);
  results.push(...(await bench(engine)));
}

console.log(
  `\nItem analytics · ${BENCH_UNITS} units × 30 items · ${RUNS} alternated runs · ${machine()}\n`,
);
console.log('| engine | measurement | p50 ms | p99 ms |');
console.log('| --- | --- | --: | --: |');
for (const r of results) console.log(`| ${r.engine} | ${r.what} | ${ms(r.p50)} | ${ms(r.p99)} |`);
