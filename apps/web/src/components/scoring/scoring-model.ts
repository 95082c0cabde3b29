/**
 * The scoring components' arithmetic, all of it delegated to the domain: a score shown
 * in the browser is computed by the same `scoreItem` / `scoreAssessment` the server
 * uses to decide it. Nothing here adds points itself.
 */
import {
  type AssessmentScore,
  type BonusAward,
  type Centi,
  type Criterion,
  type CriterionInput,
  type CriterionResult,
  criterionDepartment,
  type Item,
  type ItemInputs,
  type LocalizedText,
  type Rubric,
  scoreAssessment,
  scoreItem,
  toCenti,
} from '@kaohe/domain';

/** A rubric decimal (1.5) as hundredths: the form `formatCenti` displays. */
export const centiOf = (points: number): Centi => toCenti(points);

/** One criterion scored on its own: its breakdown line and its input problem, if any. */
export function criterionLine(
  rubric: Rubric,
  itemId: string,
  criterionId: string,
  value: CriterionInput | undefined,
  unitType: string,
): { result: CriterionResult; problem: LocalizedText | undefined } {
  // Criteria are evaluated independently, so scoring the item with only this input
  // gives exactly this criterion's line.
  const score = scoreItem(
    rubric,
    itemId,
    value === undefined ? undefined : { [criterionId]: value },
    { unitType },
  );
  const result = score.breakdown.find((b) => b.criterionId === criterionId);
  if (!result) throw new Error(`criterion ${criterionId} is not in item ${itemId}`);
  return { result, problem: score.problems.find((p) => p.criterionId === criterionId)?.message };
}

/**
 * The target percentage (hundredths) a threshold holds a unit type to, before anything is
 * entered. Asked of the engine with a 0 / 1 probe so that which target applies (the one
 * naming the unit type, else the one naming none) stays the domain's rule alone.
 */
export function thresholdTarget(
  rubric: Rubric,
  itemId: string,
  criterionId: string,
  unitType: string,
): Centi | undefined {
  return criterionLine(rubric, itemId, criterionId, { numerator: 0, denominator: 1 }, unitType)
    .result.target;
}

/** A criterion a person ticks: award or pass/fail without an indicator threshold. */
export function isChecklist(criterion: Criterion): boolean {
  return (criterion.kind === 'award' || criterion.kind === 'passFail') && !criterion.threshold;
}

/**
 * The inputs after one criterion changed. On paper a box left unticked on a scored item
 * means "not met", so once a person scores any criterion of an item, the checklist
 * criteria they have not touched are recorded as not met instead of "not filled in".
 * Only the criteria `department` judges are filled (a shared item's other half is not ours).
 */
export function withCriterion(
  item: Item,
  inputs: ItemInputs | undefined,
  criterionId: string,
  value: CriterionInput | undefined,
  department?: string,
): ItemInputs {
  const next: ItemInputs = { ...inputs };
  for (const criterion of item.rule.criteria) {
    if (department !== undefined && criterionDepartment(item, criterion) !== department) continue;
    if (isChecklist(criterion) && next[criterion.id] === undefined) {
      next[criterion.id] = { met: false };
    }
  }
  if (value === undefined) delete next[criterionId];
  else next[criterionId] = value;
  return next;
}

/** What a score column of the table shows: each item's points, and the totals. */
export interface ScoreColumn {
  /** Per item: its points, or null where nothing is recorded yet (the cell stays blank). */
  items: Record<string, Centi | null>;
  /** Category subtotals, 合计, 加分 and 总计, from `scoreAssessment`. */
  totals: AssessmentScore;
}

const hasInputs = (inputs: ItemInputs | undefined) =>
  inputs !== undefined && Object.keys(inputs).length > 0;

/** Scores a whole column (the unit's self scores, or the review scores) with `scoreAssessment`. */
export function scoreColumn(
  rubric: Rubric,
  unitType: string,
  inputs: Record<string, ItemInputs | undefined>,
  bonus: BonusAward[] = [],
): ScoreColumn {
  const totals = scoreAssessment(rubric, { unitType, items: inputs, bonus }, { explain: false });
  const items: Record<string, Centi | null> = {};
  for (const s of totals.items) items[s.itemId] = hasInputs(inputs[s.itemId]) ? s.points : null;
  return { items, totals };
}

export type ScoreSide = 'self' | 'review';

/**
 * An item out with the unit for revision: the fields of `WorkflowView.returns` the table
 * shows, with the returning department's name as the unit reads it.
 */
export interface ReturnedItem {
  itemId: string;
  reason: string;
  /** YYYY-MM-DD */
  deadline: string;
  departmentId?: string;
  /** Who returned it, as the unit reads it ("法律部"). */
  departmentName?: string;
}

export interface RubricTableEditing {
  /** Which column the drawer's scorer fills in. */
  side: ScoreSide;
  inputs: Record<string, ItemInputs | undefined>;
  onChange: (itemId: string, next: ItemInputs) => void;
  /** A department's review: only its own criteria are editable on shared items. */
  department?: string;
  /** The items that may change now (the workflow's `editableItems`); all when omitted. */
  editableItemIds?: readonly string[];
}

export interface RubricTableBonus {
  /** Points awarded per bonus item, as typed ("1.5"). */
  awards: Record<string, string | undefined>;
  /** Given: the 考评分 cells of the bonus rows are editable (the chairman's office). */
  onChange?: (bonusItemId: string, points: string | undefined) => void;
}
