import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rubric } from './rubric.ts';
import { rubric2011 } from './rubric-2011.ts';
import { formatPath, validateRubric } from './validation.ts';

const edit = (f: (r: Rubric) => void): Rubric => {
  const r = structuredClone(rubric2011);
  f(r);
  return r;
};
const codes = (r: unknown) =>
  validateRubric(r).problems.map((p) => `${p.code}@${formatPath(p.path)}`);

describe('rubric validation', () => {
  it('reports a base-score change twice: against the total and against the rule', () => {
    const result = validateRubric(edit((r) => (r.categories[0]!.items[0]!.baseScore = 7)));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code).sort()).toEqual(['ruleMaximum', 'totalMismatch']);
    const total = result.problems.find((p) => p.code === 'totalMismatch')!;
    expect(total.path).toEqual(['total']);
    expect(total.message.zh).toBe('各项基本分值之和为121分，与合计120分不符');
    expect(total.message.en).toContain('add up to 121');
    const rule = result.problems.find((p) => p.code === 'ruleMaximum')!;
    expect(formatPath(rule.path)).toBe('categories[0].items[0].rule');
  });

  it('requires contiguous, unique numbers', () => {
    expect(codes(edit((r) => (r.categories[0]!.items[1]!.number = 1)))).toContain(
      'numbering@categories[0].items[1].number',
    );
  });

  it('refuses an empty category and an item without a department', () => {
    const r = edit((x) => {
      x.categories.push({ id: 'empty', name: '空项目', items: [] });
      x.categories[1]!.items[0]!.departments = [];
    });
    const found = codes(r);
    expect(found.some((c) => c.startsWith('shape.'))).toBe(true);
    const onlyEmpty = edit((x) => x.categories.push({ id: 'empty', name: '空项目', items: [] }));
    expect(codes(onlyEmpty)).toEqual(['emptyCategory@categories[5].items']);
  });

  it('requires criterion owners among the item departments, and named on shared items', () => {
    const wrongOwner = edit((r) => {
      r.categories[1]!.items[0]!.rule.criteria[2]!.department = 'finance';
    });
    expect(codes(wrongOwner)).toEqual([
      'criterionOwner@categories[1].items[0].rule.criteria[2].department',
    ]);
    const unnamed = edit((r) => {
      delete r.categories[1]!.items[0]!.rule.criteria[0]!.department;
    });
    expect(codes(unnamed)).toEqual([
      'criterionOwnerMissing@categories[1].items[0].rule.criteria[0].department',
    ]);
  });

  it('requires the step to divide every point value', () => {
    const r = edit((x) => {
      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
    const found = codes(r);
    expect(found).toContain('step@categories[3].items[1].rule.criteria[0].points');
    expect(found).toContain('step@categories[3].items[1].rule.criteria[2].points');
  });

  it('checks thresholds: in range, known unit types, a target for every unit type', () => {
    const out = edit((r) => {
      const c = r.categories[0]!.items[1]!.rule.criteria[0]!;
      if (c.kind === 'award' && c.threshold)
        c.threshold.targets = [{ unitTypes: ['district'], percent: 80 }];
    });
    expect(codes(out)).toEqual([
      'targetMissing@categories[0].items[1].rule.criteria[0].threshold.targets',
      'targetMissing@categories[0].items[1].rule.criteria[0].threshold.targets',
    ]);
    const over = edit((r) => {
      const c = r.categories[0]!.items[1]!.rule.criteria[0]!;
      if (c.kind === 'award' && c.threshold) c.threshold.targets[0]!.percent = 180;
    });
    const p = validateRubric(over).problems;
    expect(p).toHaveLength(1);
    expect(formatPath(p[0]!.path)).toBe(
      'categories[0].items[1].rule.criteria[0].threshold.targets[0].percent',
    );
    expect(p[0]!.message.zh).toBe('目标百分比不能超过100');
    expect(p[0]!.message.en).toBe('a target percentage cannot exceed 100');
    const unknownType = edit((r) => {
      const c = r.categories[0]!.items[1]!.rule.criteria[0]!;
      if (c.kind === 'award' && c.threshold)
        c.threshold.targets[1]!.unitTypes = ['bureau', 'township'];
    });
    expect(codes(unknownType)).toEqual([
      'unknownUnitType@categories[0].items[1].rule.criteria[0].threshold.targets[1].unitTypes[1]',
    ]);
  });

  it('refuses duplicate ids', () => {
    expect(codes(edit((r) => (r.categories[0]!.items[1]!.id = 'party-union-cobuilding')))).toEqual([
      'duplicateId@categories[0].items[1].id',
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = validateRubric(x);
        expect(r.ok).toBe(false);
        expect(r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    // and on rubric-shaped input with random leaves replaced
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat({ max: 29 }),
        fc.constantFrom('baseScore', 'number', 'rule', 'departments', 'content'),
        (v, i, key) => {
          const r = structuredClone(rubric2011) as unknown as {
            categories: Array<{ items: Array<Record<string, unknown>> }>;
          };
          const all = r.categories.flatMap((c) => c.items);
          all[i]![key] = v;
          expect(() => validateRubric(r)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
