import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  criteriaTextFromRule,
  criteriaTextMismatch,
  criteriaTextWarnings,
} from './criteria-text.ts';
import type { Item, Rubric } from './rubric.ts';
import { rubric2011 } from './rubric-2011.ts';
import { rubricItems } from './rubric-items.ts';

const itemOf = (number: number): Item =>
  structuredClone(rubricItems(rubric2011).find(({ item }) => item.number === number)!.item);

describe('criteria text against the rule', () => {
  it('finds every 2011 item’s text in agreement with its rule', () => {
    for (const { item } of rubricItems(rubric2011)) expect(criteriaTextMismatch(item)).toBeNull();
    expect(criteriaTextWarnings(rubric2011)).toEqual([]);
  });

  it('warns when the rule gives 5 points and the text still says 得4分', () => {
    const item = itemOf(1); // 建立…得2分，以创先争优推动工会工作成效明显得4分
    const b = item.rule.criteria[1]!;
    if (b.kind !== 'award') throw new Error('item 1 b is an award');
    b.points = 5;
    const mismatch = criteriaTextMismatch(item);
    expect(mismatch?.message).toEqual({
      zh: '第1项评分标准文字与评分规则不一致：文字写有得4分，评分规则中没有；评分规则有得5分，文字中没有',
      en: 'item 1: the criteria text and the scoring rule disagree: the text says 4 pt, which no criterion gives; the rule gives 5 pt, which the text does not say',
    });
  });

  it('tells a deduction from an award, ignores order and the 得0分 of a veto', () => {
    const item = itemOf(30); // 得2分，…缺一项扣1分；…得2分
    expect(
      criteriaTextMismatch({ ...item, criteriaText: '缺一项扣1分，甲得2分，乙得2分' }),
    ).toBeNull();
    expect(
      criteriaTextMismatch({ ...item, criteriaText: '甲得2分，缺一项得1分，乙得2分' })?.message.zh,
    ).toContain('文字写有得1分，评分规则中没有；评分规则有扣1分，文字中没有');
    const vetoed = itemOf(16);
    expect(
      criteriaTextMismatch({ ...vetoed, criteriaText: `${vetoed.criteriaText}，否则得0分` }),
    ).toBeNull();
  });

  it('warns of a new item whose text is still empty, at the item’s criteriaText', () => {
    const rubric: Rubric = structuredClone(rubric2011);
    rubric.categories[1]!.items[2]!.criteriaText = '待定';
    const warnings = criteriaTextWarnings(rubric);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.path).toEqual(['categories', 1, 'items', 2, 'criteriaText']);
    expect(warnings[0]!.code).toBe('criteriaTextMismatch');
  });
});

describe('criteria text from the rule', () => {
  it('writes the 2011 table’s own words where its criteria carry them', () => {
    for (const n of [1, 3, 4, 5, 6, 7, 8, 11, 16, 17, 21, 22, 23, 24, 25, 26, 27, 28]) {
      const item = itemOf(n);
      expect(criteriaTextFromRule(item), `item ${n}`).toBe(item.criteriaText);
    }
    // Criteria whose words hold a "，" are joined by "；", as the table does.
    expect(criteriaTextFromRule(itemOf(19))).toBe(
      '积极组织本地区（系统）“安康杯”竞赛，且覆盖面大于80%得1分；认真做好劳动保护工作得2分；发生较大以上事故，2小时以内未上报扣2分',
    );
  });

  it('regenerates a text that agrees with the rule after the points changed', () => {
    const item = itemOf(1);
    const b = item.rule.criteria[1]!;
    if (b.kind === 'award') b.points = 5;
    const text = criteriaTextFromRule(item);
    expect(text).toBe('建立相应领导机构和工作机构得2分，以创先争优推动工会工作成效明显得5分');
    expect(criteriaTextMismatch({ ...item, criteriaText: text })).toBeNull();
  });

  it('always agrees with the rule it came from, whatever the points (property)', () => {
    const items = rubricItems(rubric2011).map(({ item }) => item);
    const points = fc.integer({ min: 1, max: 2000 }).map((c) => c / 100);
    fc.assert(
      fc.property(
        fc.constantFrom(...items),
        fc.array(points, { minLength: 12, maxLength: 12 }),
        (base, ps) => {
          const item = structuredClone(base);
          let k = 0;
          for (const c of item.rule.criteria) {
            if (c.kind === 'award' || c.kind === 'passFail') c.points = ps[k++ % ps.length]!;
            if (c.kind === 'deduction') c.pointsPerOccurrence = ps[k++ % ps.length]!;
            if (c.kind === 'levels') for (const l of c.levels) l.points = ps[k++ % ps.length]!;
          }
          expect(
            criteriaTextMismatch({ ...item, criteriaText: criteriaTextFromRule(item) }),
          ).toBeNull();
        },
      ),
    );
  });
});
