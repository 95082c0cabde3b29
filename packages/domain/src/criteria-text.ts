/**
 * The 评分标准 text and the structured rule say the same thing twice: the text is what
 * the printed table shows, the rule is what scores. When an admin changes one and not
 * the other (the rule now gives 5 points, the text still says 得4分) the table misleads.
 * Here: the points the text names, compared with the rule's, and the text written anew
 * from the rule in the table's own wording ("…得2分", "…扣1分", "…，未达标不得分").
 */
import type { LocalizedText } from './errors.ts';
import { type Centi, formatCenti, tryToCenti } from './points.ts';
import type { Criterion, Item, Rubric } from './rubric.ts';
import type { RubricProblem } from './validation.ts';

/** A point amount as the text names it: gained (得N分, 计N分) or deducted (扣N分). */
export interface PointAmount {
  sign: 'gain' | 'deduct';
  centi: Centi;
}

const AMOUNT = /([得计扣])(?:除)?\s*(\d+(?:\.\d+)?)\s*分/g;

function textAmounts(text: string): PointAmount[] {
  const out: PointAmount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const centi = tryToCenti(m[2]);
    // "得0分" is how a veto or a failed target is worded, not a criterion's points.
    if (centi === undefined || centi === 0) continue;
    out.push({ sign: m[1] === '扣' ? 'deduct' : 'gain', centi });
  }
  return out;
}

function criterionAmounts(c: Criterion): PointAmount[] {
  switch (c.kind) {
    case 'award':
    case 'passFail':
      return amount('gain', c.points);
    case 'levels':
      return c.levels.flatMap((l) => amount('gain', l.points));
    case 'deduction':
      return amount('deduct', c.pointsPerOccurrence);
    // A holistic part is worded "综合打分", without its maximum; a veto has no points.
    default:
      return [];
  }
}

function amount(sign: PointAmount['sign'], points: number): PointAmount[] {
  const centi = tryToCenti(points);
  return centi === undefined || centi === 0 ? [] : [{ sign, centi }];
}

const amountKey = (a: PointAmount) => `${a.sign}:${a.centi}`;
const amountText = (a: PointAmount): LocalizedText =>
  a.sign === 'gain'
    ? { zh: `得${formatCenti(a.centi)}分`, en: `${formatCenti(a.centi)} pt` }
    : { zh: `扣${formatCenti(a.centi)}分`, en: `−${formatCenti(a.centi)} pt` };

/** What one multiset has that the other lacks. */
function missing(from: PointAmount[], other: PointAmount[]): PointAmount[] {
  const left = new Map<string, number>();
  for (const a of other) left.set(amountKey(a), (left.get(amountKey(a)) ?? 0) + 1);
  return from.filter((a) => {
    const n = left.get(amountKey(a)) ?? 0;
    if (n > 0) left.set(amountKey(a), n - 1);
    return n === 0;
  });
}

export interface CriteriaTextMismatch {
  /** Amounts the text names that no criterion gives, in the text's order. */
  onlyInText: PointAmount[];
  /** Amounts a criterion gives that the text does not name, in the rule's order. */
  onlyInRule: PointAmount[];
  /** What differs: "文字写有得4分，评分规则中没有；评分规则有得5分，文字中没有". */
  detail: LocalizedText;
  /** The same, naming the item: for a list of problems. */
  message: LocalizedText;
}

/**
 * Whether the 评分标准 text names the points the rule gives: each 得N分 / 扣N分 of the
 * text against each criterion's points (order aside: the text may list them otherwise).
 * Null when they agree.
 */
export function criteriaTextMismatch(
  item: Pick<Item, 'number' | 'criteriaText' | 'rule'>,
): CriteriaTextMismatch | null {
  const inText = textAmounts(item.criteriaText);
  const inRule = item.rule.criteria.flatMap(criterionAmounts);
  const onlyInText = missing(inText, inRule);
  const onlyInRule = missing(inRule, inText);
  if (onlyInText.length === 0 && onlyInRule.length === 0) return null;
  const list = (amounts: PointAmount[], lang: 'zh' | 'en') =>
    amounts.map((a) => amountText(a)[lang]).join(lang === 'zh' ? '、' : ', ');
  const zh: string[] = [];
  const en: string[] = [];
  if (onlyInText.length > 0) {
    zh.push(`文字写有${list(onlyInText, 'zh')}，评分规则中没有`);
    en.push(`the text says ${list(onlyInText, 'en')}, which no criterion gives`);
  }
  if (onlyInRule.length > 0) {
    zh.push(`评分规则有${list(onlyInRule, 'zh')}，文字中没有`);
    en.push(`the rule gives ${list(onlyInRule, 'en')}, which the text does not say`);
  }
  return {
    onlyInText,
    onlyInRule,
    detail: { zh: zh.join('；'), en: en.join('; ') },
    message: {
      zh: `第${item.number}项评分标准文字与评分规则不一致：${zh.join('；')}`,
      en: `item ${item.number}: the criteria text and the scoring rule disagree: ${en.join('; ')}`,
    },
  };
}

/**
 * Every item whose text and rule disagree, as problems at its criteriaText. These are
 * warnings: the rule is what scores, so they do not stop a rubric from being published.
 */
export function criteriaTextWarnings(rubric: Rubric): RubricProblem[] {
  const out: RubricProblem[] = [];
  rubric.categories.forEach((category, ci) => {
    category.items.forEach((item, ii) => {
      const mismatch = criteriaTextMismatch(item);
      if (mismatch) {
        out.push({
          path: ['categories', ci, 'items', ii, 'criteriaText'],
          code: 'criteriaTextMismatch',
          message: mismatch.message,
        });
      }
    });
  });
  return out;
}

const ENDS_IN_VETO = /(不得分|不计分|得0分|为0分)$/;
const ENDS_IN_HOLISTIC = /综合(打分|评分|评定|考评|评价)$/;
const PUNCTUATION = /[，；,;。\s]+$/;

/** One criterion in the table's wording: its own words, then its points. */
function criterionText(c: Criterion): string {
  const words = c.text.trim().replace(PUNCTUATION, '');
  switch (c.kind) {
    case 'award':
      return `${words}得${formatCenti(tryToCenti(c.points) ?? 0)}分`;
    case 'passFail':
      return `${words}得${formatCenti(tryToCenti(c.points) ?? 0)}分，未达标不得分`;
    case 'levels':
      return c.levels
        .map((l) => `${l.text.trim()}得${formatCenti(tryToCenti(l.points) ?? 0)}分`)
        .join('，');
    case 'deduction': {
      const each = `${words}扣${formatCenti(tryToCenti(c.pointsPerOccurrence) ?? 0)}分`;
      return c.maxOccurrences ? `${each}，最多扣${c.maxOccurrences}次` : each;
    }
    case 'veto':
      return ENDS_IN_VETO.test(words) ? words : `${words}整项不得分`;
    case 'holistic':
      return ENDS_IN_HOLISTIC.test(words) ? words : `${words}综合打分`;
  }
}

/**
 * The 评分标准 text written from the rule, criterion by criterion in the rule's order,
 * joined by "，" — or by "；" where a criterion's own words already use "，" (item 12:
 * "…取得很好成效的得1分；建制率符合目标要求得2分；…").
 */
export function criteriaTextFromRule(item: Pick<Item, 'rule'>): string {
  const parts = item.rule.criteria.map(criterionText);
  const inner = item.rule.criteria.some((c) =>
    c.kind === 'levels' ? c.levels.some((l) => /[，,]/.test(l.text)) : /[，,]/.test(c.text),
  );
  return parts.join(inner && parts.length > 1 ? '；' : '，');
}
