import { describe, expect, it } from 'vitest';
import { rubric2011 } from './rubric-2011.ts';
import { describePath } from './rubric-path.ts';
import { validateRubric } from './validation.ts';

describe('describePath: a place in a rubric as the table names it', () => {
  it('names an item by its 序号 across categories, then its field', () => {
    expect(describePath(['categories', 0, 'items', 0, 'rule'], rubric2011)).toEqual({
      zh: '第1项 · 评分标准',
      en: 'Item 1 · Scoring rule',
    });
    // The second category's first item is 第(first category's length + 1)项.
    const n = rubric2011.categories[0]!.items.length + 1;
    expect(describePath(['categories', 1, 'items', 0, 'baseScore'], rubric2011)).toEqual({
      zh: `第${n}项 · 基本分值`,
      en: `Item ${n} · Base score`,
    });
  });

  it('names criteria, levels, targets and list entries from 1', () => {
    const path = ['categories', 0, 'items', 1, 'rule', 'criteria', 0, 'threshold', 'targets', 1];
    expect(describePath(path, rubric2011)).toEqual({
      zh: '第2项 · 评分标准 · 第1条 · 指标与目标值 · 第2个目标值',
      en: 'Item 2 · Scoring rule · Criterion 1 · Indicator and targets · Target 2',
    });
    expect(
      describePath(['categories', 0, 'items', 0, 'rule', 'criteria', 2, 'levels', 0, 'points']).zh,
    ).toBe('第1项 · 评分标准 · 第3条 · 第1档 · 分值');
    expect(describePath(['categories', 0, 'items', 0, 'departments', 1]).zh).toBe(
      '第1项 · 工作对应部门 2',
    );
    expect(describePath(['bonusItems', 2, 'cap'])).toEqual({
      zh: '加分项3 · 上限',
      en: 'Bonus item 3 · Cap',
    });
    expect(describePath(['unitTypes', 0, 'id']).zh).toBe('单位类型 1 · 标识');
  });

  it('names a category by its name, the rubric’s own fields plainly, the whole rubric as nothing', () => {
    expect(describePath(['categories', 0, 'name'], rubric2011).zh).toBe(
      `考核项目「${rubric2011.categories[0]!.name}」 · 名称`,
    );
    expect(describePath(['categories', 3, 'items'], {}).zh).toBe('第4个考核项目 · 考核内容');
    expect(describePath(['total'])).toEqual({ zh: '合计', en: 'Total' });
    expect(describePath([])).toEqual({ zh: '', en: '' });
    expect(describePath(['somethingElse', 0]).zh).toBe('somethingElse · 第1个');
  });

  it('never shows a document key for any problem validation reports on an edited 2011 rubric', () => {
    const r = structuredClone(rubric2011) as unknown as {
      categories: Array<{ items: Array<Record<string, unknown>> }>;
      step: number;
    };
    r.categories[0]!.items[0]!.baseScore = 7;
    r.categories[0]!.items[1]!.number = 1;
    r.categories[1]!.items[0]!.departments = ['office', 'nobody'];
    for (const p of validateRubric(r).problems) {
      const where = describePath(p.path, r);
      expect(where.zh).not.toMatch(/[A-Za-z[\]]/);
      expect(where.en).not.toMatch(/categories|items|\[/);
    }
  });
});
