/**
 * The department review grid: every unit of a cycle × the items one department reviews,
 * each cell with the unit's self score, the department's score and the review status.
 *
 * Built for 10,000 units (brief: "design and measure for 10,000 units in one cycle"). The
 * cells come from one index range (item_reviews_grid_idx: the cycle, the department, and
 * every value a cell shows), one row per unit. Within a row the cells travel as text,
 * "itemId,self,review,combined,status,version;…", because building a JSON value per cell
 * made PostgreSQL take twice as long (bench/db.bench.ts). The text cannot be ambiguous:
 * item ids are [A-Za-z0-9._-] (the domain's IdSchema), the rest are decimals, status
 * words and integers, and concat() writes NULL as an empty field.
 */
import { type Centi, formatCenti } from '@kaohe/domain';
import { DEPARTMENT_REVIEW_STATUSES, type DepartmentReviewStatus } from '@kaohe/workflow/browser';
import { sql } from 'kysely';
import type { UnitRow } from './report-repository.ts';
import type { ReviewStatus } from './schema.ts';
import { limitOffset, matchesTerm, type PageRequest } from './search.ts';
import type { DbOrTx } from './transaction.ts';
import { canonicalScore, centiFromNumeric } from './values.ts';

/** A department's step for one unit, as the workflow keeps it (`context.departments`). */
const isDepartmentReviewStatus = (s: string): s is DepartmentReviewStatus =>
  (DEPARTMENT_REVIEW_STATUSES as readonly string[]).includes(s);

export interface ReviewGridQuery {
  cycleId: string;
  departmentId: string;
  unitTypeId?: string;
  /** Only units with at least one of this department's cells in this status (all cells shown). */
  status?: ReviewStatus;
  /** Only units whose assessment is at this workflow stage. */
  stage?: string;
  /** Leave out units whose assessment is at this stage (a draft self-assessment). */
  notStage?: string;
  /** Part of the unit's name or code. */
  q?: string | undefined;
  /** One page of the units (pages count from 1); every unit without. */
  page?: PageRequest;
}

/** A column of the grid: one item the department reviews, in rubric order (序号). */
export interface ReviewGridItem {
  itemId: string;
  number: number;
  baseScore: string;
}

export interface ReviewGridCell {
  itemId: string;
  number: number;
  baseScore: string;
  selfScore: string | null;
  /** This department's share. */
  reviewScore: string | null;
  /** The item's combined review score (differs from the share where two departments review). */
  itemReviewScore: string | null;
  status: ReviewStatus;
  /** Version of the review row: what a save from the grid sends as expectedVersion. */
  version: number;
  /**
   * Scored, but differing from the self score without the 备注 the difference requires, so
   * the department cannot complete (issue 16: such a cell looked done). On an item two
   * departments share, the item's combined score is compared, as the cell shows no share
   * of the self score; the completion check compares the shares.
   */
  remarksMissing: boolean;
}

export interface ReviewGridRow extends UnitRow {
  /**
   * This department's step in the workflow for the unit (pending, reviewing, returned,
   * complete), read from the persisted workflow snapshot; null if the snapshot has none.
   */
  departmentStatus: DepartmentReviewStatus | null;
  /** The assessment's version: what a workflow step from the grid sends as expectedVersion. */
  version: number;
  /** Exact sums over this department's cells; null when none is scored. */
  selfTotal: string | null;
  reviewTotal: string | null;
  pendingCount: number;
  scoredCount: number;
  returnedCount: number;
  /** In the order of `items`. */
  cells: ReviewGridCell[];
}

export interface ReviewGrid {
  items: ReviewGridItem[];
  /** Ordered by unit name (by code point, the same on both engines), then unit id. */
  rows: ReviewGridRow[];
  /** The units that match, on all pages. */
  total: number;
}

export async function reviewGrid(db: DbOrTx, q: ReviewGridQuery): Promise<ReviewGrid> {
  const items = await db
    .selectFrom('rubricItems as ri')
    .innerJoin('cycles as c', 'c.rubricId', 'ri.rubricId')
    .select([
      'ri.itemId',
      'ri.number',
      'ri.baseScore',
      sql<boolean>`cardinality(ri.reviewing_departments) > 1`.as('shared'),
    ])
    .where('c.id', '=', q.cycleId)
    .where(sql<boolean>`${q.departmentId} = any(ri.reviewing_departments)`)
    .orderBy('ri.number')
    .execute();
  if (items.length === 0) return { items: [], rows: [], total: 0 };
  const columns = items.map((i) => ({
    itemId: i.itemId,
    number: i.number,
    baseScore: canonicalScore(i.baseScore),
  }));
  const page = q.page ? limitOffset(q.page) : undefined;
  const shared = new Set(items.filter((i) => i.shared).map((i) => i.itemId));
  const columnOf = new Map(columns.map((c, index) => [c.itemId, index]));

  const { rows } = await sql<
    UnitRow & {
      departmentStatus: string | null;
      version: number;
      cells: string;
      matching: number | string;
    }
  >`
    select a.id as assessment_id, a.unit_id, u.name as unit_name, cu.unit_type_id, a.stage,
           a.snapshot->'context'->'departments'->>${q.departmentId} as department_status,
           a.version, g.cells, count(*) over () as matching
    from (
      select r.assessment_id,
        string_agg(concat(r.item_id, ',', r.self_score, ',', r.review_score, ',',
          r.item_review_score, ',', r.status, ',', r.version, ',',
          case when nullif(btrim(r.remarks), '') is null then '' else 'r' end), ';') as cells
      from item_reviews r
      where r.cycle_id = ${q.cycleId} and r.department_id = ${q.departmentId}
      group by r.assessment_id
      ${q.status === undefined ? sql`` : sql`having bool_or(r.status = ${q.status})`}
    ) g
    join assessments a on a.id = g.assessment_id
    join cycle_units cu on cu.cycle_id = a.cycle_id and cu.unit_id = a.unit_id
    join units u on u.id = a.unit_id
    where true
    ${q.unitTypeId === undefined ? sql`` : sql`and cu.unit_type_id = ${q.unitTypeId}`}
    ${q.stage === undefined ? sql`` : sql`and a.stage = ${q.stage}`}
    ${q.notStage === undefined ? sql`` : sql`and a.stage <> ${q.notStage}`}
    and ${matchesTerm([sql.ref('u.name'), sql.ref('a.unit_id')], q.q)}
    order by u.name collate "C", a.unit_id
    ${page ? sql`limit ${page.limit} offset ${page.offset}` : sql``}`.execute(db);
  let total = Number(rows[0]?.matching ?? 0);
  if (rows.length === 0 && page && page.offset > 0) {
    // Past the last page: count on its own.
    const { page: _, ...every } = q;
    total = (await reviewGrid(db, every)).total;
  }

  return {
    items: columns,
    total,
    rows: rows.map(({ departmentStatus, version, cells: text, matching: _, ...unit }) => {
      const cells = new Array<ReviewGridCell>(columns.length);
      let selfTotal: Centi | null = null;
      let reviewTotal: Centi | null = null;
      let pendingCount = 0;
      let scoredCount = 0;
      let returnedCount = 0;
      for (const part of text.split(';')) {
        const [itemId = '', self = '', review = '', combined = '', status, version, remarked] =
          part.split(',');
        const index = columnOf.get(itemId);
        // Both lists come from the same frozen rubric_items, so every cell has its column.
        if (index === undefined) throw new Error(`review grid: unexpected item ${itemId}`);
        const column = columns[index]!;
        const selfC = self === '' ? null : centiFromNumeric(self);
        const reviewC = review === '' ? null : centiFromNumeric(review);
        if (selfC !== null) selfTotal = (selfTotal ?? 0) + selfC;
        if (reviewC !== null) reviewTotal = (reviewTotal ?? 0) + reviewC;
        if (status === 'pending') pendingCount++;
        else if (status === 'scored') scoredCount++;
        else if (status === 'returned') returnedCount++;
        cells[index] = {
          itemId,
          number: column.number,
          baseScore: column.baseScore,
          selfScore: selfC === null ? null : formatCenti(selfC),
          reviewScore: reviewC === null ? null : formatCenti(reviewC),
          itemReviewScore: combined === '' ? null : formatCenti(centiFromNumeric(combined)),
          status: status as ReviewStatus,
          version: Number(version),
          remarksMissing:
            status === 'scored' &&
            remarked !== 'r' &&
            selfC !== null &&
            (shared.has(itemId)
              ? combined !== '' && centiFromNumeric(combined) !== selfC
              : reviewC !== selfC),
        };
      }
      return {
        ...unit,
        departmentStatus:
          departmentStatus !== null && isDepartmentReviewStatus(departmentStatus)
            ? departmentStatus
            : null,
        version: Number(version),
        selfTotal: selfTotal === null ? null : formatCenti(selfTotal),
        reviewTotal: reviewTotal === null ? null : formatCenti(reviewTotal),
        pendingCount,
        scoredCount,
        returnedCount,
        cells,
      };
    }),
  };
}
