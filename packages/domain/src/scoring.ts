/**
 * The scoring engine. One function, `scoreItem`, turns the inputs recorded against an
 * item's criteria into the item's score; the unit's self score and a department's
 * review score both go through it. Totals build on it. All arithmetic is on integer
 * hundredths (see points.ts).
 *
 * How criteria combine, the rule the whole rubric follows:
 *   1. each criterion contributes: award/passFail its points when met, levels the
 *      chosen level's points, holistic the judged value, deduction minus
 *      points × occurrences;
 *   2. a triggered veto makes the whole item 0 ("整项不得分");
 *   3. the result is clamped to [0, base] ("扣分…不低于0", the base is the item maximum).
 */
import type { LocalizedText } from './errors.ts';
import { type Centi, clampCenti, formatCenti, tryToCenti } from './points.ts';
import type { Criterion, Item, Rubric } from './rubric.ts';
import { criterionDepartment } from './rubric-items.ts';
import type { CriterionInput, ItemInputs } from './scoring-input.ts';

export type CriterionStatus =
  | 'met'
  | 'notMet'
  | 'level'
  | 'noLevel'
  | 'deducted'
  | 'noDeduction'
  | 'vetoed'
  | 'notVetoed'
  | 'judged'
  | 'missing'
  | 'invalid';

export interface CriterionResult {
  criterionId: string;
  kind: Criterion['kind'];
  department: string;
  status: CriterionStatus;
  /** Signed contribution in hundredths before the veto and the clamp. */
  delta: Centi;
  /** For thresholds: the reported rate and the target that applied, in hundredths of a percent. */
  rate?: Centi;
  target?: Centi;
  /** The result in words, for the breakdown beside the score. */
  explanation: LocalizedText;
}

export interface InputProblem {
  criterionId: string;
  message: LocalizedText;
}

export interface ItemScore {
  itemId: string;
  /** The item score in hundredths: after veto and clamp, always within [0, base]. */
  points: Centi;
  /** Sum of contributions before the veto and the clamp. */
  raw: Centi;
  base: Centi;
  vetoed: boolean;
  /** Every criterion has a valid input. */
  complete: boolean;
  breakdown: CriterionResult[];
  problems: InputProblem[];
}

export interface ScoringContext {
  /** The assessed unit's type: thresholds pick their target by it. */
  unitType: string;
}

// ---------------------------------------------------------------------------
// Compilation: the rubric's decimals become integers once, not on every score.

interface CompiledTarget {
  unitTypes: Set<string> | null;
  percent: Centi;
}

interface CompiledCriterion {
  id: string;
  criterion: Criterion;
  department: string;
  points: Centi;
  levels: Map<string, { text: string; points: Centi }> | null;
  max: Centi;
  targets: CompiledTarget[] | null;
}

interface CompiledItem {
  item: Item;
  categoryIndex: number;
  base: Centi;
  criteria: CompiledCriterion[];
}

export interface CompiledRubric {
  rubric: Rubric;
  step: Centi;
  items: CompiledItem[];
  itemIndex: Map<string, number>;
  categories: Array<{ id: string; name: string; base: Centi }>;
  bonusItems: Array<{ id: string; cap: Centi | null }>;
  bonusCap: Centi | null;
}

const c = (n: number): Centi => tryToCenti(n) ?? 0;

function compileCriterion(item: Item, criterion: Criterion): CompiledCriterion {
  const out: CompiledCriterion = {
    id: criterion.id,
    criterion,
    department: criterionDepartment(item, criterion),
    points: 0,
    levels: null,
    max: 0,
    targets: null,
  };
  switch (criterion.kind) {
    case 'award':
    case 'passFail':
      out.points = c(criterion.points);
      out.max = out.points;
      if (criterion.threshold) {
        out.targets = criterion.threshold.targets.map((t) => ({
          unitTypes: t.unitTypes ? new Set(t.unitTypes) : null,
          percent: c(t.percent),
        }));
      }
      break;
    case 'levels':
      out.levels = new Map(
        criterion.levels.map((l) => [l.id, { text: l.text, points: c(l.points) }]),
      );
      out.max = Math.max(0, ...[...out.levels.values()].map((l) => l.points));
      break;
    case 'deduction':
      out.points = c(criterion.pointsPerOccurrence);
      break;
    case 'holistic':
      out.max = c(criterion.max);
      break;
    case 'veto':
      break;
  }
  return out;
}

const compiledCache = new WeakMap<Rubric, CompiledRubric>();

/** Precomputes the integer form of a rubric; cached per rubric object. */
export function compileRubric(rubric: Rubric): CompiledRubric {
  const cached = compiledCache.get(rubric);
  if (cached) return cached;
  const items: CompiledItem[] = [];
  const itemIndex = new Map<string, number>();
  rubric.categories.forEach((category, categoryIndex) => {
    for (const item of category.items) {
      itemIndex.set(item.id, items.length);
      items.push({
        item,
        categoryIndex,
        base: c(item.baseScore),
        criteria: item.rule.criteria.map((cr) => compileCriterion(item, cr)),
      });
    }
  });
  const compiled: CompiledRubric = {
    rubric,
    step: c(rubric.step),
    items,
    itemIndex,
    categories: rubric.categories.map((cat) => ({
      id: cat.id,
      name: cat.name,
      base: cat.items.reduce((sum, i) => sum + c(i.baseScore), 0),
    })),
    bonusItems: rubric.bonusItems.map((b) => ({ id: b.id, cap: b.cap === null ? null : c(b.cap) })),
    bonusCap: rubric.bonusCap === null ? null : c(rubric.bonusCap),
  };
  compiledCache.set(rubric, compiled);
  return compiled;
}

/** The reachable maximum of a rule: what the item scores when every award is met, the best level chosen, holistic at max. */
export function ruleMaximum(item: Item): Centi {
  return item.rule.criteria.reduce((sum, cr) => sum + compileCriterion(item, cr).max, 0);
}

// ---------------------------------------------------------------------------
// Evaluation of one criterion.

interface Evaluation {
  status: CriterionStatus;
  delta: Centi;
  rate: Centi | undefined;
  target: Centi | undefined;
  problem: LocalizedText | undefined;
}

// Scoring 10,000 assessments evaluates close to a million criteria: one reused record
// instead of an object each halves the engine's time. The caller reads it at once,
// before the next evaluation overwrites it.
const scratch: Evaluation = {
  status: 'missing',
  delta: 0,
  rate: undefined,
  target: undefined,
  problem: undefined,
};
const result = (
  status: CriterionStatus,
  delta: Centi,
  problem?: LocalizedText,
  rate?: Centi,
  target?: Centi,
): Evaluation => {
  scratch.status = status;
  scratch.delta = delta;
  scratch.problem = problem;
  scratch.rate = rate;
  scratch.target = target;
  return scratch;
};

/** The target that applies to a unit type: the one naming it, else the one naming none. */
function targetFor(targets: CompiledTarget[], unitType: string): Centi | undefined {
  let fallback: Centi | undefined;
  for (const t of targets) {
    if (t.unitTypes === null) fallback ??= t.percent;
    else if (t.unitTypes.has(unitType)) return t.percent;
  }
  return fallback;
}

function evaluate(
  cc: CompiledCriterion,
  input: CriterionInput | undefined,
  ctx: ScoringContext,
  step: Centi,
): Evaluation {
  const cr = cc.criterion;
  switch (cr.kind) {
    case 'award':
    case 'passFail': {
      if (cc.targets) {
        if (input?.numerator === undefined || input.denominator === undefined) {
          return result('missing', 0);
        }
        const { numerator, denominator } = input;
        if (numerator > denominator) {
          return result('invalid', 0, {
            zh: '分子不能大于分母',
            en: 'the numerator cannot exceed the denominator',
          });
        }
        const target = targetFor(cc.targets, ctx.unitType);
        if (target === undefined) {
          return result('invalid', 0, {
            zh: `该指标未设置适用于本单位类型的目标`,
            en: `this indicator has no target for the unit type "${ctx.unitType}"`,
          });
        }
        // rate ≥ target  ⇔  numerator / denominator × 100 ≥ percent  (percent in hundredths)
        const met = numerator * 10_000 >= target * denominator;
        const rate = Math.floor((numerator * 10_000) / denominator);
        return result(met ? 'met' : 'notMet', met ? cc.points : 0, undefined, rate, target);
      }
      if (input?.met === undefined) return result('missing', 0);
      return input.met ? result('met', cc.points) : result('notMet', 0);
    }
    case 'levels': {
      if (input?.levelId === undefined) return result('missing', 0);
      if (input.levelId === null) return result('noLevel', 0);
      const level = cc.levels?.get(input.levelId);
      if (!level) {
        return result('invalid', 0, {
          zh: '所选档次不存在',
          en: `unknown level "${input.levelId}"`,
        });
      }
      return result('level', level.points);
    }
    case 'deduction': {
      // Nothing recorded means nothing happened: a unit does not report absent incidents.
      const count = input?.count ?? 0;
      if (cr.maxOccurrences !== undefined && count > cr.maxOccurrences) {
        return result('invalid', 0, {
          zh: `扣分次数不能超过${cr.maxOccurrences}次`,
          en: `at most ${cr.maxOccurrences} occurrences`,
        });
      }
      return count === 0 ? result('noDeduction', 0) : result('deducted', -count * cc.points);
    }
    case 'veto':
      return input?.triggered ? result('vetoed', 0) : result('notVetoed', 0);
    case 'holistic': {
      if (input?.value === undefined) return result('missing', 0);
      const v = tryToCenti(input.value);
      if (v === undefined || v < 0 || v > cc.max || v % step !== 0) {
        return result('invalid', 0, {
          zh: `综合评分须在0到${formatCenti(cc.max)}分之间，且为${formatCenti(step)}的整数倍`,
          en: `the judged value must be between 0 and ${formatCenti(cc.max)} in steps of ${formatCenti(step)}`,
        });
      }
      return result('judged', v);
    }
  }
}

function explain(
  cc: CompiledCriterion,
  ev: Evaluation,
  input: CriterionInput | undefined,
): LocalizedText {
  const cr = cc.criterion;
  const p = formatCenti(Math.abs(ev.delta));
  switch (ev.status) {
    case 'missing':
      return { zh: `「${cr.text}」尚未填写`, en: `"${cr.text}": not filled in yet` };
    case 'invalid':
      return { zh: `「${cr.text}」：${ev.problem?.zh}`, en: `"${cr.text}": ${ev.problem?.en}` };
    case 'met':
    case 'notMet': {
      const threshold = cr.kind === 'award' || cr.kind === 'passFail' ? cr.threshold : undefined;
      const rate =
        threshold && ev.rate !== undefined && ev.target !== undefined
          ? {
              zh: `${threshold.indicator.name}${formatCenti(ev.rate)}%（目标${formatCenti(ev.target)}%），`,
              en: `${threshold.indicator.name} ${formatCenti(ev.rate)}% (target ${formatCenti(ev.target)}%), `,
            }
          : { zh: '', en: '' };
      // A checklist entry is done or not (符合); a pass/fail or a rate is 达标 or not.
      const [yes, no] = cr.kind === 'award' && !threshold ? ['符合', '不符合'] : ['达标', '未达标'];
      return ev.status === 'met'
        ? {
            zh: `「${cr.text}」：${rate.zh}${yes}，得${p}分`,
            en: `"${cr.text}": ${rate.en}met, +${p}`,
          }
        : {
            zh: `「${cr.text}」：${rate.zh}${no}，不得分`,
            en: `"${cr.text}": ${rate.en}not met, +0`,
          };
    }
    case 'level': {
      const level = input?.levelId ? cc.levels?.get(input.levelId) : undefined;
      return { zh: `「${level?.text}」，得${p}分`, en: `level "${level?.text}": +${p}` };
    }
    case 'noLevel':
      return {
        zh: `「${cr.text}」：未达到任何档次，不得分`,
        en: `"${cr.text}": no level reached, +0`,
      };
    case 'deducted':
      return {
        zh: `「${cr.text}」：发生${input?.count}次，每次扣${formatCenti(cc.points)}分，共扣${p}分`,
        en: `"${cr.text}": ${input?.count} × ${formatCenti(cc.points)}, −${p}`,
      };
    case 'noDeduction':
      return { zh: `「${cr.text}」：未发生，不扣分`, en: `"${cr.text}": none, −0` };
    case 'vetoed':
      return {
        zh: `「${cr.text}」：触发否决，整项不得分`,
        en: `"${cr.text}": veto applies, the item scores 0`,
      };
    case 'notVetoed':
      return { zh: `「${cr.text}」：未触发否决`, en: `"${cr.text}": veto does not apply` };
    case 'judged':
      return {
        zh: `「${cr.text}」：综合评定${p}分（满分${formatCenti(cc.max)}分）`,
        en: `"${cr.text}": judged ${p} of ${formatCenti(cc.max)}`,
      };
  }
}

function compiledItem(compiled: CompiledRubric, itemId: string): CompiledItem {
  const index = compiled.itemIndex.get(itemId);
  if (index === undefined) throw new Error(`unknown item ${itemId}`);
  return compiled.items[index]!;
}

const NO_RESULTS: CriterionResult[] = Object.freeze([]) as unknown as CriterionResult[];
const NO_PROBLEMS: InputProblem[] = Object.freeze([]) as unknown as InputProblem[];

export interface ScoreItemOptions {
  /** Score only the criteria this department judges (a department's share of a shared item). */
  department?: string;
  /** Build the words of the breakdown (default true). Totals skip them. */
  explain?: boolean;
}

function scoreCompiledItem(
  compiled: CompiledRubric,
  ci: CompiledItem,
  inputs: ItemInputs | undefined,
  ctx: ScoringContext,
  options: ScoreItemOptions,
): ItemScore {
  const wantWords = options.explain !== false;
  // Totals skip the words; arrays are only allocated when something goes in them.
  const breakdown: CriterionResult[] = wantWords ? [] : NO_RESULTS;
  let problems: InputProblem[] = NO_PROBLEMS;
  let raw = 0;
  let vetoed = false;
  let complete = true;
  for (const cc of ci.criteria) {
    if (options.department !== undefined && cc.department !== options.department) continue;
    const input = inputs?.[cc.id];
    const ev = evaluate(cc, input, ctx, compiled.step);
    raw += ev.delta;
    if (ev.status === 'vetoed') vetoed = true;
    if (ev.status === 'missing' || ev.status === 'invalid') complete = false;
    if (ev.problem) {
      if (problems === NO_PROBLEMS) problems = [];
      problems.push({ criterionId: cc.id, message: ev.problem });
    }
    if (wantWords) {
      const result: CriterionResult = {
        criterionId: cc.id,
        kind: cc.criterion.kind,
        department: cc.department,
        status: ev.status,
        delta: ev.delta,
        explanation: explain(cc, ev, input),
      };
      if (ev.rate !== undefined) result.rate = ev.rate;
      if (ev.target !== undefined) result.target = ev.target;
      breakdown.push(result);
    }
  }
  const points = vetoed ? 0 : clampCenti(raw, 0, ci.base);
  if (points % compiled.step !== 0) {
    if (problems === NO_PROBLEMS) problems = [];
    problems.push({
      criterionId: '',
      message: {
        zh: `得分${formatCenti(points)}不是${formatCenti(compiled.step)}的整数倍`,
        en: `the score ${formatCenti(points)} is not a multiple of ${formatCenti(compiled.step)}`,
      },
    });
  }
  return { itemId: ci.item.id, points, raw, base: ci.base, vetoed, complete, breakdown, problems };
}

/** Scores one item from its criterion inputs: the self score and the review score alike. */
export function scoreItem(
  rubric: Rubric,
  itemId: string,
  inputs: ItemInputs | undefined,
  ctx: ScoringContext,
  options: ScoreItemOptions = {},
): ItemScore {
  const compiled = compileRubric(rubric);
  return scoreCompiledItem(compiled, compiledItem(compiled, itemId), inputs, ctx, options);
}

// ---------------------------------------------------------------------------
// Totals.

export interface BonusAward {
  bonusItemId: string;
  /** Points awarded, a decimal ≥ 0. */
  points: number | string;
}

export interface AssessmentInputs {
  unitType: string;
  items: Record<string, ItemInputs | undefined>;
  bonus?: BonusAward[];
}

export interface CategoryScore {
  categoryId: string;
  name: string;
  base: Centi;
  points: Centi;
}

export interface BonusScore {
  bonusItemId: string;
  /** What was awarded to this bonus item. */
  awarded: Centi;
  /** What counts after the item's cap. */
  counted: Centi;
}

export interface AssessmentScore {
  items: ItemScore[];
  categories: CategoryScore[];
  /** 合计 */
  subtotal: Centi;
  bonusItems: BonusScore[];
  /** 加分, after the per-item caps and the overall cap. */
  bonus: Centi;
  /** 总计 = 合计 + 加分 */
  total: Centi;
  completeItems: number;
  itemCount: number;
  complete: boolean;
}

/** Bonus after caps: each bonus item's own cap, then the overall cap. A null cap is no cap. */
export function scoreBonus(
  rubric: Rubric,
  awards: BonusAward[],
): { items: BonusScore[]; total: Centi } {
  return scoreCompiledBonus(compileRubric(rubric), awards);
}

function scoreCompiledBonus(
  compiled: CompiledRubric,
  awards: BonusAward[],
): { items: BonusScore[]; total: Centi } {
  let sum = 0;
  const items: BonusScore[] = compiled.bonusItems.map((b) => {
    let awarded = 0;
    for (const a of awards) {
      if (a.bonusItemId !== b.id) continue;
      const v = tryToCenti(a.points);
      if (v !== undefined && v > 0) awarded += v;
    }
    const counted = b.cap !== null && awarded > b.cap ? b.cap : awarded;
    sum += counted;
    return { bonusItemId: b.id, awarded, counted };
  });
  return {
    items,
    total: compiled.bonusCap !== null && sum > compiled.bonusCap ? compiled.bonusCap : sum,
  };
}

/** Scores a whole assessment: every item, category subtotals, 合计, 加分 and 总计. */
export function scoreAssessment(
  rubric: Rubric,
  inputs: AssessmentInputs,
  options: { explain?: boolean } = {},
): AssessmentScore {
  const compiled = compileRubric(rubric);
  const ctx: ScoringContext = { unitType: inputs.unitType };
  const categoryPoints = new Array<Centi>(compiled.categories.length).fill(0);
  const items: ItemScore[] = [];
  let completeItems = 0;
  for (const ci of compiled.items) {
    const s = scoreCompiledItem(compiled, ci, inputs.items[ci.item.id], ctx, options);
    items.push(s);
    categoryPoints[ci.categoryIndex]! += s.points;
    if (s.complete) completeItems++;
  }
  const categories = compiled.categories.map((cat, i) => ({
    categoryId: cat.id,
    name: cat.name,
    base: cat.base,
    points: categoryPoints[i]!,
  }));
  const subtotal = categoryPoints.reduce((a, b) => a + b, 0);
  const bonus = scoreCompiledBonus(compiled, inputs.bonus ?? []);
  return {
    items,
    categories,
    subtotal,
    bonusItems: bonus.items,
    bonus: bonus.total,
    total: subtotal + bonus.total,
    completeItems,
    itemCount: compiled.items.length,
    complete: completeItems === compiled.items.length,
  };
}

/** The criteria of an item a department judges. */
export function criteriaOf(item: Item, department: string): Criterion[] {
  return item.rule.criteria.filter((cr) => criterionDepartment(item, cr) === department);
}

// ---------------------------------------------------------------------------
// Kept totals (issue 17): what reports read instead of summing every item row.

/** An item's stored scores in hundredths; null where not entered or not scored. */
export interface StoredItemScore {
  itemId: string;
  self: Centi | null;
  review: Centi | null;
}

export interface KeptCategoryTotal {
  categoryId: string;
  /** Sum of the category's self scores; null before any is entered. */
  self: Centi | null;
  /** Sum of the category's review scores; null before any is scored. */
  review: Centi | null;
}

/** One assessment's totals, as the reports show them. */
export interface KeptTotals {
  /** Sum of the self scores; null before any is entered. */
  self: Centi | null;
  /** 合计: sum of the review scores; null before any is scored. */
  review: Centi | null;
  /** In the rubric's category order. */
  categories: KeptCategoryTotal[];
  /** 加分 after each bonus item's cap and the overall cap (scoreBonus). */
  bonus: Centi;
  /** The live awards' own sum before caps; null without any. */
  awarded: Centi | null;
  /** 总计 = 合计 + 加分; null before any item is scored. */
  total: Centi | null;
}

const addOrNull = (sum: Centi | null, v: Centi | null): Centi | null =>
  v === null ? sum : (sum ?? 0) + v;

/**
 * The totals of one assessment from its stored item scores (each computed by `scoreItem`
 * when saved) and its live bonus awards. A sum over no score is null, as SQL's sum; an item
 * the rubric does not have counts for nothing, as an award to a bonus item it does not have.
 */
export function keptTotals(
  rubric: Rubric,
  scores: readonly StoredItemScore[],
  awards: readonly BonusAward[],
): KeptTotals {
  const compiled = compileRubric(rubric);
  const categories: KeptCategoryTotal[] = compiled.categories.map((cat) => ({
    categoryId: cat.id,
    self: null,
    review: null,
  }));
  let self: Centi | null = null;
  let review: Centi | null = null;
  for (const s of scores) {
    const index = compiled.itemIndex.get(s.itemId);
    if (index === undefined) continue;
    const cat = categories[compiled.items[index]!.categoryIndex]!;
    cat.self = addOrNull(cat.self, s.self);
    cat.review = addOrNull(cat.review, s.review);
    self = addOrNull(self, s.self);
    review = addOrNull(review, s.review);
  }
  let awarded: Centi | null = null;
  for (const a of awards) awarded = addOrNull(awarded, tryToCenti(a.points) ?? 0);
  const bonus = scoreCompiledBonus(compiled, [...awards]).total;
  return {
    self,
    review,
    categories,
    bonus,
    awarded,
    total: review === null ? null : review + bonus,
  };
}
