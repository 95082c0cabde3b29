/**
 * 公示 and 申诉 (issue 14): publications of a cycle's results, the assessments each covers,
 * and the appeals on them with the department's answer and the chairman's office's
 * decision. Every write is audited with its change; the server decides who may write.
 */
import type { Actor } from '@kaohe/domain';
import { type Selectable, sql } from 'kysely';
import { recordAudit } from './audit-repository.ts';
import { conflict, notFound } from './errors.ts';
import type { Appeal, AppealAnswer, AppealDecision, AppealsTable, Publication } from './schema.ts';
import { BONUS_TARGET } from './schema.ts';
import { type DbOrTx, withAudit } from './transaction.ts';
import { canonicalScore, decimalFrom } from './values.ts';

const PUBLICATION = { zh: '公示', en: 'publication' };
const APPEAL = { zh: '申诉', en: 'appeal' };

/** Scores read back canonical ("4.50" → "4.5"). */
function appealView(a: Selectable<AppealsTable>): Appeal {
  return {
    ...a,
    scoreBefore: canonicalScore(a.scoreBefore),
    scoreAfter: canonicalScore(a.scoreAfter),
  };
}

/** The item an appeal's events belong to (the audit trail's item column reads `itemId`). */
function auditAfter(a: Appeal) {
  return { ...a, itemId: a.target === BONUS_TARGET ? null : a.target };
}

export interface NewPublicationInput {
  cycleId: string;
  unitTypeId: string | null;
  periodStart: Date;
  periodEnd: Date;
  showRanking: boolean;
  assessmentIds: readonly string[];
}

/** A publication and the assessments it covers, recorded as one audited event. */
export function createPublication(
  db: DbOrTx,
  actor: Actor,
  input: NewPublicationInput,
): Promise<Publication> {
  return withAudit(db, actor, async (trx) => {
    const row = await trx
      .insertInto('publications')
      .values({
        id: crypto.randomUUID(),
        cycleId: input.cycleId,
        unitTypeId: input.unitTypeId,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        showRanking: input.showRanking,
        publishedBy: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    for (let i = 0; i < input.assessmentIds.length; i += 1000) {
      await trx
        .insertInto('publicationAssessments')
        .values(
          input.assessmentIds
            .slice(i, i + 1000)
            .map((assessmentId) => ({ publicationId: row.id, assessmentId })),
        )
        .execute();
    }
    return {
      result: row,
      audit: {
        action: 'publication.create',
        entityType: 'publication',
        entityId: row.id,
        after: { ...row, assessments: input.assessmentIds.length },
      },
    };
  });
}

export function getPublication(db: DbOrTx, id: string): Promise<Publication | undefined> {
  return db.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A cycle's publications, newest first. */
export function listPublications(db: DbOrTx, cycleId: string): Promise<Publication[]> {
  return db
    .selectFrom('publications')
    .selectAll()
    .where('cycleId', '=', cycleId)
    .orderBy('publishedAt', 'desc')
    .orderBy('id')
    .execute();
}

/** The publication an assessment was last published in, if any. */
export function publicationOf(db: DbOrTx, assessmentId: string): Promise<Publication | undefined> {
  return db
    .selectFrom('publications as p')
    .innerJoin('publicationAssessments as pa', 'pa.publicationId', 'p.id')
    .selectAll('p')
    .where('pa.assessmentId', '=', assessmentId)
    .orderBy('p.publishedAt', 'desc')
    .orderBy('p.id', 'desc')
    .executeTakeFirst();
}

/** The assessments a publication covers. */
export async function publicationAssessmentIds(
  db: DbOrTx,
  publicationId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('publicationAssessments')
    .select('assessmentId')
    .where('publicationId', '=', publicationId)
    .orderBy('assessmentId')
    .execute();
  return rows.map((r) => r.assessmentId);
}

export function markPublicationFinalised(
  db: DbOrTx,
  actor: Actor,
  input: { publicationId: string; at: Date },
): Promise<Publication> {
  return withAudit(db, actor, async (trx) => {
    const row = await trx
      .updateTable('publications')
      .set({ finalisedBy: actor.userId, finalisedAt: input.at })
      .where('id', '=', input.publicationId)
      .where('finalisedAt', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound(PUBLICATION, input.publicationId);
    return {
      result: row,
      audit: {
        action: 'publication.finalise',
        entityType: 'publication',
        entityId: row.id,
        after: row,
      },
    };
  });
}

export interface NewAppealInput {
  publicationId: string;
  assessmentId: string;
  target: string;
  reason: string;
  evidenceIds: readonly string[];
  at: Date;
}

export function fileAppeal(db: DbOrTx, actor: Actor, input: NewAppealInput): Promise<Appeal> {
  return withAudit(db, actor, async (trx) => {
    const row = appealView(
      await trx
        .insertInto('appeals')
        .values({
          id: crypto.randomUUID(),
          publicationId: input.publicationId,
          assessmentId: input.assessmentId,
          target: input.target,
          reason: input.reason,
          evidenceIds: [...input.evidenceIds],
          filedBy: actor.userId,
          filedAt: input.at,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return {
      result: row,
      audit: recordAudit('appeal', 'appeal.file', row, {
        after: auditAfter(row),
        reason: row.reason,
      }),
    };
  });
}

/** The appeal, locked for the rest of the transaction. */
export async function lockAppeal(db: DbOrTx, id: string): Promise<Appeal> {
  const row = await db
    .selectFrom('appeals')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound(APPEAL, id);
  return appealView(row);
}

export function getAppeal(db: DbOrTx, id: string): Promise<Appeal | undefined> {
  return db
    .selectFrom('appeals')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
    .then((r) => (r ? appealView(r) : undefined));
}

async function updateAppeal(
  db: DbOrTx,
  actor: Actor,
  input: { id: string; expectedVersion: number; action: string; reason: string | null },
  set: Partial<Record<keyof AppealsTable, unknown>>,
): Promise<Appeal> {
  return withAudit(db, actor, async (trx) => {
    const before = await lockAppeal(trx, input.id);
    if (before.version !== input.expectedVersion) throw conflict(before);
    const after = appealView(
      await trx
        .updateTable('appeals')
        // biome-ignore lint/suspicious/noExplicitAny: the callers below name the columns
        .set({ ...(set as any), version: sql<number>`version + 1` })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return {
      result: after,
      audit: recordAudit('appeal', input.action, after, {
        before: auditAfter(before),
        after: auditAfter(after),
        reason: input.reason,
      }),
    };
  });
}

export function answerAppeal(
  db: DbOrTx,
  actor: Actor,
  input: {
    id: string;
    expectedVersion: number;
    answer: AppealAnswer;
    remark: string | null;
    departmentId: string | null;
    scoreBefore: string | null;
    scoreAfter: string | null;
    at: Date;
  },
): Promise<Appeal> {
  return updateAppeal(
    db,
    actor,
    { ...input, action: 'appeal.answer', reason: input.remark },
    {
      status: 'answered',
      answer: input.answer,
      answerRemark: input.remark,
      answerDepartmentId: input.departmentId,
      scoreBefore: input.scoreBefore === null ? null : decimalFrom(input.scoreBefore),
      scoreAfter: input.scoreAfter === null ? null : decimalFrom(input.scoreAfter),
      answeredBy: actor.userId,
      answeredAt: input.at,
    },
  );
}

/**
 * The chairman's office's decision. `confirmed` closes the appeal with the answer;
 * `otherwise` sends it back to the department with the office's reason, to answer again.
 */
export function decideAppeal(
  db: DbOrTx,
  actor: Actor,
  input: {
    id: string;
    expectedVersion: number;
    decision: AppealDecision;
    reason: string | null;
    at: Date;
  },
): Promise<Appeal> {
  return updateAppeal(
    db,
    actor,
    { ...input, action: 'appeal.decide', reason: input.reason },
    {
      status: input.decision === 'confirmed' ? 'decided' : 'filed',
      decision: input.decision,
      decisionReason: input.reason,
      decidedBy: actor.userId,
      decidedAt: input.at,
    },
  );
}

export interface AppealRow extends Appeal {
  unitId: string;
  unitName: string;
  unitTypeId: string;
  cycleId: string;
  cycleName: string;
  /** 序号 of the item; null for the bonus. */
  itemNumber: number | null;
  /** The departments that review the item (the 加分项: none). */
  departments: string[];
  periodEnd: Date;
  stage: string;
}

export interface AppealQuery {
  cycleId?: string;
  assessmentId?: string;
  /** Only appeals on the items this department reviews. */
  departmentId?: string;
  /** Only these statuses. */
  statuses?: readonly string[];
}

/** Appeals with what a list shows of them, oldest first. */
export async function listAppeals(db: DbOrTx, q: AppealQuery): Promise<AppealRow[]> {
  let query = db
    .selectFrom('appeals as ap')
    .innerJoin('publications as p', 'p.id', 'ap.publicationId')
    .innerJoin('assessments as a', 'a.id', 'ap.assessmentId')
    .innerJoin('cycles as c', 'c.id', 'a.cycleId')
    .innerJoin('cycleUnits as cu', (j) =>
      j.onRef('cu.cycleId', '=', 'a.cycleId').onRef('cu.unitId', '=', 'a.unitId'),
    )
    .innerJoin('units as u', 'u.id', 'a.unitId')
    .leftJoin('rubricItems as ri', (j) =>
      j.onRef('ri.rubricId', '=', 'c.rubricId').onRef('ri.itemId', '=', 'ap.target'),
    )
    .selectAll('ap')
    .select([
      'u.id as unitId',
      'u.name as unitName',
      'cu.unitTypeId',
      'c.id as cycleId',
      'c.name as cycleName',
      'ri.number as itemNumber',
      'ri.reviewingDepartments as departments',
      'p.periodEnd',
      'a.stage',
    ]);
  if (q.cycleId !== undefined) query = query.where('a.cycleId', '=', q.cycleId);
  if (q.assessmentId !== undefined) query = query.where('ap.assessmentId', '=', q.assessmentId);
  if (q.departmentId !== undefined) {
    query = query.where(sql<boolean>`${q.departmentId}::text = any(ri.reviewing_departments)`);
  }
  if (q.statuses !== undefined) {
    if (q.statuses.length === 0) return [];
    query = query.where('ap.status', 'in', [...q.statuses] as Appeal['status'][]);
  }
  const rows = await query
    .orderBy('ap.filedAt')
    .orderBy('u.name')
    .orderBy('ri.number')
    .orderBy('ap.id')
    .execute();
  return rows.map((r) => ({
    ...appealView(r),
    unitId: r.unitId,
    unitName: r.unitName,
    unitTypeId: r.unitTypeId,
    cycleId: r.cycleId,
    cycleName: r.cycleName,
    itemNumber: r.itemNumber ?? null,
    departments: r.departments ?? [],
    periodEnd: r.periodEnd,
    stage: r.stage,
  }));
}

/** Appeals not yet decided, per assessment of a publication. */
export async function openAppealCounts(
  db: DbOrTx,
  assessmentIds: readonly string[],
): Promise<Map<string, number>> {
  if (assessmentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('appeals')
    .select(['assessmentId', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('assessmentId', 'in', [...assessmentIds])
    .where('status', '<>', 'decided')
    .groupBy('assessmentId')
    .execute();
  return new Map(rows.map((r) => [r.assessmentId, Number(r.n)]));
}

export interface AppealsReportRow {
  /** A department's id; null for appeals on the bonus. */
  departmentId: string | null;
  departmentName: string | null;
  appealed: number;
  upheld: number;
  changed: number;
  /** Not decided yet (waiting for the answer or the decision). */
  open: number;
}

/**
 * The appeals report: items appealed, upheld and changed, by department. An item two
 * departments review counts for each; the outcome is the confirmed answer's.
 */
export async function appealsReport(db: DbOrTx, cycleId: string): Promise<AppealsReportRow[]> {
  const { rows } = await sql<{
    departmentId: string | null;
    departmentName: string | null;
    appealed: string | number;
    upheld: string | number;
    changed: string | number;
    open: string | number;
  }>`
    select d.dep as "departmentId", dept.name as "departmentName",
           count(*) as appealed,
           count(*) filter (where ap.status = 'decided' and ap.answer = 'upheld') as upheld,
           count(*) filter (where ap.status = 'decided' and ap.answer = 'changed') as changed,
           count(*) filter (where ap.status <> 'decided') as open
    from appeals ap
    join assessments a on a.id = ap.assessment_id
    join cycles c on c.id = a.cycle_id
    left join rubric_items ri on ri.rubric_id = c.rubric_id and ri.item_id = ap.target
    left join lateral unnest(coalesce(ri.reviewing_departments, array[null]::text[])) as d(dep) on true
    left join departments dept on dept.id = d.dep
    where a.cycle_id = ${cycleId}
    group by d.dep, dept.name
    order by count(*) desc, dept.name collate "C" nulls last
  `.execute(db);
  return rows.map((r) => ({
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    appealed: Number(r.appealed),
    upheld: Number(r.upheld),
    changed: Number(r.changed),
    open: Number(r.open),
  }));
}
