/**
 * Drives an assessment to a workflow stage through the API, the way its users would:
 * the unit self-scores every item (full marks, with an explanation) and submits, every
 * department scores its own criteria (equal to the self score, so no remarks are needed)
 * and completes, the chairman's office awards a bonus point, completes and approves.
 */
import { rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { ASSESSMENT_STAGES, type AssessmentStage } from '@kaohe/workflow';
import { fullInputs } from '@kaohe/workflow/testing';
import { type Harness, REVIEWING_DEPARTMENTS, UNITS, USERS } from './harness.ts';

export const ITEMS = rubricItems(rubric2011).map(({ item }) => item);
/** The 2011 rubric's item `id`. */
export const itemOf = (id: string) => ITEMS.find((i) => i.id === id)!;
export const RETURNED_ITEM = 'dispute-mediation';
export const RETURN_DEADLINE = '2099-12-31';

export async function version(h: Harness, assessmentId: string): Promise<number> {
  return (await h.as(USERS.admin).assessment.byId({ id: assessmentId })).version;
}

/** The cycle an assessment belongs to. */
export async function cycleOf(h: Harness, assessmentId: string): Promise<string> {
  const row = await h.db
    .selectFrom('assessments')
    .select('cycleId')
    .where('id', '=', assessmentId)
    .executeTakeFirstOrThrow();
  return row.cycleId;
}

/** A new assessment of unit a (or another unit) in a cycle of its own. */
export async function newAssessment(
  h: Harness,
  unitId: string = UNITS.a.id,
  rubricId: string = h.rubricId,
): Promise<string> {
  const cycle = await h.as(USERS.admin).cycle.create({
    name: `测试考核 ${Math.random().toString(36).slice(2, 8)}`,
    rubricId,
    unitIds: [unitId],
  });
  const row = await h.db
    .selectFrom('assessments')
    .select('id')
    .where('cycleId', '=', cycle.id)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function selfScoreAll(h: Harness, assessmentId: string, unitUser: string) {
  const unit = h.as(unitUser);
  const detail = await h.as(USERS.admin).assessment.byId({ id: assessmentId });
  for (const item of ITEMS) {
    const row = detail.items.find((i) => i.itemId === item.id)!;
    await unit.assessment.saveSelfScore({
      assessmentId,
      itemId: item.id,
      inputs: fullInputs(item),
      explanation: `第${item.number}项已按要求完成，详见佐证材料。`,
      expectedVersion: row.version,
    });
  }
}

export async function reviewAll(
  h: Harness,
  assessmentId: string,
  departments = REVIEWING_DEPARTMENTS,
) {
  const detail = await h.as(USERS.admin).assessment.byId({ id: assessmentId });
  for (const departmentId of departments) {
    const dept = h.as(USERS.dept(departmentId));
    for (const item of ITEMS) {
      const review = detail.items
        .find((i) => i.itemId === item.id)!
        .reviews.find((r) => r.departmentId === departmentId);
      if (!review) continue;
      await dept.review.saveReviewScore({
        assessmentId,
        itemId: item.id,
        inputs: fullInputs(item, departmentId),
        remarks: null,
        expectedVersion: review.version,
      });
    }
  }
}

/** 法律部 returns item 7 to the unit (with a reason and a deadline, by default the ones below). */
export async function returnItem7(
  h: Harness,
  assessmentId: string,
  { reason = '调解组织建立率与年报不一致，请核实', deadline = RETURN_DEADLINE } = {},
) {
  return h.as(USERS.dept('legal')).review.returnItems({
    assessmentId,
    expectedVersion: await version(h, assessmentId),
    command: { type: 'RETURN_ITEMS', itemIds: [RETURNED_ITEM], reason, deadline },
  });
}

/** A publication period around the clock's now: open for a week. */
export function openPeriod(h: Harness) {
  const now = h.clock.now().getTime();
  return {
    periodStart: new Date(now - 60_000).toISOString(),
    periodEnd: new Date(now + 7 * 24 * 3600_000).toISOString(),
  };
}

/**
 * A new assessment of unit a in `stage`. 'selfScoring' is fully self-scored but not
 * submitted; 'review' has every review score entered, no department complete; 'returned'
 * is 'review' with item 7 returned by 法律部; 'bonus' has every review complete;
 * 'finalApproval' has one bonus award and the bonus completed.
 */
export async function assessmentAt(
  h: Harness,
  stage: AssessmentStage,
  options: {
    unitId?: string;
    /** A published rubric with the 2011 items (default: the 2011 rubric). */
    rubricId?: string;
    /** Runs once the self scores are in, before submitting (to attach evidence, say). */
    whileSelfScoring?: (assessmentId: string) => Promise<void>;
  } = {},
): Promise<string> {
  const unitId = options.unitId ?? UNITS.a.id;
  const id = await newAssessment(h, unitId, options.rubricId);
  const unitUser = `unit-${unitId}`;
  const reached = (s: AssessmentStage) =>
    ASSESSMENT_STAGES.indexOf(stage) >= ASSESSMENT_STAGES.indexOf(s);
  await selfScoreAll(h, id, unitUser);
  await options.whileSelfScoring?.(id);
  if (stage === 'selfScoring') return id;
  await h.as(unitUser).assessment.submit({
    assessmentId: id,
    expectedVersion: await version(h, id),
    command: { type: 'SUBMIT' },
  });
  await reviewAll(h, id);
  if (stage === 'review') return id;
  if (stage === 'returned') {
    await returnItem7(h, id);
    return id;
  }
  for (const departmentId of REVIEWING_DEPARTMENTS) {
    await h.as(USERS.dept(departmentId)).review.completeUnit({
      assessmentId: id,
      expectedVersion: await version(h, id),
      command: { type: 'COMPLETE_REVIEW' },
    });
  }
  if (!reached('finalApproval')) return id;
  const chairman = h.as(USERS.chairman);
  await chairman.bonus.award({
    assessmentId: id,
    bonusItemId: 'bonus-excellence',
    points: 1,
    reason: '创先争优有特色',
    // Full marks plus a point passes 120: confirmed, as the office would (issue 16).
    confirmOverSubtotal: true,
  });
  await chairman.bonus.complete({
    assessmentId: id,
    expectedVersion: await version(h, id),
    command: { type: 'COMPLETE_BONUS' },
  });
  if (stage === 'finalApproval') return id;
  await chairman.approval.approve({
    assessmentId: id,
    expectedVersion: await version(h, id),
    command: { type: 'APPROVE' },
  });
  if (stage === 'approved') return id;
  // 'published': its own cycle's results, open to appeals for a week.
  await h.as(USERS.admin).appeal.publish({
    cycleId: await cycleOf(h, id),
    unitTypeId: null,
    ...openPeriod(h),
    showRanking: false,
  });
  return id;
}
