import { DomainError, formatCenti, type ItemInputs, rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, it } from 'vitest';
import {
  NO_EXPLANATION,
  type ReviewEntry,
  reviewReadiness,
  reviewShare,
  selfScoreProblems,
  selfScoreReadiness,
} from './readiness.ts';
import { allItemIds, fullInputs, item2011 } from './testing.ts';

const filledSelfScores = () =>
  Object.fromEntries(
    allItemIds().map((id) => [id, { inputs: fullInputs(item2011(id)), explanation: '已完成' }]),
  );

describe('selfScoreReadiness', () => {
  it('is ready when all 30 items are scored and explained', () => {
    const r = selfScoreReadiness(rubric2011, 'district', filledSelfScores());
    expect(r).toEqual({ ready: true, incomplete: [], checkedItemIds: allItemIds() });
  });

  it('lists each item that is missing a criterion, an explanation, or has an invalid input', () => {
    const items = filledSelfScores();
    // item 2: the rate's denominator is missing
    items['union-founding'] = {
      inputs: { a: { numerator: 8 }, b: { met: true } },
      explanation: '见台账',
    };
    // item 5: scored but not explained
    items['audit-organisation'] = { ...items['audit-organisation']!, explanation: '  ' };
    // item 8: the judged value is off the half-point step
    items.information = { inputs: { a: { value: 2.25 } }, explanation: '信息报送12篇' };
    const r = selfScoreReadiness(rubric2011, 'district', items);
    expect(r.ready).toBe(false);
    expect(r.incomplete.map((p) => p.number)).toEqual([2, 5, 8]);
    expect(r.incomplete[0]!.reason.zh).toBe('「建会率达到目标要求」尚未填写');
    expect(r.incomplete[1]!.reason).toEqual({
      zh: '未填写自评说明',
      en: 'no explanation of the self score',
    });
    expect(r.incomplete[2]!.reason.zh).toContain('综合评分须在0到4分之间，且为0.5的整数倍');
  });

  it('treats an item the unit never touched as incomplete', () => {
    const items = filledSelfScores();
    delete items['dispute-mediation'];
    const r = selfScoreReadiness(rubric2011, 'bureau', items);
    expect(r.incomplete).toHaveLength(1);
    expect(r.incomplete[0]).toMatchObject({ itemId: 'dispute-mediation', number: 7 });
    expect(r.incomplete[0]!.reason.zh).toBe('「建立劳动争议调解组织达标」尚未填写；未填写自评说明');
  });

  it('checks only the returned items on resubmission', () => {
    const r = selfScoreReadiness(
      rubric2011,
      'district',
      {
        'dispute-mediation': {
          inputs: fullInputs(item2011('dispute-mediation')),
          explanation: 'x',
        },
      },
      { only: ['dispute-mediation'] },
    );
    expect(r).toEqual({ ready: true, incomplete: [], checkedItemIds: ['dispute-mediation'] });
  });

  it('refuses to check items the rubric does not have', () => {
    expect(() => selfScoreReadiness(rubric2011, 'district', {}, { only: ['nope'] })).toThrow(
      DomainError,
    );
  });
});

describe('reviewReadiness', () => {
  const item11 = item2011('collective-contracts');
  const selfInputs: ItemInputs = fullInputs(item11);

  it('item 11: 法律部 is judged on criteria a and b only, 女工部 on c only', () => {
    const legalOnly: Record<string, ReviewEntry> = {
      'collective-contracts': {
        selfInputs,
        reviewInputs: fullInputs(item11, 'legal'),
        remarks: null,
      },
    };
    const legal = reviewReadiness(rubric2011, 'district', 'legal', legalOnly);
    // legal's own items: 7, 10, 11, 21 — only 11 was filled, and fully
    expect(legal.checkedItemIds).toEqual([
      'dispute-mediation',
      'legal-person-registration',
      'collective-contracts',
      'stability',
    ]);
    expect(legal.incomplete.map((p) => p.number)).toEqual([7, 10, 21]);
    // The same inputs leave women's criterion c unscored: women's check of item 11 fails.
    const women = reviewReadiness(rubric2011, 'district', 'women', legalOnly);
    expect(women.checkedItemIds).toEqual(['women-organisation', 'collective-contracts']);
    expect(women.incomplete.map((p) => p.number)).toEqual([6, 11]);
    expect(women.incomplete[1]!.reason.zh).toBe('「女职工专项合同达标」尚未填写');
    expect(women.departmentId).toBe('women');
  });

  it('item 8: 组织部 is named but judges nothing, so it reviews no item 8', () => {
    const org = reviewReadiness(rubric2011, 'district', 'org', {});
    expect(org.checkedItemIds).not.toContain('information');
    const office = reviewReadiness(rubric2011, 'district', 'office', {});
    expect(office.checkedItemIds).toEqual(['information', 'stability']);
  });

  it('needs remarks where the review score differs from the self score on its own criteria', () => {
    // women judges criterion c: the unit claimed it (2 points), women finds it not met (0)
    const women = (remarks: string | null) =>
      reviewReadiness(rubric2011, 'district', 'women', {
        'women-organisation': {
          selfInputs: fullInputs(item2011('women-organisation')),
          reviewInputs: fullInputs(item2011('women-organisation')),
          remarks: null,
        },
        'collective-contracts': {
          selfInputs,
          reviewInputs: { c: { numerator: 50, denominator: 100 } },
          remarks,
        },
      });
    const without = women(null);
    expect(without.ready).toBe(false);
    expect(without.incomplete).toEqual([
      {
        itemId: 'collective-contracts',
        number: 11,
        reason: {
          zh: '考评分（0分）与自评分（2分）不同，须填写备注',
          en: 'the review score (0) differs from the self score (2): remarks are required',
        },
      },
    ]);
    expect(women('同步签订率50%，未达88%').ready).toBe(true);
  });

  it("does not ask for remarks when only the other department's criteria differ", () => {
    // The unit claimed nothing for legal's criteria; women agrees with the unit on c.
    const r = reviewReadiness(rubric2011, 'district', 'women', {
      'women-organisation': {
        selfInputs: fullInputs(item2011('women-organisation')),
        reviewInputs: fullInputs(item2011('women-organisation')),
        remarks: null,
      },
      'collective-contracts': {
        selfInputs: {
          a: { numerator: 0, denominator: 10 },
          b: { numerator: 0, denominator: 10 },
          c: { numerator: 9, denominator: 10 },
        },
        reviewInputs: { c: { numerator: 9, denominator: 10 } },
        remarks: null,
      },
    });
    expect(r).toMatchObject({ ready: true, incomplete: [] });
  });
});

const rubric = rubric2011;
const items = rubricItems(rubric).map(({ item }) => item);
const id = (number: number) => items.find((i) => i.number === number)!.id;

describe('the remark rule: "考评分与自评分不同时须填写备注"', () => {
  const item10 = id(10);
  const self: ItemInputs = {
    a: { numerator: 95, denominator: 100 },
    b: { numerator: 100, denominator: 100 },
  };

  it('a complete review equal to the self score needs no remarks', () => {
    const share = reviewShare(rubric, 'district', item10, 'legal', self, self, null);
    expect(share).toMatchObject({ complete: true, differs: false, remarksRequired: false });
  });

  it('a complete review that differs needs remarks, until they are written', () => {
    const review: ItemInputs = { ...self, b: { numerator: 90, denominator: 100 } };
    const share = reviewShare(rubric, 'district', item10, 'legal', self, review, '  ');
    expect(share).toMatchObject({ complete: true, differs: true, remarksRequired: true });
    expect([formatCenti(share.review), formatCenti(share.self)]).toEqual(['1', '3']);
    expect(
      reviewShare(rubric, 'district', item10, 'legal', self, review, '核实为90%'),
    ).toMatchObject({ differs: true, remarksRequired: false });
  });

  it('an incomplete review asks for nothing yet', () => {
    const review: ItemInputs = { a: { numerator: 95, denominator: 100 } };
    expect(reviewShare(rubric, 'district', item10, 'legal', self, review, null)).toMatchObject({
      complete: false,
      remarksRequired: false,
    });
  });

  it('on a shared item only the department’s own criteria are compared (item 11)', () => {
    const item11 = id(11);
    const unit: ItemInputs = {
      a: { numerator: 100, denominator: 100 },
      b: { numerator: 100, denominator: 100 },
      c: { numerator: 10, denominator: 100 },
    };
    // 法律部 judges a and b and agrees; 女工部's c (not met by the unit) is not its business.
    const legal: ItemInputs = { a: unit.a!, b: unit.b! };
    expect(reviewShare(rubric, 'district', item11, 'legal', unit, legal, null)).toMatchObject({
      complete: true,
      differs: false,
      remarksRequired: false,
    });
    const women: ItemInputs = { c: { numerator: 95, denominator: 100 } };
    expect(reviewShare(rubric, 'district', item11, 'women', unit, women, null)).toMatchObject({
      differs: true,
      remarksRequired: true,
    });
  });
});

describe('selfScoreProblems: ready to submit, as the web lists it', () => {
  it('every missing criterion and explanation, item by item, in the words the server uses', () => {
    const drafts: Record<string, { inputs: ItemInputs | undefined; explanation: string }> =
      Object.fromEntries(items.map((i) => [i.id, { inputs: undefined, explanation: '' }]));
    drafts[id(1)] = { inputs: { a: { met: true }, b: { met: false } }, explanation: '已落实' };
    drafts[id(23)] = {
      inputs: { a: { met: true }, b: { met: true }, c: { met: true } },
      explanation: ' ',
    };
    const problems = selfScoreProblems(rubric, 'district', drafts);
    expect(problems.map((p) => p.number)).toEqual(
      items.map((i) => i.number).filter((n) => n !== 1),
    );
    const p23 = problems.find((p) => p.number === 23)!;
    expect(p23.reasons).toEqual([NO_EXPLANATION]);
    expect(problems.find((p) => p.number === 2)!.reasons.map((r) => r.zh)).toEqual([
      '「建会率达到目标要求」尚未填写',
      '「职工入会率完成市总目标任务」尚未填写',
      '未填写自评说明',
    ]);
  });

  it('a resubmission checks the returned items only', () => {
    const problems = selfScoreProblems(rubric, 'district', {}, { only: [id(7)] });
    expect(problems.map((p) => p.number)).toEqual([7]);
  });
});
