/**
 * The steps of the people a journey does not click through, taken through the API the way
 * the app takes them: the same procedures, versions and commands.
 */
import type { ItemInputs } from '@kaohe/domain';
import type { Api } from './api.ts';
import { agreeing, explanationOf, ITEMS } from './plan.ts';

export async function assessmentVersion(api: Api, id: string): Promise<number> {
  return (await api.assessment.byId.query({ id })).version;
}

export async function selfScoreAll(
  unit: Api,
  id: string,
  inputsOf: (item: (typeof ITEMS)[number]) => ItemInputs,
) {
  const detail = await unit.assessment.byId.query({ id });
  for (const item of ITEMS) {
    const row = detail.items.find((i) => i.itemId === item.id)!;
    await unit.assessment.saveSelfScore.mutate({
      assessmentId: id,
      itemId: item.id,
      inputs: inputsOf(item),
      explanation: explanationOf(item),
      expectedVersion: row.version,
    });
  }
}

export async function submit(unit: Api, id: string) {
  await unit.assessment.submit.mutate({
    assessmentId: id,
    expectedVersion: await assessmentVersion(unit, id),
    command: { type: 'SUBMIT' },
  });
}

/** A department agrees with every self score of its criteria, and optionally completes. */
export async function reviewAgreeing(
  department: Api,
  departmentId: string,
  id: string,
  options: { complete: boolean },
) {
  const detail = await department.assessment.byId.query({ id });
  for (const row of detail.items) {
    const review = row.reviews.find((r) => r.departmentId === departmentId);
    if (!review) continue;
    const item = ITEMS.find((i) => i.id === row.itemId)!;
    await department.review.saveReviewScore.mutate({
      assessmentId: id,
      itemId: row.itemId,
      inputs: agreeing(item, departmentId, (row.selfInputs ?? {}) as ItemInputs),
      remarks: null,
      expectedVersion: review.version,
    });
  }
  if (options.complete) {
    await department.review.completeUnit.mutate({
      assessmentId: id,
      expectedVersion: await assessmentVersion(department, id),
      command: { type: 'COMPLETE_REVIEW' },
    });
  }
}

export async function bonusAndComplete(chairman: Api, id: string, points: string) {
  await chairman.bonus.award.mutate({
    assessmentId: id,
    bonusItemId: 'bonus-honours',
    points,
    reason: '荣获全国模范职工之家称号',
    // The totals may pass the rubric's 合计: confirmed, as the office would (issue 16).
    confirmOverSubtotal: true,
  });
  await chairman.bonus.complete.mutate({
    assessmentId: id,
    expectedVersion: await assessmentVersion(chairman, id),
    command: { type: 'COMPLETE_BONUS' },
  });
}
