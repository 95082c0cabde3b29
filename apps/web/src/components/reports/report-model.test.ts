import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, test } from 'vitest';
import { rankedUnit } from '../../test/ranked-unit.ts';
import {
  averageCenti,
  categoryAverages,
  categoryBase,
  histogram,
  rankDisplay,
  rankingOrder,
  subtotalsByAssessment,
  totalsOf,
} from './report-model.ts';

const unit = (
  unitId: string,
  unitTypeId: string,
  stage: string,
  total: string | null,
  rank: number | null,
) => rankedUnit({ unitId, unitTypeId, stage, total, rank });

describe('rank display', () => {
  const rows = [
    unit('a', 'district', 'approved', '118', 1),
    unit('b', 'district', 'approved', '118', 1),
    unit('c', 'district', 'approved', '110.5', 3),
    unit('d', 'devZone', 'approved', '118', 1),
    unit('e', 'district', 'finalApproval', '119', null),
    unit('f', 'district', 'selfScoring', null, null),
  ];
  test('ties share a rank and say so, within the unit type only', () => {
    expect(rankDisplay(rows[0]!, rows)).toEqual({ kind: 'rank', rank: 1, tied: true });
    expect(rankDisplay(rows[1]!, rows)).toEqual({ kind: 'rank', rank: 1, tied: true });
    expect(rankDisplay(rows[2]!, rows)).toEqual({ kind: 'rank', rank: 3, tied: false });
    // The same total and rank in another unit type is not a tie.
    expect(rankDisplay(rows[3]!, rows)).toEqual({ kind: 'rank', rank: 1, tied: false });
  });
  test('a unit not yet approved is never shown with a final rank, whatever its total', () => {
    expect(rankDisplay(rows[4]!, rows)).toEqual({ kind: 'unapproved' });
    expect(rankDisplay(rows[5]!, rows)).toEqual({ kind: 'none' });
    // Even if a rank came along with it.
    expect(rankDisplay({ ...rows[4]!, rank: 1 }, rows)).toEqual({ kind: 'unapproved' });
  });
  test('the table order: unit type as the rubric lists them, approved first, best first', () => {
    expect(rankingOrder(rubric2011, rows).map((r) => r.unitId)).toEqual([
      'a',
      'b',
      'c',
      'e',
      'f',
      'd',
    ]);
  });
});

describe('averages in exact hundredths', () => {
  test('no float sums: 0.1 + 0.2 style values add up exactly', () => {
    // As floats 10.1 + 10.2 + 10.3 = 30.599999999999998.
    expect(averageCenti([1010, 1020, 1030])).toBe(1020);
    expect(averageCenti([1])).toBe(1);
    expect(averageCenti([])).toBeNull();
  });
  test('the one division rounds half away from zero to hundredths', () => {
    expect(averageCenti([100, 101])).toBe(101); // 1.005 → 1.01
    expect(averageCenti([100, 100, 101])).toBe(100); // 1.00333… → 1
    expect(averageCenti([100, 101, 101])).toBe(101); // 1.00666… → 1.01
    expect(averageCenti([-100, -101])).toBe(-101);
    expect(averageCenti([0, 0, 0, 0, 0, 0, 1])).toBe(0);
  });
  test('per category over the given units; a unit without a subtotal there is left out', () => {
    const subtotals = subtotalsByAssessment([
      { assessmentId: 'x', categoryId: 'organisation', selfSubtotal: '20', reviewSubtotal: '19.5' },
      { assessmentId: 'y', categoryId: 'organisation', selfSubtotal: '20', reviewSubtotal: '18' },
      { assessmentId: 'z', categoryId: 'organisation', selfSubtotal: '20', reviewSubtotal: null },
      { assessmentId: 'x', categoryId: 'rights', selfSubtotal: '9', reviewSubtotal: '8.5' },
    ]);
    const averages = categoryAverages(rubric2011, subtotals, ['x', 'y', 'z']);
    expect(averages.get('organisation')).toBe(1875);
    expect([...averages.keys()]).toEqual(rubric2011.categories.map((c) => c.id));
    // Not in the list of assessments: not averaged.
    expect(categoryAverages(rubric2011, subtotals, ['y']).get('organisation')).toBe(1800);
  });
  test('a category’s full marks are its items’ base scores', () => {
    const all = rubric2011.categories.reduce((s, c) => s + categoryBase(rubric2011, c.id), 0);
    expect(all).toBe(rubric2011.total * 100);
  });
});

describe('histogram of grand totals', () => {
  test('bins of five points from the lowest total’s bin to the highest, empty bins kept', () => {
    const bins = histogram([11800, 11850, 10550, 11999, 12000]);
    expect(bins.map((b) => [b.label, b.count])).toEqual([
      ['105–110', 1],
      ['110–115', 0],
      ['115–120', 3],
      ['120–125', 1],
    ]);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(5);
  });
  test('half points and other widths; nothing to count gives no bins', () => {
    expect(histogram([50, 150, 250], 100).map((b) => [b.label, b.count])).toEqual([
      ['0–1', 1],
      ['1–2', 1],
      ['2–3', 1],
    ]);
    expect(histogram([])).toEqual([]);
    expect(() => histogram([1], 0)).toThrow();
  });
  test('only units with a total are counted', () => {
    expect(
      totalsOf([
        unit('a', 'district', 'approved', '118.5', 1),
        unit('b', 'd', 'review', null, null),
      ]),
    ).toEqual([11850]);
  });
});
