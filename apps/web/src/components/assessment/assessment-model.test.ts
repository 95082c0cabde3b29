import { formatCenti, rubricItems, scoreAssessment, toCenti } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, test } from 'vitest';
import { bonusOf, rankWithinGroups, remarksOf, reviewInputsOf } from './assessment-model.ts';

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
