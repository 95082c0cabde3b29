/**
 * Assessments: one unit in one cycle. The workflow package decides transitions; this file
 * stores their result (stage, snapshot, machine version) with optimistic concurrency and
 * reads an assessment back whole.
 */
import type { Actor, ListResult } from '@kaohe/domain';
import { sql, type Transaction } from 'kysely';
import { auditFields } from './audit-repository.ts';
import { type Deadlines, pickDeadlines } from './cycle-repository.ts';
import { ENTITY, notFound } from './errors.ts';
import { itemReviewView, itemScoreView } from './item-score-repository.ts';
import { updateVersioned } from './optimistic.ts';
import { type RankingRow, rankingMatching, rankingReport } from './report-repository.ts';
import type {
  Assessment,
  BonusAward,
  Database,
  IndicatorValue,
  ItemReviewRow,
  ItemScoreRow,
} from './schema.ts';
import { limitOffset, type PageRequest } from './search.ts';
import { keepTotals, lockForTotals } from './totals-repository.ts';
import { type DbOrTx, withAudit } from './transaction.ts';
import { canonicalScore, type JsonValue, json } from './values.ts';

export interface AssessmentItem extends ItemScoreRow {
  number: number;
  categoryId: string;
  reviews: ItemReviewRow[];
}

export interface AssessmentDetail {
  assessment: Assessment;
  unitTypeId: string;
  rubricId: string;
  unitName: string;
  /** Its cycle's deadlines (read in the same query as the assessment). */
  deadlines: Deadlines;
  /** In rubric order (序号). */
  items: AssessmentItem[];
  indicators: IndicatorValue[];
  bonusAwards: BonusAward[];
}

/** The assessment row with its unit type (as the cycle began) and its cycle's rubric. */
function headQuery(db: DbOrTx, assessmentId: string) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('cycleUnits as cu', (j) =>
      j.onRef('cu.cycleId', '=', 'a.cycleId').onRef('cu.unitId', '=', 'a.unitId'),
    )
    .innerJoin('cycles as c', 'c.id', 'a.cycleId')
    .selectAll('a')
    .select(['cu.unitTypeId', 'c.rubricId'])
    .where('a.id', '=', assessmentId);
}

/** The assessment's item score rows with each item's 序号 and category in the rubric. */
function itemScoresQuery(db: DbOrTx, assessmentId: string, rubricId: string) {
  return db
    .selectFrom('itemScores as s')
    .innerJoin('rubricItems as ri', (j) =>
      j.onRef('ri.itemId', '=', 's.itemId').on('ri.rubricId', '=', rubricId),
    )
    .selectAll('s')
    .select(['ri.number', 'ri.categoryId'])
    .where('s.assessmentId', '=', assessmentId);
}

function assessmentItem(
  { number, categoryId, ...row }: ItemScoreRow & { number: number; categoryId: string },
  reviews: ItemReviewRow[],
): AssessmentItem {
  return { ...itemScoreView(row), number, categoryId, reviews };
}

export async function getAssessment(
  db: DbOrTx,
  assessmentId: string,
): Promise<AssessmentDetail | undefined> {
  const head = await headQuery(db, assessmentId)
    .innerJoin('units as u', 'u.id', 'a.unitId')
    .select((eb) => [
      'u.name as unitName',
      eb
        .selectFrom('cycleDeadlines as d')
        .select(sql<Record<string, string> | null>`json_object_agg(d.stage, d.due_at)`.as('x'))
        .whereRef('d.cycleId', '=', 'a.cycleId')
        .as('deadlines'),
    ])
    .executeTakeFirst();
  if (!head) return undefined;
  const { unitTypeId, rubricId, unitName, deadlines, ...assessment } = head;
  const [scores, reviews, indicators, bonusAwards] = await Promise.all([
    itemScoresQuery(db, assessmentId, rubricId).orderBy('ri.number').execute(),
    db
      .selectFrom('itemReviews')
      .selectAll()
      .where('assessmentId', '=', assessmentId)
      .orderBy('itemId')
      .orderBy('departmentId')
      .execute(),
    db
      .selectFrom('indicatorValues')
      .selectAll()
      .where('assessmentId', '=', assessmentId)
      .orderBy('indicatorId')
      .orderBy('source')
      .execute(),
    db
      .selectFrom('bonusAwards')
      .selectAll()
      .where('assessmentId', '=', assessmentId)
      .orderBy('awardedAt')
      .execute(),
  ]);
  const byItem = new Map<string, ItemReviewRow[]>();
  for (const r of reviews) {
    const list = byItem.get(r.itemId) ?? [];
    list.push(itemReviewView(r));
    byItem.set(r.itemId, list);
  }
  return {
    assessment,
    unitTypeId,
    rubricId,
    unitName,
    deadlines: pickDeadlines(deadlines ?? {}),
    items: scores.map((s) => assessmentItem(s, byItem.get(s.itemId) ?? [])),
    indicators,
    bonusAwards: bonusAwards.map((b) => ({ ...b, points: canonicalScore(b.points) })),
  };
}

export interface AssessmentHead {
  assessment: Assessment;
  unitTypeId: string;
  rubricId: string;
}

export interface AssessmentWithItem extends AssessmentHead {
  /** The item's score row with every department's review of it; undefined if the assessment has no such item. */
  item: AssessmentItem | undefined;
}

/**
 * What a score save reads, in three queries instead of a lock and the whole assessment's
 * five: the assessment row, locked for the rest of the transaction (no workflow step can
 * slip between the check and the save), with its unit type and rubric, and the one item
 * being saved with its reviews.
 */
export async function lockAssessmentItem(
  trx: Transaction<Database>,
  assessmentId: string,
  itemId: string,
): Promise<AssessmentWithItem | undefined> {
  const head = await headQuery(trx, assessmentId).forUpdate('a').executeTakeFirst();
  if (!head) return undefined;
  const { unitTypeId, rubricId, ...assessment } = head;
  // One after another: inside a transaction PGlite runs one query at a time.
  const score = await itemScoresQuery(trx, assessmentId, rubricId)
    .where('s.itemId', '=', itemId)
    .executeTakeFirst();
  if (!score) return { assessment, unitTypeId, rubricId, item: undefined };
  const reviews = await trx
    .selectFrom('itemReviews')
    .selectAll()
    .where('assessmentId', '=', assessmentId)
    .where('itemId', '=', itemId)
    .orderBy('departmentId')
    .execute();
  return {
    assessment,
    unitTypeId,
    rubricId,
    item: assessmentItem(score, reviews.map(itemReviewView)),
  };
}

export function findAssessment(
  db: DbOrTx,
  key: { cycleId: string; unitId: string },
): Promise<Assessment | undefined> {
  return db
    .selectFrom('assessments')
    .selectAll()
    .where('cycleId', '=', key.cycleId)
    .where('unitId', '=', key.unitId)
    .executeTakeFirst();
}

/**
 * Locks an assessment row for the rest of the transaction and returns it. For a server
 * that checks the stage before a save: with the lock, no workflow step can slip between
 * the check and the save.
 */
export async function lockAssessment(
  trx: Transaction<Database>,
  assessmentId: string,
): Promise<Assessment> {
  const row = await trx
    .selectFrom('assessments')
    .selectAll()
    .where('id', '=', assessmentId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound(ENTITY.assessment, assessmentId);
  return row;
}

export interface AssessmentSummary {
  id: string;
  cycleId: string;
  unitId: string;
  unitName: string;
  unitTypeId: string;
  stage: string;
  version: number;
  submittedAt: Date | null;
  approvedAt: Date | null;
  updatedAt: Date;
  itemCount: number;
  selfScoredCount: number;
  /** Sums of exact scores, computed in SQL; null when nothing is scored yet. */
  selfTotal: string | null;
  reviewTotal: string | null;
  /** Sum of the live awards, before caps; null without any. */
  bonusTotal: string | null;
  /** 加分 after the rubric's caps (per bonus item, then overall), as the ranking counts it. */
  bonus: string;
  /** The ranking's rank (rankingReport): within the unit type, approved only; null otherwise. */
  rank: number | null;
  /** 等次 and 不予评先, as the ranking gives them (decision 022). */
  grade: string | null;
  barredFromHonours: boolean;
}

/** Every assessment of a cycle with its totals, for the office's overview. */
export async function listAssessments(
  db: DbOrTx,
  filter: { cycleId: string; unitTypeId?: string; stage?: string },
): Promise<AssessmentSummary[]> {
  return summaries(db, filter);
}

async function summaries(
  db: DbOrTx,
  filter: { cycleId: string; unitTypeId?: string; stage?: string; ids?: readonly string[] },
  ranked?: ReadonlyMap<string, RankingRow>,
): Promise<AssessmentSummary[]> {
  if (filter.ids?.length === 0) return [];
  let q = db
    .selectFrom('assessments as a')
    .innerJoin('cycleUnits as cu', (j) =>
      j.onRef('cu.cycleId', '=', 'a.cycleId').onRef('cu.unitId', '=', 'a.unitId'),
    )
    .innerJoin('units as u', 'u.id', 'a.unitId')
    .select([
      'a.id',
      'a.cycleId',
      'a.unitId',
      'u.name as unitName',
      'cu.unitTypeId',
      'a.stage',
      'a.version',
      'a.submittedAt',
      'a.approvedAt',
      'a.updatedAt',
    ])
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('itemScores as s')
          .whereRef('s.assessmentId', '=', 'a.id')
          .select([
            sql<number>`count(*)`.as('itemCount'),
            sql<number>`count(s.self_score)`.as('selfScoredCount'),
            sql<string | null>`sum(s.self_score)`.as('selfTotal'),
            sql<string | null>`sum(s.review_score)`.as('reviewTotal'),
          ])
          .as('agg'),
      (j) => j.onTrue(),
    )
    .select(['agg.itemCount', 'agg.selfScoredCount', 'agg.selfTotal', 'agg.reviewTotal'])
    .where('a.cycleId', '=', filter.cycleId);
  if (filter.unitTypeId !== undefined) q = q.where('cu.unitTypeId', '=', filter.unitTypeId);
  if (filter.stage !== undefined) q = q.where('a.stage', '=', filter.stage);
  if (filter.ids !== undefined) q = q.where('a.id', 'in', [...filter.ids]);
  const rows = await q.orderBy('u.name').orderBy('a.unitId').execute();
  // The awards' sum, the capped bonus and the rank from the ranking report itself (one
  // ranking rule, one query: issue 16), over the whole cycle (or unit type) whatever the
  // stage filter, as ranks are within the unit type; one query after the other, as inside
  // a transaction PGlite runs one at a time.
  const rankedOf =
    ranked ??
    new Map(
      (
        await rankingReport(db, {
          cycleId: filter.cycleId,
          ...(filter.unitTypeId === undefined ? {} : { unitTypeId: filter.unitTypeId }),
        })
      ).map((r) => [r.assessmentId, r]),
    );
  return rows.map((r) => ({
    ...r,
    itemCount: r.itemCount ?? 0,
    selfScoredCount: r.selfScoredCount ?? 0,
    selfTotal: canonicalScore(r.selfTotal ?? null),
    reviewTotal: canonicalScore(r.reviewTotal ?? null),
    bonusTotal: rankedOf.get(r.id)?.awarded ?? null,
    bonus: rankedOf.get(r.id)?.bonus ?? '0',
    rank: rankedOf.get(r.id)?.rank ?? null,
    grade: rankedOf.get(r.id)?.grade ?? null,
    barredFromHonours: rankedOf.get(r.id)?.barredFromHonours ?? false,
  }));
}

/**
 * The workflow state an assessment had at `version`, from the audit record of the step
 * that made it (each workflow event's `after` carries its snapshot); undefined when no
 * such record exists (the version a cycle created it with).
 */
export async function workflowAtVersion(
  db: DbOrTx,
  assessmentId: string,
  version: number,
): Promise<{ stage: string; machineVersion: number; snapshot: JsonValue } | undefined> {
  const row = await db
    .selectFrom('auditEvents')
    .select('after')
    .where('assessmentId', '=', assessmentId)
    .where('entityType', '=', 'assessment')
    .where(sql<boolean>`after->>'version' = ${String(version)}`)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const after = row?.after as
    | { stage?: unknown; machineVersion?: unknown; snapshot?: unknown }
    | null
    | undefined;
  if (
    !after ||
    typeof after.stage !== 'string' ||
    typeof after.machineVersion !== 'number' ||
    after.snapshot === undefined
  ) {
    return undefined;
  }
  return {
    stage: after.stage,
    machineVersion: after.machineVersion,
    snapshot: after.snapshot as JsonValue,
  };
}

export interface WorkflowUpdate {
  assessmentId: string;
  expectedVersion: number;
  stage: string;
  snapshot: JsonValue;
  machineVersion: number;
  /** The workflow step, for the audit trail: 'assessment.submit', 'assessment.reopen' … */
  action: string;
  reason?: string | null;
  /** 'now' stamps the database's time, a Date that time (the server's clock), null clears it, undefined leaves it. */
  submittedAt?: 'now' | Date | null;
  approvedAt?: 'now' | Date | null;
  /** The step came after the deadline it answers to (逾期): recorded in the event's `after.late`. */
  late?: { stage: string; dueAt: Date } | null;
}

/** Stores the workflow's new state. CONFLICT if the assessment moved on since it was read. */
export function updateAssessmentWorkflow(
  db: DbOrTx,
  actor: Actor,
  input: WorkflowUpdate,
): Promise<Assessment> {
  const stamp = (v: 'now' | Date | null | undefined) =>
    v === undefined ? undefined : v === null ? null : v instanceof Date ? v : sql<Date>`now()`;
  return withAudit(db, actor, async (trx) => {
    // A step (return, resubmit, reopen …) changes no score today; keeping the totals here
    // too means one that ever does cannot leave them behind.
    const totals = await lockForTotals(trx, input.assessmentId);
    const submittedAt = stamp(input.submittedAt);
    const approvedAt = stamp(input.approvedAt);
    const { before, after } = await updateVersioned({
      what: ENTITY.assessment,
      id: input.assessmentId,
      expectedVersion: input.expectedVersion,
      read: () =>
        trx
          .selectFrom('assessments')
          .selectAll()
          .where('id', '=', input.assessmentId)
          .executeTakeFirst(),
      update: () =>
        trx
          .updateTable('assessments')
          .set({
            stage: input.stage,
            snapshot: json(input.snapshot),
            machineVersion: input.machineVersion,
            version: sql<number>`version + 1`,
            updatedAt: sql<Date>`now()`,
            ...(submittedAt === undefined ? {} : { submittedAt }),
            ...(approvedAt === undefined ? {} : { approvedAt }),
          })
          .where('id', '=', input.assessmentId)
          .where('version', '=', input.expectedVersion)
          .returningAll()
          .executeTakeFirst(),
    });
    await keepTotals(trx, totals);
    const brief = (a: Assessment) =>
      auditFields(a, ['stage', 'machineVersion', 'version', 'submittedAt', 'approvedAt']);
    return {
      result: after,
      audit: {
        action: input.action,
        entityType: 'assessment',
        entityId: after.id,
        assessmentId: after.id,
        before: brief(before),
        // The snapshot goes in `after` only: each event's before is the previous one's after.
        after: {
          ...brief(after),
          snapshot: after.snapshot,
          ...(input.late
            ? { late: { stage: input.late.stage, dueAt: input.late.dueAt.toISOString() } }
            : {}),
        },
        reason: input.reason ?? null,
      },
    };
  });
}

/** As `localeCompare(…, 'zh')`, without building a collator for every one of 10,000 rows. */
const byName = new Intl.Collator('zh');

export interface OverviewSearch extends PageRequest {
  cycleId: string;
  unitTypeId?: string | undefined;
  stage?: string | undefined;
  /** Part of the unit's name or code. */
  q?: string | undefined;
  /** The rubric's unit types in its order (区县, 开发区, 局): the overview's blocks. */
  unitTypeOrder: readonly string[];
}

/**
 * One page of the overview (issue 15): the units of a cycle that match, by unit type in
 * the rubric's order, then rank (the ranking's, over the whole unit type, whatever the
 * search), then name; with the count per stage of the whole cycle.
 */
export async function overviewPage(
  db: DbOrTx,
  s: OverviewSearch,
): Promise<ListResult<AssessmentSummary> & { stageCounts: Record<string, number> }> {
  // The ranking of every unit that matches (ranked over the whole unit type, then
  // filtered by the term in SQL); the figures of the page's rows only after.
  const ranking = await rankingMatching(db, {
    cycleId: s.cycleId,
    ...(s.unitTypeId === undefined ? {} : { unitTypeId: s.unitTypeId }),
    q: s.q,
  });
  const typeOrder = (id: string) => {
    const i = s.unitTypeOrder.indexOf(id);
    return i < 0 ? s.unitTypeOrder.length : i;
  };
  const matching = ranking
    .filter((r) => s.stage === undefined || r.stage === s.stage)
    .sort(
      (a, b) =>
        typeOrder(a.unitTypeId) - typeOrder(b.unitTypeId) ||
        (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
        byName.compare(a.unitName, b.unitName) ||
        (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
    );
  const { limit, offset } = limitOffset(s);
  const pageRows = matching.slice(offset, offset + limit);
  const details = await summaries(
    db,
    { cycleId: s.cycleId, ids: pageRows.map((r) => r.assessmentId) },
    new Map(pageRows.map((r) => [r.assessmentId, r])),
  );
  const byId = new Map(details.map((d) => [d.id, d]));
  const counts = await db
    .selectFrom('assessments')
    .select(['stage', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('cycleId', '=', s.cycleId)
    .groupBy('stage')
    .execute();
  return {
    rows: pageRows.flatMap((r) => byId.get(r.assessmentId) ?? []),
    total: matching.length,
    stageCounts: Object.fromEntries(counts.map((c) => [c.stage, Number(c.n)])),
  };
}
