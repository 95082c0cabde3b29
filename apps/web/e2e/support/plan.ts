/**
 * What the journey's unit reports and what the departments find, as score inputs. The
 * expected totals are computed from these with the domain engine, never typed in.
 */
import {
  type Criterion,
  type CriterionInput,
  criteriaOf,
  type Item,
  type ItemInputs,
  reviewingDepartments,
  rubricItems,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { fullInput } from '@kaohe/workflow/testing';

export const rubric = rubric2011;
export const ITEMS = rubricItems(rubric).map(({ item }) => item);
export const item = (number: number) => ITEMS.find((i) => i.number === number)!;

/**
 * Every criterion met at its best: the workflow's full input (ticked, nothing deducted or
 * vetoed, the full judged value, 100%), but the level worth the most rather than the first.
 */
export function bestInput(c: Criterion): CriterionInput {
  if (c.kind !== 'levels') return fullInput(c);
  return { levelId: c.levels.reduce((a, b) => (b.points > a.points ? b : a)).id };
}

export function fullInputs(i: Item, department?: string): ItemInputs {
  const criteria = department ? criteriaOf(i, department) : i.rule.criteria;
  return Object.fromEntries(criteria.map((c) => [c.id, bestInput(c)]));
}

/** The journey's unit: full marks but for item 8 (judged 3 of 4) and item 23 (one entry not met); item 7 reported at 70%. */
export function unitSelfInputs(i: Item): ItemInputs {
  switch (i.number) {
    case 7:
      return { a: { numerator: 70, denominator: 100 } };
    case 8:
      return { a: { value: 3 } };
    case 23:
      return { a: { met: true }, b: { met: false }, c: { met: true } };
    default:
      return fullInputs(i);
  }
}

/** Item 2 as a unit enters it by hand: a founding rate of 85%, and its entry met. */
export const ITEM_2_BY_HAND: ItemInputs = {
  a: { numerator: 85, denominator: 100 },
  b: { met: true },
};

/** Item 7 as the unit revises it after 法律部 returned it. */
export const REVISED_ITEM_7: ItemInputs = { a: { numerator: 65, denominator: 100 } };

/** A department's inputs: its own criteria of the unit's self inputs (it agrees)… */
export function agreeing(i: Item, department: string, self: ItemInputs): ItemInputs {
  const mine = new Set(criteriaOf(i, department).map((c) => c.id));
  return Object.fromEntries(Object.entries(self).filter(([id]) => mine.has(id)));
}

/**
 * …except 法律部 on item 10: the 25-person registration rate is 90%, not 100%, which its
 * remarks (required for a difference) say.
 */
export const LEGAL_ITEM_10: { itemId: string; inputs: ItemInputs; remarks: string } = {
  itemId: item(10).id,
  inputs: {
    a: { numerator: 100, denominator: 100 },
    b: { numerator: 90, denominator: 100 },
  },
  remarks: '25人以上基层工会法人资格登记率经核实为90%，未达100%',
};

export const explanationOf = (i: Item) =>
  `第${i.number}项已按市总要求落实，相关文件和台账见佐证材料。`;

/** The departments that review something in the 2011 rubric. */
export const REVIEWING_DEPARTMENTS = [...new Set(ITEMS.flatMap((i) => reviewingDepartments(i)))];
