/**
 * Kept totals (issue 17, item 1), side by side in one run: a cycle of 10,000 units seeded
 * by `demo seed --units` (seedDemoScale), then, alternated run by run on the same data,
 *   - the ranking through Node: before (summed from the 300,000 item rows on every call,
 *     bench/reports-before.ts) and after (rankingReport over assessment_totals);
 *   - the category subtotals, before and after, likewise;
 *   - the full matrix (reportMatrix) against a bare read of the same item rows.
 * Both ways must give the same ranking and subtotals, or the run fails. PostgreSQL by
 * default (DATABASE_URL or TEST_DATABASE_URL); BENCH_ENGINES=pglite,postgres for both.
 *
 *   npx tsx apps/server/bench/totals.bench.ts     BENCH_UNITS=1000 for a quick run
 */

import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import {
  categorySubtotals,
  type DbOrTx,
  inTransaction,
  keepTotals,
  listCycles,
  lockForTotals,
  overviewPage,
  rankingPage,
  rankingReport,
  reportMatrix,
  SYSTEM_ACTOR,
  saveSelfScore,
  vetoedItems,
} from '@kaohe/db';
import { alternated, benchEngines, machine, ms, openBenchDb, quantile } from '@kaohe/db/bench';
import type { Engine } from '@kaohe/db/client';
import { sql } from 'kysely';
import type { AppDeps } from '../src/context.ts';
import { seedDemoScale } from '../src/demo/scale.ts';
import { folderEvidenceStore } from '../src/services/evidence-store.ts';
import { testConfig } from '../src/testing/harness.ts';
import {
  categorySubtotalsFromItemRows,
  rankingFromItemRows,
  vetoedItemsBefore,
} from './reports-before.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** The read cases below, before the two write ones. */
const CASES = 12;

interface Row {
  engine: Engine;
  what: string;
  p50: number;
  p90: number;
}

/** The limit of issue 17: a bare rank() over the kept totals, through Node. */
function bareRank(db: DbOrTx, cycleId: string) {
  return sql`
    select t.assessment_id, rank() over (partition by cu.unit_type_id order by t.total desc nulls last)
    from assessment_totals t
    join assessments a on a.id = t.assessment_id
    join cycle_units cu on cu.cycle_id = a.cycle_id and cu.unit_id = a.unit_id
    where t.cycle_id = ${cycleId}`.execute(db);
}

/** The category subtotals' bare read: every kept row's categories, through Node. */
function bareCategories(db: DbOrTx, cycleId: string) {
  return sql`select assessment_id, categories::text from assessment_totals where cycle_id = ${cycleId}`.execute(
    db,
  );
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byIds = <T extends { assessmentId: string; categoryId: string }>(rows: T[]) =>
  [...rows].sort(
    (a, b) => text(a.assessmentId, b.assessmentId) || text(a.categoryId, b.categoryId),
  );

/** What the matrix reads, and nothing more: the cycle's item rows as text, through Node. */
function bareRead(db: DbOrTx, cycleId: string) {
  return sql`
    select s.assessment_id, s.item_id, s.self_score::text as self, s.review_score::text as review
    from item_scores s join assessments a on a.id = s.assessment_id
    where a.cycle_id = ${cycleId}`.execute(db);
}

async function bench(engine: Engine): Promise<{ rows: Row[]; seedMs: number }> {
  const { db, dispose } = await openBenchDb(engine);
  const rows: Row[] = [];
  try {
    const config = testConfig();
    const deps: AppDeps = {
      db,
      config,
      now: () => new Date(),
      evidence: folderEvidenceStore(path.join(config.dataDir, 'evidence')),
    };
    const t0 = performance.now();
    await seedDemoScale(deps, { units: UNITS, log: (l) => console.error(l) });
    const seedMs = performance.now() - t0;
    await sql`vacuum analyze`.execute(db);
    const cycleId = (await listCycles(db))[0]!.id;
    const q = { cycleId };

    const before = await rankingFromItemRows(db, q);
    const after = await rankingReport(db, q);
    // The ranking's own figures (the grades and bars came later, issue 16, and read the same).
    const figures = after.map(
      ({ grade, barredFromHonours, vetoedItemIds, barredByHand, ...r }) => r,
    );
    if (!isDeepStrictEqual(before, figures)) throw new Error('the two rankings differ');
    const catsBefore = await categorySubtotalsFromItemRows(db, q);
    const catsAfter = await categorySubtotals(db, q);
    // Before: each assessment's categories by id; after: in the rubric's order.
    if (!isDeepStrictEqual(byIds(catsBefore), byIds(catsAfter))) {
      throw new Error('the subtotals differ');
    }
    const matrix = await reportMatrix(db, q);
    const unitTypeOrder = ['district', 'devZone', 'bureau'];

    const cases: Array<[string, () => Promise<unknown>]> = [
      [`ranking, before: item rows (${before.length} units)`, () => rankingFromItemRows(db, q)],
      ['ranking, after: kept totals', () => rankingReport(db, q)],
      [
        `category subtotals, before (${catsBefore.length} rows)`,
        () => categorySubtotalsFromItemRows(db, q),
      ],
      ['category subtotals, after', () => categorySubtotals(db, q)],
      [`matrix (${matrix.rows.length} × ${matrix.items.length})`, () => reportMatrix(db, q)],
      ['bare read of the matrix rows', () => bareRead(db, cycleId)],
      ['bare rank() over the kept totals', () => bareRank(db, cycleId)],
      ['bare read of the kept category subtotals', () => bareCategories(db, cycleId)],
      ['rankingPage, page 1 of 20', () => rankingPage(db, { ...q, page: 1, pageSize: 20 })],
      [
        'overviewPage (考核总览), page 1 of 20',
        () => overviewPage(db, { ...q, page: 1, pageSize: 20, unitTypeOrder }),
      ],
      ['vetoed items (不予评先), before: every review', () => vetoedItemsBefore(db, cycleId)],
      ['vetoed items, after: the partial index (0016)', () => vetoedItems(db, cycleId)],
    ];
    // Alternated: every case once per round, so load on the machine falls on all alike.
    const samples = await alternated(cases, RUNS);
    for (const [i, [what]] of cases.entries()) {
      rows.push({ engine, what, p50: quantile(samples[i]!, 0.5), p90: quantile(samples[i]!, 0.9) });
    }

    // The write side: a self-score save (which keeps the totals in its transaction) and the
    // keeping alone (lock, read of the 30 item rows and awards, upsert), alternated.
    const target = await db
      .selectFrom('itemScores')
      .innerJoin('assessments as a', 'a.id', 'itemScores.assessmentId')
      .select(['itemScores.assessmentId', 'itemScores.itemId', 'itemScores.version'])
      .where('a.cycleId', '=', cycleId)
      .where('itemScores.selfScore', 'is not', null)
      .orderBy('itemScores.assessmentId')
      .executeTakeFirstOrThrow();
    let expectedVersion = target.version;
    const save = async () => {
      const saved = await saveSelfScore(db, SYSTEM_ACTOR, {
        assessmentId: target.assessmentId,
        itemId: target.itemId,
        inputs: {},
        selfScore: expectedVersion % 2 === 0 ? '0' : null,
        explanation: null,
        expectedVersion,
      });
      expectedVersion = saved.itemScore.version;
    };
    const keep = () =>
      inTransaction(db, async (trx) =>
        keepTotals(trx, await lockForTotals(trx, target.assessmentId)),
      );
    const writeSamples: [number[], number[]] = [[], []];
    for (let r = 0; r < 200; r++) {
      for (const [i, fn] of [save, keep].entries()) {
        const t = performance.now();
        await fn();
        writeSamples[i as 0 | 1].push(performance.now() - t);
      }
    }
    rows.push({
      engine,
      what: 'saveSelfScore, with its kept totals (200)',
      p50: quantile(writeSamples[0], 0.5),
      p90: quantile(writeSamples[0], 0.9),
    });
    rows.push({
      engine,
      what: 'of which keeping the totals: lock + read + upsert (200)',
      p50: quantile(writeSamples[1], 0.5),
      p90: quantile(writeSamples[1], 0.9),
    });
    return { rows, seedMs };
  } finally {
    await dispose();
  }
}

for (const engine of benchEngines(['postgres'])) {
  console.error(`benchmarking kept totals on ${engine} …`);
  const { rows, seedMs } = await bench(engine);
  console.log(
    `\nKept totals · ${engine} · ${UNITS} units × 30 items · ${RUNS} alternated runs · ${machine()}\n`,
  );
  console.log(`demo seed --units ${UNITS}: ${(seedMs / 1000).toFixed(1)} s\n`);
  console.log('| measurement | p50 ms | p90 ms | ratio |');
  console.log('| --- | --: | --: | --: |');
  const ratio = (a: Row, b: Row) => `${(a.p50 / b.p50).toFixed(2)}×`;
  for (const [i, r] of rows.entries()) {
    // before ÷ after for the two reports; matrix ÷ bare read for the matrix.
    const note =
      i === 1 || i === 3
        ? `before ÷ after ${ratio(rows[i - 1]!, r)}`
        : i === 4
          ? `÷ bare read ${ratio(r, rows[5]!)}`
          : i === 1 + CASES
            ? `${((r.p50 / rows[CASES]!.p50) * 100).toFixed(0)}% of the save`
            : i === 6
              ? `ranking after ÷ bare rank ${ratio(rows[1]!, r)}`
              : i === 7
                ? `subtotals after ÷ bare read ${ratio(rows[3]!, r)}`
                : i === 8 || i === 9
                  ? `÷ bare rank ${ratio(r, rows[6]!)}`
                  : i === 11
                    ? `before ÷ after ${ratio(rows[10]!, r)}`
                    : '';
    console.log(`| ${r.what} | ${ms(r.p50)} | ${ms(r.p90)} | ${note} |`);
  }
}
