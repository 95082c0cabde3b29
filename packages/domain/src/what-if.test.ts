import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneRubricToYear } from './diff.ts';
import { formatCenti } from './points.ts';
import type { Criterion, Rubric } from './rubric.ts';
import { rubric2011 } from './rubric-2011.ts';
import { rubricItems } from './rubric-items.ts';
import { scoreAssessment } from './scoring.ts';
import type { CriterionInput, ItemInputs } from './scoring-input.ts';
import { rankByUnitType, rankMoves, type WhatIfAssessment, whatIfRescore } from './what-if.ts';

const ITEMS = rubricItems(rubric2011).map(({ item }) => item);

function best(c: Criterion, level: string | undefined): CriterionInput {
  switch (c.kind) {
    case 'award':
    case 'passFail':
      return c.threshold ? { numerator: 100, denominator: 100 } : { met: true };
    case 'levels':
      return { levelId: level ?? c.levels.at(-1)!.id };
    case 'deduction':
      return { count: 0 };
    case 'veto':
      return { triggered: false };
    case 'holistic':
      return { value: c.max };
  }
}

/** Full marks everywhere but item 28 at the given level. */
function answers(level: 'base' | 'growth'): Record<string, ItemInputs> {
  const out: Record<string, ItemInputs> = {};
  for (const item of ITEMS) {
    out[item.id] = Object.fromEntries(
      item.rule.criteria.map((c) => [c.id, best(c, item.number === 28 ? level : undefined)]),
    );
  }
  return out;
}

function unit(
  id: string,
  level: 'base' | 'growth',
  less: Record<string, string> = {},
): WhatIfAssessment {
  const inputs = answers(level);
  const scored = scoreAssessment(rubric2011, { unitType: 'district', items: inputs });
  const reviewScores = Object.fromEntries(
    scored.items.map((s) => [s.itemId, formatCenti(s.points)]),
  );
  Object.assign(reviewScores, less);
  return {
    assessmentId: `a-${id}`,
    unitId: id,
    unitName: id,
    unitTypeId: 'district',
    approved: true,
    inputs,
    reviewScores,
    bonus: [],
  };
}

function withItem28(points: { base: number; growth: number }): Rubric {
  const draft = cloneRubricToYear(rubric2011);
  const item = draft.categories.flatMap((c) => c.items).find((i) => i.number === 28)!;
  const c = item.rule.criteria[0]!;
  if (c.kind !== 'levels') throw new Error('levels');
  c.levels[0]!.points = points.base;
  c.levels[1]!.points = points.growth;
  return draft;
}

describe('what-if re-score', () => {
  it('the same rubric changes nothing', () => {
    const units = [unit('x', 'growth'), unit('y', 'base')];
    const result = whatIfRescore(rubric2011, cloneRubricToYear(rubric2011), units);
    expect(result.items.every((i) => i.status === 'unchanged')).toBe(true);
    expect(result.units.map((u) => u.whatIfTotal)).toEqual(result.units.map((u) => u.realTotal));
    expect(rankMoves(result)).toEqual([]);
  });

  it('item 28 at other points moves units, and names item 28 as the cause', () => {
    // T is full marks. x: 增长, 2 short on information (T − 2); y: 完成基数 (T − 3);
    // z: 增长, 4 short on information (T − 4). Information is unchanged: it keeps its real score.
    const units = [
      unit('x', 'growth', { information: '2' }),
      unit('y', 'base'),
      unit('z', 'growth', { information: '0' }),
    ];
    const same = whatIfRescore(rubric2011, cloneRubricToYear(rubric2011), units);
    expect(same.units.map((u) => u.realRank)).toEqual([1, 2, 3]);

    const up = whatIfRescore(rubric2011, withItem28({ base: 7, growth: 7 }), units);
    expect(up.items.find((i) => i.number === 28)).toMatchObject({
      status: 'rescored',
      unitsChanged: 1,
      totalDelta: 300,
    });
    expect(rankMoves(up).map((u) => [u.unitId, u.realRank, u.whatIfRank])).toEqual([
      ['x', 1, 2],
      ['y', 2, 1],
    ]);
    expect(up.units[1]!.changedItems).toEqual([
      { itemId: 'dues-collection', number: 28, real: 400, whatIf: 700 },
    ]);

    const down = whatIfRescore(rubric2011, withItem28({ base: 0, growth: 7 }), units);
    expect(rankMoves(down).map((u) => [u.unitId, u.realRank, u.whatIfRank])).toEqual([
      ['y', 2, 3],
      ['z', 3, 2],
    ]);
  });

  it('a removed level flags the units that chose it; removed and new items are shown as such', () => {
    const draft = cloneRubricToYear(rubric2011);
    const item28 = draft.categories.flatMap((c) => c.items).find((i) => i.number === 28)!;
    const c = item28.rule.criteria[0]!;
    if (c.kind !== 'levels') throw new Error('levels');
    c.levels = c.levels.filter((l) => l.id !== 'base');
    const gone = draft.categories[0]!.items.shift()!;
    draft.categories[0]!.items.push({ ...gone, id: 'brand-new', number: 99 });
    const result = whatIfRescore(rubric2011, draft, [unit('x', 'growth'), unit('y', 'base')]);
    const status = Object.fromEntries(result.items.map((i) => [i.itemId, i.status]));
    expect(status[gone.id]).toBe('removed');
    expect(status['brand-new']).toBe('added');
    expect(status['dues-collection']).toBe('rescored');
    expect(result.units.find((u) => u.unitId === 'y')!.flaggedItems).toEqual(['dues-collection']);
    expect(result.units.find((u) => u.unitId === 'x')!.flaggedItems).toEqual([]);
  });

  it('equals scoring the same answers under the draft with the engine (any item 28 points)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 7 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        (base, growth, levels) => {
          const draft = withItem28({ base, growth });
          const units = levels.map((g, i) => unit(`u${i}`, g ? 'growth' : 'base'));
          const result = whatIfRescore(rubric2011, draft, units);
          result.units.forEach((u, i) => {
            const expected = scoreAssessment(draft, {
              unitType: 'district',
              items: units[i]!.inputs,
            });
            expect(u.whatIfTotal).toBe(expected.total);
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('ranks within the unit type, the approved only, ties sharing', () => {
    expect(
      rankByUnitType([
        { unitTypeId: 'a', approved: true, total: 5 },
        { unitTypeId: 'a', approved: true, total: 5 },
        { unitTypeId: 'a', approved: true, total: 3 },
        { unitTypeId: 'b', approved: true, total: 1 },
        { unitTypeId: 'a', approved: false, total: 9 },
      ]),
    ).toEqual([1, 1, 3, 1, null]);
  });
});
