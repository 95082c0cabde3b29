/**
 * The facts the machine needs and cannot read from the database, computed with the
 * domain's scoring engine. The server computes them before it sends SUBMIT, RESUBMIT
 * or COMPLETE_REVIEW; the web computes the same to say what is still missing.
 */
import {
  type Centi,
  DomainError,
  formatCenti,
  type ItemInputs,
  type ItemScore,
  type LocalizedText,
  type Rubric,
  reviewingDepartments,
  rubricItems,
  scoreItem,
} from '@kaohe/domain';
import type { ReadinessProblem, ReviewReadiness, SelfScoreReadiness } from './events.ts';

export interface SelfScoreEntry {
  inputs: ItemInputs | undefined;
  /** The unit's written explanation (说明) of its self score. */
  explanation: string | null;
}

export interface ReviewEntry {
  /** The unit's self-score inputs: the department's share of them is compared with its review. */
  selfInputs: ItemInputs | undefined;
  /** The department's review-score inputs (its own criteria count; others are ignored). */
  reviewInputs: ItemInputs | undefined;
  /** 备注 */
  remarks: string | null;
}

const blank = (text: string | null | undefined) => (text ?? '').trim() === '';

/** Why a score is not complete and valid: each missing or invalid criterion, then other problems. */
function scoreProblems(score: ItemScore): LocalizedText[] {
  const out: LocalizedText[] = score.breakdown
    .filter((b) => b.status === 'missing' || b.status === 'invalid')
    .map((b) => b.explanation);
  for (const p of score.problems) {
    // Invalid criteria already said it in their breakdown line.
    if (p.criterionId !== '' && score.breakdown.some((b) => b.criterionId === p.criterionId)) {
      continue;
    }
    out.push(p.message);
  }
  return out;
}

function join(parts: LocalizedText[]): LocalizedText {
  return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
}

function checkedScope(rubric: Rubric, only: readonly string[] | undefined) {
  const all = rubricItems(rubric).map(({ item }) => item);
  if (only === undefined) return all;
  const unknown = only.filter((id) => !all.some((item) => item.id === id));
  if (unknown.length > 0) {
    throw new DomainError('INVALID_INPUT', {
      zh: `考核表中没有这些项目：${unknown.join('、')}`,
      en: `the rubric has no items ${unknown.join(', ')}`,
    });
  }
  return all.filter((item) => only.includes(item.id));
}

/** An item that is not ready, with each reason (the words of the server's refusal). */
export interface ItemProblem {
  itemId: string;
  number: number;
  reasons: LocalizedText[];
}

export const NO_EXPLANATION: LocalizedText = {
  zh: '未填写自评说明',
  en: 'no explanation of the self score',
};

/**
 * Each item in scope that lacks a complete, valid self score, or an explanation where the
 * item requires one. `only` limits the check to some items: on RESUBMIT, the items that
 * were returned. The web lists these reasons one by one before the unit submits.
 */
export function selfScoreProblems(
  rubric: Rubric,
  unitType: string,
  items: Record<string, SelfScoreEntry | undefined>,
  options: { only?: readonly string[] } = {},
): ItemProblem[] {
  const out: ItemProblem[] = [];
  for (const item of checkedScope(rubric, options.only)) {
    const entry = items[item.id];
    const reasons = scoreProblems(scoreItem(rubric, item.id, entry?.inputs, { unitType }));
    if (item.explanationRequired && blank(entry?.explanation)) reasons.push(NO_EXPLANATION);
    if (reasons.length > 0) out.push({ itemId: item.id, number: item.number, reasons });
  }
  return out;
}

/** `selfScoreProblems` as the fact the machine checks on SUBMIT and RESUBMIT. */
export function selfScoreReadiness(
  rubric: Rubric,
  unitType: string,
  items: Record<string, SelfScoreEntry | undefined>,
  options: { only?: readonly string[] } = {},
): SelfScoreReadiness {
  const incomplete: ReadinessProblem[] = selfScoreProblems(rubric, unitType, items, options).map(
    (p) => ({ itemId: p.itemId, number: p.number, reason: join(p.reasons) }),
  );
  return {
    ready: incomplete.length === 0,
    incomplete,
    checkedItemIds: checkedScope(rubric, options.only).map((item) => item.id),
  };
}

/**
 * Every item the department reviews has its review score (its own criteria only: on
 * items 8, 11 and 21 each department judges its own), and remarks (备注) wherever that
 * score differs from the unit's self score on the same criteria.
 */
export function reviewReadiness(
  rubric: Rubric,
  unitType: string,
  departmentId: string,
  items: Record<string, ReviewEntry | undefined>,
): ReviewReadiness {
  const incomplete: ReadinessProblem[] = [];
  const scope = rubricItems(rubric)
    .map(({ item }) => item)
    .filter((item) => reviewingDepartments(item).includes(departmentId));
  const ctx = { unitType };
  const options = { department: departmentId };
  for (const item of scope) {
    const entry = items[item.id];
    const review = scoreItem(rubric, item.id, entry?.reviewInputs, ctx, options);
    const problems = scoreProblems(review);
    if (problems.length === 0 && blank(entry?.remarks)) {
      const self = scoreItem(rubric, item.id, entry?.selfInputs, ctx, {
        ...options,
        explain: false,
      });
      if (self.points !== review.points) {
        const r = formatCenti(review.points);
        const s = formatCenti(self.points);
        problems.push({
          zh: `考评分（${r}分）与自评分（${s}分）不同，须填写备注`,
          en: `the review score (${r}) differs from the self score (${s}): remarks are required`,
        });
      }
    }
    if (problems.length > 0) {
      incomplete.push({ itemId: item.id, number: item.number, reason: join(problems) });
    }
  }
  return {
    ready: incomplete.length === 0,
    incomplete,
    checkedItemIds: scope.map((item) => item.id),
    departmentId,
  };
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
