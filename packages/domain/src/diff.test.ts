import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneRubricToYear, diffRubrics } from './diff.ts';
import type { Rubric } from './rubric.ts';
import { rubric2011 } from './rubric-2011.ts';
import { validateRubric } from './validation.ts';

describe('rubric diff and clone', () => {
  it('a rubric diffed with itself is empty', () => {
    expect(diffRubrics(rubric2011, rubric2011)).toEqual([]);
    expect(diffRubrics(rubric2011, structuredClone(rubric2011))).toEqual([]);
  });

  it('clone moves the year and the title, keeps every id, and validates', () => {
    const next = cloneRubricToYear(rubric2011);
    expect(next.year).toBe(2012);
    expect(next.title).toBe('2012年度工会工作目标管理考核表');
    expect(validateRubric(next).ok).toBe(true);
    expect(diffRubrics(rubric2011, next)).toEqual([
      { kind: 'rubricChanged', path: 'title', before: rubric2011.title, after: next.title },
    ]);
    next.categories[0]!.items[0]!.content = 'changed';
    expect(rubric2011.categories[0]!.items[0]!.content).not.toBe('changed');
  });

  it('reports field changes, moves, additions and removals by stable id', () => {
    const next = cloneRubricToYear(rubric2011);
    const removed = next.categories[0]!.items.splice(2, 1)[0]!; // item 3 goes
    const crit = next.categories[0]!.items[0]!.rule.criteria[1]!;
    if (crit.kind === 'award') crit.points = 5;
    next.categories[4]!.items.push({ ...structuredClone(removed), id: 'new-item', number: 30 });
    for (const [i, item] of next.categories.flatMap((c) => c.items).entries()) item.number = i + 1;

    const changes = diffRubrics(rubric2011, next);
    expect(changes).toContainEqual({
      kind: 'itemChanged',
      itemId: 'party-union-cobuilding',
      number: 1,
      path: 'rule.criteria[b].points',
      before: 4,
      after: 5,
    });
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'itemRemoved', itemId: 'workers-home', number: 3 }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'itemAdded', itemId: 'new-item', number: 30 }),
    );
    expect(changes).toContainEqual({
      kind: 'itemMoved',
      itemId: 'cadre-training',
      from: { categoryId: 'organisation', number: 4 },
      to: { categoryId: 'organisation', number: 3 },
    });
  });

  it('clone + one edit + diff shows exactly that edit', () => {
    type Edit = { apply: (r: Rubric) => void; expected: (r: Rubric) => unknown };
    const editArb: fc.Arbitrary<Edit> = fc.oneof(
      fc
        .record({
          i: fc.nat({ max: 29 }),
          text: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
        })
        .map(({ i, text }) => ({
          apply: (r: Rubric) => {
            r.categories.flatMap((c) => c.items)[i]!.content = text;
          },
          expected: (r: Rubric) => {
            const item = r.categories.flatMap((c) => c.items)[i]!;
            return [
              {
                kind: 'itemChanged',
                itemId: item.id,
                number: item.number,
                path: 'content',
                before: rubric2011.categories.flatMap((c) => c.items)[i]!.content,
                after: text,
              },
            ];
          },
        })),
      fc
        .record({ i: fc.nat({ max: 29 }), base: fc.integer({ min: 0, max: 40 }).map((h) => h / 2) })
        .map(({ i, base }) => ({
          apply: (r: Rubric) => {
            r.categories.flatMap((c) => c.items)[i]!.baseScore = base;
          },
          expected: (r: Rubric) => {
            const item = r.categories.flatMap((c) => c.items)[i]!;
            const before = rubric2011.categories.flatMap((c) => c.items)[i]!.baseScore;
            return before === base
              ? []
              : [
                  {
                    kind: 'itemChanged',
                    itemId: item.id,
                    number: item.number,
                    path: 'baseScore',
                    before,
                    after: base,
                  },
                ];
          },
        })),
      fc.integer({ min: 0, max: 20 }).map((cap) => ({
        apply: (r: Rubric) => {
          r.bonusCap = cap;
        },
        expected: () => [{ kind: 'rubricChanged', path: 'bonusCap', before: null, after: cap }],
      })),
    );
    fc.assert(
      fc.property(editArb, (e) => {
        const clone = cloneRubricToYear(rubric2011);
        const edited = structuredClone(clone);
        e.apply(edited);
        expect(diffRubrics(clone, edited)).toEqual(e.expected(edited));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the exchange format', () => {
  it('writes departments as names and reads them back to the same rubric', async () => {
    const { toExchange, fromExchange } = await import('./exchange.ts');
    const { RubricSchema } = await import('./rubric.ts');
    const file = JSON.parse(JSON.stringify(toExchange(rubric2011)));
    expect(file.categories[0].items[7].departments).toEqual(['办公室', '组织部']);
    expect(file.categories[0].items[7].rule.criteria[0].department).toBe('办公室');
    expect(file.categories[0].items[0].departments).toEqual(['组织部']);
    expect(file.bonusItems.map((b: { department: string | null }) => b.department)).toEqual([
      '主席室',
      '主席室',
      null,
    ]);
    const back = RubricSchema.parse(fromExchange(file));
    expect(back).toEqual(rubric2011);
    expect(diffRubrics(rubric2011, back)).toEqual([]);
  });
});
