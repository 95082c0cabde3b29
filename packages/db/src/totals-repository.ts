/**
 * Kept totals (issue 17): a row per assessment (assessment_totals, migration 0015) with the
 * self and review subtotals, each category's, 加分 after the caps and 总计, in hundredths.
 * The reports read it instead of 300,000 item rows.
 *
 * How it stays exact: every repository write that changes an item score or a bonus award
 * (saveSelfScore, saveReviewScore, awardBonus, revokeBonus) and every write that touches an
 * assessment's items or workflow (return, reopen, a workflow step) first takes the
 * assessment's row lock — the lock the server's save already holds, so the order is always
 * assessment before item — and, before it commits, recomputes the one assessment's row with
 * the domain engine (`keptTotals`) from what is stored now. Under the lock no other writer
 * of the assessment is between the read and the write, so the row is what the item scores
 * say at every commit. Recomputing 30 rows is cheaper to prove than commuting deltas, and
 * the same function backfills, seeds and checks (`checkTotals`, `pnpm kaohe db check`).
 *
 * Written with raw SQL and quoted camelCase aliases so that the migration (which sees the
 * database without the CamelCasePlugin) can run the same backfill.
 */
import {
  type BonusAward,
  type Centi,
  type KeptTotals,
  keptTotals,
  type Rubric,
  type StoredItemScore,
} from '@kaohe/domain';
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { ENTITY, notFound } from './errors.ts';
import type { CategoryTotalJson, Database } from './schema.ts';
import type { DbOrTx } from './transaction.ts';
import { centiFromNumeric } from './values.ts';

// biome-ignore lint/suspicious/noExplicitAny: the migration passes the database as it was
type AnyDb = Kysely<any>;

/** Published rubrics never change (issue 6), so their documents are read once per process. */
const rubricCache = new Map<string, Rubric>();

async function rubricsById(db: AnyDb, ids: readonly string[]): Promise<Map<string, Rubric>> {
  const out = new Map<string, Rubric>();
  const missing: string[] = [];
  for (const id of ids) {
    const hit = rubricCache.get(id);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  if (missing.length > 0) {
    const { rows } = await sql<{ id: string; status: string; document: Rubric }>`
      select id, status, document from rubrics where id in (${sql.join(missing)})`.execute(db);
    for (const r of rows) {
      out.set(r.id, r.document);
      if (r.status !== 'draft') rubricCache.set(r.id, r.document);
    }
  }
  return out;
}

/** What a kept write needs to know of its assessment, once it holds the lock. */
export interface TotalsLock {
  assessmentId: string;
  cycleId: string;
  rubricId: string;
}

/**
 * Takes the assessment's row lock (FOR UPDATE, as the server's save and workflow steps do;
 * held already, it costs one round trip) before a write that changes its totals.
 */
export async function lockForTotals(
  trx: Transaction<Database>,
  assessmentId: string,
): Promise<TotalsLock> {
  const { rows } = await sql<{ cycleId: string; rubricId: string }>`
    select a.cycle_id as "cycleId", c.rubric_id as "rubricId"
    from assessments a join cycles c on c.id = a.cycle_id
    where a.id = ${assessmentId}
    for update of a`.execute(trx);
  const row = rows[0];
  if (!row) throw notFound(ENTITY.assessment, assessmentId);
  return { assessmentId, ...row };
}

interface ScoreRow {
  assessmentId: string;
  kind: 'i' | 'b';
  id: string;
  self: string | null;
  review: string | null;
}

/** Item scores and live awards of the assessments `where` picks (alias `a`), in one read. */
function scoresAndAwards(db: AnyDb, where: RawBuilder<unknown>) {
  return sql<ScoreRow>`
    select s.assessment_id as "assessmentId", 'i' as kind, s.item_id as id,
           s.self_score::text as self, s.review_score::text as review
    from item_scores s join assessments a on a.id = s.assessment_id
    where ${where}
    union all
    select b.assessment_id, 'b', b.bonus_item_id, b.points::text, null
    from bonus_awards b join assessments a on a.id = b.assessment_id
    where b.revoked_at is null and ${where}`.execute(db);
}

const centiOrNull = (v: string | null): Centi | null => (v === null ? null : centiFromNumeric(v));

interface Collected {
  scores: StoredItemScore[];
  awards: BonusAward[];
}

function collect(rows: readonly ScoreRow[]): Map<string, Collected> {
  const out = new Map<string, Collected>();
  for (const r of rows) {
    let c = out.get(r.assessmentId);
    if (!c) {
      c = { scores: [], awards: [] };
      out.set(r.assessmentId, c);
    }
    if (r.kind === 'i') {
      c.scores.push({ itemId: r.id, self: centiOrNull(r.self), review: centiOrNull(r.review) });
    } else {
      c.awards.push({ bonusItemId: r.id, points: r.self ?? '0' });
    }
  }
  return out;
}

/** A row of assessment_totals as the domain computes it. */
export interface ComputedTotals {
  assessmentId: string;
  cycleId: string;
  totals: KeptTotals;
}

/**
 * The totals of the assessments `where` picks (a condition on `assessments a`), computed by
 * the domain engine from the stored item scores and live awards. Reads every item row of
 * the scope: for backfills and the check, not for requests.
 */
export async function computeTotals(
  db: AnyDb,
  where: RawBuilder<unknown> = sql`true`,
): Promise<ComputedTotals[]> {
  const { rows: heads } = await sql<{ assessmentId: string; cycleId: string; rubricId: string }>`
    select a.id as "assessmentId", a.cycle_id as "cycleId", c.rubric_id as "rubricId"
    from assessments a join cycles c on c.id = a.cycle_id
    where ${where}
    order by a.id`.execute(db);
  if (heads.length === 0) return [];
  const rubrics = await rubricsById(db, [...new Set(heads.map((h) => h.rubricId))]);
  const collected = collect((await scoresAndAwards(db, where)).rows);
  return heads.map((h) => {
    const c = collected.get(h.assessmentId);
    return {
      assessmentId: h.assessmentId,
      cycleId: h.cycleId,
      totals: keptTotals(rubrics.get(h.rubricId)!, c?.scores ?? [], c?.awards ?? []),
    };
  });
}

const categoriesJson = (t: KeptTotals): CategoryTotalJson[] =>
  t.categories.map((c) => ({ categoryId: c.categoryId, self: c.self, review: c.review }));

/** Inserts or replaces totals rows, a thousand to a statement. */
async function upsertTotals(db: AnyDb, rows: readonly ComputedTotals[]): Promise<void> {
  const CHUNK = 1000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map(
      ({ assessmentId, cycleId, totals: t }) =>
        sql`(${assessmentId}, ${cycleId}, ${t.self}::integer, ${t.review}::integer,
             ${t.bonus}::integer, ${t.awarded}::integer, ${t.total}::integer,
             ${JSON.stringify(categoriesJson(t))}::jsonb)`,
    );
    await sql`
      insert into assessment_totals
        (assessment_id, cycle_id, self_subtotal, review_subtotal, bonus, awarded, total, categories)
      values ${sql.join(values)}
      on conflict (assessment_id) do update set
        cycle_id = excluded.cycle_id, self_subtotal = excluded.self_subtotal,
        review_subtotal = excluded.review_subtotal, bonus = excluded.bonus,
        awarded = excluded.awarded, total = excluded.total, categories = excluded.categories,
        updated_at = now()`.execute(db);
  }
}

/**
 * Recomputes the kept totals of one assessment whose lock `lock` holds, before the write's
 * transaction commits (see the file comment).
 */
export async function keepTotals(trx: Transaction<Database>, lock: TotalsLock): Promise<void> {
  const rubrics = await rubricsById(trx, [lock.rubricId]);
  const c = collect((await scoresAndAwards(trx, sql`a.id = ${lock.assessmentId}`)).rows).get(
    lock.assessmentId,
  );
  const totals = keptTotals(rubrics.get(lock.rubricId)!, c?.scores ?? [], c?.awards ?? []);
  await upsertTotals(trx, [{ assessmentId: lock.assessmentId, cycleId: lock.cycleId, totals }]);
}

/**
 * Writes the totals of the assessments `where` picks (all by default), from their item
 * scores: the migration's backfill, a new cycle's assessments, and seeds that write scores
 * in bulk SQL. Returns how many rows it wrote.
 */
export async function backfillTotals(
  db: AnyDb,
  where: RawBuilder<unknown> = sql`true`,
): Promise<number> {
  const rows = await computeTotals(db, where);
  await upsertTotals(db, rows);
  return rows.length;
}

/** One figure of one assessment's kept totals that is not what its item scores give. */
export interface TotalsDifference {
  assessmentId: string;
  cycleId: string;
  unitName: string;
  /** selfSubtotal, reviewSubtotal, bonus, awarded, total, category:<id>:self|review, or row */
  field: string;
  /** Hundredths; null where the figure is empty; undefined where the row is missing. */
  kept: Centi | null | undefined;
  expected: Centi | null | undefined;
}

/**
 * `pnpm kaohe db check`: recomputes every assessment's totals with the domain engine from its
 * item scores and awards and lists every figure the kept row has otherwise (or a row that is
 * missing). Empty when the totals are exact.
 */
export async function checkTotals(db: DbOrTx): Promise<TotalsDifference[]> {
  const expected = await computeTotals(db);
  const { rows: kept } = await sql<{
    assessmentId: string;
    selfSubtotal: number | null;
    reviewSubtotal: number | null;
    bonus: number;
    awarded: number | null;
    total: number | null;
    categories: CategoryTotalJson[];
  }>`
    select assessment_id as "assessmentId", self_subtotal as "selfSubtotal",
           review_subtotal as "reviewSubtotal", bonus, awarded, total, categories
    from assessment_totals`.execute(db);
  const { rows: names } = await sql<{ id: string; name: string }>`
    select a.id, u.name from assessments a join units u on u.id = a.unit_id`.execute(db);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const keptOf = new Map(kept.map((k) => [k.assessmentId, k]));
  const out: TotalsDifference[] = [];
  for (const e of expected) {
    const base = {
      assessmentId: e.assessmentId,
      cycleId: e.cycleId,
      unitName: nameOf.get(e.assessmentId) ?? '',
    };
    const k = keptOf.get(e.assessmentId);
    if (!k) {
      out.push({ ...base, field: 'row', kept: undefined, expected: e.totals.total });
      continue;
    }
    const num = (v: number | string | null) => (v === null ? null : Number(v));
    const compare = (field: string, have: number | string | null, want: Centi | null) => {
      if (num(have) !== want) out.push({ ...base, field, kept: num(have), expected: want });
    };
    compare('selfSubtotal', k.selfSubtotal, e.totals.self);
    compare('reviewSubtotal', k.reviewSubtotal, e.totals.review);
    compare('bonus', k.bonus, e.totals.bonus);
    compare('awarded', k.awarded, e.totals.awarded);
    compare('total', k.total, e.totals.total);
    const keptCategories = new Map(k.categories.map((c) => [c.categoryId, c]));
    for (const c of e.totals.categories) {
      const have = keptCategories.get(c.categoryId);
      compare(`category:${c.categoryId}:self`, have?.self ?? null, c.self);
      compare(`category:${c.categoryId}:review`, have?.review ?? null, c.review);
    }
    if (k.categories.length !== e.totals.categories.length) {
      out.push({
        ...base,
        field: 'categories',
        kept: k.categories.length,
        expected: e.totals.categories.length,
      });
    }
  }
  return out;
}

/**
 * The totals of assessments just created, without scores or awards: the same for each, so
 * computed once and written in one statement per thousand.
 */
export async function startTotals(
  trx: Transaction<Database>,
  q: { cycleId: string; rubricId: string; assessmentIds: readonly string[] },
): Promise<void> {
  if (q.assessmentIds.length === 0) return;
  const rubric = (await rubricsById(trx, [q.rubricId])).get(q.rubricId)!;
  const totals = keptTotals(rubric, [], []);
  await upsertTotals(
    trx,
    q.assessmentIds.map((assessmentId) => ({ assessmentId, cycleId: q.cycleId, totals })),
  );
}

/** backfillTotals of the named assessments. */
export function backfillTotalsOf(db: AnyDb, assessmentIds: readonly string[]): Promise<number> {
  if (assessmentIds.length === 0) return Promise.resolve(0);
  return backfillTotals(db, sql`a.id in (${sql.join(assessmentIds)})`);
}
