import { describe, expect, it } from 'vitest';
import { formatCenti, toCenti } from './points.ts';
import { rubric2011 } from './rubric-2011.ts';
import { departmentName, rubricItems } from './rubric-items.ts';
import { validateRubric } from './validation.ts';

describe('the 2011 rubric as transcribed from the seed', () => {
  const items = rubricItems(rubric2011);

  it('has 5 categories, 30 items numbered 1-30, and validates clean', () => {
    expect(rubric2011.categories.map((c) => c.name)).toEqual([
      '组织建设、自身建设',
      '制度机制建设',
      '维权维稳工作',
      '服务职工、提高素质',
      '财务经审工作',
    ]);
    expect(items).toHaveLength(30);
    expect(items.map(({ item }) => item.number)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    const result = validateRubric(rubric2011);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has category bases 41/18/29/19/13 and a subtotal of 120', () => {
    const bases = rubric2011.categories.map((c) =>
      formatCenti(c.items.reduce((s, i) => s + toCenti(i.baseScore), 0)),
    );
    expect(bases).toEqual(['41', '18', '29', '19', '13']);
    expect(rubric2011.total).toBe(120);
  });

  it('items 8, 11 and 21 have two departments, the others one', () => {
    const names = (n: number) =>
      items[n - 1]!.item.departments.map((d) => departmentName(rubric2011, d));
    expect(names(8)).toEqual(['办公室', '组织部']);
    expect(names(11)).toEqual(['法律部', '女工部']);
    expect(names(21)).toEqual(['法律部', '办公室']);
    for (const { item } of items) {
      if (![8, 11, 21].includes(item.number)) expect(item.departments).toHaveLength(1);
    }
  });

  it('keeps the criteria text verbatim (item 23 with its half points)', () => {
    expect(items[22]!.item.criteriaText).toBe(
      '群众性科技创新和节能减排活动职工参与面广、活动成效显著得1.5分，开展群众性“五小”活动和合理化建议活动得1.5分，建立并完善节能减排义务监督员制度积极开展节能减排义务监督活动得1分',
    );
  });

  it('has three bonus items: two owned by 主席室, the third by no department, no caps', () => {
    expect(
      rubric2011.bonusItems.map((b) => b.department && departmentName(rubric2011, b.department)),
    ).toEqual(['主席室', '主席室', null]);
    expect(rubric2011.bonusItems.every((b) => b.cap === null)).toBe(true);
    expect(rubric2011.bonusCap).toBeNull();
  });

  it('names the three unit types of the seed', () => {
    expect(rubric2011.unitTypes.map((u) => u.name)).toEqual([
      '区县工会',
      '开发区工会',
      '局（产业）工会',
    ]);
  });
});
