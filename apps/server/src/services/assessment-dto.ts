/**
 * An assessment as the client receives it: the rows the actor may see, the workflow's view
 * and exact totals. Totals are sums of stored exact scores (each computed by the domain
 * engine when it was saved) and the domain's bonus caps.
 */
import type { AssessmentItem } from '@kaohe/db';
import {
  type Actor,
  type Centi,
  formatCenti,
  type Rubric,
  rubricItems,
  scoreBonus,
  toCenti,
} from '@kaohe/domain';
import { isResultStage } from '@kaohe/workflow';
import { type LoadedAssessment, visibleItems } from './assessment-access.ts';

function sum(items: AssessmentItem[], pick: (i: AssessmentItem) => string | null): Centi | null {
  let total = 0;
  let any = false;
  for (const i of items) {
    const v = pick(i);
    if (v !== null) {
      total += toCenti(v);
      any = true;
    }
  }
  return any ? total : null;
}

export function categoryTotals(
  rubric: Rubric,
  items: AssessmentItem[],
  pick: (i: AssessmentItem) => string | null,
) {
  return rubric.categories.map((c) => {
    const ids = new Set(c.items.map((i) => i.id));
    const points = sum(
      items.filter((i) => ids.has(i.itemId)),
      pick,
    );
    return { categoryId: c.id, name: c.name, points: points === null ? null : formatCenti(points) };
  });
}

export function assessmentDto(actor: Actor, loaded: LoadedAssessment, unitName: string) {
  const { detail, rubric, view } = loaded;
  const items = visibleItems(actor, loaded);
  const reviewVisible = actor.role !== 'unit' || isResultStage(view.stage);
  const awards = reviewVisible ? detail.bonusAwards : [];
  const bonus = scoreBonus(
    rubric,
    awards
      .filter((a) => a.revokedAt === null)
      .map((a) => ({ bonusItemId: a.bonusItemId, points: a.points })),
  );
  const selfSubtotal = sum(items, (i) => i.selfScore);
  const reviewSubtotal = reviewVisible ? sum(items, (i) => i.reviewScore) : null;
  const whole = actor.role !== 'department';
  return {
    id: detail.assessment.id,
    cycleId: detail.assessment.cycleId,
    unitId: detail.assessment.unitId,
    unitName,
    unitTypeId: detail.unitTypeId,
    rubricId: detail.rubricId,
    stage: view.stage,
    version: detail.assessment.version,
    submittedAt: detail.assessment.submittedAt,
    approvedAt: detail.assessment.approvedAt,
    view,
    items: items.map((i) => ({
      itemId: i.itemId,
      number: i.number,
      categoryId: i.categoryId,
      baseScore: i.baseScore,
      selfInputs: i.selfInputs,
      selfScore: i.selfScore,
      explanation: i.explanation,
      reviewScore: reviewVisible ? i.reviewScore : null,
      version: i.version,
      reviews: i.reviews.map((r) => ({
        departmentId: r.departmentId,
        reviewInputs: r.reviewInputs,
        reviewScore: r.reviewScore,
        remarks: r.remarks,
        status: r.status,
        returnedReason: r.returnedReason,
        returnDeadline: r.returnDeadline,
        version: r.version,
      })),
    })),
    bonusAwards: awards.map((a) => ({
      id: a.id,
      bonusItemId: a.bonusItemId,
      points: a.points,
      reason: a.reason,
      awardedBy: a.awardedBy,
      awardedAt: a.awardedAt,
      revokedAt: a.revokedAt,
    })),
    totals: {
      itemCount: rubricItems(rubric).length,
      selfScoredCount: items.filter((i) => i.selfScore !== null).length,
      selfSubtotal: whole && selfSubtotal !== null ? formatCenti(selfSubtotal) : null,
      reviewSubtotal: whole && reviewSubtotal !== null ? formatCenti(reviewSubtotal) : null,
      bonus: reviewVisible ? formatCenti(bonus.total) : null,
      total: whole && reviewSubtotal !== null ? formatCenti(reviewSubtotal + bonus.total) : null,
      selfCategories: whole ? categoryTotals(rubric, items, (i) => i.selfScore) : [],
      reviewCategories:
        whole && reviewVisible ? categoryTotals(rubric, items, (i) => i.reviewScore) : [],
    },
  };
}

export type AssessmentDto = ReturnType<typeof assessmentDto>;
