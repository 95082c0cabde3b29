/**
 * Yearly cycles (考核年度): the rubric they use, their deadlines per stage, the units
 * assessed. Creating a cycle creates every assessment with its item rows in SQL, from
 * rubric_items: an item_scores row per item and an item_reviews row per department that
 * reviews it, so the grid and the saves never have to create rows on the fly.
 */
import { type Actor, DomainError } from '@kaohe/domain';
import { sql, type Transaction } from 'kysely';
import type { AuditEntry } from './audit-repository.ts';
import { ENTITY, notFound } from './errors.ts';
import { updateVersioned } from './optimistic.ts';
import { type Cycle, type Database, DEADLINE_STAGES, type DeadlineStage } from './schema.ts';
import { startTotals } from './totals-repository.ts';
import { type DbOrTx, withAudit } from './transaction.ts';
import { type JsonValue, json } from './values.ts';

/** What the workflow package persists for an assessment; opaque here. */
export interface WorkflowState {
  stage: string;
  snapshot: JsonValue;
  machineVersion: number;
}

export interface NewAssessmentContext {
  assessmentId: string;
  cycleId: string;
  unitId: string;
  unitTypeId: string;
}

/** One initial state for all, or one per assessment (the snapshot may name its ids). */
export type InitialWorkflow = WorkflowState | ((a: NewAssessmentContext) => WorkflowState);

export type Deadlines = Partial<Record<DeadlineStage, Date>>;

export type CycleRecord = Cycle & { deadlines: Deadlines; assessmentCount: number };

const CHUNK = 1000;

export interface CreateCycleInput {
  id?: string;
  name: string;
  rubricId: string;
  deadlines?: Deadlines;
  unitIds: readonly string[];
  initialWorkflow: InitialWorkflow;
}

export function createCycle(
  db: DbOrTx,
  actor: Actor,
  input: CreateCycleInput,
): Promise<{ cycle: CycleRecord; assessments: NewAssessmentContext[] }> {
  return withAudit(db, actor, async (trx) => {
    const rubric = await trx
      .selectFrom('rubrics')
      .select(['id', 'year', 'status'])
      .where('id', '=', input.rubricId)
      .executeTakeFirst();
    if (!rubric) throw notFound(ENTITY.rubric, input.rubricId);
    if (rubric.status !== 'published') {
      throw new DomainError('INVALID_INPUT', {
        zh: '只能用已发布的考核表开始考核年度',
        en: 'A cycle can only use a published rubric',
      });
    }
    const cycle = await trx
      .insertInto('cycles')
      .values({
        id: input.id ?? crypto.randomUUID(),
        year: rubric.year,
        rubricId: rubric.id,
        name: input.name.trim(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const deadlines = input.deadlines ?? {};
    await writeDeadlines(trx, cycle.id, deadlines);
    const created = await createAssessments(trx, cycle, input.unitIds, input.initialWorkflow);
    return {
      result: {
        cycle: { ...cycle, deadlines: pickDeadlines(deadlines), assessmentCount: created.length },
        assessments: created,
      },
      audit: [
        {
          action: 'cycle.create',
          entityType: 'cycle',
          entityId: cycle.id,
          after: { ...cycle, deadlines, unitCount: created.length },
        },
        ...assessmentEvents(created, input.initialWorkflow),
      ],
    };
  });
}

/** Adds units to a running cycle (a union founded mid-year). */
export function addUnitsToCycle(
  db: DbOrTx,
  actor: Actor,
  input: { cycleId: string; unitIds: readonly string[]; initialWorkflow: InitialWorkflow },
): Promise<NewAssessmentContext[]> {
  return withAudit(db, actor, async (trx) => {
    const cycle = await trx
      .selectFrom('cycles')
      .selectAll()
      .where('id', '=', input.cycleId)
      .executeTakeFirst();
    if (!cycle) throw notFound(ENTITY.cycle, input.cycleId);
    const created = await createAssessments(trx, cycle, input.unitIds, input.initialWorkflow);
    return { result: created, audit: assessmentEvents(created, input.initialWorkflow) };
  });
}

function stateFor(initial: InitialWorkflow, a: NewAssessmentContext): WorkflowState {
  return typeof initial === 'function' ? initial(a) : initial;
}

function assessmentEvents(
  created: readonly NewAssessmentContext[],
  initial: InitialWorkflow,
): AuditEntry[] {
  return created.map((a) => {
    const { stage, machineVersion } = stateFor(initial, a);
    return {
      action: 'assessment.create',
      entityType: 'assessment',
      entityId: a.assessmentId,
      assessmentId: a.assessmentId,
      after: {
        cycleId: a.cycleId,
        unitId: a.unitId,
        unitTypeId: a.unitTypeId,
        stage,
        machineVersion,
      },
    };
  });
}

async function createAssessments(
  trx: Transaction<Database>,
  cycle: Cycle,
  unitIds: readonly string[],
  initial: InitialWorkflow,
): Promise<NewAssessmentContext[]> {
  const ids = [...new Set(unitIds)];
  const units = new Map<string, { unitTypeId: string; active: boolean }>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('units')
      .select(['id', 'unitTypeId', 'active'])
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) units.set(r.id, r);
  }
  const missing = ids.filter((id) => !units.has(id));
  if (missing.length > 0) throw notFound(ENTITY.unit, missing.slice(0, 5).join(', '));
  const inactive = ids.filter((id) => units.get(id)?.active === false);
  if (inactive.length > 0) {
    throw new DomainError('INVALID_INPUT', {
      zh: `已停用的单位不能参加考核：${inactive.slice(0, 5).join('、')}`,
      en: `Inactive units cannot be assessed: ${inactive.slice(0, 5).join(', ')}`,
    });
  }
  await assertRubricDepartmentsExist(trx, cycle.rubricId);

  const created: NewAssessmentContext[] = ids.map((unitId) => ({
    assessmentId: crypto.randomUUID(),
    cycleId: cycle.id,
    unitId,
    unitTypeId: units.get(unitId)!.unitTypeId,
  }));
  for (let i = 0; i < created.length; i += CHUNK) {
    const chunk = created.slice(i, i + CHUNK);
    await trx
      .insertInto('cycleUnits')
      .values(
        chunk.map((a) => ({ cycleId: a.cycleId, unitId: a.unitId, unitTypeId: a.unitTypeId })),
      )
      .execute();
    await trx
      .insertInto('assessments')
      .values(
        chunk.map((a) => {
          const s = stateFor(initial, a);
          return {
            id: a.assessmentId,
            cycleId: a.cycleId,
            unitId: a.unitId,
            stage: s.stage,
            machineVersion: s.machineVersion,
            snapshot: json(s.snapshot),
          };
        }),
      )
      .execute();
    const assessmentIds = sql.join(chunk.map((a) => a.assessmentId));
    await sql`
      insert into item_scores (assessment_id, item_id, base_score)
      select a.id, ri.item_id, ri.base_score
      from assessments a
      join rubric_items ri on ri.rubric_id = ${cycle.rubricId}
      where a.id in (${assessmentIds})`.execute(trx);
    await sql`
      insert into item_reviews (assessment_id, cycle_id, item_id, department_id)
      select a.id, a.cycle_id, ri.item_id, d.department_id
      from assessments a
      join rubric_items ri on ri.rubric_id = ${cycle.rubricId}
      cross join lateral unnest(ri.reviewing_departments) as d(department_id)
      where a.id in (${assessmentIds})`.execute(trx);
  }
  await startTotals(trx, {
    cycleId: cycle.id,
    rubricId: cycle.rubricId,
    assessmentIds: created.map((a) => a.assessmentId),
  });
  return created;
}

/** A rubric names departments by id; every one must exist before reviews can point at it. */
async function assertRubricDepartmentsExist(
  trx: Transaction<Database>,
  rubricId: string,
): Promise<void> {
  const { rows } = await sql<{ departmentId: string }>`
    select distinct d.department_id
    from rubric_items ri
    cross join lateral unnest(ri.reviewing_departments) as d(department_id)
    where ri.rubric_id = ${rubricId}
      and not exists (select 1 from departments x where x.id = d.department_id)`.execute(trx);
  if (rows.length > 0) {
    const list = rows.map((r) => r.departmentId).join(', ');
    throw new DomainError('INVALID_INPUT', {
      zh: `考核表中的部门尚未建立：${list}`,
      en: `The rubric names departments that do not exist yet: ${list}`,
    });
  }
}

async function writeDeadlines(
  trx: Transaction<Database>,
  cycleId: string,
  deadlines: Partial<Record<DeadlineStage, Date | null>>,
): Promise<void> {
  for (const stage of DEADLINE_STAGES) {
    if (!(stage in deadlines)) continue;
    const dueAt = deadlines[stage];
    if (dueAt) {
      await trx
        .insertInto('cycleDeadlines')
        .values({ cycleId, stage, dueAt })
        .onConflict((oc) => oc.columns(['cycleId', 'stage']).doUpdateSet({ dueAt }))
        .execute();
    } else {
      await trx
        .deleteFrom('cycleDeadlines')
        .where('cycleId', '=', cycleId)
        .where('stage', '=', stage)
        .execute();
    }
  }
}

/** A cycle's deadlines from its `cycle_deadlines` rows, or from their JSON (getAssessment). */
export function pickDeadlines(
  d: Partial<Record<DeadlineStage, Date | string | null | undefined>>,
): Deadlines {
  const out: Deadlines = {};
  for (const stage of DEADLINE_STAGES) {
    const v = d[stage];
    if (v) out[stage] = typeof v === 'string' ? new Date(v) : v;
  }
  return out;
}

/** Sets (a Date) or removes (null) deadlines; stages not named stay as they are. */
export function setCycleDeadlines(
  db: DbOrTx,
  actor: Actor,
  input: {
    cycleId: string;
    deadlines: Partial<Record<DeadlineStage, Date | null>>;
    expectedVersion: number;
    reason?: string;
  },
): Promise<CycleRecord> {
  return withAudit(db, actor, async (trx) => {
    const { before } = await updateVersioned({
      what: ENTITY.cycle,
      id: input.cycleId,
      expectedVersion: input.expectedVersion,
      read: () => readCycle(trx, input.cycleId),
      update: async () => {
        const updated = await trx
          .updateTable('cycles')
          .set({ version: sql<number>`version + 1` })
          .where('id', '=', input.cycleId)
          .where('version', '=', input.expectedVersion)
          .returning('id')
          .executeTakeFirst();
        return updated && readCycle(trx, input.cycleId);
      },
    });
    await writeDeadlines(trx, input.cycleId, input.deadlines);
    const after = (await readCycle(trx, input.cycleId))!;
    return {
      result: after,
      audit: {
        action: 'cycle.setDeadlines',
        entityType: 'cycle',
        entityId: input.cycleId,
        before: { version: before.version, deadlines: before.deadlines },
        after: { version: after.version, deadlines: after.deadlines },
        reason: input.reason ?? null,
      },
    };
  });
}

async function readCycle(db: DbOrTx, id: string): Promise<CycleRecord | undefined> {
  const cycle = await db
    .selectFrom('cycles')
    .selectAll()
    .select((eb) =>
      eb
        .selectFrom('assessments')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('assessments.cycleId', '=', 'cycles.id')
        .as('assessmentCount'),
    )
    .where('id', '=', id)
    .executeTakeFirst();
  if (!cycle) return undefined;
  const rows = await db
    .selectFrom('cycleDeadlines')
    .select(['stage', 'dueAt'])
    .where('cycleId', '=', id)
    .execute();
  return {
    ...cycle,
    assessmentCount: cycle.assessmentCount ?? 0,
    deadlines: pickDeadlines(Object.fromEntries(rows.map((r) => [r.stage, r.dueAt]))),
  };
}

export function getCycle(db: DbOrTx, id: string): Promise<CycleRecord | undefined> {
  return readCycle(db, id);
}

export async function listCycles(
  db: DbOrTx,
  filter: { year?: number } = {},
): Promise<CycleRecord[]> {
  let q = db.selectFrom('cycles').select('id');
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  const ids = await q.orderBy('year', 'desc').orderBy('createdAt', 'desc').execute();
  const out: CycleRecord[] = [];
  for (const { id } of ids) {
    const c = await readCycle(db, id);
    if (c) out.push(c);
  }
  return out;
}
