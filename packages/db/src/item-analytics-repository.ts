/**
 * How a cycle's items behaved (issue 19), computed in SQL on the kept data: per item the
 * distribution of review scores, self against review (overall and by department), the
 * returns from the audit trail with their reasons grouped, how well the item separates
 * units, and its evidence; per criterion what the reviews recorded.
 *
 * Numbers: scores are numeric(6, 2) and every sum, mean and spread is taken in numeric,
 * exactly, then rounded half away from zero: means, cuts and spreads to 0.01, rates to
 * 0.0001 (0 to 1). The counts behind every rate are returned beside it. The one figure in
 * floating point is the discrimination, PostgreSQL's corr() over float8, rounded to 0.001
 * (a correlation needs no more). Items are matched across cycles by their stable id.
 *
 * What counts: an item score with a review score (考评分), of any stage, of the cycle's
 * units (optionally of one unit type, the type the cycle began with).
 */

import { isResultStage } from '@kaohe/workflow/browser';
import { type RawBuilder, sql } from 'kysely';
import { type CycleQuery, canonicalNumeric } from './report-repository.ts';
import type { DbOrTx } from './transaction.ts';

export interface ItemFigures {
  cycleId: string;
  itemId: string;
  /** 序号 in the cycle's rubric; null for an item the rubric no longer has. */
  number: number | null;
  categoryId: string | null;
  baseScore: string | null;
  /** Units of the cycle in scope (each has every item). */
  units: number;
  /** Units with a review score for the item: the population of the figures below. */
  reviewed: number;
  fullMarkCount: number;
  /** fullMarkCount / reviewed, 0 to 1 to four places; null when nothing was reviewed. */
  fullMarkRate: number | null;
  zeroCount: number;
  zeroRate: number | null;
  /** Mean review score (0.01). */
  mean: string | null;
  /** Population standard deviation of the review scores (0.01). */
  spread: string | null;
  /** Reviewed units that also have a self score. */
  compared: number;
  /** … whose review score differs from the self score. */
  changedCount: number;
  changedRate: number | null;
  /** Mean of self − review over the compared units (0.01): positive, the review cut. */
  meanCut: string | null;
  /**
   * Correlation of the item's review score with the rest of the unit's 合计 (Pearson, over
   * the reviewed units; 0.001). Near 0 or below: the item does not separate units as the
   * rest of the table does. null when the item (or the rest) is the same for everyone.
   */
  discrimination: number | null;
  /** 退回: times the item was returned to a unit, and how many units it was returned to. */
  returns: number;
  unitsReturned: number;
  /** 申诉 filed on the item in the cycle (issue 14); null only where no count applies. */
  appeals: number | null;
  /** Live evidence files and the units with at least one / with none. */
  files: number;
  unitsWithEvidence: number;
  unitsWithoutEvidence: number;
}

export interface DepartmentChangeRow {
  itemId: string | null;
  departmentId: string;
  compared: number;
  changedCount: number;
  changedRate: number | null;
  meanCut: string | null;
}

export interface ReturnReasonRow {
  itemId: string;
  departmentId: string;
  reason: string;
  count: number;
}

export interface CriterionFiguresRow {
  itemId: string;
  criterionId: string;
  /** Reviews that recorded an input for the criterion. */
  answered: number;
  /** award/passFail without a threshold: share met. */
  metRate: number | null;
  /** veto: share triggered. */
  triggeredRate: number | null;
  /** deduction: mean occurrences (0.01). */
  meanCount: string | null;
  /** holistic: mean judged value (0.01). */
  meanValue: string | null;
  /** thresholds: mean reported rate in percent (0.01). */
  meanRatePercent: string | null;
  /** levels: how many chose each level ("" for none). */
  levels: Record<string, number>;
}

const num = (v: unknown): number => Number(v ?? 0);
const rate = (v: string | null): number | null => (v === null ? null : Number(v));
const score = (v: string | null): string | null => canonicalNumeric(v ?? undefined);

function scopeCte(where: RawBuilder<unknown>): RawBuilder<unknown> {
  // Not materialized: each use is planned with its own join (a materialized CTE also
  // keeps the scans from running in parallel).
  return sql`scope as not materialized (
      select a.id, a.cycle_id
      from assessments a
      join cycle_units cu on cu.cycle_id = a.cycle_id and cu.unit_id = a.unit_id
      where ${where}
    )`;
}

function whereOf(q: { cycleIds?: string[]; unitTypeId?: string }): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (q.cycleIds !== undefined) {
    parts.push(q.cycleIds.length === 0 ? sql`false` : sql`a.cycle_id in (${sql.join(q.cycleIds)})`);
  }
  if (q.unitTypeId !== undefined) parts.push(sql`cu.unit_type_id = ${q.unitTypeId}`);
  return sql.join(parts, sql` and `);
}

/** A row of the item figures' SQL as ItemFigures (shared with bench/item-analytics-before.ts). */
export function toItemFigures(r: Record<string, string | number | null>): ItemFigures {
  const units = num(r.units);
  const withEvidence = num(r.unitsWithEvidence);
  return {
    cycleId: String(r.cycleId),
    itemId: String(r.itemId),
    number: r.number === null ? null : num(r.number),
    categoryId: (r.categoryId as string | null) ?? null,
    baseScore: score(r.baseScore as string | null),
    units,
    reviewed: num(r.reviewed),
    fullMarkCount: num(r.fullMarkCount),
    fullMarkRate: rate(r.fullMarkRate as string | null),
    zeroCount: num(r.zeroCount),
    zeroRate: rate(r.zeroRate as string | null),
    mean: score(r.mean as string | null),
    spread: score(r.spread as string | null),
    compared: num(r.compared),
    changedCount: num(r.changedCount),
    changedRate: rate(r.changedRate as string | null),
    meanCut: score(r.meanCut as string | null),
    discrimination: rate(r.discrimination as string | null),
    returns: num(r.returns),
    unitsReturned: num(r.unitsReturned),
    appeals: num(r.appeals),
    files: num(r.files),
    unitsWithEvidence: withEvidence,
    unitsWithoutEvidence: units - withEvidence,
  };
}

/**
 * The per-item figures of some cycles (all when `cycleIds` is absent), a row per cycle
 * and item, in cycle then table order.
 */
export async function itemFigures(
  db: DbOrTx,
  q: { cycleIds?: string[]; unitTypeId?: string; itemId?: string },
): Promise<ItemFigures[]> {
  // One item across cycles (its trend) reads that item's scores only.
  const oneItem = (column: RawBuilder<unknown>) =>
    q.itemId === undefined ? sql`true` : sql`${column} = ${q.itemId}`;
  const { rows } = await sql<Record<string, string | number | null>>`
    with ${scopeCte(whereOf(q))},
    population as (select cycle_id, count(*) as units from scope group by cycle_id),
    -- The item's "rest of the total" is the unit's kept 合计 (assessment_totals, in
    -- hundredths, kept exact by every write: totals-repository.ts) less the item: one read
    -- of the item rows, none to sum them per unit first. An integer of hundredths divided
    -- by 100 in float8 is the nearest double to the exact rest, as numeric::float8 is.
    scored as (
      select scope.cycle_id, s.item_id, s.base_score, s.self_score, s.review_score,
             (t.review_subtotal - (s.review_score * 100)::integer)::float8 / 100 as rest
      from item_scores s
      join scope on scope.id = s.assessment_id
      join assessment_totals t on t.assessment_id = s.assessment_id
      where s.review_score is not null and ${oneItem(sql`s.item_id`)}
    ),
    figures as (
      select cycle_id, item_id,
             count(*) as reviewed,
             count(*) filter (where review_score = base_score) as full_count,
             count(*) filter (where review_score = 0) as zero_count,
             avg(review_score) as mean,
             stddev_pop(review_score) as spread,
             count(*) filter (where self_score is not null) as compared,
             count(*) filter (where self_score is not null and self_score <> review_score) as changed,
             avg(self_score - review_score) filter (where self_score is not null) as mean_cut,
             corr(review_score::float8, rest) as discrimination
      from scored
      group by cycle_id, item_id
    ),
    returns as (
      select scope.cycle_id, e.item_id, count(*) as returns,
             count(distinct e.assessment_id) as units_returned
      from audit_events e
      join scope on scope.id = e.assessment_id
      where e.action = 'itemReview.return' and e.item_id is not null
        and ${oneItem(sql`e.item_id`)}
      group by scope.cycle_id, e.item_id
    ),
    files as (
      select scope.cycle_id, ev.item_id, count(*) as files,
             count(distinct ev.assessment_id) as units_with
      from evidence ev
      join scope on scope.id = ev.assessment_id
      where ev.deleted_at is null and ${oneItem(sql`ev.item_id`)}
      group by scope.cycle_id, ev.item_id
    ),
    appealed as (
      select scope.cycle_id, ap.target as item_id, count(*) as appeals
      from appeals ap
      join scope on scope.id = ap.assessment_id
      where ${oneItem(sql`ap.target`)}
      group by scope.cycle_id, ap.target
    ),
    -- The cycle's rubric items, and any item scored that the rubric does not name.
    items as (
      select c.id as cycle_id, ri.item_id
      from cycles c join rubric_items ri on ri.rubric_id = c.rubric_id
      where c.id in (select cycle_id from population) and ${oneItem(sql`ri.item_id`)}
      union
      select cycle_id, item_id from figures
    )
    select it.cycle_id as "cycleId", it.item_id as "itemId", ri.number,
           ri.category_id as "categoryId", ri.base_score::text as "baseScore",
           p.units, coalesce(f.reviewed, 0) as reviewed,
           coalesce(f.full_count, 0) as "fullMarkCount",
           round(f.full_count::numeric / nullif(f.reviewed, 0), 4)::text as "fullMarkRate",
           coalesce(f.zero_count, 0) as "zeroCount",
           round(f.zero_count::numeric / nullif(f.reviewed, 0), 4)::text as "zeroRate",
           round(f.mean, 2)::text as mean, round(f.spread, 2)::text as spread,
           coalesce(f.compared, 0) as compared, coalesce(f.changed, 0) as "changedCount",
           round(f.changed::numeric / nullif(f.compared, 0), 4)::text as "changedRate",
           round(f.mean_cut, 2)::text as "meanCut",
           round(f.discrimination::numeric, 3)::text as discrimination,
           coalesce(r.returns, 0) as returns, coalesce(r.units_returned, 0) as "unitsReturned",
           coalesce(ap.appeals, 0) as appeals,
           coalesce(fl.files, 0) as files, coalesce(fl.units_with, 0) as "unitsWithEvidence"
    from items it
    join cycles c on c.id = it.cycle_id
    join population p on p.cycle_id = it.cycle_id
    left join rubric_items ri on ri.rubric_id = c.rubric_id and ri.item_id = it.item_id
    left join figures f on f.cycle_id = it.cycle_id and f.item_id = it.item_id
    left join returns r on r.cycle_id = it.cycle_id and r.item_id = it.item_id
    left join files fl on fl.cycle_id = it.cycle_id and fl.item_id = it.item_id
    left join appealed ap on ap.cycle_id = it.cycle_id and ap.item_id = it.item_id
    order by c.year, c.created_at, it.cycle_id, ri.number nulls last, it.item_id
  `.execute(db);
  return rows.map(toItemFigures);
}

/**
 * Self against review by department: per item and department, and per department over
 * all its items (itemId null). A shared item's change is counted for each department that
 * reviews it (the combined score is what the unit sees changed).
 */
export async function departmentChanges(db: DbOrTx, q: CycleQuery): Promise<DepartmentChangeRow[]> {
  const { rows } = await sql<Record<string, string | number | null>>`
    with ${scopeCte(whereOf({ cycleIds: [q.cycleId], unitTypeId: q.unitTypeId }))}
    select r.item_id as "itemId", r.department_id as "departmentId",
           count(*) as compared,
           count(*) filter (where r.self_score <> r.item_review_score) as changed,
           round((count(*) filter (where r.self_score <> r.item_review_score))::numeric
                 / count(*), 4)::text as "changedRate",
           round(avg(r.self_score - r.item_review_score), 2)::text as "meanCut"
    from item_reviews r
    join scope on scope.id = r.assessment_id
    where r.self_score is not null and r.item_review_score is not null
    group by grouping sets ((r.department_id, r.item_id), (r.department_id))
    order by r.department_id collate "C", r.item_id nulls first
  `.execute(db);
  return rows.map((r) => ({
    itemId: (r.itemId as string | null) ?? null,
    departmentId: String(r.departmentId),
    compared: num(r.compared),
    changedCount: num(r.changed),
    changedRate: rate(r.changedRate as string | null),
    meanCut: score(r.meanCut as string | null),
  }));
}

/** 退回 reasons per item and department, the same words (trimmed) counted together, most first. */
export async function returnReasons(db: DbOrTx, q: CycleQuery): Promise<ReturnReasonRow[]> {
  const { rows } = await sql<Record<string, string | number>>`
    with ${scopeCte(whereOf({ cycleIds: [q.cycleId], unitTypeId: q.unitTypeId }))}
    select e.item_id as "itemId", split_part(e.entity_id, '/', 3) as "departmentId",
           btrim(coalesce(e.reason, '')) as reason, count(*) as count
    from audit_events e
    join scope on scope.id = e.assessment_id
    where e.action = 'itemReview.return' and e.item_id is not null
    group by 1, 2, 3
    order by 1, count(*) desc, 3
  `.execute(db);
  return rows.map((r) => ({
    itemId: String(r.itemId),
    departmentId: String(r.departmentId),
    reason: String(r.reason),
    count: num(r.count),
  }));
}

/** A row of the per-criterion SQL as CriterionFiguresRow (shared with the benchmark's "before"). */
export function toCriterionFigures(r: Record<string, string | number | null>): CriterionFiguresRow {
  return {
    itemId: String(r.itemId),
    criterionId: String(r.criterionId),
    answered: num(r.answered),
    metRate: rate(r.metRate as string | null),
    triggeredRate: rate(r.triggeredRate as string | null),
    meanCount: score(r.meanCount as string | null),
    meanValue: score(r.meanValue as string | null),
    meanRatePercent: score(r.meanRatePercent as string | null),
    levels: r.levels === null ? {} : (JSON.parse(String(r.levels)) as Record<string, number>),
  };
}

/**
 * Per criterion, what the departments recorded in their reviews (the inputs, not the score).
 * The reviews' inputs repeat (the same answers of an item again and again), so each distinct
 * inputs of an item is taken apart once and weighted by how often it was recorded: sums of
 * n × value over sums of n are the means over every review, exactly (numeric).
 */
export async function criterionFigures(db: DbOrTx, q: CycleQuery): Promise<CriterionFiguresRow[]> {
  const { rows } = await sql<Record<string, string | number | null>>`
    with ${scopeCte(whereOf({ cycleIds: [q.cycleId], unitTypeId: q.unitTypeId }))},
    -- Materialized: pushed into the scan, the test of each row's kind below misleads the
    -- planner into sorting every review's inputs instead of hashing them.
    recorded as materialized (
      select r.item_id, r.review_inputs, count(*) as n
      from item_reviews r
      join scope on scope.id = r.assessment_id
      where r.review_inputs is not null
      group by r.item_id, r.review_inputs
    ),
    answers as (
      select d.item_id, kv.key as criterion_id, kv.value as v, d.n
      from recorded d
      cross join lateral jsonb_each(d.review_inputs) as kv
      where jsonb_typeof(d.review_inputs) = 'object'
    ),
    levels as (
      select item_id, criterion_id, jsonb_object_agg(level, n) as levels
      from (select item_id, criterion_id, coalesce(v->>'levelId', '') as level, sum(n) as n
            from answers where v ? 'levelId' group by 1, 2, 3) l
      group by 1, 2
    ),
    figures as (
      select item_id, criterion_id, n,
             case when v ? 'met' then n end as met_of,
             case when v->>'met' = 'true' then n end as met,
             case when v ? 'triggered' then n end as triggered_of,
             case when v->>'triggered' = 'true' then n end as triggered,
             case when jsonb_typeof(v->'count') = 'number' then n end as count_of,
             case when jsonb_typeof(v->'count') = 'number' then n * (v->>'count')::numeric end
               as count_sum,
             case when v->>'value' ~ '^[0-9]+(\\.[0-9]+)?$' then n end as value_of,
             case when v->>'value' ~ '^[0-9]+(\\.[0-9]+)?$' then n * (v->>'value')::numeric end
               as value_sum,
             case when jsonb_typeof(v->'numerator') = 'number'
                   and jsonb_typeof(v->'denominator') = 'number'
                   and (v->>'denominator')::numeric <> 0 then n end as rate_of,
             case when jsonb_typeof(v->'numerator') = 'number'
                   and jsonb_typeof(v->'denominator') = 'number'
                   and (v->>'denominator')::numeric <> 0
                  then n * (100 * (v->>'numerator')::numeric / (v->>'denominator')::numeric) end
               as rate_sum
      from answers
    )
    select f.item_id as "itemId", f.criterion_id as "criterionId", sum(f.n) as answered,
           round(coalesce(sum(f.met), 0)::numeric / nullif(sum(f.met_of), 0), 4)::text as "metRate",
           round(coalesce(sum(f.triggered), 0)::numeric / nullif(sum(f.triggered_of), 0), 4)::text
             as "triggeredRate",
           round(sum(f.count_sum) / sum(f.count_of), 2)::text as "meanCount",
           round(sum(f.value_sum) / sum(f.value_of), 2)::text as "meanValue",
           round(sum(f.rate_sum) / sum(f.rate_of), 2)::text as "meanRatePercent",
           max(l.levels::text) as levels
    from figures f
    left join levels l on l.item_id = f.item_id and l.criterion_id = f.criterion_id
    group by f.item_id, f.criterion_id
    order by f.item_id, f.criterion_id
  `.execute(db);
  return rows.map(toCriterionFigures);
}

export interface RecordedAnswers {
  assessmentId: string;
  unitId: string;
  unitName: string;
  unitTypeId: string;
  approved: boolean;
  /** Every department's review inputs of an item, merged (each judges its own criteria). */
  inputs: Record<string, Record<string, unknown>>;
  reviewScores: Record<string, string | null>;
  bonus: Array<{ bonusItemId: string; points: string }>;
}

/** A cycle's recorded review answers, for the what-if re-score. Reads only. */
export async function recordedAnswers(db: DbOrTx, cycleId: string): Promise<RecordedAnswers[]> {
  const assessments = await db
    .selectFrom('assessments as a')
    .innerJoin('cycleUnits as cu', (j) =>
      j.onRef('cu.cycleId', '=', 'a.cycleId').onRef('cu.unitId', '=', 'a.unitId'),
    )
    .innerJoin('units as u', 'u.id', 'a.unitId')
    .select(['a.id', 'a.unitId', 'u.name', 'cu.unitTypeId', 'a.stage'])
    .where('a.cycleId', '=', cycleId)
    .orderBy('cu.unitTypeId')
    .orderBy(sql`u.name collate "C"`)
    .orderBy('a.unitId')
    .execute();
  const out = new Map<string, RecordedAnswers>(
    assessments.map((a) => [
      a.id,
      {
        assessmentId: a.id,
        unitId: a.unitId,
        unitName: a.name,
        unitTypeId: a.unitTypeId,
        approved: isResultStage(a.stage),
        inputs: {},
        reviewScores: {},
        bonus: [],
      },
    ]),
  );
  // One row per assessment (a row per item review, 35 a unit, costs far more to carry than
  // to parse: PGlite above all). The inputs repeat (the same answers again and again), so
  // each distinct inputs is sent once, in the first row's dictionary, and an assessment's
  // reviews name theirs by number: no inputs taken apart and put together in SQL.
  const { rows } = await sql<{
    id: string | null;
    scores: string | null;
    refs: string | null;
    dictionary: string | null;
  }>`
    with reviews as materialized (
      select r.assessment_id, r.item_id, r.review_inputs
      from item_reviews r
      where r.cycle_id = ${cycleId} and r.review_inputs is not null
    ),
    dictionary as materialized (
      select review_inputs, (row_number() over ())::integer - 1 as k
      from (select distinct review_inputs from reviews
            where jsonb_typeof(review_inputs) = 'object' and review_inputs <> '{}'::jsonb) d
    ),
    refs as (
      select v.assessment_id, json_agg(json_build_array(v.item_id, d.k))::text as refs
      from reviews v join dictionary d on d.review_inputs = v.review_inputs
      group by v.assessment_id
    ),
    scores as (
      select s.assessment_id, json_object_agg(s.item_id, s.review_score::text)::text as scores
      from item_scores s join assessments a on a.id = s.assessment_id
      where a.cycle_id = ${cycleId}
      group by s.assessment_id
    )
    select null as id, null as scores, null as refs,
           (select jsonb_agg(review_inputs order by k) from dictionary)::text as dictionary
    union all
    select a.id, sc.scores, r.refs, null
    from assessments a
    left join scores sc on sc.assessment_id = a.id
    left join refs r on r.assessment_id = a.id
    where a.cycle_id = ${cycleId}`.execute(db);
  const dictionary = JSON.parse(rows.find((r) => r.id === null)?.dictionary ?? '[]') as Array<
    Record<string, unknown>
  >;
  for (const r of rows) {
    if (r.id === null) continue;
    const a = out.get(r.id)!;
    if (r.refs !== null) {
      // Every department's inputs of an item merged (each judges its own criteria); one
      // department's inputs are the dictionary's object itself (read only, never changed).
      for (const [itemId, k] of JSON.parse(r.refs) as Array<[string, number]>) {
        const earlier = a.inputs[itemId];
        a.inputs[itemId] = earlier ? { ...earlier, ...dictionary[k] } : dictionary[k]!;
      }
    }
    if (r.scores !== null) {
      for (const [itemId, v] of Object.entries(
        JSON.parse(r.scores) as Record<string, string | null>,
      )) {
        a.reviewScores[itemId] = score(v);
      }
    }
  }
  const awards = await db
    .selectFrom('bonusAwards as b')
    .innerJoin('assessments as a', 'a.id', 'b.assessmentId')
    .select(['b.assessmentId', 'b.bonusItemId', sql<string>`b.points::text`.as('points')])
    .where('a.cycleId', '=', cycleId)
    .where('b.revokedAt', 'is', null)
    .execute();
  for (const b of awards) {
    out.get(b.assessmentId)!.bonus.push({ bonusItemId: b.bonusItemId, points: b.points });
  }
  return [...out.values()];
}
