import {
  BONUS_TARGET,
  type DEADLINE_STAGES,
  listAppeals,
  openAppealCounts,
  publicationAssessmentIds,
} from '@kaohe/db';
import { type OpenReturn, RESULT_STAGES, STAGE_NAMES } from '@kaohe/workflow';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { overdueWork, returnsDue } from '../services/deadline-service.ts';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';

const OverdueSchema = z.object({
  units: z.array(
    z.object({
      assessmentId: z.string(),
      cycleId: z.string(),
      cycleName: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      stage: z.string(),
      dueAt: z.date(),
    }),
  ),
  departments: z.array(
    z.object({
      departmentId: z.string(),
      departmentName: z.string(),
      cycleId: z.string(),
      cycleName: z.string(),
      dueAt: z.date(),
      assessmentIds: z.array(z.string()),
      unitNames: z.array(z.string()),
    }),
  ),
});

const TodoSchema = z.object({
  /** 'waitUnit': a department's review that waits on the unit's revision (退回修改), not on it. */
  kind: z.enum([
    'selfScore',
    'revise',
    'review',
    'waitUnit',
    'bonus',
    'approve',
    // 公示 and 申诉 (issue 14)
    'appeal',
    'appealAnswer',
    'appealDecide',
    'finalise',
  ]),
  assessmentId: z.string(),
  unitName: z.string(),
  cycleName: z.string(),
  stage: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  deadline: z.date().nullable(),
  overdue: z.boolean(),
});
type Todo = z.infer<typeof TodoSchema>;

type Actor = NonNullable<Context['actor']>;

/** Which deadline governs a stage: the returned stage runs to the return's own deadline. */
const STAGE_DEADLINE: Record<string, (typeof DEADLINE_STAGES)[number] | undefined> = {
  selfScoring: 'selfScoring',
  review: 'review',
  returned: 'review',
  bonus: 'bonus',
  finalApproval: 'finalApproval',
};

async function rows(ctx: Context, actor: Actor) {
  let q = ctx.db
    .selectFrom('assessments as a')
    .innerJoin('cycles as c', 'c.id', 'a.cycleId')
    .innerJoin('units as u', 'u.id', 'a.unitId')
    .leftJoin('cycleDeadlines as d', (j) => j.onRef('d.cycleId', '=', 'a.cycleId'))
    .select([
      'a.id',
      'a.stage',
      'u.name as unitName',
      'c.name as cycleName',
      'd.stage as deadlineStage',
      'd.dueAt',
      sql<string | null>`a.snapshot->'context'->'departments'->>${actor.departmentId ?? ''}`.as(
        'departmentStatus',
      ),
      sql<unknown>`a.snapshot->'context'->'returns'`.as('returns'),
    ])
    .where('a.stage', 'not in', [...RESULT_STAGES]);
  switch (actor.role) {
    case 'unit':
      q = q
        .where('a.unitId', '=', actor.unitId!)
        .where('a.stage', 'in', ['selfScoring', 'returned']);
      break;
    case 'department':
      q = q
        .where('a.stage', 'in', ['review', 'returned'])
        .where(
          sql<string>`a.snapshot->'context'->'departments'->>${actor.departmentId ?? ''}`,
          'in',
          ['reviewing', 'returned'],
        );
      break;
    case 'chairman':
      q = q.where('a.stage', 'in', ['bonus', 'finalApproval']);
      break;
    case 'admin':
      return [];
  }
  return q.orderBy('u.name').execute();
}

/**
 * 公示 and 申诉: a unit's published result while it may still appeal, a department's
 * appeals to answer, the chairman's office's answers to decide (and bonus appeals to
 * answer), the admin's publications ready to finalise. The deadline is the period's end.
 */
async function appealTodos(ctx: Context, actor: Actor): Promise<Todo[]> {
  const now = ctx.now();
  const text = (unitName: string, zh: string, en: string) => ({
    zh: `${unitName}：${zh}`,
    en: `${unitName}: ${en}`,
  });
  const base = { stage: 'published', overdue: false };
  if (actor.role === 'unit') {
    const rows = await ctx.db
      .selectFrom('assessments as a')
      .innerJoin('publicationAssessments as pa', 'pa.assessmentId', 'a.id')
      .innerJoin('publications as p', 'p.id', 'pa.publicationId')
      .innerJoin('cycles as c', 'c.id', 'a.cycleId')
      .innerJoin('units as u', 'u.id', 'a.unitId')
      .select(['a.id', 'u.name as unitName', 'c.name as cycleName', 'p.periodEnd'])
      .where('a.unitId', '=', actor.unitId ?? '')
      .where('a.stage', '=', 'published')
      .where('p.periodStart', '<=', now)
      .where('p.periodEnd', '>', now)
      .execute();
    return rows.map((r) => ({
      ...base,
      kind: 'appeal' as const,
      assessmentId: r.id,
      unitName: r.unitName,
      cycleName: r.cycleName,
      title: text(
        r.unitName,
        '考核结果公示中，如有异议可提出申诉',
        'result published; appeal if you object',
      ),
      deadline: r.periodEnd,
    }));
  }
  if (actor.role === 'department' || actor.role === 'chairman') {
    const appeals = await listAppeals(ctx.db, {
      statuses: actor.role === 'department' ? ['filed'] : ['filed', 'answered'],
      ...(actor.role === 'department' ? { departmentId: actor.departmentId ?? '' } : {}),
    });
    const mine = appeals.filter((a) =>
      actor.role === 'department'
        ? a.stage === 'published'
        : a.stage === 'published' && (a.status === 'answered' || a.target === BONUS_TARGET),
    );
    const byAssessment = new Map<string, Todo>();
    for (const a of mine) {
      const todo = byAssessment.get(a.assessmentId);
      if (todo) continue;
      const count = mine.filter((x) => x.assessmentId === a.assessmentId).length;
      byAssessment.set(a.assessmentId, {
        ...base,
        kind: actor.role === 'department' ? 'appealAnswer' : 'appealDecide',
        assessmentId: a.assessmentId,
        unitName: a.unitName,
        cycleName: a.cycleName,
        title:
          actor.role === 'department'
            ? text(a.unitName, `${count}项申诉待答复`, `${count} appeal(s) to answer`)
            : text(a.unitName, `${count}项申诉待决定`, `${count} appeal(s) to decide`),
        deadline: a.periodEnd,
      });
    }
    return [...byAssessment.values()];
  }
  // The admin: publications whose period is over, not yet final.
  const pubs = await ctx.db
    .selectFrom('publications as p')
    .innerJoin('cycles as c', 'c.id', 'p.cycleId')
    .select(['p.id', 'p.periodEnd', 'c.name as cycleName'])
    .where('p.finalisedAt', 'is', null)
    .where('p.periodEnd', '<=', now)
    .execute();
  const out: Todo[] = [];
  for (const p of pubs) {
    const ids = await publicationAssessmentIds(ctx.db, p.id);
    if (ids.length === 0) continue;
    const open = [...(await openAppealCounts(ctx.db, ids)).values()].reduce((a, b) => a + b, 0);
    out.push({
      ...base,
      kind: 'finalise',
      // The row's key: the publication's first assessment stands for it.
      assessmentId: ids[0]!,
      unitName: p.cycleName,
      cycleName: p.cycleName,
      title:
        open > 0
          ? text(
              p.cycleName,
              `公示已结束，尚有${open}项申诉未决定`,
              `period over, ${open} appeal(s) open`,
            )
          : text(p.cycleName, '公示已结束，请确定最终结果', 'period over; finalise the results'),
      // The period's end has passed by definition: no deadline to show as overdue.
      deadline: null,
    });
  }
  return out;
}

export const todoRouter = router({
  /** What this user must do now, with the deadline that applies and whether it has passed. */
  mine: authedProcedure.output(z.array(TodoSchema)).query(async ({ ctx }) => {
    const now = ctx.now();
    const byAssessment = new Map<string, Todo>();
    for (const r of await rows(ctx, ctx.actor)) {
      let todo = byAssessment.get(r.id);
      if (!todo) {
        const kind: Todo['kind'] =
          ctx.actor.role === 'unit'
            ? r.stage === 'returned'
              ? 'revise'
              : 'selfScore'
            : ctx.actor.role === 'department'
              ? r.departmentStatus === 'returned'
                ? 'waitUnit'
                : 'review'
              : r.stage === 'bonus'
                ? 'bonus'
                : 'approve';
        const name = STAGE_NAMES[r.stage as keyof typeof STAGE_NAMES] ?? {
          zh: r.stage,
          en: r.stage,
        };
        todo = {
          kind,
          assessmentId: r.id,
          unitName: r.unitName,
          cycleName: r.cycleName,
          stage: r.stage,
          title: { zh: `${r.unitName}：${name.zh}`, en: `${r.unitName}: ${name.en}` },
          deadline: null,
          overdue: false,
        };
        if ((kind === 'revise' || kind === 'waitUnit') && Array.isArray(r.returns)) {
          const returns = r.returns as OpenReturn[];
          todo.deadline = returnsDue(
            kind === 'waitUnit'
              ? returns.filter((x) => x.departmentId === ctx.actor.departmentId)
              : returns,
          );
        }
        byAssessment.set(r.id, todo);
      }
      if (
        todo.kind !== 'revise' &&
        todo.kind !== 'waitUnit' &&
        r.deadlineStage === STAGE_DEADLINE[r.stage] &&
        r.dueAt
      ) {
        todo.deadline = r.dueAt;
      }
    }
    for (const todo of await appealTodos(ctx, ctx.actor)) byAssessment.set(todo.assessmentId, todo);
    const out = [...byAssessment.values()].map((t) => ({
      ...t,
      overdue: t.deadline !== null && t.deadline < now,
    }));
    return out.sort(
      (a, b) => (a.deadline?.getTime() ?? Infinity) - (b.deadline?.getTime() ?? Infinity),
    );
  }),

  /**
   * Who is overdue now (the admin's 待办: every unit and department; a department's: the
   * units it reviews, and itself), for the lists and the 催办 that starts from them.
   */
  overdue: roleProcedure('admin', 'department')
    .output(OverdueSchema)
    .query(({ ctx }) =>
      overdueWork(
        ctx.db,
        ctx.now(),
        ctx.actor.role === 'department' ? { departmentId: ctx.actor.departmentId! } : {},
      ),
    ),
});
