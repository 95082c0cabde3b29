/**
 * Item analytics benchmark (issue 19): the per-item figures, the departments' changes,
 * the return reasons, the per-criterion figures and the what-if re-score (the recorded
 * answers read, then scored under a draft by the domain engine) of a cycle of 10,000
 * units × 30 items, on PGlite and on PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is
 * set. Every unit has varied self and review scores, every review its inputs (full marks
 * of the department's criteria), one return in twenty item reviews, 90% approved.
 *
 *   npx tsx packages/db/bench/item-analytics.bench.ts
 *   BENCH_UNITS=1000 for a quick run; BENCH_ENGINES=postgres for one engine
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  cloneRubricToYear,
  criteriaOf,
  type ItemInputs,
  reviewingDepartments,
  rubricItems,
  whatIfRescore,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { sql } from 'kysely';
import { createDb, type DbHandle, type Engine } from '../src/client.ts';
import { createCycle } from '../src/cycle-repository.ts';
import {
  ADMIN,
  INITIAL_WORKFLOW,
  seedOrganisation,
  seedRubric2011,
} from '../src/fixtures/organisation.ts';
import {
  criterionFigures,
  departmentChanges,
  itemFigures,
  recordedAnswers,
  returnReasons,
} from '../src/item-analytics-repository.ts';
import { migrateToLatest } from '../src/migrate.ts';
import { upsertUnits } from '../src/organisation-repository.ts';
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
    await sql`
      update item_scores set
        self_score = greatest(base_score - (abs(hashtext(assessment_id || item_id)) % 3) * 0.5, 0),
        review_score = greatest(base_score - (abs(hashtext(item_id || assessment_id)) % 5) * 0.5, 0)`.execute(
      db,
    );
    // Every department's review inputs: its criteria at their best (what the engine reads).
    const best = (item: (typeof ITEMS)[number], department: string): ItemInputs =>
      Object.fromEntries(
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
    const values = ITEMS.flatMap((item) =>
      reviewingDepartments(item).map(
        (d) => sql`(${item.id}, ${d}, ${JSON.stringify(best(item, d))}::jsonb)`,
      ),
    );
    await sql`
      update item_reviews r set review_inputs = v.inputs
      from (values ${sql.join(values)}) as v(item_id, department_id, inputs)
      where r.item_id = v.item_id and r.department_id = v.department_id`.execute(db);
    await sql`
      insert into audit_events (action, entity_type, entity_id, assessment_id, reason)
      select 'itemReview.return', 'itemReview', r.assessment_id || '/' || r.item_id || '/' || r.department_id,
             r.assessment_id, case when abs(hashtext(r.assessment_id)) % 2 = 0 then '材料不全' else '数据有误' end
      from item_reviews r where abs(hashtext(r.assessment_id || r.item_id)) % 20 = 0`.execute(db);
    await sql`
      update assessments set stage = 'approved',
        snapshot = '{"value":"approved","context":{}}'::jsonb
      where abs(hashtext(id)) % 10 <> 0`.execute(db);
    await sql`vacuum analyze`.execute(db);

    const measure = async (what: string, fn: () => Promise<unknown>) => {
      await fn(); // warm-up
      const samples: number[] = [];
      for (let r = 0; r < RUNS; r++) samples.push((await timed(fn))[1]);
      rows.push({ engine, what, n: RUNS, ...stats(samples) });
    };
    const q = { cycleId: cycle.id };
    await measure(`itemFigures: ${UNITS} units × ${ITEMS.length} items`, () =>
      itemFigures(db, { cycleIds: [cycle.id] }),
    );
    await measure('itemFigures, one unit type', () =>
      itemFigures(db, { cycleIds: [cycle.id], unitTypeId: 'district' }),
    );
    await measure('departmentChanges (per item and per department)', () =>
      departmentChanges(db, q),
    );
    await measure('returnReasons', () => returnReasons(db, q));
    await measure('criterionFigures', () => criterionFigures(db, q));
    await measure('recordedAnswers (what-if input)', () => recordedAnswers(db, cycle.id));
    const draft = cloneRubricToYear(rubric2011);
    const answers = await recordedAnswers(db, cycle.id);
    await measure('whatIfRescore (domain engine, in memory)', async () =>
      whatIfRescore(rubric2011, draft, answers as never),
    );
  } finally {
    await dispose();
  }
  return rows;
}

const ITEMS = rubricItems(rubric2011).map(({ item }) => item);
const engines: Engine[] = ['pglite'];
if (process.env.DATABASE_URL || process.env.TEST_DATABASE_URL) engines.push('postgres');
const only = process.env.BENCH_ENGINES?.split(',');
if (only) engines.splice(0, engines.length, ...engines.filter((e) => only.includes(e)));

const results: Row[] = [];
for (const engine of engines) {
  console.error(`benchmarking item analytics on ${engine} …`);
  results.push(...(await bench(engine)));
}

const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
console.log(
  `\nItem analytics · ${UNITS} units × 30 items · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}\n`,
);
console.log('| engine | measurement | n | p50 ms | p99 ms | max ms |');
console.log('| --- | --- | --: | --: | --: | --: |');
for (const r of results) {
  console.log(`| ${r.engine} | ${r.what} | ${r.n} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} |`);
}
