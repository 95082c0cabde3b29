/**
 * The facts the machine needs and cannot read from the database, computed with the
 * domain's scoring engine. The server computes them before it sends SUBMIT, RESUBMIT
 * or COMPLETE_REVIEW; the web computes the same to say what is still missing.
 */
import {
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

/**
 * Every item in scope has a complete, valid self score, and an explanation where the
 * item requires one. `only` limits the check to some items: on RESUBMIT, the items
 * that were returned.
 */
export function selfScoreReadiness(
  rubric: Rubric,
  unitType: string,
  items: Record<string, SelfScoreEntry | undefined>,
  options: { only?: readonly string[] } = {},
): SelfScoreReadiness {
  const incomplete: ReadinessProblem[] = [];
  const scope = checkedScope(rubric, options.only);
  for (const item of scope) {
    const entry = items[item.id];
    const problems = scoreProblems(scoreItem(rubric, item.id, entry?.inputs, { unitType }));
    if (item.explanationRequired && blank(entry?.explanation)) {
      problems.push({ zh: '未填写自评说明', en: 'no explanation of the self score' });
    }
    if (problems.length > 0) {
      incomplete.push({ itemId: item.id, number: item.number, reason: join(problems) });
    }
  }
  return {
    ready: incomplete.length === 0,
    incomplete,
    checkedItemIds: scope.map((item) => item.id),
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
