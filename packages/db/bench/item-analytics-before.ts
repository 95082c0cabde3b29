/**
 * The item analytics' SQL as it was before decision 031, kept for the benchmark's
 * side-by-side "before" (as apps/server/bench/reports-before.ts keeps the reports'): the
 * "rest of the total" summed from the item rows on every call, every review's inputs taken
 * apart row by row, the what-if's answers merged in SQL. The benchmark checks that both
 * ways give the same figures. Not used by the product.
 */

import { type RawBuilder, sql } from 'kysely';
import {
  type CriterionFiguresRow,
  type CycleQuery,
  canonicalNumeric,
  type DbOrTx,
  type ItemFigures,
  toCriterionFigures,
  toItemFigures,
} from '../src/index.ts';

function scopeCte(where: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`scope as (
      select a.id, a.cycle_id, c.rubric_id
      from assessments a
      join cycles c on c.id = a.cycle_id
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

export async function itemFiguresBefore(
  db: DbOrTx,
  q: { cycleIds?: string[]; unitTypeId?: string; itemId?: string },
): Promise<ItemFigures[]> {
  // One item across cycles (its trend) reads that item's scores only.
  const oneItem = (column: RawBuilder<unknown>) =>
    q.itemId === undefined ? sql`true` : sql`${column} = ${q.itemId}`;
  const { rows } = await sql<Record<string, string | number | null>>`
    with ${scopeCte(whereOf(q))},
    population as (select cycle_id, count(*) as units from scope group by cycle_id),
    -- Each unit's 合计 once (hash aggregate over the covering index), then the item's
    -- "rest of the total" is 合计 − the item: no sort of every item score by unit.
    totals as (
      select s.assessment_id, sum(s.review_score) as subtotal
      from item_scores s
      join scope on scope.id = s.assessment_id
      where s.review_score is not null
      group by s.assessment_id
    ),
    scored as (
      select scope.cycle_id, s.assessment_id, s.item_id, s.base_score, s.self_score,
             s.review_score, t.subtotal - s.review_score as rest
      from item_scores s
      join scope on scope.id = s.assessment_id
      join totals t on t.assessment_id = s.assessment_id
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
             corr(review_score::float8, rest::float8) as discrimination
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

export async function criterionFiguresBefore(
  db: DbOrTx,
  q: CycleQuery,
): Promise<CriterionFiguresRow[]> {
  const { rows } = await sql<Record<string, string | number | null>>`
    with ${scopeCte(whereOf({ cycleIds: [q.cycleId], unitTypeId: q.unitTypeId }))},
    answers as (
      select r.item_id, kv.key as criterion_id, kv.value as v
      from item_reviews r
      join scope on scope.id = r.assessment_id
      cross join lateral jsonb_each(r.review_inputs) as kv
      where r.review_inputs is not null and jsonb_typeof(r.review_inputs) = 'object'
    ),
    levels as (
      select item_id, criterion_id, jsonb_object_agg(level, n) as levels
      from (select item_id, criterion_id, coalesce(v->>'levelId', '') as level, count(*) as n
            from answers where v ? 'levelId' group by 1, 2, 3) l
      group by 1, 2
    )
    select a.item_id as "itemId", a.criterion_id as "criterionId", count(*) as answered,
           round((count(*) filter (where a.v->>'met' = 'true'))::numeric
                 / nullif(count(*) filter (where a.v ? 'met'), 0), 4)::text as "metRate",
           round((count(*) filter (where a.v->>'triggered' = 'true'))::numeric
                 / nullif(count(*) filter (where a.v ? 'triggered'), 0), 4)::text as "triggeredRate",
           round(avg((a.v->>'count')::numeric) filter (where jsonb_typeof(a.v->'count') = 'number'), 2)::text
             as "meanCount",
           round(avg((a.v->>'value')::numeric)
                 filter (where a.v->>'value' ~ '^[0-9]+(\\.[0-9]+)?$'), 2)::text as "meanValue",
           round(avg(100 * (a.v->>'numerator')::numeric / nullif((a.v->>'denominator')::numeric, 0))
                 filter (where jsonb_typeof(a.v->'numerator') = 'number'
                           and jsonb_typeof(a.v->'denominator') = 'number'), 2)::text
             as "meanRatePercent",
           max(l.levels::text) as levels
    from answers a
    left join levels l on l.item_id = a.item_id and l.criterion_id = a.criterion_id
    group by a.item_id, a.criterion_id
    order by a.item_id, a.criterion_id
  `.execute(db);
  return rows.map(toCriterionFigures);
}

/** The what-if's answers as they were read: merged in SQL, a row per assessment. */
export async function recordedInputsBefore(
  db: DbOrTx,
  cycleId: string,
): Promise<Map<string, { inputs: unknown; reviewScores: Record<string, string | null> }>> {
  // One row per assessment with its scores and merged inputs as JSON text: a row per item
  // review (35 a unit) costs far more to carry than to parse (PGlite above all).
  const { rows } = await sql<{ id: string; scores: string | null; inputs: string | null }>`
    with merged as (
      select r.assessment_id, r.item_id, jsonb_object_agg(kv.key, kv.value) as inputs
      from item_reviews r
      cross join lateral jsonb_each(r.review_inputs) as kv
      where r.cycle_id = ${cycleId} and jsonb_typeof(r.review_inputs) = 'object'
      group by r.assessment_id, r.item_id
    ),
    inputs as (
      select assessment_id, jsonb_object_agg(item_id, inputs)::text as inputs
      from merged group by assessment_id
    ),
    scores as (
      select s.assessment_id, jsonb_object_agg(s.item_id, s.review_score::text)::text as scores
      from item_scores s join assessments a on a.id = s.assessment_id
      where a.cycle_id = ${cycleId}
      group by s.assessment_id
    )
    select a.id, sc.scores, i.inputs
    from assessments a
    left join scores sc on sc.assessment_id = a.id
    left join inputs i on i.assessment_id = a.id
    where a.cycle_id = ${cycleId}`.execute(db);
  const out = new Map<string, { inputs: unknown; reviewScores: Record<string, string | null> }>();
  for (const r of rows) {
    const reviewScores: Record<string, string | null> = {};
    for (const [itemId, v] of Object.entries(
      JSON.parse(r.scores ?? '{}') as Record<string, string | null>,
    )) {
      reviewScores[itemId] = canonicalNumeric(v ?? undefined);
    }
    out.set(r.id, { inputs: r.inputs === null ? {} : JSON.parse(r.inputs), reviewScores });
  }
  return out;
}
