/**
 * The one 10,000-unit setup of the benchmarks (db, report, item analytics here; search and
 * the server's benchmarks through `@kaohe/db/bench`): a throwaway database on either engine,
 * a cycle of N units × the 30 items of the 2011 rubric written in a few big statements,
 * and the helpers every benchmark prints with.
 *
 * The cycle (`seedBenchCycle`): units `bench-00000…` named `单位00000…` of the three unit
 * types in turn; createCycle's item rows; then, without the write path (its cost is
 * db.bench's business), varied whole and half points below the base from a hash of the row
 * (self and review); optionally every department's review inputs (its criteria at their
 * best), a return on one item review in twenty (two reasons), 90% approved, bonus awards
 * on one unit in ten; the kept totals recomputed by the domain engine (backfillTotals), so
 * the reports read what the item rows say; `vacuum analyze`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  criteriaOf,
  type Item,
  type ItemInputs,
  reviewingDepartments,
  rubricItems,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { type Kysely, sql } from 'kysely';
import { createDb, type Engine } from '../src/client.ts';
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
import type { Database } from '../src/schema.ts';
import { createTestDb } from '../src/test-database.ts';
import { backfillTotals } from '../src/totals-repository.ts';

export const BENCH_UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
export const BENCH_DATABASE_URL = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
export const UNIT_TYPES = ['district', 'devZone', 'bureau'] as const;
export const ITEMS: Item[] = rubricItems(rubric2011).map(({ item }) => item);

/**
 * The engines to run: `BENCH_ENGINES` (comma separated) or the defaults, PostgreSQL only
 * when a URL is set.
 */
export function benchEngines(defaults: Engine[] = ['pglite', 'postgres']): Engine[] {
  const wanted = (process.env.BENCH_ENGINES?.split(',') as Engine[] | undefined) ?? defaults;
  return wanted.filter((e) => {
    if (e !== 'postgres' || BENCH_DATABASE_URL) return true;
    console.error('bench: set DATABASE_URL or TEST_DATABASE_URL for PostgreSQL; skipped');
    return false;
  });
}

/** A migrated throwaway database: PGlite in a data folder (as the server runs it), or PostgreSQL created and dropped through the URL. */
export async function openBenchDb(
  engine: Engine,
  prefix = 'kaohe_bench',
): Promise<{ db: Kysely<Database>; engine: Engine; dispose(): Promise<void> }> {
  if (engine === 'postgres') {
    const t = await createTestDb('postgres', {
      ...(BENCH_DATABASE_URL ? { databaseUrl: BENCH_DATABASE_URL } : {}),
      prefix,
    });
    return { db: t.handle.db, engine, dispose: t.dispose };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const handle = await createDb({ dataDir: path.join(dir, 'pglite') });
  await migrateToLatest(handle.db);
  return {
    db: handle.db,
    engine,
    dispose: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface BenchCycle {
  cycleId: string;
  rubricId: string;
  units: Array<{ id: string; name: string; unitTypeId: string }>;
  assessments: Array<{ assessmentId: string; unitId: string }>;
}

/** Every department's review inputs of an item: its criteria at their best (what the engine reads). */
function bestInputs(item: Item, department: string): ItemInputs {
  return Object.fromEntries(
    criteriaOf(item, department).map((c) => {
      switch (c.kind) {
        case 'award':
        case 'passFail':
          return [c.id, c.threshold ? { numerator: 100, denominator: 100 } : { met: true }];
        case 'levels':
          return [c.id, { levelId: c.levels[c.levels.length - 1]!.id }];
        case 'deduction':
          return [c.id, { count: 0 }];
        case 'veto':
          return [c.id, { triggered: false }];
        default:
          return [c.id, { value: c.max }];
      }
    }),
  );
}

/** The benchmark cycle (see the file's comment); `scores: false` leaves createCycle's rows as they are. */
export async function seedBenchCycle(
  db: Kysely<Database>,
  options: {
    units?: number;
    scores?: boolean;
    reviewInputs?: boolean;
    returns?: boolean;
    approved?: boolean;
    bonus?: boolean;
  } = {},
): Promise<BenchCycle> {
  const n = options.units ?? BENCH_UNITS;
  await seedOrganisation(db);
  const rubricId = await seedRubric2011(db);
  const units = Array.from({ length: n }, (_, i) => ({
    id: `bench-${String(i).padStart(5, '0')}`,
    name: `单位${String(i).padStart(5, '0')}`,
    unitTypeId: UNIT_TYPES[i % UNIT_TYPES.length]!,
  }));
  await upsertUnits(db, ADMIN, units);
  const { cycle, assessments } = await createCycle(db, ADMIN, {
    name: '基准测试',
    rubricId,
    unitIds: units.map((u) => u.id),
    initialWorkflow: INITIAL_WORKFLOW,
  });
  if (options.scores ?? true) {
    await sql`
      update item_scores set
        self_score = greatest(base_score - (abs(hashtext(assessment_id || item_id)) % 3) * 0.5, 0),
        review_score = greatest(base_score - (abs(hashtext(item_id || assessment_id)) % 5) * 0.5, 0)`.execute(
      db,
    );
  }
  if (options.reviewInputs) {
    const values = ITEMS.flatMap((item) =>
      reviewingDepartments(item).map(
        (d) => sql`(${item.id}, ${d}, ${JSON.stringify(bestInputs(item, d))}::jsonb)`,
      ),
    );
    await sql`
      update item_reviews r set review_inputs = v.inputs
      from (values ${sql.join(values)}) as v(item_id, department_id, inputs)
      where r.item_id = v.item_id and r.department_id = v.department_id`.execute(db);
  }
  if (options.returns) {
    await sql`
      insert into audit_events (action, entity_type, entity_id, assessment_id, reason)
      select 'itemReview.return', 'itemReview', r.assessment_id || '/' || r.item_id || '/' || r.department_id,
             r.assessment_id, case when abs(hashtext(r.assessment_id)) % 2 = 0 then '材料不全' else '数据有误' end
      from item_reviews r where abs(hashtext(r.assessment_id || r.item_id)) % 20 = 0`.execute(db);
  }
  if (options.approved ?? true) {
    await sql`
      update assessments set stage = 'approved',
        snapshot = '{"value":"approved","context":{}}'::jsonb
      where abs(hashtext(id)) % 10 <> 0`.execute(db);
  }
  if (options.bonus) {
    await sql`
      insert into bonus_awards (id, assessment_id, bonus_item_id, points, reason, awarded_by)
      select 'bench-bonus-' || a.id || '-' || b.k, a.id,
             case when b.k = 1 then 'bonus-excellence' else 'bonus-honours' end,
             b.k * 0.5, '基准测试', ${CHAIRMAN.userId}
      from assessments a cross join (values (1), (2)) as b(k)
      where abs(hashtext(a.id)) % 10 = 1`.execute(db);
  }
  await backfillTotals(db, sql`a.cycle_id = ${cycle.id}`);
  await sql`vacuum analyze`.execute(db);
  return { cycleId: cycle.id, rubricId, units, assessments };
}

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

/** The q-quantile of samples (nearest rank). */
export function quantile(samples: readonly number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export function stats(samples: readonly number[]): { p50: number; p99: number; max: number } {
  return { p50: quantile(samples, 0.5), p99: quantile(samples, 0.99), max: quantile(samples, 1) };
}

/**
 * Cases measured alternated, one run of each per round after a warm-up, so that load on
 * the shared machine falls on all alike; the samples of each case in order.
 */
export async function alternated(
  cases: ReadonlyArray<readonly [string, () => Promise<unknown>]>,
  runs: number,
): Promise<number[][]> {
  const samples = cases.map(() => [] as number[]);
  for (const [, fn] of cases) await fn();
  for (let r = 0; r < runs; r++) {
    for (const [i, [, fn]] of cases.entries()) samples[i]!.push((await timed(fn))[1]);
  }
  return samples;
}

export const ms = (v: number): string => v.toFixed(v < 10 ? 2 : 1);

/** The machine's state beside the figures: it is shared and noisy. */
export function machine(): string {
  const [l1, l5] = os.loadavg();
  return `Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · load average ${l1!.toFixed(1)} / ${l5!.toFixed(1)}`;
}
