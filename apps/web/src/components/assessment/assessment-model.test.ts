import { formatCenti, type ItemInputs, rubricItems, scoreAssessment, toCenti } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, test } from 'vitest';
import {
  bonusOf,
  NO_EXPLANATION,
  rankWithinGroups,
  remarksOf,
  reviewInputsOf,
  reviewShare,
  selfReadiness,
} from './assessment-model.ts';

const rubric = rubric2011;
const items = rubricItems(rubric).map(({ item }) => item);
const id = (number: number) => items.find((i) => i.number === number)!.id;

describe('rank within unit type', () => {
  const rows = [
    { unit: 'a', type: 'district', total: '121' },
    { unit: 'b', type: 'district', total: '117' },
    { unit: 'c', type: 'district', total: '121' },
    { unit: 'd', type: 'district', total: '110.5' },
    { unit: 'e', type: 'bureau', total: '99' },
    { unit: 'f', type: 'bureau', total: null },
    { unit: 'g', type: 'bureau', total: '101.5' },
  ];
  const ranks = rankWithinGroups(
    rows,
    (r) => r.type,
    (r) => (r.total === null ? null : toCenti(r.total)),
  );
  const rankOf = (unit: string) => ranks.get(rows.find((r) => r.unit === unit)!);

  test('ties share a rank and the next rank skips ("1, 1, 3, 4")', () => {
    expect(['a', 'c', 'b', 'd'].map(rankOf)).toEqual([1, 1, 3, 4]);
  });

  test('each unit type is ranked on its own; a unit without a total has no rank', () => {
    expect(['g', 'e'].map(rankOf)).toEqual([1, 2]);
    expect(rankOf('f')).toBeUndefined();
  });

  test('half points decide: 101.5 is above 101', () => {
    const close = [
      { t: 'x', p: toCenti('101') },
      { t: 'x', p: toCenti('101.5') },
    ];
    const r = rankWithinGroups(
      close,
      (x) => x.t,
      (x) => x.p,
    );
    expect(r.get(close[1]!)).toBe(1);
    expect(r.get(close[0]!)).toBe(2);
  });
});

describe('the remark rule: "考评分与自评分不同时须填写备注"', () => {
  const item10 = id(10);
  const self: ItemInputs = {
    a: { numerator: 95, denominator: 100 },
    b: { numerator: 100, denominator: 100 },
  };

  test('a complete review equal to the self score needs no remarks', () => {
    const share = reviewShare(rubric, 'district', item10, 'legal', self, self, null);
    expect(share).toMatchObject({ complete: true, differs: false, remarksRequired: false });
  });

  test('a complete review that differs needs remarks, until they are written', () => {
    const review: ItemInputs = { ...self, b: { numerator: 90, denominator: 100 } };
    const share = reviewShare(rubric, 'district', item10, 'legal', self, review, '  ');
    expect(share).toMatchObject({ complete: true, differs: true, remarksRequired: true });
    expect([formatCenti(share.review), formatCenti(share.self)]).toEqual(['1', '3']);
    expect(
      reviewShare(rubric, 'district', item10, 'legal', self, review, '核实为90%'),
    ).toMatchObject({ differs: true, remarksRequired: false });
  });

  test('an incomplete review asks for nothing yet', () => {
    const review: ItemInputs = { a: { numerator: 95, denominator: 100 } };
    expect(reviewShare(rubric, 'district', item10, 'legal', self, review, null)).toMatchObject({
      complete: false,
      remarksRequired: false,
    });
  });

  test('on a shared item only the department’s own criteria are compared (item 11)', () => {
    const item11 = id(11);
    const unit: ItemInputs = {
      a: { numerator: 100, denominator: 100 },
      b: { numerator: 100, denominator: 100 },
      c: { numerator: 10, denominator: 100 },
    };
    // 法律部 judges a and b and agrees; 女工部's c (not met by the unit) is not its business.
    const legal: ItemInputs = { a: unit.a!, b: unit.b! };
    expect(reviewShare(rubric, 'district', item11, 'legal', unit, legal, null)).toMatchObject({
      complete: true,
      differs: false,
      remarksRequired: false,
    });
    const women: ItemInputs = { c: { numerator: 95, denominator: 100 } };
    expect(reviewShare(rubric, 'district', item11, 'women', unit, women, null)).toMatchObject({
      differs: true,
      remarksRequired: true,
    });
  });
});

describe('ready to submit', () => {
  test('every missing criterion and explanation, item by item, in the words the server uses', () => {
    const drafts: Record<string, { inputs: ItemInputs | undefined; explanation: string }> =
      Object.fromEntries(items.map((i) => [i.id, { inputs: undefined, explanation: '' }]));
    drafts[id(1)] = { inputs: { a: { met: true }, b: { met: false } }, explanation: '已落实' };
    drafts[id(23)] = {
      inputs: { a: { met: true }, b: { met: true }, c: { met: true } },
      explanation: ' ',
    };
    const problems = selfReadiness(rubric, 'district', drafts);
    expect(problems.map((p) => p.number)).toEqual(
      items.map((i) => i.number).filter((n) => n !== 1),
    );
    const p23 = problems.find((p) => p.number === 23)!;
    expect(p23.reasons).toEqual([NO_EXPLANATION]);
    expect(problems.find((p) => p.number === 2)!.reasons.map((r) => r.zh)).toEqual([
      '「建会率达到目标要求」尚未填写',
      '「职工入会率完成市总目标任务」尚未填写',
      '未填写自评说明',
    ]);
  });

  test('a resubmission checks the returned items only', () => {
    const problems = selfReadiness(rubric, 'district', {}, [id(7)]);
    expect(problems.map((p) => p.number)).toEqual([7]);
  });
});

describe('reading an assessment', () => {
  test('review inputs combine every department’s criteria, and score as the server does', () => {
    const a = {
      items: [
        {
          itemId: id(11),
          reviews: [
            {
              departmentId: 'legal',
              reviewInputs: {
                a: { numerator: 9, denominator: 10 },
                b: { numerator: 7, denominator: 10 },
              },
              remarks: null,
            },
            {
              departmentId: 'women',
              reviewInputs: { c: { numerator: 1, denominator: 10 } },
              remarks: '专项合同未达标',
            },
          ],
        },
      ],
      bonusAwards: [
        { bonusItemId: 'bonus-honours', points: '2', reason: '全国模范职工之家', revokedAt: null },
        { bonusItemId: 'bonus-honours', points: '1', reason: '重复', revokedAt: new Date() },
      ],
    } as never;
    const inputs = reviewInputsOf(a);
    expect(Object.keys(inputs[id(11)]!)).toEqual(['a', 'b', 'c']);
    const totals = scoreAssessment(rubric, {
      unitType: 'district',
      items: inputs,
      bonus: bonusOf(a),
    });
    expect(formatCenti(totals.subtotal)).toBe('8');
    expect(formatCenti(totals.bonus)).toBe('2');
    // Each department's remarks, named where two departments review the item; the bonus reason.
    expect(remarksOf(rubric, a)).toEqual({
      [id(11)]: '女工部：专项合同未达标',
      'bonus-honours': '全国模范职工之家',
    });
  });
});
