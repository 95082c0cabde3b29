/**
 * The full matrix (units × items, self and review score of each) of a cycle, and one
 * unit's results year over year (issue 7). Built for 10,000 units: the scores of a row
 * travel from SQL as one text, "itemId,self,review;…", as in the review grid (building a
 * JSON value per cell doubled PostgreSQL's time there); item ids are [A-Za-z0-9._-] and
 * the rest are decimals, so the text cannot be ambiguous. Totals are the kept ones the
 * ranking reads (assessment_totals, issue 17).
 */
import { diffRubrics, formatCenti, type Rubric, rubricItems, toCenti } from '@kaohe/domain';
import { isResultStage, RESULT_STAGES } from '@kaohe/workflow/browser';
import { sql } from 'kysely';
import {
  type CycleQuery,
  canonicalNumeric,
  centiText,
  cycleScope,
  type UnitRow,
} from './report-repository.ts';
import type { DbOrTx } from './transaction.ts';
import { centiFromNumeric } from './values.ts';

export interface MatrixItem {
  id: string;
  /** 序号 */
  number: number;
  /** 考核内容 */
  title: string;
  categoryId: string;
  baseScore: string;
}

export interface MatrixRow extends UnitRow {
  approved: boolean;
  /** 自评 of each item, aligned with `Matrix.items`; null where not entered. */
  self: Array<string | null>;
  /** 考评 of each item, aligned with `Matrix.items`; null where not scored. */
  review: Array<string | null>;
  /** Sum of the self scores; null before any is entered. */
  selfTotal: string | null;
  /** 合计 of the review scores; null before any is scored. */
  reviewTotal: string | null;
  /** 加分 after the caps. */
  bonus: string;
  /** 总计 = 合计 + 加分, as the ranking. */
  total: string | null;
}

export interface Matrix {
  items: MatrixItem[];
  /** By unit type, then unit name (by code point), then unit id. */
  rows: MatrixRow[];
}

async function cycleRubric(
  db: DbOrTx,
  cycleId: string,
): Promise<{ rubricId: string; document: Rubric } | undefined> {
  return db
    .selectFrom('cycles as c')
    .innerJoin('rubrics as r', 'r.id', 'c.rubricId')
    .select(['r.id as rubricId', 'r.document'])
    .where('c.id', '=', cycleId)
    .executeTakeFirst();
}

/** The rubric's items in table order, as matrix columns. */
export function matrixItems(rubric: Rubric): MatrixItem[] {
  return rubricItems(rubric).map(({ item, category }) => ({
    id: item.id,
    number: item.number,
    title: item.content,
    categoryId: category.id,
    baseScore: formatCenti(toCenti(item.baseScore)),
  }));
}

export async function reportMatrix(db: DbOrTx, q: CycleQuery): Promise<Matrix> {
  const rubric = await cycleRubric(db, q.cycleId);
  if (!rubric) return { items: [], rows: [] };
  const items = matrixItems(rubric.document);
  const { rows } = await sql<
    UnitRow & {
      cells: string | null;
      selfTotal: number | null;
      reviewTotal: number | null;
      bonus: number | null;
      total: number | null;
    }
  >`
    with cells as (
      select s.assessment_id,
             string_agg(concat(s.item_id, ',', s.self_score, ',', s.review_score), ';') as cells
      from item_scores s
      join assessments a on a.id = s.assessment_id
      where ${cycleScope(q)}
      group by s.assessment_id
    )
    select a.id as "assessmentId", a.unit_id as "unitId", u.name as "unitName",
           cu.unit_type_id as "unitTypeId", a.stage, st.cells,
           t.self_subtotal as "selfTotal", t.review_subtotal as "reviewTotal",
           t.bonus, t.total
    from assessments a
    join cycle_units cu on cu.cycle_id = a.cycle_id and cu.unit_id = a.unit_id
    join units u on u.id = a.unit_id
    left join cells st on st.assessment_id = a.id
    left join assessment_totals t on t.assessment_id = a.id
    where ${cycleScope(q)}
    order by cu.unit_type_id collate "C", u.name collate "C", a.unit_id
  `.execute(db);

  const column = new Map(items.map((item, i) => [item.id, i]));
  return {
    items,
    rows: rows.map(({ cells: text, selfTotal, reviewTotal, bonus, total, ...unit }) => {
      // Two arrays aligned with the items, not an object per cell: 300,000 cells at 10,000
      // units, and allocating them was most of the time after SQL.
      const self: Array<string | null> = new Array(items.length).fill(null);
      const review: Array<string | null> = new Array(items.length).fill(null);
      // "itemId,self,review;…" read by index, not split(): half the time for 300,000 cells.
      const cells = text ?? '';
      for (let at = 0; at < cells.length; ) {
        const c1 = cells.indexOf(',', at);
        const c2 = cells.indexOf(',', c1 + 1);
        let end = cells.indexOf(';', c2 + 1);
        if (end < 0) end = cells.length;
        const i = column.get(cells.slice(at, c1));
        // A score of an item the rubric no longer has cannot be shown in a column.
        if (i !== undefined) {
          self[i] = canonicalNumeric(cells.slice(c1 + 1, c2));
          review[i] = canonicalNumeric(cells.slice(c2 + 1, end));
        }
        at = end + 1;
      }
      return {
        ...unit,
        approved: isResultStage(unit.stage),
        self,
        review,
        selfTotal: centiText(selfTotal),
        reviewTotal: centiText(reviewTotal),
        bonus: centiText(bonus) ?? '0',
        total: centiText(total),
      };
    }),
  };
}

export interface YearOverYearCycle {
  cycleId: string;
  cycleName: string;
  assessmentId: string;
  year: number;
  rubricId: string;
  stage: string;
  approved: boolean;
  /** 合计 of the review scores; null before any is scored. */
  subtotal: string | null;
  bonus: string;
  /** 总计, as the ranking; null before any item is scored. */
  total: string | null;
  /** In the rubric's category order; a subtotal is null before any item of it is scored. */
  categories: Array<{ categoryId: string; title: string; subtotal: string | null }>;
}

export interface YearOverYearItem {
  itemId: string;
  /** 考核内容 in the latest rubric that has the item. */
  title: string;
  /** The review score by year; null where the item is not in that year's rubric or not scored. */
  byYear: Record<number, string | null>;
  /** Years whose rubric changed the item (or added it) from the previous year's (diffRubrics). */
  changedIn: number[];
}

export interface YearOverYear {
  unitId: string;
  /** Oldest first. */
  cycles: YearOverYearCycle[];
  /** Matched by stable item id: the latest rubric's items in its order, then removed ones. */
  items: YearOverYearItem[];
}

/**
 * One unit across its cycles, oldest first. `approvedOnly` leaves out cycles not yet
 * approved (what a unit may see: never review scores before approval). A year with two
 * cycles shows the later one in `byYear`.
 */
export async function yearOverYear(
  db: DbOrTx,
  q: { unitId: string; approvedOnly: boolean },
): Promise<YearOverYear> {
  const assessments = await db
    .selectFrom('assessments as a')
    .innerJoin('cycles as c', 'c.id', 'a.cycleId')
    .select([
      'a.id as assessmentId',
      'a.stage',
      'c.id as cycleId',
      'c.name as cycleName',
      'c.year',
      'c.rubricId',
    ])
    .where('a.unitId', '=', q.unitId)
    .$if(q.approvedOnly, (b) => b.where('a.stage', 'in', [...RESULT_STAGES]))
    .orderBy('c.year')
    .orderBy('c.createdAt')
    .orderBy('c.id')
    .execute();
  if (assessments.length === 0) return { unitId: q.unitId, cycles: [], items: [] };

  const ids = assessments.map((a) => a.assessmentId);
  const rubricIds = [...new Set(assessments.map((a) => a.rubricId))];
  // One after another: inside a transaction PGlite runs one query at a time.
  const rubrics = await db
    .selectFrom('rubrics')
    .select(['id', 'document'])
    .where('id', 'in', rubricIds)
    .execute();
  const totals = await sql<{ assessmentId: string; subtotal: number | null; bonus: number | null }>`
      select assessment_id as "assessmentId", review_subtotal as subtotal, bonus
      from assessment_totals where assessment_id in (${sql.join(ids)})
    `.execute(db);
  const scores = await db
    .selectFrom('itemScores')
    .select(['assessmentId', 'itemId', sql<string | null>`review_score::text`.as('reviewScore')])
    .where('assessmentId', 'in', ids)
    .execute();
  const rubricOf = new Map(rubrics.map((r) => [r.id, r.document]));
  const totalOf = new Map(totals.rows.map((t) => [t.assessmentId, t]));
  const scoreOf = new Map<string, Map<string, string | null>>();
  for (const s of scores) {
    const m = scoreOf.get(s.assessmentId) ?? new Map<string, string | null>();
    scoreOf.set(s.assessmentId, m);
    m.set(s.itemId, s.reviewScore === null ? null : formatCenti(centiFromNumeric(s.reviewScore)));
  }

  const cycles: YearOverYearCycle[] = assessments.map((a) => {
    const rubric = rubricOf.get(a.rubricId)!;
    const mine = scoreOf.get(a.assessmentId) ?? new Map<string, string | null>();
    const t = totalOf.get(a.assessmentId);
    const subtotal = centiText(t?.subtotal);
    const bonus = centiText(t?.bonus) ?? '0';
    return {
      cycleId: a.cycleId,
      cycleName: a.cycleName,
      assessmentId: a.assessmentId,
      year: a.year,
      rubricId: a.rubricId,
      stage: a.stage,
      approved: isResultStage(a.stage),
      subtotal,
      bonus,
      total:
        subtotal === null
          ? null
          : formatCenti(centiFromNumeric(subtotal) + centiFromNumeric(bonus)),
      categories: rubric.categories.map((c) => {
        let sum: number | null = null;
        for (const item of c.items) {
          const v = mine.get(item.id);
          if (v !== undefined && v !== null) sum = (sum ?? 0) + centiFromNumeric(v);
        }
        return {
          categoryId: c.id,
          title: c.name,
          subtotal: sum === null ? null : formatCenti(sum),
        };
      }),
    };
  });

  // Items by stable id: the latest rubric's order first, then items only older years have.
  const order: string[] = [];
  const title = new Map<string, string>();
  for (const c of [...cycles].reverse()) {
    for (const { item } of rubricItems(rubricOf.get(c.rubricId)!)) {
      if (!title.has(item.id)) {
        title.set(item.id, item.content);
        order.push(item.id);
      }
    }
  }
  const changed = new Map<string, Set<number>>();
  for (let i = 1; i < cycles.length; i++) {
    const before = rubricOf.get(cycles[i - 1]!.rubricId)!;
    const after = rubricOf.get(cycles[i]!.rubricId)!;
    if (cycles[i - 1]!.rubricId === cycles[i]!.rubricId) continue;
    for (const change of diffRubrics(before, after)) {
      if (change.kind !== 'itemChanged' && change.kind !== 'itemAdded') continue;
      const years = changed.get(change.itemId) ?? new Set<number>();
      years.add(cycles[i]!.year);
      changed.set(change.itemId, years);
    }
  }
  const items = order.map((itemId) => {
    const byYear: Record<number, string | null> = {};
    for (const c of cycles) {
      const inRubric = rubricItems(rubricOf.get(c.rubricId)!).some((x) => x.item.id === itemId);
      byYear[c.year] = inRubric ? (scoreOf.get(c.assessmentId)?.get(itemId) ?? null) : null;
    }
    return {
      itemId,
      title: title.get(itemId)!,
      byYear,
      changedIn: [...(changed.get(itemId) ?? [])].sort((a, b) => a - b),
    };
  });
  return { unitId: q.unitId, cycles, items };
}
