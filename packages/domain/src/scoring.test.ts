import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Centi, formatCenti, toCenti } from './points.ts';
import type { Criterion } from './rubric.ts';
import { rubric2011 } from './rubric-2011.ts';
import { rubricItems } from './rubric-items.ts';
import { criteriaOf, scoreAssessment, scoreBonus, scoreItem } from './scoring.ts';
import type { CriterionInput, ItemInputs } from './scoring-input.ts';

const district = { unitType: 'district' };
const bureau = { unitType: 'bureau' };
const score = (itemId: string, inputs: ItemInputs, ctx = district) =>
  scoreItem(rubric2011, itemId, inputs, ctx);
const pts = (itemId: string, inputs: ItemInputs, ctx = district) =>
  formatCenti(score(itemId, inputs, ctx).points);

describe('each rule shape, on the real 2011 items', () => {
  it('checklist with half points — item 23: 1.5 + 1.5 + 1 = 4 exactly', () => {
    const s = score('innovation', { a: { met: true }, b: { met: true }, c: { met: true } });
    expect(s.points).toBe(400);
    expect(formatCenti(s.points)).toBe('4');
    expect(pts('innovation', { a: { met: true }, b: { met: false }, c: { met: true } })).toBe(
      '2.5',
    );
    expect(s.breakdown.map((b) => b.delta)).toEqual([150, 150, 100]);
    expect(s.breakdown[0]!.explanation.zh).toBe(
      '「群众性科技创新和节能减排活动职工参与面广、活动成效显著」：符合，得1.5分',
    );
    expect(s.complete).toBe(true);
  });

  it('one of several levels — item 28: 4 or 7, none is 0', () => {
    expect(pts('dues-collection', { a: { levelId: 'base' } })).toBe('4');
    expect(pts('dues-collection', { a: { levelId: 'growth' } })).toBe('7');
    expect(pts('dues-collection', { a: { levelId: null } })).toBe('0');
    const unknown = score('dues-collection', { a: { levelId: 'nope' } });
    expect(unknown.complete).toBe(false);
    expect(unknown.problems[0]!.message.zh).toBe('所选档次不存在');
  });

  it('levels — item 17: all five plans 3, the first four 2', () => {
    expect(pts('mutual-aid', { a: { levelId: 'all-five' } })).toBe('3');
    expect(pts('mutual-aid', { a: { levelId: 'first-four' } })).toBe('2');
  });

  it('levels and a veto — item 16: the veto zeroes the item', () => {
    expect(pts('hardship-relief', { a: { levelId: 'effective' } })).toBe('3');
    expect(pts('hardship-relief', { a: { levelId: 'average' }, b: { triggered: false } })).toBe(
      '2',
    );
    const vetoed = score('hardship-relief', {
      a: { levelId: 'effective' },
      b: { triggered: true },
    });
    expect(vetoed.points).toBe(0);
    expect(vetoed.raw).toBe(300);
    expect(vetoed.vetoed).toBe(true);
    expect(vetoed.breakdown[1]!.explanation.zh).toContain('整项不得分');
  });

  it('awards mixed with a deduction — item 19: 1 + 2 − 2 per late report, never below 0', () => {
    expect(pts('ankang-cup', { a: { met: true }, b: { met: true } })).toBe('3');
    expect(pts('ankang-cup', { a: { met: true }, b: { met: true }, c: { count: 1 } })).toBe('1');
    expect(pts('ankang-cup', { a: { met: true }, b: { met: true }, c: { count: 2 } })).toBe('0');
    const floored = score('ankang-cup', { a: { met: false }, b: { met: true }, c: { count: 3 } });
    expect(floored.raw).toBe(-400);
    expect(floored.points).toBe(0);
    expect(floored.breakdown[2]!.explanation.zh).toBe(
      '「发生较大以上事故，2小时以内未上报」：发生3次，每次扣2分，共扣6分',
    );
  });

  it('deduction per occurrence — item 30: minus 1 per missing audit', () => {
    const all = { a: { met: true }, c: { met: true } };
    expect(pts('audit-supervision', all)).toBe('4');
    expect(pts('audit-supervision', { ...all, b: { count: 1 } })).toBe('3');
    expect(pts('audit-supervision', { ...all, b: { count: 3 } })).toBe('1');
    expect(pts('audit-supervision', { ...all, b: { count: 9 } })).toBe('0');
  });

  it('indicator threshold by unit type — item 2: 85% meets the district target and fails the bureau target', () => {
    const inputs = { a: { numerator: 85, denominator: 100 }, b: { met: true } };
    const d = score('union-founding', inputs, district);
    const b = score('union-founding', inputs, bureau);
    expect(formatCenti(d.points)).toBe('10');
    expect(formatCenti(b.points)).toBe('5');
    expect(d.breakdown[0]!.target).toBe(8000);
    expect(b.breakdown[0]!.target).toBe(9500);
    expect(b.breakdown[0]!.explanation.zh).toBe(
      '「建会率达到目标要求」：企业建会率85%（目标95%），未达标，不得分',
    );
    expect(pts('union-founding', inputs, { unitType: 'devZone' })).toBe('10');
    // exactly on target counts: "达到80%以上"
    expect(pts('union-founding', { a: { numerator: 4, denominator: 5 } }, district)).toBe('5');
    expect(pts('union-founding', { a: { numerator: 79, denominator: 100 } }, district)).toBe('0');
  });

  it('indicator thresholds — item 10: 90% overall, 100% for unions of 25+ members', () => {
    const ok = { a: { numerator: 90, denominator: 100 }, b: { numerator: 40, denominator: 40 } };
    expect(pts('legal-person-registration', ok)).toBe('3');
    expect(pts('legal-person-registration', { ...ok, b: { numerator: 39, denominator: 40 } })).toBe(
      '1',
    );
    expect(
      pts('legal-person-registration', { ...ok, a: { numerator: 89, denominator: 100 } }),
    ).toBe('2');
    const bad = score('legal-person-registration', { a: { numerator: 5, denominator: 4 } });
    expect(bad.complete).toBe(false);
    expect(bad.problems[0]!.message.zh).toBe('分子不能大于分母');
  });

  it('pass/fail — item 5 (a measured rate) and item 14 (checked by hand): all or nothing', () => {
    expect(pts('audit-organisation', { a: { numerator: 98, denominator: 100 } })).toBe('3');
    expect(pts('audit-organisation', { a: { numerator: 97, denominator: 100 } })).toBe('0');
    expect(pts('social-insurance', { a: { met: true } })).toBe('3');
    expect(pts('social-insurance', { a: { met: false } })).toBe('0');
  });

  it('holistic — item 8: a judged value from 0 to 4 in half points', () => {
    expect(pts('information', { a: { value: 3.5 } })).toBe('3.5');
    expect(pts('information', { a: { value: '2' } })).toBe('2');
    for (const bad of [4.5, -1, 0.3, 'abc']) {
      const s = score('information', { a: { value: bad } });
      expect(s.complete, String(bad)).toBe(false);
      expect(s.points).toBe(0);
    }
  });

  it('a missing input leaves the item incomplete and scores it as not met', () => {
    const s = score('workers-home', { a: { met: true } });
    expect(formatCenti(s.points)).toBe('1');
    expect(s.complete).toBe(false);
    expect(s.breakdown.filter((b) => b.status === 'missing')).toHaveLength(2);
    expect(score('ankang-cup', { a: { met: true }, b: { met: true } }).complete).toBe(true);
  });

  it('a shared item splits by department — item 11: 法律部 judges 8 points, 女工部 2', () => {
    const item = rubricItems(rubric2011).find(({ item }) => item.number === 11)!.item;
    expect(criteriaOf(item, 'legal').map((c) => c.id)).toEqual(['a', 'b']);
    expect(criteriaOf(item, 'women').map((c) => c.id)).toEqual(['c']);
    const inputs = {
      a: { numerator: 8, denominator: 10 },
      b: { numerator: 6, denominator: 10 },
      c: { numerator: 9, denominator: 10 },
    };
    const legal = scoreItem(rubric2011, 'collective-contracts', inputs, district, {
      department: 'legal',
    });
    const women = scoreItem(rubric2011, 'collective-contracts', inputs, district, {
      department: 'women',
    });
    expect([legal.points, women.points]).toEqual([800, 200]);
    expect(legal.breakdown.every((b) => b.department === 'legal')).toBe(true);
    expect(score('collective-contracts', inputs).points).toBe(1000);
  });
});

// ---------------------------------------------------------------------------
// Random inputs that follow each criterion's shape, valid or not.

function arbitraryInput(criterion: Criterion): fc.Arbitrary<CriterionInput | undefined> {
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 8 });
  switch (criterion.kind) {
    case 'award':
    case 'passFail':
      return criterion.threshold
        ? maybe(
            fc
              .tuple(fc.nat({ max: 1000 }), fc.integer({ min: 1, max: 1000 }))
              .map(([n, d]) => ({ numerator: Math.min(n, d), denominator: d })),
          )
        : maybe(fc.boolean().map((met) => ({ met })));
    case 'levels':
      return maybe(
        fc
          .constantFrom(null, 'unknown-level', ...criterion.levels.map((l) => l.id))
          .map((levelId) => ({ levelId })),
      );
    case 'deduction':
      return maybe(fc.nat({ max: 20 }).map((count) => ({ count })));
    case 'veto':
      return maybe(fc.boolean().map((triggered) => ({ triggered })));
    case 'holistic':
      return maybe(fc.integer({ min: -2, max: 20 }).map((half) => ({ value: half / 2 })));
  }
}

const itemInputs = (itemIndex: number) => {
  const { item } = rubricItems(rubric2011)[itemIndex]!;
  return fc.record(
    Object.fromEntries(item.rule.criteria.map((c) => [c.id, arbitraryInput(c)])),
  ) as fc.Arbitrary<ItemInputs>;
};

const allInputs = fc.tuple(...rubricItems(rubric2011).map((_, i) => itemInputs(i))) as fc.Arbitrary<
  ItemInputs[]
>;

const unitType = fc.constantFrom('district', 'devZone', 'bureau');

describe('properties over random inputs', () => {
  it('every item score lies in [0, base] and is a multiple of the step', () => {
    const step = toCenti(rubric2011.step);
    fc.assert(
      fc.property(fc.nat({ max: 29 }), unitType, fc.context(), (i, type, ctx) => {
        const { item } = rubricItems(rubric2011)[i]!;
        fc.assert(
          fc.property(itemInputs(i), (inputs) => {
            const s = scoreItem(rubric2011, item.id, inputs, { unitType: type });
            ctx.log(JSON.stringify(inputs));
            expect(s.points).toBeGreaterThanOrEqual(0);
            expect(s.points).toBeLessThanOrEqual(toCenti(item.baseScore));
            expect(s.points % step).toBe(0);
            expect(Number.isSafeInteger(s.points)).toBe(true);
          }),
          { numRuns: 20 },
        );
      }),
      { numRuns: 60 },
    );
  });

  it('the total equals the exact sum of items and capped bonus; categories add up to the subtotal', () => {
    fc.assert(
      fc.property(
        allInputs,
        unitType,
        fc.array(
          fc.record({
            bonusItemId: fc.constantFrom('bonus-excellence', 'bonus-honours'),
            points: fc.integer({ min: 0, max: 10 }).map((h) => h / 2),
          }),
          { maxLength: 4 },
        ),
        (inputs, type, bonus) => {
          const items = Object.fromEntries(
            rubricItems(rubric2011).map(({ item }, i) => [item.id, inputs[i]]),
          );
          const result = scoreAssessment(rubric2011, { unitType: type, items, bonus });
          let sum: Centi = 0;
          for (const { item } of rubricItems(rubric2011)) {
            sum += scoreItem(rubric2011, item.id, items[item.id], { unitType: type }).points;
          }
          expect(result.subtotal).toBe(sum);
          expect(result.categories.reduce((s, c) => s + c.points, 0)).toBe(sum);
          const bonusSum = bonus.reduce((s, b) => s + toCenti(b.points), 0);
          expect(result.bonus).toBe(bonusSum); // 2011 sets no caps
          expect(result.total).toBe(sum + bonusSum);
          expect(result.subtotal).toBeLessThanOrEqual(12000);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('bonus caps', () => {
  it('applies each bonus item cap, then the overall cap; no cap set means none', () => {
    const capped = {
      ...rubric2011,
      bonusItems: rubric2011.bonusItems.map((b, i) => ({ ...b, cap: i === 0 ? 2 : null })),
      bonusCap: 3,
    };
    const r = scoreBonus(capped, [
      { bonusItemId: 'bonus-excellence', points: 2.5 },
      { bonusItemId: 'bonus-breakthrough', points: '1.5' },
    ]);
    expect(r.items.map((i) => [i.awarded, i.counted])).toEqual([
      [250, 200],
      [150, 150],
      [0, 0],
    ]);
    expect(r.total).toBe(300);
    expect(scoreBonus(rubric2011, [{ bonusItemId: 'bonus-excellence', points: 9 }]).total).toBe(
      900,
    );
  });

  it('a full assessment adds the bonus to the subtotal: 120 + 2 = 122', () => {
    const items: Record<string, ItemInputs> = {};
    for (const { item } of rubricItems(rubric2011)) {
      const inputs: ItemInputs = {};
      for (const c of item.rule.criteria) {
        if (c.kind === 'levels')
          inputs[c.id] = { levelId: c.levels.reduce((a, b) => (b.points > a.points ? b : a)).id };
        else if (c.kind === 'holistic') inputs[c.id] = { value: c.max };
        else if ((c.kind === 'award' || c.kind === 'passFail') && c.threshold)
          inputs[c.id] = { numerator: 1, denominator: 1 };
        else if (c.kind === 'award' || c.kind === 'passFail') inputs[c.id] = { met: true };
      }
      items[item.id] = inputs;
    }
    const r = scoreAssessment(rubric2011, {
      unitType: 'bureau',
      items,
      bonus: [{ bonusItemId: 'bonus-honours', points: 2 }],
    });
    expect(r.complete).toBe(true);
    expect(r.categories.map((c) => formatCenti(c.points))).toEqual(['41', '18', '29', '19', '13']);
    expect(formatCenti(r.subtotal)).toBe('120');
    expect(formatCenti(r.total)).toBe('122');
  });
});
