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

import * as fs from 'node:fs';
import * as os from 'node:os';
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
  migrateToLatest,
  rankingReport,
  reportMatrix,
  SYSTEM_ACTOR,
  saveSelfScore,
} from '@kaohe/db';
import { createDb, type Engine } from '@kaohe/db/client';
import { createTestDb } from '@kaohe/db/testing';
import { sql } from 'kysely';
import type { AppDeps } from '../src/context.ts';
import { seedDemoScale } from '../src/demo/scale.ts';
import { folderEvidenceStore } from '../src/services/evidence-store.ts';
import { testConfig } from '../src/testing/harness.ts';
import { categorySubtotalsFromItemRows, rankingFromItemRows } from './reports-before.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const databaseUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;

interface Row {
  engine: Engine;
  what: string;
  p50: number;
  p90: number;
}

const quantile = (samples: number[], q: number) => {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};

async function open(engine: Engine) {
  if (engine === 'postgres') {
    const t = await createTestDb('postgres', {
      ...(databaseUrl ? { databaseUrl } : {}),
      prefix: 'kaohe_bench',
    });
    return { db: t.handle.db, dispose: t.dispose };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-bench-totals-'));
  const handle = await createDb({ dataDir: path.join(dir, 'pglite') });
  await migrateToLatest(handle.db);
  return {
    db: handle.db,
    dispose: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the matrix reads, and nothing more: the cycle's item rows as text, through Node. */
function bareRead(db: DbOrTx, cycleId: string) {
  return sql`
    select s.assessment_id, s.item_id, s.self_score::text as self, s.review_score::text as review
    from item_scores s join assessments a on a.id = s.assessment_id
    where a.cycle_id = ${cycleId}`.execute(db);
}

async function bench(engine: Engine): Promise<{ rows: Row[]; seedMs: number }> {
  const { db, dispose } = await open(engine);
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
    if (!isDeepStrictEqual(before, after)) throw new Error('the two rankings differ');
    const catsBefore = await categorySubtotalsFromItemRows(db, q);
    const catsAfter = await categorySubtotals(db, q);
    if (!isDeepStrictEqual(catsBefore, catsAfter)) throw new Error('the subtotals differ');
    const matrix = await reportMatrix(db, q);

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
    ];
    const samples = cases.map(() => [] as number[]);
    for (const [, fn] of cases) await fn(); // warm-up
    // Alternated: every case once per round, so load on the machine falls on all alike.
    for (let r = 0; r < RUNS; r++) {
      for (const [i, [, fn]] of cases.entries()) {
        const t = performance.now();
        await fn();
        samples[i]!.push(performance.now() - t);
      }
    }
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

const engines: Engine[] = (process.env.BENCH_ENGINES?.split(',') as Engine[] | undefined) ?? [
  'postgres',
];
if (engines.includes('postgres') && !databaseUrl) {
  console.error('totals bench: set DATABASE_URL or TEST_DATABASE_URL for PostgreSQL; skipped');
  engines.splice(engines.indexOf('postgres'), 1);
}

const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
for (const engine of engines) {
  console.error(`benchmarking kept totals on ${engine} …`);
  const { rows, seedMs } = await bench(engine);
  console.log(
    `\nKept totals · ${engine} · ${UNITS} units × 30 items · ${RUNS} alternated runs · Node ${process.version} · load ${os.loadavg()[0]!.toFixed(1)}\n`,
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
          : i === 7
            ? `${((r.p50 / rows[6]!.p50) * 100).toFixed(0)}% of the save`
            : '';
    console.log(`| ${r.what} | ${ms(r.p50)} | ${ms(r.p90)} | ${note} |`);
  }
}
