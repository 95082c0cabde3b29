/**
 * Scores of one item of one assessment: the unit's self score and each reviewing
 * department's share, with the item's combined review score. The server computes every
 * score with the domain's `scoreItem` and passes it as a decimal string; this file
 * stores it exactly, and the database refuses a score outside [0, base] by itself.
 */
import type { Actor } from '@kaohe/domain';
import { sql, type Transaction, type UpdateObject } from 'kysely';
import { auditFields } from './audit-repository.ts';
import { conflict, ENTITY, notFound } from './errors.ts';
import { updateVersioned } from './optimistic.ts';
import type {
  Database,
  IndicatorSource,
  IndicatorValue,
  ItemReviewRow,
  ItemScoreRow,
} from './schema.ts';
import { keepTotals, lockForTotals } from './totals-repository.ts';
import { type DbOrTx, withAudit } from './transaction.ts';
import { canonicalScore, type DecimalText, decimalFrom, type JsonValue, json } from './values.ts';

/** A row with its scores in canonical text ("1.5", not "1.50"). */
export function itemScoreView(row: ItemScoreRow): ItemScoreRow {
  return {
    ...row,
    baseScore: canonicalScore(row.baseScore),
    selfScore: canonicalScore(row.selfScore),
    reviewScore: canonicalScore(row.reviewScore),
  };
}

export function itemReviewView(row: ItemReviewRow): ItemReviewRow {
  return {
    ...row,
    reviewScore: canonicalScore(row.reviewScore),
    selfScore: canonicalScore(row.selfScore),
    itemReviewScore: canonicalScore(row.itemReviewScore),
  };
}

const scoreOrNull = (s: string | null): DecimalText | null => (s === null ? null : decimalFrom(s));

function readItemScore(db: DbOrTx, assessmentId: string, itemId: string) {
  return db
    .selectFrom('itemScores')
    .selectAll()
    .where('assessmentId', '=', assessmentId)
    .where('itemId', '=', itemId)
    .executeTakeFirst()
    .then((r) => r && itemScoreView(r));
}

function readItemReview(db: DbOrTx, assessmentId: string, itemId: string, departmentId: string) {
  return db
    .selectFrom('itemReviews')
    .selectAll()
    .where('assessmentId', '=', assessmentId)
    .where('itemId', '=', itemId)
    .where('departmentId', '=', departmentId)
    .executeTakeFirst()
    .then((r) => r && itemReviewView(r));
}

export interface IndicatorInput {
  indicatorId: string;
  numerator: number;
  denominator: number;
}

/** Reported rates (建会率 …) kept in their own rows so that reports can query them. */
async function saveIndicators(
  trx: Transaction<Database>,
  {
    assessmentId,
    indicators = [],
  }: { assessmentId: string; indicators?: readonly IndicatorInput[] },
  source: IndicatorSource,
): Promise<IndicatorValue[]> {
  if (indicators.length === 0) return [];
  return trx
    .insertInto('indicatorValues')
    .values(indicators.map((i) => ({ assessmentId, source, ...i })))
    .onConflict((oc) =>
      oc.columns(['assessmentId', 'indicatorId', 'source']).doUpdateSet((eb) => ({
        numerator: eb.ref('excluded.numerator'),
        denominator: eb.ref('excluded.denominator'),
        version: sql<number>`indicator_values.version + 1`,
        updatedAt: sql<Date>`now()`,
      })),
    )
    .returningAll()
    .execute();
}

export interface SaveSelfScoreInput {
  assessmentId: string;
  itemId: string;
  /** The criterion inputs (domain ItemInputs) the score was computed from. */
  inputs: JsonValue;
  /** Decimal text, e.g. "4.5"; null clears the self score. */
  selfScore: string | null;
  explanation: string | null;
  expectedVersion: number;
  indicators?: readonly IndicatorInput[];
}

export interface SavedItemScore {
  itemScore: ItemScoreRow;
  indicators: IndicatorValue[];
}

/** The unit's self score (自评分) of one item, with its explanation and reported rates. */
export async function saveSelfScore(
  db: DbOrTx,
  actor: Actor,
  input: SaveSelfScoreInput,
): Promise<SavedItemScore> {
  const selfScore = scoreOrNull(input.selfScore);
  return withAudit(db, actor, async (trx) => {
    const totals = await lockForTotals(trx, input.assessmentId);
    const { before, after } = await updateVersioned({
      what: ENTITY.itemScore,
      id: `${input.assessmentId}/${input.itemId}`,
      expectedVersion: input.expectedVersion,
      read: () => readItemScore(trx, input.assessmentId, input.itemId),
      update: () =>
        trx
          .updateTable('itemScores')
          .set({
            selfInputs: json(input.inputs),
            selfScore,
            explanation: input.explanation,
            version: sql<number>`version + 1`,
            updatedAt: sql<Date>`now()`,
          })
          .where('assessmentId', '=', input.assessmentId)
          .where('itemId', '=', input.itemId)
          .where('version', '=', input.expectedVersion)
          .returningAll()
          .executeTakeFirst()
          .then((r) => r && itemScoreView(r)),
    });
    const indicators = await saveIndicators(trx, input, 'self');
    await keepTotals(trx, totals);
    const pick = (s: ItemScoreRow) =>
      auditFields(s, ['selfInputs', 'selfScore', 'explanation', 'version']);
    return {
      result: { itemScore: after, indicators },
      audit: {
        action: 'itemScore.saveSelfScore',
        entityType: 'itemScore',
        entityId: `${input.assessmentId}/${input.itemId}`,
        assessmentId: input.assessmentId,
        before: pick(before),
        after: {
          ...pick(after),
          ...(indicators.length > 0
            ? {
                indicators: indicators.map(({ indicatorId, numerator, denominator }) => ({
                  indicatorId,
                  numerator,
                  denominator,
                })),
              }
            : {}),
        },
      },
    };
  });
}

/** The item row, locked for the rest of the transaction; NOT_FOUND if there is none. */
async function lockItemScore(
  trx: Transaction<Database>,
  key: { assessmentId: string; itemId: string },
): Promise<ItemScoreRow> {
  const row = await trx
    .selectFrom('itemScores')
    .selectAll()
    .where('assessmentId', '=', key.assessmentId)
    .where('itemId', '=', key.itemId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound(ENTITY.itemScore, `${key.assessmentId}/${key.itemId}`);
  return itemScoreView(row);
}

/** One department's review of one item, at the version the caller saw. */
type ReviewKey = {
  assessmentId: string;
  itemId: string;
  departmentId: string;
  expectedVersion: number;
};

/** One department's review row at the version the caller saw, bumped; undefined if it moved on. */
function updateItemReview(
  trx: Transaction<Database>,
  key: ReviewKey,
  set: UpdateObject<Database, 'itemReviews'>,
): Promise<ItemReviewRow | undefined> {
  return trx
    .updateTable('itemReviews')
    .set({ ...set, version: sql<number>`version + 1`, updatedAt: sql<Date>`now()` })
    .where('assessmentId', '=', key.assessmentId)
    .where('itemId', '=', key.itemId)
    .where('departmentId', '=', key.departmentId)
    .where('version', '=', key.expectedVersion)
    .returningAll()
    .executeTakeFirst()
    .then((r) => r && itemReviewView(r));
}

export interface SaveReviewScoreInput {
  assessmentId: string;
  itemId: string;
  departmentId: string;
  inputs: JsonValue;
  /** This department's share (its own criteria), decimal text. */
  reviewScore: string | null;
  /** The item's combined review score across all its departments, decimal text. */
  itemReviewScore: string | null;
  remarks: string | null;
  /** Version of this department's review row. */
  expectedVersion: number;
  /**
   * Version of the item row the combined score was computed from. Set it when another
   * department shares the item, so that a combined score built on a stale share is
   * refused (or read the item with `lockItem` in the same transaction).
   */
  expectedItemVersion?: number;
  indicators?: readonly IndicatorInput[];
  /** The audit event's action, where the save is a decision of its own (采用自评分). */
  action?: string;
}

export interface SavedReview {
  itemReview: ItemReviewRow;
  itemScore: ItemScoreRow;
  indicators: IndicatorValue[];
}

/** A department's review (考评分 and 备注) of one item; marks its review row 'scored'. */
export async function saveReviewScore(
  db: DbOrTx,
  actor: Actor,
  input: SaveReviewScoreInput,
): Promise<SavedReview> {
  const reviewScore = scoreOrNull(input.reviewScore);
  const itemReviewScore = scoreOrNull(input.itemReviewScore);
  const key = `${input.assessmentId}/${input.itemId}/${input.departmentId}`;
  return withAudit(db, actor, async (trx) => {
    // Locks in the order saveSelfScore takes them (the assessment, the item row, then
    // through the copy trigger its review rows), so that the two cannot deadlock.
    const totals = await lockForTotals(trx, input.assessmentId);
    const itemBefore = await lockItemScore(trx, input);
    if (
      input.expectedItemVersion !== undefined &&
      itemBefore.version !== input.expectedItemVersion
    ) {
      throw conflict(itemBefore);
    }
    let itemAfter = itemBefore;
    const review = await updateVersioned({
      what: ENTITY.itemReview,
      id: key,
      expectedVersion: input.expectedVersion,
      read: () => readItemReview(trx, input.assessmentId, input.itemId, input.departmentId),
      update: async () => {
        // The item first: its trigger refreshes the review rows' copy of the combined score,
        // so the review row returned below is current.
        itemAfter = itemScoreView(
          await trx
            .updateTable('itemScores')
            .set({
              reviewScore: itemReviewScore,
              version: sql<number>`version + 1`,
              updatedAt: sql<Date>`now()`,
            })
            .where('assessmentId', '=', input.assessmentId)
            .where('itemId', '=', input.itemId)
            .returningAll()
            .executeTakeFirstOrThrow(),
        );
        return updateItemReview(trx, input, {
          reviewInputs: json(input.inputs),
          reviewScore,
          remarks: input.remarks,
          reviewerId: actor.userId,
          status: 'scored',
          returnedReason: null,
          returnDeadline: null,
        });
      },
    });
    const item = { before: itemBefore, after: itemAfter };
    const indicators = await saveIndicators(trx, input, 'review');
    await keepTotals(trx, totals);
    const pick = (r: ItemReviewRow, s: ItemScoreRow) => ({
      ...auditFields(r, ['reviewInputs', 'reviewScore', 'remarks', 'status', 'version']),
      itemReviewScore: s.reviewScore,
    });
    return {
      result: { itemReview: review.after, itemScore: item.after, indicators },
      audit: {
        action: input.action ?? 'itemReview.saveReviewScore',
        entityType: 'itemReview',
        entityId: key,
        assessmentId: input.assessmentId,
        before: pick(review.before, item.before),
        after: pick(review.after, item.after),
      },
    };
  });
}

/** 退回: a department sends an item back to the unit with a reason and a deadline. */
export function returnItem(
  db: DbOrTx,
  actor: Actor,
  input: ReviewKey & { reason: string; returnDeadline: Date | null },
): Promise<ItemReviewRow> {
  return setReviewStatus(
    db,
    actor,
    input,
    'itemReview.return',
    {
      status: 'returned',
      returnedReason: input.reason,
      returnDeadline: input.returnDeadline,
    },
    input.reason,
  );
}

/** Back to 'pending' once the unit has revised a returned item (the workflow decides when). */
export function reopenItemReview(
  db: DbOrTx,
  actor: Actor,
  input: ReviewKey & { reason?: string },
): Promise<ItemReviewRow> {
  return setReviewStatus(
    db,
    actor,
    input,
    'itemReview.reopen',
    {
      status: 'pending',
      returnedReason: null,
      returnDeadline: null,
    },
    input.reason ?? null,
  );
}

function setReviewStatus(
  db: DbOrTx,
  actor: Actor,
  key: ReviewKey,
  action: string,
  set: Pick<ItemReviewRow, 'status' | 'returnedReason' | 'returnDeadline'>,
  reason: string | null,
): Promise<ItemReviewRow> {
  const id = `${key.assessmentId}/${key.itemId}/${key.departmentId}`;
  return withAudit(db, actor, async (trx) => {
    const { before, after } = await updateVersioned({
      what: ENTITY.itemReview,
      id,
      expectedVersion: key.expectedVersion,
      read: () => readItemReview(trx, key.assessmentId, key.itemId, key.departmentId),
      update: () => updateItemReview(trx, key, set),
    });
    const pick = (r: ItemReviewRow) =>
      auditFields(r, ['status', 'returnedReason', 'returnDeadline', 'version']);
    return {
      result: after,
      audit: {
        action,
        entityType: 'itemReview',
        entityId: id,
        assessmentId: key.assessmentId,
        before: pick(before),
        after: pick(after),
        reason,
      },
    };
  });
}

export interface LockedItem {
  itemScore: ItemScoreRow;
  reviews: ItemReviewRow[];
}

/**
 * Locks one item and its review rows for the rest of the transaction. For an item two
 * departments share: lock, compute the combined score from every share with `scoreItem`,
 * then `saveReviewScore` in the same transaction, and no other share can change between.
 */
export async function lockItem(
  trx: Transaction<Database>,
  key: { assessmentId: string; itemId: string },
): Promise<LockedItem> {
  const itemScore = await lockItemScore(trx, key);
  const reviews = await trx
    .selectFrom('itemReviews')
    .selectAll()
    .where('assessmentId', '=', key.assessmentId)
    .where('itemId', '=', key.itemId)
    .orderBy('departmentId')
    .forUpdate()
    .execute();
  return { itemScore, reviews: reviews.map(itemReviewView) };
}

export function getItemScore(
  db: DbOrTx,
  key: { assessmentId: string; itemId: string },
): Promise<ItemScoreRow | undefined> {
  return readItemScore(db, key.assessmentId, key.itemId);
}

export function getItemReview(
  db: DbOrTx,
  key: { assessmentId: string; itemId: string; departmentId: string },
): Promise<ItemReviewRow | undefined> {
  return readItemReview(db, key.assessmentId, key.itemId, key.departmentId);
}
