/**
 * Results for the chairman's office and the federation, computed in SQL over exact
 * numerics (issue 7). Figures are the stored review scores (each computed by the domain
 * engine when saved) plus bonus points after the rubric's caps; the rank is within the
 * unit type, ties share a rank, and only approved assessments are ranked.
 */
import { formatCenti, type ListResult } from '@kaohe/domain';
import { type RawBuilder, sql } from 'kysely';
import { limitOffset, matchesTerm, type PageRequest } from './search.ts';
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

export interface RankingRow {
  assessmentId: string;
  unitId: string;
  unitName: string;
  unitTypeId: string;
  stage: string;
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
}

/**
 * The CTEs `scope` (the assessments asked for, with their rubric), `bonus` (加分 per
 * assessment after each bonus item's cap, then the rubric's overall cap, as the domain's
 * scoreBonus does; awards to a bonus item the rubric does not have count for nothing, as
 * there) and `subtotals` (合计 of self and review scores per assessment; with `cells`,
 * also every item's scores as "itemId,self,review;…" from the same pass). `where` is a
 * condition on the assessments, alias `a`, that picks the scope.
 *
 * Built for 10,000 units: the item scores are read once, in assessment order, from the
 * covering index item_scores_report_idx (migration 0003), merge-joined to the assessments
 * (a CTE in between made PostgreSQL probe the index once per assessment instead).
 */
export function totalsCtes(
  where: RawBuilder<unknown>,
  options: { cells?: boolean; self?: boolean } = {},
): RawBuilder<unknown> {
  return sql`
    scope as (
      select a.id, c.rubric_id from assessments a join cycles c on c.id = a.cycle_id
      where ${where}
    ),
    caps as materialized (
      select r.id as rubric_id, (b->>'id') as bonus_item_id,
             nullif(b->>'cap', '')::numeric as cap,
             nullif(r.document->>'bonusCap', '')::numeric as overall_cap
      from rubrics r
      cross join lateral jsonb_array_elements(r.document->'bonusItems') as b
    ),
    awarded as (
      select ba.assessment_id, ba.bonus_item_id, sum(ba.points) as points
      from bonus_awards ba
      where ba.revoked_at is null and ba.assessment_id in (select id from scope)
      group by ba.assessment_id, ba.bonus_item_id
    ),
    bonus as (
      select aw.assessment_id,
             case when max(caps.overall_cap) is null
                  then sum(coalesce(least(aw.points, caps.cap), aw.points))
                  else least(sum(coalesce(least(aw.points, caps.cap), aw.points)),
                             max(caps.overall_cap)) end as bonus
      from awarded aw
      join scope on scope.id = aw.assessment_id
      join caps on caps.rubric_id = scope.rubric_id and caps.bonus_item_id = aw.bonus_item_id
      group by aw.assessment_id
    ),
    subtotals as (
      select s.assessment_id, sum(s.review_score) as subtotal
             ${options.self || options.cells ? sql`, sum(s.self_score) as self_subtotal` : sql``}
             ${
               options.cells
                 ? sql`, string_agg(concat(s.item_id, ',', s.self_score, ',', s.review_score), ';') as cells`
                 : sql``
             }
      from item_scores s
      join assessments a on a.id = s.assessment_id
      where ${where}
      group by s.assessment_id
    )`;
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
  return (await rankingRows(db, q)).rows;
}

export interface RankingSearch extends CycleQuery, PageRequest {
  /** Part of the unit's name or code; the rank stays the one over the whole unit type. */
  q?: string | undefined;
}

/**
 * One page of the ranking of the units whose name or code contains the term: ranked first
 * over the whole unit type, then filtered, so a search never changes a unit's rank. The
 * unit types come in the cycle's rubric order (区县, 开发区, 局), as the reports page shows
 * them; within a type, the ranking's order.
 */
export async function rankingPage(db: DbOrTx, s: RankingSearch): Promise<ListResult<RankingRow>> {
  const page = await rankingRows(db, s, { q: s.q, ...limitOffset(s) });
  if (page.rows.length > 0 || s.page === 1) return page;
  // Past the last page: the window count came with no row, so count on their own.
  const all = await rankingRows(db, s, { q: s.q, limit: 0, offset: 0, countOnly: true });
  return { rows: [], total: all.total };
}

async function rankingRows(
  db: DbOrTx,
  q: CycleQuery,
  page?: { q: string | undefined; limit: number; offset: number; countOnly?: boolean },
): Promise<ListResult<RankingRow>> {
  const { rows } = await sql<{
    assessmentId: string;
    unitId: string;
    unitName: string;
    unitTypeId: string;
    stage: string;
    subtotal: string | null;
    bonus: string;
    awarded: string | null;
    total: string | null;
    rank: number | null;
    matching: number | string;
  }>`
    with ${totalsCtes(cycleScope(q))},
    totals as (
      select a.id as assessment_id, a.unit_id, u.name as unit_name, cu.unit_type_id, a.stage,
             s.subtotal, coalesce(b.bonus, 0) as bonus, aw.points as awarded
      from scope
      join assessments a on a.id = scope.id
      join cycle_units cu on cu.cycle_id = a.cycle_id and cu.unit_id = a.unit_id
      join units u on u.id = a.unit_id
      left join subtotals s on s.assessment_id = a.id
      left join bonus b on b.assessment_id = a.id
      left join (select assessment_id, sum(points) as points from awarded group by assessment_id) aw
        on aw.assessment_id = a.id
    ),
    ranked as (
      select assessment_id, unit_id, unit_name, unit_type_id, stage, subtotal, bonus, awarded,
             case when stage = 'approved'
                  then rank() over (partition by unit_type_id, stage = 'approved'
                                    order by subtotal + bonus desc nulls last)
             end as rank
      from totals
    ),
    type_order as (
      select t->>'id' as unit_type_id, n
      from cycles c join rubrics r on r.id = c.rubric_id
      cross join lateral jsonb_array_elements(r.document->'unitTypes') with ordinality as x(t, n)
      where c.id = ${q.cycleId}
    )
    select assessment_id as "assessmentId", unit_id as "unitId", unit_name as "unitName",
           ranked.unit_type_id as "unitTypeId", stage,
           subtotal::text as subtotal, bonus::text as bonus, awarded::text as awarded,
           (subtotal + bonus)::text as total, rank,
           ${page ? sql`count(*) over ()` : sql`0`} as matching
    from ranked
    left join type_order o on o.unit_type_id = ranked.unit_type_id
    where ${page ? matchesTerm([sql.ref('unit_name'), sql.ref('unit_id')], page.q) : sql`true`}
    order by ${page ? sql`o.n nulls last,` : sql``} ranked.unit_type_id,
             (stage = 'approved') desc, subtotal + bonus desc nulls last,
             unit_name collate "C", unit_id
    ${page?.countOnly ? sql`limit 1` : page ? sql`limit ${page.limit} offset ${page.offset}` : sql``}
  `.execute(db);
  return {
    rows: page?.countOnly
      ? []
      : rows.map(({ matching: _, ...r }) => ({
          ...r,
          approved: r.stage === 'approved',
          subtotal: canonicalNumeric(r.subtotal ?? undefined),
          bonus: canonicalNumeric(r.bonus) ?? '0',
          awarded: canonicalNumeric(r.awarded ?? undefined),
          total: canonicalNumeric(r.total ?? undefined),
          rank: r.rank === null ? null : Number(r.rank),
        })),
    total: page ? Number(rows[0]?.matching ?? 0) : rows.length,
  };
}

export interface CategorySubtotalRow {
  assessmentId: string;
  categoryId: string;
  selfSubtotal: string | null;
  reviewSubtotal: string | null;
}

/** Category subtotals (自评 and 考评) of every assessment of a cycle. */
export async function categorySubtotals(db: DbOrTx, q: CycleQuery): Promise<CategorySubtotalRow[]> {
  const rows = await db
    .selectFrom('itemScores as s')
    .innerJoin('assessments as a', 'a.id', 's.assessmentId')
    .innerJoin('cycles as c', 'c.id', 'a.cycleId')
    .innerJoin('rubricItems as ri', (j) =>
      j.onRef('ri.rubricId', '=', 'c.rubricId').onRef('ri.itemId', '=', 's.itemId'),
    )
    .select([
      's.assessmentId',
      'ri.categoryId',
      sql<string | null>`sum(s.self_score)::text`.as('selfSubtotal'),
      sql<string | null>`sum(s.review_score)::text`.as('reviewSubtotal'),
    ])
    .where('a.cycleId', '=', q.cycleId)
    .$if(q.unitTypeId !== undefined, (b) =>
      b.where(sql<boolean>`exists (select 1 from cycle_units cuf where cuf.cycle_id = a.cycle_id
        and cuf.unit_id = a.unit_id and cuf.unit_type_id = ${q.unitTypeId})`),
    )
    .groupBy(['s.assessmentId', 'ri.categoryId'])
    .orderBy('s.assessmentId')
    .orderBy('ri.categoryId')
    .execute();
  return rows.map((r) => ({
    ...r,
    selfSubtotal: canonicalScore(r.selfSubtotal),
    reviewSubtotal: canonicalScore(r.reviewSubtotal),
  }));
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
  const { rows } = await sql<{
    departmentId: string;
    complete: number;
    reviewing: number;
    returned: number;
    pending: number;
    overdue: number;
  }>`
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
  return rows.map((r) => ({
    departmentId: r.departmentId,
    complete: Number(r.complete),
    reviewing: Number(r.reviewing),
    returned: Number(r.returned),
    pending: Number(r.pending),
    overdue: Number(r.overdue),
  }));
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
