/**
 * Results for the chairman's office and the federation, computed in SQL over exact
 * numerics (issue 7). Figures are the stored review scores (each computed by the domain
 * engine when saved) plus bonus points after the rubric's caps; the rank is within the
 * unit type, ties share a rank, and only approved assessments are ranked.
 */
import { sql } from 'kysely';
import type { DbOrTx } from './transaction.ts';
import { canonicalScore } from './values.ts';

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
  /** 总计 */
  total: string | null;
  /** Within the unit type among approved assessments; ties share (1, 1, 3); null when not approved. */
  rank: number | null;
}

export async function rankingReport(
  db: DbOrTx,
  q: { cycleId: string; unitTypeId?: string },
): Promise<RankingRow[]> {
  const { rows } = await sql<{
    assessmentId: string;
    unitId: string;
    unitName: string;
    unitTypeId: string;
    stage: string;
    subtotal: string | null;
    bonus: string;
    total: string | null;
    rank: number | null;
  }>`
    with caps as (
      select (b->>'id') as bonus_item_id, nullif(b->>'cap', '')::numeric as cap,
             nullif(r.document->>'bonusCap', '')::numeric as overall_cap
      from cycles c
      join rubrics r on r.id = c.rubric_id
      cross join lateral jsonb_array_elements(r.document->'bonusItems') as b
      where c.id = ${q.cycleId}
    ),
    bonus_per_item as (
      select ba.assessment_id, ba.bonus_item_id,
             case when caps.cap is null then sum(ba.points) else least(sum(ba.points), caps.cap) end as counted
      from bonus_awards ba
      join assessments a on a.id = ba.assessment_id and a.cycle_id = ${q.cycleId}
      left join caps on caps.bonus_item_id = ba.bonus_item_id
      where ba.revoked_at is null
      group by ba.assessment_id, ba.bonus_item_id, caps.cap
    ),
    bonus as (
      select bpi.assessment_id,
             case when max(caps.overall_cap) is null then sum(bpi.counted)
                  else least(sum(bpi.counted), max(caps.overall_cap)) end as bonus
      from bonus_per_item bpi
      left join (select distinct overall_cap from caps) caps on true
      group by bpi.assessment_id
    ),
    totals as (
      select a.id as assessment_id, a.unit_id, u.name as unit_name, cu.unit_type_id, a.stage,
             s.subtotal, coalesce(b.bonus, 0) as bonus
      from assessments a
      join cycle_units cu on cu.cycle_id = a.cycle_id and cu.unit_id = a.unit_id
      join units u on u.id = a.unit_id
      left join (
        select assessment_id, sum(review_score) as subtotal
        from item_scores group by assessment_id
      ) s on s.assessment_id = a.id
      left join bonus b on b.assessment_id = a.id
      where a.cycle_id = ${q.cycleId}
        and (${q.unitTypeId ?? null}::text is null or cu.unit_type_id = ${q.unitTypeId ?? null})
    )
    select assessment_id as "assessmentId", unit_id as "unitId", unit_name as "unitName",
           unit_type_id as "unitTypeId", stage,
           subtotal::text as subtotal, bonus::text as bonus, (subtotal + bonus)::text as total,
           case when stage = 'approved'
                then rank() over (partition by unit_type_id, stage = 'approved'
                                  order by subtotal + bonus desc nulls last)
           end as rank
    from totals
    order by unit_type_id, (stage = 'approved') desc, subtotal + bonus desc nulls last,
             unit_name collate "C", unit_id
  `.execute(db);
  return rows.map((r) => ({
    ...r,
    approved: r.stage === 'approved',
    subtotal: canonicalScore(r.subtotal),
    bonus: canonicalScore(r.bonus),
    total: canonicalScore(r.total),
    rank: r.rank === null ? null : Number(r.rank),
  }));
}

export interface CategorySubtotalRow {
  assessmentId: string;
  categoryId: string;
  selfSubtotal: string | null;
  reviewSubtotal: string | null;
}

/** Category subtotals (自评 and 考评) of every assessment of a cycle. */
export async function categorySubtotals(
  db: DbOrTx,
  cycleId: string,
): Promise<CategorySubtotalRow[]> {
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
    .where('a.cycleId', '=', cycleId)
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
  q: { cycleId: string; limit?: number },
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
  q: { cycleId: string; now: Date },
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
export async function bonusList(db: DbOrTx, cycleId: string): Promise<BonusListRow[]> {
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
    .where('a.cycleId', '=', cycleId)
    .where('b.revokedAt', 'is', null)
    .orderBy(sql`u.name collate "C"`)
    .orderBy('b.awardedAt')
    .execute();
  return rows.map((r) => ({ ...r, points: canonicalScore(r.points) }));
}
