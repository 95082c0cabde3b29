/**
 * An assessment as the server sends it, read into what the pages show, with the domain's
 * engine: the same `scoreItem` / `scoreAssessment` the server decides with. The readiness
 * and remark rules mirror the workflow package's (`selfScoreReadiness`, `reviewReadiness`,
 * which the web does not import): the server's refusal stays the last word, these only
 * say beforehand what it would say.
 */
import {
  type BonusAward,
  type Centi,
  type ItemInputs,
  type ItemScore,
  type LocalizedText,
  type Rubric,
  rubricItems,
  scoreItem,
} from '@kaohe/domain';
import type { AssessmentDetail } from '../../trpc.ts';

export type AssessmentItemRow = AssessmentDetail['items'][number];
export type Inputs = Record<string, ItemInputs | undefined>;

const asInputs = (value: unknown): ItemInputs | undefined =>
  value && typeof value === 'object' && Object.keys(value).length > 0
    ? (value as ItemInputs)
    : undefined;

/** The unit's self-score inputs, by item. */
export function selfInputsOf(a: Pick<AssessmentDetail, 'items'>): Inputs {
  return Object.fromEntries(a.items.map((i) => [i.itemId, asInputs(i.selfInputs)]));
}

/**
 * The review inputs by item, every department's criteria together: on items 8, 11 and 21
 * each department judges its own criteria and the item's 考评分 combines them.
 */
export function reviewInputsOf(a: Pick<AssessmentDetail, 'items'>): Inputs {
  const out: Inputs = {};
  for (const i of a.items) {
    let merged: ItemInputs | undefined;
    for (const r of i.reviews) {
      const inputs = asInputs(r.reviewInputs);
      if (inputs) merged = { ...merged, ...inputs };
    }
    out[i.itemId] = merged;
  }
  return out;
}

/** The bonus awards that count (a revoked award stays in the record, not in the total). */
export function bonusOf(a: Pick<AssessmentDetail, 'bonusAwards'>): BonusAward[] {
  return a.bonusAwards
    .filter((b) => b.revokedAt === null)
    .map((b) => ({ bonusItemId: b.bonusItemId, points: b.points }));
}

/** 备注 per item: each department's remarks, named where two departments review it; and per bonus item, the reasons. */
export function remarksOf(
  rubric: Rubric,
  a: Pick<AssessmentDetail, 'items' | 'bonusAwards'>,
): Record<string, string> {
  const name = (id: string) => rubric.departments.find((d) => d.id === id)?.name ?? id;
  const out: Record<string, string> = {};
  for (const i of a.items) {
    const withRemarks = i.reviews.filter((r) => (r.remarks ?? '').trim() !== '');
    if (withRemarks.length === 0) continue;
    out[i.itemId] =
      i.reviews.length > 1
        ? withRemarks.map((r) => `${name(r.departmentId)}：${r.remarks}`).join('\n')
        : (withRemarks[0]!.remarks ?? '');
  }
  for (const b of a.bonusAwards) {
    if (b.revokedAt !== null) continue;
    out[b.bonusItemId] = out[b.bonusItemId] ? `${out[b.bonusItemId]}\n${b.reason}` : b.reason;
  }
  return out;
}

/** An item that is not ready to submit, with why (the words the server's refusal would use). */
export interface ItemProblem {
  itemId: string;
  number: number;
  reasons: LocalizedText[];
}

const blank = (text: string | null | undefined) => (text ?? '').trim() === '';

/** Why a score is not complete and valid: each missing or invalid criterion, then other problems. */
function scoreProblems(score: ItemScore): LocalizedText[] {
  const out: LocalizedText[] = score.breakdown
    .filter((b) => b.status === 'missing' || b.status === 'invalid')
    .map((b) => b.explanation);
  for (const p of score.problems) {
    if (p.criterionId !== '' && score.breakdown.some((b) => b.criterionId === p.criterionId)) {
      continue;
    }
    out.push(p.message);
  }
  return out;
}

export const NO_EXPLANATION: LocalizedText = {
  zh: '未填写自评说明',
  en: 'no explanation of the self score',
};

/**
 * Every item in scope has a complete, valid self score and, where the rubric requires
 * one, an explanation. `only`: the returned items (a resubmission checks just those).
 */
export function selfReadiness(
  rubric: Rubric,
  unitType: string,
  drafts: Record<string, { inputs: ItemInputs | undefined; explanation: string } | undefined>,
  only?: readonly string[],
): ItemProblem[] {
  const out: ItemProblem[] = [];
  for (const { item } of rubricItems(rubric)) {
    if (only && !only.includes(item.id)) continue;
    const draft = drafts[item.id];
    const reasons = scoreProblems(scoreItem(rubric, item.id, draft?.inputs, { unitType }));
    if (item.explanationRequired && blank(draft?.explanation)) reasons.push(NO_EXPLANATION);
    if (reasons.length > 0) out.push({ itemId: item.id, number: item.number, reasons });
  }
  return out;
}

export interface ReviewShare {
  /** The department's share of the unit's self score (its own criteria only). */
  self: Centi;
  /** The department's review score of the same criteria. */
  review: Centi;
  /** Every criterion the department judges has a valid input. */
  complete: boolean;
  /** "考评分与自评分不同时须填写备注": complete, different, and no remarks yet. */
  remarksRequired: boolean;
  /** The two differ (remarks are expected whether or not written yet). */
  differs: boolean;
}

/**
 * A department's share of one item: the review score against the self score on the same
 * criteria. Remarks are required where a complete review differs from the self score
 * (the server refuses to complete the review otherwise).
 */
export function reviewShare(
  rubric: Rubric,
  unitType: string,
  itemId: string,
  departmentId: string,
  selfInputs: ItemInputs | undefined,
  reviewInputs: ItemInputs | undefined,
  remarks: string | null | undefined,
): ReviewShare {
  const ctx = { unitType };
  const options = { department: departmentId, explain: false };
  const review = scoreItem(rubric, itemId, reviewInputs, ctx, options);
  const self = scoreItem(rubric, itemId, selfInputs, ctx, options);
  const complete = review.complete && review.problems.length === 0;
  const differs = complete && self.points !== review.points;
  return {
    self: self.points,
    review: review.points,
    complete,
    differs,
    remarksRequired: differs && blank(remarks),
  };
}

/**
 * Rank within each group (unit type), highest score first. Ties share a rank and the
 * next rank skips ("1, 1, 3"), as results lists are read. Rows without a score get none.
 */
export function rankWithinGroups<T>(
  rows: readonly T[],
  group: (row: T) => string,
  score: (row: T) => Centi | null,
): Map<T, number> {
  const groups = new Map<string, Array<{ row: T; points: Centi }>>();
  for (const row of rows) {
    const points = score(row);
    if (points === null) continue;
    const key = group(row);
    groups.set(key, [...(groups.get(key) ?? []), { row, points }]);
  }
  const ranks = new Map<T, number>();
  for (const list of groups.values()) {
    list.sort((a, b) => b.points - a.points);
    list.forEach((entry, index) => {
      const previous = list[index - 1];
      ranks.set(
        entry.row,
        previous && previous.points === entry.points ? ranks.get(previous.row)! : index + 1,
      );
    });
  }
  return ranks;
}
