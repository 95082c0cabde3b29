/**
 * Results for the chairman's office and the federation (issue 7). Totals — 合计, category
 * subtotals, 加分 after the rubric's caps, 总计 — are the kept ones (assessment_totals,
 * totals-repository.ts, issue 17): sums of the stored item scores (each computed by the
 * domain engine when saved), kept exact by every write. The rank is within the unit type,
 * ties share a rank, and only approved assessments are ranked.
 */
import { assignGrades, formatCenti, type ListResult } from '@kaohe/domain';
import { isResultStage } from '@kaohe/workflow/browser';
import { type RawBuilder, sql } from 'kysely';
import { barredAssessments, listGradeBands, vetoedItems } from './grade-repository.ts';
import type { CategoryTotalJson } from './schema.ts';
import { limitOffset, type PageRequest } from './search.ts';
import type { DbOrTx } from './transaction.ts';
import { canonicalScore, centiFromNumeric } from './values.ts';

/**
 * numeric(6, 2) as PostgreSQL prints it ("4.50", "4.00", "4.25") → canonical ("4.5", "4",
 * "4.25"), as formatCenti would give, by trimming: 600,000 of them for 10,000 units, and
 * the general parse showed in the profile. Anything unexpected goes the general way.
 */
export function canonicalNumeric(text: string | undefined): string | null {
  if (text === undefined || text === '') return null;
  const n = text.length;
  if (n >= 4 && text.charCodeAt(n - 3) === 46 /* . */ && text.charCodeAt(0) !== 45 /* - */) {
    if (text.endsWith('00')) return text.slice(0, n - 3);
    if (text.charCodeAt(n - 1) === 48 /* 0 */) return text.slice(0, n - 1);
    return text;
  }
  return formatCenti(centiFromNumeric(text));
}

/** Every report is of one cycle, optionally of one unit type (the type the cycle began with). */
export interface CycleQuery {
  cycleId: string;
  unitTypeId?: string;
}

/** Whom a report's row is about: an assessment, its unit and the type it began the cycle with. */
export interface UnitRow {
  assessmentId: string;
  unitId: string;
  unitName: string;
  unitTypeId: string;
  stage: string;
}

export interface RankingRow extends UnitRow {
  approved: boolean;
  /** 合计: the sum of the items' review scores; null before any is scored. */
  subtotal: string | null;
  /** 加分, after each bonus item's cap and the overall cap. */
  bonus: string;
  /** The live awards' own sum, before caps; null without any. */
  awarded: string | null;
  /** 总计 */
  total: string | null;
  /** Within the unit type among approved assessments; ties share (1, 1, 3); null when not approved. */
  rank: number | null;
  /**
   * 等次: the label the unit type's bands give this total (domain `assignGrades`, over the
   * approved units of the type; ties share a grade); null when not approved or no bands.
   */
  grade: string | null;
  /** 不予评先: a veto item was triggered in the review, or a bar by hand stands. */
  barredFromHonours: boolean;
  /** The items whose veto (一票否决) was triggered in the review: the automatic bar's cause. */
  vetoedItemIds: string[];
  /** A bar by hand stands (grades.bars lists the condition and reason). */
  barredByHand: boolean;
}

/** The assessments (alias `a`) of a cycle, optionally of one unit type: a `where` for totalsCtes. */
export function cycleScope(q: CycleQuery): RawBuilder<unknown> {
  return q.unitTypeId === undefined
    ? sql`a.cycle_id = ${q.cycleId}`
    : sql`a.cycle_id = ${q.cycleId} and exists (select 1 from cycle_units cuf
            where cuf.cycle_id = a.cycle_id and cuf.unit_id = a.unit_id
              and cuf.unit_type_id = ${q.unitTypeId})`;
}

/** Joins cycle_units as `cuf` when a unit type filter is given (the type the cycle began with). */
function unitTypeJoin(unitTypeId: string | undefined): RawBuilder<unknown> {
  return unitTypeId === undefined
    ? sql``
    : sql`join cycle_units cuf on cuf.cycle_id = a.cycle_id and cuf.unit_id = a.unit_id
            and cuf.unit_type_id = ${unitTypeId}`;
}

/**
 * The one ranking rule (issue 16): within the unit type, approved assessments only, by
 * 总计 (合计 + 加分 after caps), ties sharing a rank (1, 1, 3). Every place that shows a rank
 * — the overview, the reports, the workbooks, the CLI, the print — reads it from here.
 */
export async function rankingReport(db: DbOrTx, q: CycleQuery): Promise<RankingRow[]> {
  // From the kept totals (issue 17): one row per assessment, not 30 item rows each. The
  // aliases are the API's names already, so the rows skip the camel-case plugin's copy.
  // Unsorted: see rankedOrder for the order and the rank.
  const ranking = sql<RankingSource>`
    select a.id as "assessmentId", a.unit_id as "unitId", u.name as "unitName",
           cu.unit_type_id as "unitTypeId", a.stage,
           t.review_subtotal as subtotal, t.bonus, t.awarded, t.total
    from assessments a
    join cycle_units cu on cu.cycle_id = a.cycle_id and cu.unit_id = a.unit_id
    join units u on u.id = a.unit_id
    left join assessment_totals t on t.assessment_id = a.id
    where ${cycleScope(q)}
  `;
  const side = [
    () => listGradeBands(db, q.cycleId),
    () => vetoedItems(db, q.cycleId),
    () => barredAssessments(db, q.cycleId),
  ] as const;
  // Side by side from the pool; inside a transaction one after the other, on its one
  // connection (the rule for PGlite: inside a transaction, only `trx`, one query at a time).
  const [{ rows: unsorted }, bands, vetoed, byHand] = db.isTransaction
    ? [
        await ranking.execute(db.withoutPlugins()),
        await side[0](),
        await side[1](),
        await side[2](),
      ]
    : await Promise.all([ranking.execute(db.withoutPlugins()), side[0](), side[1](), side[2]()]);
  const { rows, ranks } = rankedOrder(unsorted);
  // Grades from the kept integers: the approved totals of each banded unit type.
  const grades = new Map<string, string | null>();
  for (const { unitTypeId, bands: b } of bands) {
    const candidates: Array<{ id: string; total: number }> = [];
    for (const r of rows) {
      if (r.unitTypeId === unitTypeId && r.total !== null && isResultStage(r.stage)) {
        candidates.push({ id: r.assessmentId, total: Number(r.total) });
      }
    }
    for (const [id, grade] of assignGrades(b, candidates)) grades.set(id, grade);
  }
  // Each row built whole in one literal: a spread plus added fields made every one of the
  // 10,000 objects a slow dictionary (≈ 70 ms here, and again when serialised).
  return rows.map((r, i): RankingRow => {
    const vetoedItemIds = vetoed.get(r.assessmentId) ?? [];
    const barredByHand = byHand.has(r.assessmentId);
    return {
      assessmentId: r.assessmentId,
      unitId: r.unitId,
      unitName: r.unitName,
      unitTypeId: r.unitTypeId,
      stage: r.stage,
      // Published and final results are approved ones (issue 14).
      approved: isResultStage(r.stage),
      subtotal: centiText(r.subtotal),
      bonus: centiText(r.bonus) ?? '0',
      awarded: centiText(r.awarded),
      total: centiText(r.total),
      rank: ranks[i] ?? null,
      grade: grades.get(r.assessmentId) ?? null,
      barredFromHonours: barredByHand || vetoedItemIds.length > 0,
      vetoedItemIds,
      barredByHand,
    };
  });
}

/** One assessment's row as the ranking reads it: the kept totals are integer hundredths. */
interface RankingSource {
  assessmentId: string;
  unitId: string;
  unitName: string;
  unitTypeId: string;
  stage: string;
  subtotal: number | null;
  bonus: number | null;
  awarded: number | null;
  total: number | null;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The ranking's order and ranks: by unit type; within it the approved (published, final)
 * first, by 总计 descending (none last), then by name and unit id; each approved row ranked
 * within its type, equal totals sharing the first one's rank (1, 1, 3), SQL's rank() as the
 * ranking rule says. Here rather than in SQL: the demo cycle's 10,000 units have 41
 * distinct totals, and PostgreSQL's sort with the name as the tie-break took 20 of the
 * query's 38 ms; this takes 5. Names compare by UTF-16 code unit, which is the code point
 * order (PostgreSQL's "C") for every character outside the astral planes.
 */
export function rankedOrder<
  R extends Pick<RankingSource, 'unitId' | 'unitName' | 'unitTypeId' | 'stage' | 'total'>,
>(unsorted: readonly R[]): { rows: R[]; ranks: Array<number | null> } {
  const keyed = unsorted.map((row) => ({
    row,
    result: isResultStage(row.stage),
    total: row.total === null ? Number.NEGATIVE_INFINITY : Number(row.total),
  }));
  keyed.sort(
    (x, y) =>
      byText(x.row.unitTypeId, y.row.unitTypeId) ||
      Number(y.result) - Number(x.result) ||
      y.total - x.total ||
      byText(x.row.unitName, y.row.unitName) ||
      byText(x.row.unitId, y.row.unitId),
  );
  const ranks: Array<number | null> = [];
  let first = 0;
  for (const [i, k] of keyed.entries()) {
    const previous = keyed[i - 1];
    const sameGroup =
      previous !== undefined &&
      previous.row.unitTypeId === k.row.unitTypeId &&
      previous.result === k.result;
    if (!sameGroup) first = i;
    ranks.push(
      !k.result ? null : sameGroup && previous.total === k.total ? ranks[i - 1]! : i - first + 1,
    );
  }
  return { rows: keyed.map((k) => k.row), ranks };
}

/** A kept total (integer hundredths) as the API's decimal text; null stays null. */
export function centiText(v: number | string | null | undefined): string | null {
  return v === null || v === undefined ? null : formatCenti(Number(v));
}

export interface RankingSearch extends CycleQuery, PageRequest {
  /** Part of the unit's name or code; the rank stays the one over the whole unit type. */
  q?: string | undefined;
}

/**
 * The ranking rows of the units whose name or code contains the term, in the ranking's
 * order: the whole ranking first (ranks and grades are over the whole unit type), then
 * filtered, so a search never changes a unit's rank or grade. From the kept totals the
 * whole ranking of 10,000 units is one read of 10,000 rows.
 */
export async function rankingMatching(
  db: DbOrTx,
  s: CycleQuery & { q?: string | undefined },
): Promise<RankingRow[]> {
  const term = s.q?.toLowerCase();
  const all = await rankingReport(db, s);
  if (!term) return all;
  return all.filter(
    (r) => r.unitName.toLowerCase().includes(term) || r.unitId.toLowerCase().includes(term),
  );
}

/**
 * One page of `rankingMatching`, the unit types in the cycle's rubric order (区县, 开发区,
 * 局), as the reports page shows them; within a type, the ranking's order.
 */
export async function rankingPage(db: DbOrTx, s: RankingSearch): Promise<ListResult<RankingRow>> {
  const rows = await rankingMatching(db, s);
  const { rows: types } = await sql<{ unitTypeId: string; n: number | string }>`
    select t->>'id' as "unitTypeId", n
    from cycles c join rubrics r on r.id = c.rubric_id
    cross join lateral jsonb_array_elements(r.document->'unitTypes') with ordinality as x(t, n)
    where c.id = ${s.cycleId}
  `.execute(db);
  const position = new Map(types.map((t) => [t.unitTypeId, Number(t.n)]));
  const matching = rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        (position.get(a.row.unitTypeId) ?? Number.MAX_SAFE_INTEGER) -
          (position.get(b.row.unitTypeId) ?? Number.MAX_SAFE_INTEGER) || a.index - b.index,
    )
    .map(({ row }) => row);
  const { limit, offset } = limitOffset(s);
  return { rows: matching.slice(offset, offset + limit), total: matching.length };
}

export interface CategorySubtotalRow {
  assessmentId: string;
  categoryId: string;
  selfSubtotal: string | null;
  reviewSubtotal: string | null;
}

/**
 * Category subtotals (自评 and 考评) of every assessment of a cycle, from the kept totals:
 * by assessment, each one's categories in the rubric's order. One kept row per assessment
 * is read and its few categories taken apart here: expanding and sorting 50,000 jsonb
 * elements in SQL cost 3× the read.
 */
export async function categorySubtotals(db: DbOrTx, q: CycleQuery): Promise<CategorySubtotalRow[]> {
  const { rows } = await sql<{ assessmentId: string; categories: CategoryTotalJson[] }>`
    select t.assessment_id as "assessmentId", t.categories
    from assessment_totals t
    ${
      q.unitTypeId === undefined
        ? sql`where t.cycle_id = ${q.cycleId}`
        : sql`join assessments a on a.id = t.assessment_id where ${cycleScope(q)}`
    }
    order by t.assessment_id
  `.execute(db.withoutPlugins());
  const out: CategorySubtotalRow[] = [];
  for (const { assessmentId, categories } of rows) {
    for (const c of categories) {
      out.push({
        assessmentId,
        categoryId: c.categoryId,
        selfSubtotal: centiText(c.self),
        reviewSubtotal: centiText(c.review),
      });
    }
  }
  return out;
}

export interface DisagreementRow {
  assessmentId: string;
  unitName: string;
  itemId: string;
  number: number;
  selfScore: string;
  reviewScore: string;
  /** self − review: positive when the unit scored itself higher. */
  difference: string;
}

/** Self score against review score, largest disagreements first. */
export async function disagreements(
  db: DbOrTx,
  q: CycleQuery & { limit?: number },
): Promise<DisagreementRow[]> {
  const rows = await db
    .selectFrom('itemScores as s')
    .innerJoin('assessments as a', 'a.id', 's.assessmentId')
    .innerJoin('units as u', 'u.id', 'a.unitId')
    .innerJoin('cycles as c', 'c.id', 'a.cycleId')
    .innerJoin('rubricItems as ri', (j) =>
      j.onRef('ri.rubricId', '=', 'c.rubricId').onRef('ri.itemId', '=', 's.itemId'),
    )
    .select([
      's.assessmentId',
      'u.name as unitName',
      's.itemId',
      'ri.number',
      sql<string>`s.self_score::text`.as('selfScore'),
      sql<string>`s.review_score::text`.as('reviewScore'),
      sql<string>`(s.self_score - s.review_score)::text`.as('difference'),
    ])
    .where('a.cycleId', '=', q.cycleId)
    .$if(q.unitTypeId !== undefined, (b) =>
      b.where(sql<boolean>`exists (select 1 from cycle_units cuf where cuf.cycle_id = a.cycle_id
        and cuf.unit_id = a.unit_id and cuf.unit_type_id = ${q.unitTypeId})`),
    )
    .where('s.selfScore', 'is not', null)
    .where('s.reviewScore', 'is not', null)
    .where(sql<boolean>`s.self_score <> s.review_score`)
    .orderBy(sql`abs(s.self_score - s.review_score)`, 'desc')
    .orderBy(sql`u.name collate "C"`)
    .orderBy('ri.number')
    .limit(Math.min(Math.max(q.limit ?? 200, 1), 10_000))
    .execute();
  return rows.map((r) => ({
    ...r,
    selfScore: canonicalScore(r.selfScore),
    reviewScore: canonicalScore(r.reviewScore),
    difference: canonicalScore(r.difference),
  }));
}

export interface DepartmentProgressRow {
  departmentId: string;
  /** Units whose review by this department is complete (the workflow says so). */
  complete: number;
  /** Units with this department's review under way. */
  reviewing: number;
  /** Units with items this department returned, not yet resubmitted. */
  returned: number;
  /** Units not yet submitted to review. */
  pending: number;
  /** Reviewing or returned after the cycle's review deadline. */
  overdue: number;
}

/** Per department, how far its review of the cycle's units has come. */
export async function departmentProgress(
  db: DbOrTx,
  q: CycleQuery & { now: Date },
): Promise<DepartmentProgressRow[]> {
  // Counts cast to int: a number on both engines, as the row's type says.
  const { rows } = await sql<DepartmentProgressRow>`
    with statuses as (
      select d.key as department_id, d.value #>> '{}' as status
      from assessments a
      cross join lateral jsonb_each(a.snapshot->'context'->'departments') as d
      ${unitTypeJoin(q.unitTypeId)}
      where a.cycle_id = ${q.cycleId}
    ),
    deadline as (
      select due_at from cycle_deadlines where cycle_id = ${q.cycleId} and stage = 'review'
    )
    select department_id as "departmentId",
           count(*) filter (where status = 'complete')::int as complete,
           count(*) filter (where status = 'reviewing')::int as reviewing,
           count(*) filter (where status = 'returned')::int as returned,
           count(*) filter (where status = 'pending')::int as pending,
           count(*) filter (where status in ('reviewing', 'returned')
                              and (select due_at from deadline) < ${q.now})::int as overdue
    from statuses
    group by department_id
    order by department_id collate "C"
  `.execute(db);
  return rows;
}

export interface BonusListRow {
  assessmentId: string;
  unitName: string;
  bonusItemId: string;
  points: string;
  reason: string;
  awardedBy: string;
  awardedAt: Date;
}

/** 加分项一览: every bonus award of a cycle that stands, with its reason. */
export async function bonusList(db: DbOrTx, q: CycleQuery): Promise<BonusListRow[]> {
  const rows = await db
    .selectFrom('bonusAwards as b')
    .innerJoin('assessments as a', 'a.id', 'b.assessmentId')
    .innerJoin('units as u', 'u.id', 'a.unitId')
    .select([
      'b.assessmentId',
      'u.name as unitName',
      'b.bonusItemId',
      sql<string>`b.points::text`.as('points'),
      'b.reason',
      'b.awardedBy',
      'b.awardedAt',
    ])
    .where('a.cycleId', '=', q.cycleId)
    .$if(q.unitTypeId !== undefined, (b) =>
      b.where(sql<boolean>`exists (select 1 from cycle_units cuf where cuf.cycle_id = a.cycle_id
        and cuf.unit_id = a.unit_id and cuf.unit_type_id = ${q.unitTypeId})`),
    )
    .where('b.revokedAt', 'is', null)
    .orderBy(sql`u.name collate "C"`)
    .orderBy('b.awardedAt')
    .execute();
  return rows.map((r) => ({ ...r, points: canonicalScore(r.points) }));
}
