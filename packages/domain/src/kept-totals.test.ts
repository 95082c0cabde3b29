import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCenti } from './points.ts';
import { rubric2011 } from './rubric-2011.ts';
import { rubricItems } from './rubric-items.ts';
import { keptTotals, type StoredItemScore, scoreAssessment, scoreBonus } from './scoring.ts';

const ITEMS = rubricItems(rubric2011);
const BONUS_IDS = rubric2011.bonusItems.map((b) => b.id);

/** A stored score per item: hundredths in [0, base] on the rubric's step, or null. */
const storedScores = fc.tuple(
  ...ITEMS.map(({ item }) => {
    const steps = Math.round(item.baseScore * 2);
    const score = fc.option(fc.integer({ min: 0, max: steps }).map((k) => k * 50));
    return fc
      .record({ self: score, review: score })
      .map((s): StoredItemScore => ({ itemId: item.id, self: s.self, review: s.review }));
  }),
);
const awards = fc.array(
  fc.record({
    bonusItemId: fc.constantFrom(...BONUS_IDS, 'not-in-the-rubric'),
    points: fc.constantFrom('0.5', '1', '1.5', '2', '3'),
  }),
  { maxLength: 6 },
);

describe('keptTotals: the totals the reports keep', () => {
  it('are the sums of the stored scores, per category and in all, with SQL sum’s null for none', () => {
    fc.assert(
      fc.property(storedScores, awards, (scores, bonus) => {
        const t = keptTotals(rubric2011, scores, bonus);
        const sum = (pick: (s: StoredItemScore) => number | null, of = scores) => {
          const values = of.map(pick).filter((v): v is number => v !== null);
          return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
        };
        expect(t.self).toBe(sum((s) => s.self));
        expect(t.review).toBe(sum((s) => s.review));
        for (const c of t.categories) {
          const mine = scores.filter(
            (s) => ITEMS.find((i) => i.item.id === s.itemId)!.category.id === c.categoryId,
          );
          expect(c.self).toBe(sum((s) => s.self, mine));
          expect(c.review).toBe(sum((s) => s.review, mine));
        }
        // 加分 after the caps is scoreBonus's; 总计 = 合计 + 加分, null before any review.
        expect(t.bonus).toBe(scoreBonus(rubric2011, bonus).total);
        expect(t.total).toBe(t.review === null ? null : t.review + t.bonus);
        const awarded = bonus.map((a) => toCenti(a.points));
        expect(t.awarded).toBe(awarded.length === 0 ? null : awarded.reduce((a, b) => a + b, 0));
        expect(Number.isInteger(t.total ?? 0)).toBe(true);
      }),
    );
  });

  it('equal scoreAssessment when every item is scored from its inputs', () => {
    const full = Object.fromEntries(
      ITEMS.map(({ item }) => [
        item.id,
        Object.fromEntries(
          item.rule.criteria.map((c) => [
            c.id,
            c.kind === 'levels'
              ? { levelId: c.levels[0]!.id }
              : c.kind === 'holistic'
                ? { value: c.max }
                : c.kind === 'deduction'
                  ? { count: 1 }
                  : c.kind === 'veto'
                    ? { triggered: false }
                    : c.threshold
                      ? { numerator: 9, denominator: 10 }
                      : { met: true },
          ]),
        ),
      ]),
    );
    const bonus = [{ bonusItemId: BONUS_IDS[0]!, points: '1.5' }];
    const domain = scoreAssessment(rubric2011, { unitType: 'district', items: full, bonus });
    const kept = keptTotals(
      rubric2011,
      domain.items.map((s) => ({ itemId: s.itemId, self: s.points, review: s.points })),
      bonus,
    );
    expect(kept.review).toBe(domain.subtotal);
    expect(kept.bonus).toBe(domain.bonus);
    expect(kept.total).toBe(domain.total);
    expect(kept.categories.map((c) => c.review)).toEqual(domain.categories.map((c) => c.points));
  });

  it('is all empty for an assessment with no scores, an item outside the rubric counting nothing', () => {
    const t = keptTotals(rubric2011, [{ itemId: 'gone', self: 500, review: 500 }], []);
    expect(t).toMatchObject({ self: null, review: null, bonus: 0, awarded: null, total: null });
    expect(t.categories.every((c) => c.self === null && c.review === null)).toBe(true);
    expect(t.categories).toHaveLength(rubric2011.categories.length);
  });
});
