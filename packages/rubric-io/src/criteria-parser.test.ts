import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CriteriaContext, parseCriteria } from './criteria-parser.ts';
import { rateMentions } from './targets.ts';

const unitTypes = [
  { id: 'district', name: '区县工会' },
  { id: 'devZone', name: '开发区工会' },
  { id: 'bureau', name: '局（产业）工会' },
];

const context = (
  criteriaText: string,
  baseScore: number,
  extra: Partial<CriteriaContext> = {},
): CriteriaContext => ({
  itemId: 'item-01',
  content: '',
  criteriaText,
  baseScore,
  departments: ['org'],
  departmentName: (id) => id,
  unitTypes,
  departmentVocabulary: new Map(),
  ...extra,
});

describe('criteria text → rules', () => {
  it('"…得N分" is an award; words without points belong to the next award; a trailing 的 goes', () => {
    const r = parseCriteria(
      context('有推进的工作目标、措施，取得很好成效的得1分；建制率符合目标要求得2.5分', 3.5),
    );
    expect(r.status).toBe('parsed');
    expect(r.criteria).toEqual([
      { id: 'a', kind: 'award', text: '有推进的工作目标、措施，取得很好成效', points: 1 },
      { id: 'b', kind: 'award', text: '建制率符合目标要求', points: 2.5 },
    ]);
    expect(r.report.map((c) => c.source)).toEqual([
      '有推进的工作目标、措施，取得很好成效的得1分',
      '建制率符合目标要求得2.5分',
    ]);
  });

  it('"达标得N分，未达标不得分" is pass/fail, with the content rate as its threshold', () => {
    const r = parseCriteria(
      context('同步组建率达标得3分，未达标不得分', 3, {
        content: '建立健全经审组织，经审组织同步组建率达98%以上',
      }),
    );
    expect(r.criteria).toEqual([
      {
        id: 'a',
        kind: 'passFail',
        text: '同步组建率达标',
        points: 3,
        threshold: {
          indicator: { id: 'item-01-a-rate', name: '经审组织同步组建率' },
          targets: [{ percent: 98 }],
        },
      },
    ]);
    expect(r.report[0]!.source).toBe('同步组建率达标得3分，未达标不得分');
    expect(r.report[0]!.notes[0]!.zh).toContain('98%');
  });

  it('per-unit-type targets: "区县和开发区…80%…；局（产业）工会…95%"', () => {
    const r = parseCriteria(
      context('建会率达到目标要求得5分', 5, {
        content:
          '区县和开发区企业建会率达到80%以上，职工入会率达到目标；局（产业）工会企业建会率达到95%以上',
      }),
    );
    expect(r.criteria[0]).toMatchObject({
      threshold: {
        indicator: { name: '企业建会率' },
        targets: [
          { unitTypes: ['district', 'devZone'], percent: 80 },
          { unitTypes: ['bureau'], percent: 95 },
        ],
      },
    });
  });

  it('no threshold where the content names no single matching rate', () => {
    const r = parseCriteria(context('达标得3分，未达标不得分', 3, { content: '做好工作' }));
    expect(r.criteria).toEqual([{ id: 'a', kind: 'passFail', text: '达标', points: 3 }]);
    expect(r.report[0]!.notes[0]!.en).toContain('judges by hand');
  });

  it('alternatives: the awards add past the base and the best equals it → one levels criterion', () => {
    const r = parseCriteria(context('全面实施得3分，效果一般得2分，建档率不达标整项不得分', 3));
    expect(r.status).toBe('parsed');
    expect(r.criteria).toEqual([
      {
        id: 'a',
        kind: 'levels',
        text: '全面实施得3分，效果一般得2分',
        levels: [
          { id: 'level-1', text: '全面实施', points: 3 },
          { id: 'level-2', text: '效果一般', points: 2 },
        ],
      },
      { id: 'b', kind: 'veto', text: '建档率不达标整项不得分' },
    ]);
  });

  it('levels among other awards: only the run that makes the maximum equal the base', () => {
    const r = parseCriteria(context('有计划得1分，完成基数得2分，增长得4分，有总结得1分', 6));
    expect(r.criteria.map((c) => c.kind)).toEqual(['award', 'levels', 'award']);
    expect(r.status).toBe('parsed');
  });

  it('"缺一项扣N分" and "…的扣N分" are deductions per occurrence', () => {
    const r = parseCriteria(
      context('开展各项审计工作得2分，未按规定开展审计工作缺一项扣1分；发生事故未上报的扣0.5分', 2),
    );
    expect(r.criteria.slice(1)).toEqual([
      { id: 'b', kind: 'deduction', text: '未按规定开展审计工作缺一项', pointsPerOccurrence: 1 },
      { id: 'c', kind: 'deduction', text: '发生事故未上报', pointsPerOccurrence: 0.5 },
    ]);
  });

  it('"综合打分" is holistic up to what the other criteria leave of the base', () => {
    expect(parseCriteria(context('根据报送情况综合打分', 4)).criteria).toEqual([
      { id: 'a', kind: 'holistic', text: '根据报送情况综合打分', max: 4 },
    ]);
    const mixed = parseCriteria(context('建立制度得1分，其余根据情况综合打分', 4));
    expect(mixed.criteria[1]).toMatchObject({ kind: 'holistic', max: 3 });
    expect(mixed.status).toBe('parsed');
  });

  it('words not understood: partial or manual, judged as a whole until entered by hand', () => {
    const partial = parseCriteria(context('建立制度得1分，其他酌情给分', 3));
    expect(partial.status).toBe('partial');
    expect(partial.unparsed).toEqual(['其他酌情给分']);
    expect(partial.criteria[1]).toMatchObject({ kind: 'holistic', text: '其他酌情给分', max: 2 });
    expect(partial.reason?.zh).toContain('其他酌情给分');

    const manual = parseCriteria(context('由市总考核组研究确定', 3));
    expect(manual.status).toBe('manual');
    expect(manual.criteria).toEqual([
      { id: 'a', kind: 'holistic', text: '由市总考核组研究确定', max: 3 },
    ]);
  });

  it('a maximum other than the base score is partial, with the reason', () => {
    const r = parseCriteria(context('建立制度得1分，开展活动得1分', 3));
    expect(r.status).toBe('partial');
    expect(r.reason?.en).toBe('the recognised criteria reach 2, not the base score 3');
  });

  it("two departments: the first judges unless the words are the other one's work", () => {
    const r = parseCriteria(
      context('集体合同制度达标得4分，女职工专项合同达标得2分', 6, {
        departments: ['legal', 'women'],
        departmentVocabulary: new Map([
          ['legal', new Set(['劳动', '争议', '调解'])],
          ['women', new Set(['女职', '职工'])],
        ]),
      }),
    );
    expect(r.criteria.map((c) => c.department)).toEqual(['legal', 'women']);
    expect(r.notes[0]!.en).toContain('confirm who judges each criterion');
  });

  it('never throws, whatever the words and base score', () => {
    const chars = fc.constantFrom(
      ...'得扣分达标未不整项综合打分，；、1234567890.%率和工会区县局（产业）'.split(''),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: chars, maxLength: 60 }),
        fc.string({ unit: chars, maxLength: 60 }),
        fc.integer({ min: 0, max: 2000 }),
        (criteriaText, content, base) => {
          const r = parseCriteria(context(criteriaText, base / 2, { content }));
          expect(r.criteria.length).toBeGreaterThan(0);
          expect(['parsed', 'partial', 'manual']).toContain(r.status);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('percentage targets in the content', () => {
  it('reads the rate forms of the 2011 table', () => {
    const m = rateMentions(
      '大力推进集体协商机制，建会企业80%以上建立集体合同制度、60%以上建立工资集体协商制度，同步推进女职工等专项集体合同，同步签订率达88%以上',
      unitTypes,
    );
    expect(m.map((x) => [x.name, x.percent])).toEqual([
      ['建会企业中建立集体合同制度的比例', 80],
      ['建会企业中建立工资集体协商制度的比例', 60],
      ['同步签订率', 88],
    ]);
    expect(m[0]).toMatchObject({
      numeratorLabel: '建立集体合同制度的建会企业数',
      denominatorLabel: '建会企业数',
    });
  });

  it('a growth is not a target, and two rates in one condition are marked', () => {
    const m = rateMentions(
      '区域性、行业性职代会建制率在上年基础上提高30%；参保率和缴交率达100%',
      unitTypes,
    );
    expect(m.map((x) => [x.growth, x.compound])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('only known unit type names count as unit types', () => {
    const m = rateMentions('基层工会法人资格登记率达90%以上；非公企业创建率达60%以上', unitTypes);
    expect(m.map((x) => x.unitTypes)).toEqual([undefined, undefined]);
  });
});
