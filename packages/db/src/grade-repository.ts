/**
 * 等次 and 不予评先 (issue 14, decision 022). Bands are set per cycle and unit type; a unit is
 * barred from honours automatically when a veto item (一票否决) was triggered in its review,
 * and by hand for a named condition with a reason (lifted, never deleted, with a reason).
 * The grade itself is never stored: `rankingReport` assigns it by the domain's rule each
 * time, from the same totals it ranks by, so a changed score changes the grade at once.
 */
import {
  type Actor,
  DomainError,
  type GradeBands,
  GradeBandsSchema,
  issueText,
} from '@kaohe/domain';
import { type ExpressionBuilder, sql } from 'kysely';
import { recordAudit } from './audit-repository.ts';
import { conflict, conflictOrNotFound, ENTITY, notFound } from './errors.ts';
import type { Database, GradeBandsRow, HonoursBar } from './schema.ts';
import { type DbOrTx, withAudit } from './transaction.ts';
import { json } from './values.ts';

export interface CycleGradeBands {
  unitTypeId: string;
  bands: GradeBands;
  version: number;
  updatedAt: Date;
}

const bandsView = (r: GradeBandsRow): CycleGradeBands => ({
  unitTypeId: r.unitTypeId,
  bands: r.bands,
  version: r.version,
  updatedAt: r.updatedAt,
});

/** The bands of every unit type of a cycle that has them. */
export async function listGradeBands(db: DbOrTx, cycleId: string): Promise<CycleGradeBands[]> {
  const rows = await db
    .selectFrom('gradeBands')
    .selectAll()
    .where('cycleId', '=', cycleId)
    .orderBy('unitTypeId')
    .execute();
  return rows.map(bandsView);
}

/**
 * Sets (or replaces) the bands of one unit type in a cycle. `bands` is parsed again here,
 * so nothing unchecked is ever stored. `expectedVersion` (when replacing) guards against
 * two admins overwriting each other: a stale one is CONFLICT carrying the current row.
 */

/** The row of one unit type's bands in one cycle. */
const bandsOf =
  (key: { cycleId: string; unitTypeId: string }) =>
  (eb: ExpressionBuilder<Database, 'gradeBands'>) =>
    eb.and({ cycleId: key.cycleId, unitTypeId: key.unitTypeId });

export async function setGradeBands(
  db: DbOrTx,
  actor: Actor,
  input: { cycleId: string; unitTypeId: string; bands: GradeBands; expectedVersion?: number },
): Promise<CycleGradeBands> {
  const parsed = GradeBandsSchema.safeParse(input.bands);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DomainError(
      'INVALID_INPUT',
      (first && issueText(first.message)) ?? {
        zh: '等次设置不正确',
        en: 'The grade bands are not valid',
      },
    );
  }
  const bands = parsed.data;
  return withAudit(db, actor, async (trx) => {
    const before = await trx
      .selectFrom('gradeBands')
      .selectAll()
      .where(bandsOf(input))
      .forUpdate()
      .executeTakeFirst();
    if (before && input.expectedVersion !== undefined && input.expectedVersion !== before.version) {
      throw conflict(bandsView(before));
    }
    const row = before
      ? await trx
          .updateTable('gradeBands')
          .set({
            bands: json(bands),
            version: before.version + 1,
            updatedBy: actor.userId,
            updatedAt: new Date(),
          })
          .where(bandsOf(input))
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('gradeBands')
          .values({
            cycleId: input.cycleId,
            unitTypeId: input.unitTypeId,
            bands: json(bands),
            updatedBy: actor.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
    return {
      result: bandsView(row),
      audit: {
        action: 'gradeBands.set',
        entityType: 'gradeBands',
        entityId: `${input.cycleId}/${input.unitTypeId}`,
        before: before?.bands ?? null,
        after: bands,
      },
    };
  });
}

/** Removes the bands of one unit type: its units have no grade again (null). */
export function clearGradeBands(
  db: DbOrTx,
  actor: Actor,
  input: { cycleId: string; unitTypeId: string },
): Promise<void> {
  return withAudit(db, actor, async (trx) => {
    const before = await trx
      .deleteFrom('gradeBands')
      .where(bandsOf(input))
      .returningAll()
      .executeTakeFirst();
    if (!before) throw notFound(ENTITY.gradeBands, `${input.cycleId}/${input.unitTypeId}`);
    return {
      result: undefined,
      audit: {
        action: 'gradeBands.clear',
        entityType: 'gradeBands',
        entityId: `${input.cycleId}/${input.unitTypeId}`,
        before: before.bands,
      },
    };
  });
}

/** 不予评先 by hand: a named condition and a reason, on one assessment. */
export function barFromHonours(
  db: DbOrTx,
  actor: Actor,
  input: { assessmentId: string; condition: string; reason: string },
): Promise<HonoursBar> {
  return withAudit(db, actor, async (trx) => {
    const bar = await trx
      .insertInto('honoursBars')
      .values({
        id: crypto.randomUUID(),
        assessmentId: input.assessmentId,
        condition: input.condition,
        reason: input.reason,
        barredBy: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      result: bar,
      audit: recordAudit('honoursBar', 'honours.bar', bar, {
        after: bar,
        reason: bar.reason,
      }),
    };
  });
}

/** Lifts a bar with a reason. One way out of 'barred': a second lift is CONFLICT. */
export function liftHonoursBar(
  db: DbOrTx,
  actor: Actor,
  input: { barId: string; reason: string },
): Promise<HonoursBar> {
  return withAudit(db, actor, async (trx) => {
    const updated = await trx
      .updateTable('honoursBars')
      .set({ liftedAt: new Date(), liftedBy: actor.userId, liftReason: input.reason })
      .where('id', '=', input.barId)
      .where('liftedAt', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!updated) {
      const current = await trx
        .selectFrom('honoursBars')
        .selectAll()
        .where('id', '=', input.barId)
        .executeTakeFirst();
      throw conflictOrNotFound(current, ENTITY.honoursBar, input.barId);
    }
    return {
      result: updated,
      audit: recordAudit('honoursBar', 'honours.lift', updated, {
        before: { ...updated, liftedAt: null, liftedBy: null, liftReason: null },
        after: updated,
        reason: input.reason,
      }),
    };
  });
}

export interface HonoursBarRow extends HonoursBar {
  unitId: string;
  unitName: string;
}

/** Every bar by hand of a cycle (lifted ones too, with who and why), newest first. */
export async function listHonoursBars(
  db: DbOrTx,
  q: { cycleId: string; assessmentId?: string },
): Promise<HonoursBarRow[]> {
  return db
    .selectFrom('honoursBars as h')
    .innerJoin('assessments as a', 'a.id', 'h.assessmentId')
    .innerJoin('units as u', 'u.id', 'a.unitId')
    .selectAll('h')
    .select(['a.unitId', 'u.name as unitName'])
    .where('a.cycleId', '=', q.cycleId)
    .$if(q.assessmentId !== undefined, (b) => b.where('h.assessmentId', '=', q.assessmentId!))
    .orderBy('h.barredAt', 'desc')
    .orderBy('h.id')
    .execute();
}

/**
 * The assessments of a cycle whose review triggered a veto criterion (一票否决), with the
 * items: a criterion of kind 'veto' in the cycle's rubric whose review input says
 * `triggered: true`. Only the review counts: a unit's own self score cannot bar it.
 */
export async function vetoedItems(db: DbOrTx, cycleId: string): Promise<Map<string, string[]>> {
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
      -- The partial index's condition (migration 0016): only reviews with a triggered
      -- criterion are read, not every review of the cycle.
      and ir.review_inputs @? '$.*.triggered ? (@ == true)'
      and ir.review_inputs -> v.criterion_id ->> 'triggered' = 'true'
    order by 1, 2
  `.execute(db);
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.assessmentId, [...(out.get(r.assessmentId) ?? []), r.itemId]);
  return out;
}

/** The assessments of a cycle with a bar by hand that stands. */
export async function barredAssessments(db: DbOrTx, cycleId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('honoursBars as h')
    .innerJoin('assessments as a', 'a.id', 'h.assessmentId')
    .select('h.assessmentId')
    .distinct()
    .where('a.cycleId', '=', cycleId)
    .where('h.liftedAt', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.assessmentId));
}
