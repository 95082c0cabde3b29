/**
 * The reports as they were before the kept totals (issue 17), kept for the benchmark's
 * side-by-side "before": the ranking and the category subtotals summed from the cycle's
 * item rows on every call (issue 7's SQL, unchanged). Not used by the product.
 */
import {
  type CategorySubtotalRow,
  type CycleQuery,
  canonicalNumeric,
  canonicalScore,
  cycleScope,
  type DbOrTx,
  type RankingRow,
} from '@kaohe/db';
import { type RawBuilder, sql } from 'kysely';

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
function totalsCtes(
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

/** The ranking's figures before issue 17 (grades and the honours bar came later). */
type RankingFigures = Omit<
  RankingRow,
  'grade' | 'barredFromHonours' | 'vetoedItemIds' | 'barredByHand'
>;

export async function rankingFromItemRows(db: DbOrTx, q: CycleQuery): Promise<RankingFigures[]> {
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
    )
    select assessment_id as "assessmentId", unit_id as "unitId", unit_name as "unitName",
           unit_type_id as "unitTypeId", stage,
           subtotal::text as subtotal, bonus::text as bonus, awarded::text as awarded,
           (subtotal + bonus)::text as total,
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
    subtotal: canonicalNumeric(r.subtotal ?? undefined),
    bonus: canonicalNumeric(r.bonus) ?? '0',
    awarded: canonicalNumeric(r.awarded ?? undefined),
    total: canonicalNumeric(r.total ?? undefined),
    rank: r.rank === null ? null : Number(r.rank),
  }));
}

/** Category subtotals (自评 and 考评) of every assessment of a cycle. */
export async function categorySubtotalsFromItemRows(
  db: DbOrTx,
  q: CycleQuery,
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

/**
 * 不予评先's vetoed items as they were read before migration 0016: every item review of the
 * cycle, inputs and all, tested against the rubric's veto criteria (grade-repository.ts's
 * query without the partial index's condition).
 */
export async function vetoedItemsBefore(db: DbOrTx, cycleId: string) {
  const { rows } = await sql<{ assessmentId: string; itemId: string }>`
    with vetoes as (
      select i->>'id' as item_id, cr->>'id' as criterion_id
      from cycles c
      join rubrics r on r.id = c.rubric_id
      cross join lateral jsonb_array_elements(r.document->'categories') as cat
      cross join lateral jsonb_array_elements(cat->'items') as i
      cross join lateral jsonb_array_elements(i->'rule'->'criteria') as cr
      where c.id = ${cycleId} and cr->>'kind' = 'veto'
    )
    select distinct ir.assessment_id as "assessmentId", ir.item_id as "itemId"
    from item_reviews ir
    join vetoes v on v.item_id = ir.item_id
    where ir.cycle_id = ${cycleId}
      and ir.review_inputs -> v.criterion_id ->> 'triggered' = 'true'
    order by 1, 2
  `.execute(db);
  return rows;
}
