import type { DEADLINE_STAGES } from '@kaohe/db';
import { type OpenReturn, STAGE_NAMES } from '@kaohe/workflow';
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
  kind: z.enum(['selfScore', 'revise', 'review', 'waitUnit', 'bonus', 'approve']),
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
    .where('a.stage', '<>', 'approved');
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
