import { rubricItems, validateRubric } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, test } from 'vitest';
import { addItem, describeCriterion, moveItem, newCriterion, removeItem } from './rubric-model.ts';

const order = (r: typeof rubric2011) => rubricItems(r).map(({ item }) => [item.number, item.id]);

describe('rubric editing keeps ids and renumbers', () => {
  test('moving item 2 up swaps 1 and 2; ids stay, numbers follow the table, still valid', () => {
    const { rubric, at } = moveItem(rubric2011, { ci: 0, ii: 1 }, -1);
    expect(at).toEqual({ ci: 0, ii: 0 });
    expect(order(rubric).slice(0, 2)).toEqual([
      [1, 'union-founding'],
      [2, 'party-union-cobuilding'],
    ]);
    expect(validateRubric(rubric).problems).toEqual([]);
    expect(rubric2011.categories[0]!.items[0]!.id).toBe('party-union-cobuilding');
  });

  test('moving the last item of a category down crosses into the next one', () => {
    const last = rubric2011.categories[0]!.items.length - 1;
    const { rubric, at } = moveItem(rubric2011, { ci: 0, ii: last }, 1);
    expect(at).toEqual({ ci: 1, ii: 0 });
    const moved = rubric2011.categories[0]!.items[last]!;
    expect(rubric.categories[1]!.items[0]!.id).toBe(moved.id);
    expect(rubric.categories[1]!.items[0]!.number).toBe(moved.number);
    expect(rubricItems(rubric).map(({ item }) => item.number)).toEqual(
      rubricItems(rubric2011).map((_, i) => i + 1),
    );
  });

  test('adding and removing renumber everything after', () => {
    const added = addItem(rubric2011, 0, 'org');
    const items = rubricItems(added.rubric);
    expect(items).toHaveLength(31);
    expect(items.map(({ item }) => item.number)).toEqual(items.map((_, i) => i + 1));
    const removed = removeItem(added.rubric, added.at);
    expect(order(removed)).toEqual(order(rubric2011));
  });

  test('a new criterion of another kind keeps its id, words and reachable points', () => {
    const award = rubric2011.categories[0]!.items[0]!.rule.criteria[1]!;
    const holistic = newCriterion('holistic', award);
    expect(holistic).toEqual({ id: award.id, text: award.text, kind: 'holistic', max: 4 });
  });

  test('rules in words, both languages', () => {
    const item2 = rubricItems(rubric2011)[1]!.item;
    expect(describeCriterion(rubric2011, item2.rule.criteria[0]!).zh).toBe(
      '企业建会率达到区县工会、开发区工会80%，局（产业）工会95%得5分',
    );
    expect(
      describeCriterion(rubric2011, {
        id: 'x',
        text: '缺一项',
        kind: 'deduction',
        pointsPerOccurrence: 1,
      }).en,
    ).toBe('−1 pt each time');
  });
});
