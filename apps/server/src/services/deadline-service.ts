/**
 * Deadlines that mean something (issue 15): their order, whether a step came late, and
 * who is overdue now. Time is always the injected clock (`deps.now`), never `new Date()`.
 *
 * "逾期" has one meaning everywhere: the deadline that governs the stage an assessment is
 * in has passed and the party that must act has not. The governing deadline of a stage is
 * the cycle's deadline for it; while items are out with the unit (退回修改) it is the
 * earliest return deadline of those items.
 */
import { type DbOrTx, DEADLINE_STAGES, type DeadlineStage, getCycle } from '@kaohe/db';
import { DomainError, type LocalizedText } from '@kaohe/domain';
import { type AssessmentEvent, type OpenReturn, STAGE_NAMES } from '@kaohe/workflow';
import { sql } from 'kysely';

export type Deadlines = Partial<Record<DeadlineStage, Date>>;

/** A deadline is the end of that day in the federation's time zone. */
export const endOfDay = (date: string) => new Date(`${date}T23:59:59+08:00`);

/** The calendar date (YYYY-MM-DD) of an instant in the federation's time zone. */
export const localDate = (at: Date) =>
  new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

const ORDER_TEXT: LocalizedText = {
  zh: '单位自评 ≤ 部门考评 ≤ 主席室加分 ≤ 终审',
  en: 'self-scoring ≤ department review ≤ bonus ≤ final approval',
};

/**
 * "Self-scoring before review before bonus before approval": every later stage's deadline
 * on or after every earlier one's. Stages without a deadline are left out of the check.
 */
export function assertDeadlineOrder(deadlines: Deadlines): void {
  const set = DEADLINE_STAGES.filter((s) => deadlines[s]);
  for (let i = 0; i < set.length; i++) {
    for (let j = i + 1; j < set.length; j++) {
      const earlier = set[i]!;
      const later = set[j]!;
      if (deadlines[later]!.getTime() < deadlines[earlier]!.getTime()) {
        const a = STAGE_NAMES[earlier];
        const b = STAGE_NAMES[later];
        const da = localDate(deadlines[earlier]!);
        const db = localDate(deadlines[later]!);
        throw new DomainError(
          'INVALID_INPUT',
          {
            zh: `截止日期顺序不对：${b.zh}（${db}）不能早于${a.zh}（${da}）。顺序应为 ${ORDER_TEXT.zh}`,
            en: `Deadlines out of order: ${b.en} (${db}) cannot be before ${a.en} (${da}). The order is ${ORDER_TEXT.en}`,
          },
          { field: `deadlines.${later}` },
        );
      }
    }
  }
}

/** A return's deadline lies within the review stage: not after the review deadline. */
export function assertReturnDeadline(deadline: string, deadlines: Deadlines): void {
  const due = endOfDay(deadline);
  const review = deadlines.review;
  if (review && due.getTime() > review.getTime()) {
    throw new DomainError(
      'INVALID_INPUT',
      {
        zh: `整改期限（${deadline}）不能晚于部门考评截止日期（${localDate(review)}）`,
        en: `The revision deadline (${deadline}) cannot be after the department review deadline (${localDate(review)})`,
      },
      { field: 'deadline' },
    );
  }
}

/** The earliest deadline of the returns still out with the unit. */
export function returnsDue(returns: readonly Pick<OpenReturn, 'deadline'>[]): Date | null {
  if (returns.length === 0) return null;
  return new Date(Math.min(...returns.map((r) => endOfDay(r.deadline).getTime())));
}

export interface GoverningDeadline {
  /** The stage whose deadline it is ('returned': the return's own deadline). */
  stage: DeadlineStage | 'returned';
  dueAt: Date;
}

/** The deadline that governs an assessment in `stage` (see the file comment). */
export function governingDeadline(
  stage: string,
  deadlines: Deadlines,
  returns: readonly Pick<OpenReturn, 'deadline'>[],
): GoverningDeadline | null {
  if (stage === 'returned') {
    const due = returnsDue(returns);
    return due ? { stage: 'returned', dueAt: due } : null;
  }
  if ((DEADLINE_STAGES as readonly string[]).includes(stage)) {
    const due = deadlines[stage as DeadlineStage];
    return due ? { stage: stage as DeadlineStage, dueAt: due } : null;
  }
  return null;
}

/** The step that ends a party's part of a stage, and the deadline it answers to. */
export function lateness(
  event: AssessmentEvent,
  deadlines: Deadlines,
  returns: readonly Pick<OpenReturn, 'deadline'>[],
  now: Date,
): GoverningDeadline | null {
  const due: GoverningDeadline | null = (() => {
    switch (event.type) {
      case 'SUBMIT':
        return deadlines.selfScoring
          ? { stage: 'selfScoring', dueAt: deadlines.selfScoring }
          : null;
      case 'RESUBMIT': {
        const d = returnsDue(returns);
        return d ? { stage: 'returned', dueAt: d } : null;
      }
      case 'COMPLETE_REVIEW':
        return deadlines.review ? { stage: 'review', dueAt: deadlines.review } : null;
      case 'COMPLETE_BONUS':
        return deadlines.bonus ? { stage: 'bonus', dueAt: deadlines.bonus } : null;
      case 'APPROVE':
        return deadlines.finalApproval
          ? { stage: 'finalApproval', dueAt: deadlines.finalApproval }
          : null;
      default:
        return null;
    }
  })();
  return due && now.getTime() > due.dueAt.getTime() ? due : null;
}

export async function cycleDeadlines(db: DbOrTx, cycleId: string): Promise<Deadlines> {
  return (await getCycle(db, cycleId))?.deadlines ?? {};
}

export interface OverdueUnit {
  assessmentId: string;
  cycleId: string;
  cycleName: string;
  unitId: string;
  unitName: string;
  stage: string;
  dueAt: Date;
}

export interface OverdueDepartment {
  departmentId: string;
  departmentName: string;
  cycleId: string;
  cycleName: string;
  dueAt: Date;
  /** The assessments this department still has to review. */
  assessmentIds: string[];
  unitNames: string[];
}

/**
 * Everything overdue at `now`: units (self-scoring, or a revision past its return
 * deadline) and departments (a review still open past the review deadline), optionally
 * only the assessments a department reviews. One query over the open assessments.
 */
export async function overdueWork(
  db: DbOrTx,
  now: Date,
  scope: { departmentId?: string; cycleId?: string } = {},
): Promise<{ units: OverdueUnit[]; departments: OverdueDepartment[] }> {
  let q = db
    .selectFrom('assessments as a')
    .innerJoin('cycles as c', 'c.id', 'a.cycleId')
    .innerJoin('units as u', 'u.id', 'a.unitId')
    .leftJoin('cycleDeadlines as ds', (j) =>
      j.onRef('ds.cycleId', '=', 'a.cycleId').on('ds.stage', '=', 'selfScoring'),
    )
    .leftJoin('cycleDeadlines as dr', (j) =>
      j.onRef('dr.cycleId', '=', 'a.cycleId').on('dr.stage', '=', 'review'),
    )
    .select([
      'a.id',
      'a.stage',
      'a.cycleId',
      'c.name as cycleName',
      'a.unitId',
      'u.name as unitName',
      'ds.dueAt as selfDue',
      'dr.dueAt as reviewDue',
      sql<Record<string, string> | null>`a.snapshot->'context'->'departments'`.as('departments'),
      sql<OpenReturn[] | null>`a.snapshot->'context'->'returns'`.as('returns'),
    ])
    .where('a.stage', 'in', ['selfScoring', 'review', 'returned']);
  if (scope.cycleId) q = q.where('a.cycleId', '=', scope.cycleId);
  if (scope.departmentId) {
    q = q.where(
      sql<string>`a.snapshot->'context'->'departments'->>${scope.departmentId}`,
      'is not',
      null,
    );
  }
  const rows = await q.orderBy('u.name').orderBy('a.id').execute();
  const units: OverdueUnit[] = [];
  const departments = new Map<string, OverdueDepartment>();
  const t = now.getTime();
  for (const r of rows) {
    const returns = r.returns ?? [];
    if (r.stage === 'selfScoring' && r.selfDue && r.selfDue.getTime() < t) {
      units.push({ ...unitOf(r), stage: r.stage, dueAt: r.selfDue });
    }
    if (r.stage === 'returned') {
      const mine = scope.departmentId
        ? returns.filter((x) => x.departmentId === scope.departmentId)
        : returns;
      const due = returnsDue(mine);
      if (due && due.getTime() < t) units.push({ ...unitOf(r), stage: r.stage, dueAt: due });
    }
    if (
      (r.stage === 'review' || r.stage === 'returned') &&
      r.reviewDue &&
      r.reviewDue.getTime() < t
    ) {
      for (const [departmentId, status] of Object.entries(r.departments ?? {})) {
        if (status !== 'reviewing') continue;
        if (scope.departmentId && departmentId !== scope.departmentId) continue;
        const key = `${r.cycleId}/${departmentId}`;
        let d = departments.get(key);
        if (!d) {
          d = {
            departmentId,
            departmentName: departmentId,
            cycleId: r.cycleId,
            cycleName: r.cycleName,
            dueAt: r.reviewDue,
            assessmentIds: [],
            unitNames: [],
          };
          departments.set(key, d);
        }
        d.assessmentIds.push(r.id);
        d.unitNames.push(r.unitName);
      }
    }
  }
  if (departments.size > 0) {
    const names = await db
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('id', 'in', [...new Set([...departments.values()].map((d) => d.departmentId))])
      .execute();
    const byId = new Map(names.map((n) => [n.id, n.name]));
    for (const d of departments.values())
      d.departmentName = byId.get(d.departmentId) ?? d.departmentId;
  }
  return { units, departments: [...departments.values()] };
}

function unitOf(r: {
  id: string;
  cycleId: string;
  cycleName: string;
  unitId: string;
  unitName: string;
}) {
  return {
    assessmentId: r.id,
    cycleId: r.cycleId,
    cycleName: r.cycleName,
    unitId: r.unitId,
    unitName: r.unitName,
  };
}

/**
 * The assessments of a cycle that are 逾期 now, whoever is late on them: the unit, a
 * department still reviewing, or the chairman's office (bonus, final approval).
 */
export async function overdueAssessmentIds(
  db: DbOrTx,
  now: Date,
  cycleId: string,
): Promise<Set<string>> {
  const work = await overdueWork(db, now, { cycleId });
  const ids = new Set([
    ...work.units.map((u) => u.assessmentId),
    ...work.departments.flatMap((d) => d.assessmentIds),
  ]);
  const deadlines = await cycleDeadlines(db, cycleId);
  for (const stage of ['bonus', 'finalApproval'] as const) {
    const due = deadlines[stage];
    if (!due || due.getTime() >= now.getTime()) continue;
    const rows = await db
      .selectFrom('assessments')
      .select('id')
      .where('cycleId', '=', cycleId)
      .where('stage', '=', stage)
      .execute();
    for (const r of rows) ids.add(r.id);
  }
  return ids;
}
