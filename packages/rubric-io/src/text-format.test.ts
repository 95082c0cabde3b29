import { isDeepStrictEqual } from 'node:util';
import {
  diffRubrics,
  type Item,
  type Rubric,
  ruleMaximum,
  toCenti,
  validateRubric,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from './fixtures/seed.ts';
import { matchIds } from './match-ids.ts';
import type { ImportResult } from './problems.ts';
import { parseRubricText } from './text-format.ts';

const items2011 = rubric2011.categories.flatMap((c) => c.items);
const itemsOf = (r: { categories: Array<{ items: Item[] }> }) =>
  r.categories.flatMap((c) => c.items);

function imported(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

describe('the seed text form', () => {
  const result = imported(parseRubricText(SEED_TEXT));
  const validation = validateRubric(result.rubric);

  it('imports the 2011 table: 5 categories, 30 items, 3 bonus items, total 120, and validates clean', () => {
    expect(validation.problems).toEqual([]);
    expect(result.report.validation).toEqual([]);
    const rubric = validation.rubric!;
    expect(rubric.year).toBe(2011);
    expect(rubric.title).toBe('2011年度工会工作目标管理考核表');
    expect(rubric.categories.map((c) => [c.name, c.items.length])).toEqual([
      ['组织建设、自身建设', 10],
      ['制度机制建设', 3],
      ['维权维稳工作', 8],
      ['服务职工、提高素质', 6],
      ['财务经审工作', 3],
    ]);
    expect(rubric.total).toBe(120);
    expect(rubric.bonusItems.map((b) => [b.content, b.department, b.cap])).toEqual(
      rubric2011.bonusItems.map((b) => [b.content, b.department, null]),
    );
    expect(rubric.departments).toEqual(rubric2011.departments);
    expect(rubric.unitTypes).toEqual(rubric2011.unitTypes);
    expect(rubric.step).toBe(0.5);
  });

  it('reads every number, content, department, base score and criteria text exactly as rubric2011', () => {
    const got = itemsOf(validation.rubric!);
    expect(got).toHaveLength(30);
    got.forEach((item, i) => {
      const want = items2011[i]!;
      expect({
        number: item.number,
        content: item.content,
        departments: item.departments,
        baseScore: item.baseScore,
        criteriaText: item.criteriaText,
      }).toEqual({
        number: want.number,
        content: want.content,
        departments: want.departments,
        baseScore: want.baseScore,
        criteriaText: want.criteriaText,
      });
    });
  });

  it('parses the criteria into rules without help, each reaching exactly its base score', () => {
    const { summary, items } = result.report;
    const which = (s: string) =>
      items
        .filter((i) => i.status === s)
        .map((i) => `${i.number}${i.reason ? ` (${i.reason.en})` : ''}`);
    console.info(
      `2011 criteria parsed without help: ${summary.parsed} items fully, ${summary.partial} partly` +
        ` [${which('partial').join('; ')}], ${summary.manual} not [${which('manual').join('; ')}]`,
    );
    expect(summary.parsed).toBeGreaterThanOrEqual(30);
    expect(summary.parsed + summary.partial + summary.manual).toBe(30);
    for (const item of itemsOf(validation.rubric!)) {
      expect(ruleMaximum(item), `item ${item.number}`).toBe(toCenti(item.baseScore));
    }
    // Every parsed rule waits for the admin's confirmation.
    expect(items.every((i) => i.ruleSource === 'text' && i.needsConfirmation)).toBe(true);
  });

  it('recognises each rule shape of the brief', () => {
    const rule = (n: number) => itemsOf(validation.rubric!)[n - 1]!.rule.criteria;
    expect(rule(1).map((c) => c.kind)).toEqual(['award', 'award']);
    expect(rule(23).map((c) => (c.kind === 'award' ? c.points : null))).toEqual([1.5, 1.5, 1]);
    expect(rule(5)).toMatchObject([
      { kind: 'passFail', points: 3, threshold: { targets: [{ percent: 98 }] } },
    ]);
    expect(rule(2)[0]).toMatchObject({
      kind: 'award',
      points: 5,
      threshold: {
        indicator: { name: '企业建会率' },
        targets: [
          { unitTypes: ['district', 'devZone'], percent: 80 },
          { unitTypes: ['bureau'], percent: 95 },
        ],
      },
    });
    expect(rule(2)[1]).not.toHaveProperty('threshold');
    expect(rule(16)).toMatchObject([
      { kind: 'levels', levels: [{ points: 3 }, { points: 2 }] },
      { kind: 'veto', text: '困难职工建档率不达标整项不得分' },
    ]);
    expect(rule(17)).toMatchObject([{ kind: 'levels' }]);
    expect(rule(28)).toMatchObject([
      {
        kind: 'levels',
        levels: [
          { text: '完成经费上缴考核基数', points: 4 },
          { text: '上缴经费在市总考核基数上增长', points: 7 },
        ],
      },
    ]);
    expect(rule(19)[2]).toEqual({
      id: 'c',
      kind: 'deduction',
      text: '发生较大以上事故，2小时以内未上报',
      pointsPerOccurrence: 2,
    });
    expect(rule(30)[1]).toMatchObject({ kind: 'deduction', pointsPerOccurrence: 1 });
    expect(rule(8)).toEqual([
      {
        id: 'a',
        kind: 'holistic',
        text: '根据信息报送数量和录用情况及市总会议签到情况综合打分',
        max: 4,
        department: 'office',
      },
    ]);
    // 10: two rates, each with its own target.
    expect(rule(10).map((c) => (c.kind === 'award' ? c.threshold?.targets : null))).toEqual([
      [{ percent: 90 }],
      [{ percent: 100 }],
    ]);
    // 11: three rates matched to the three criteria by their words.
    expect(
      rule(11).map((c) => (c.kind === 'award' ? c.threshold?.targets[0]?.percent : null)),
    ).toEqual([80, 60, 88]);
    // 14: "参保率和缴交率达100%" is two rates in one condition, judged by hand.
    expect(rule(14)).toEqual([
      { id: 'a', kind: 'passFail', text: '参保率和缴交率达100%', points: 3 },
    ]);
    expect(rule(15)[0]).toMatchObject({
      text: '就业援助服务成功率达标',
      threshold: { targets: [{ percent: 25 }] },
    });
  });

  it('assigns the criteria of two-department items and flags them for confirmation', () => {
    const rule = (n: number) => itemsOf(validation.rubric!)[n - 1]!.rule.criteria;
    expect(rule(11).map((c) => c.department)).toEqual(['legal', 'legal', 'women']);
    expect(rule(21).map((c) => c.department)).toEqual(['legal', 'legal', 'legal']);
    for (const n of [8, 11, 21]) {
      const report = result.report.items.find((i) => i.number === n)!;
      expect(report.notes.some((note) => note.en.includes('confirm who judges'))).toBe(true);
    }
  });

  it('reports the category names it completed with 、 for confirmation', () => {
    expect(result.report.warnings.map((w) => [w.code, w.location?.line])).toEqual([
      ['categoryNameGuessed', 12],
      ['categoryNameGuessed', 216],
    ]);
  });

  it('next to rubric2011, matchIds keeps every 2011 id and the rules agree but for naming', () => {
    const matched = validateRubric(matchIds(result.rubric, rubric2011));
    expect(matched.ok).toBe(true);
    const rubric = matched.rubric as Rubric;
    expect(rubric.categories.map((c) => c.id)).toEqual(rubric2011.categories.map((c) => c.id));
    expect(itemsOf(rubric).map((i) => i.id)).toEqual(items2011.map((i) => i.id));
    expect(rubric.bonusItems.map((b) => b.id)).toEqual(rubric2011.bonusItems.map((b) => b.id));
    itemsOf(rubric).forEach((item, i) => {
      expect(item.rule.criteria.map((c) => c.id)).toEqual(
        items2011[i]!.rule.criteria.map((c) => c.id),
      );
    });
    const identical = itemsOf(rubric).filter((item, i) => isDeepStrictEqual(item, items2011[i]));
    const changes = diffRubrics(rubric2011, rubric);
    const changedFields = new Set(
      changes.map((c) => ('path' in c ? c.path.replace(/\[[^\]]+\]/g, '[]') : c.kind)),
    );
    console.info(
      `2011 items whose parsed rule equals the hand-made one: ${identical.length}/30; ` +
        `the rest differ only in: ${[...changedFields].sort().join(', ')}`,
    );
    // What the parser cannot know: indicator names and labels, levels' labels, and item
    // 21's "第一报告人" criterion, which 2011 gives to 办公室.
    expect(
      [...changedFields].every((f) =>
        /indicator\.(name|numeratorLabel|denominatorLabel)$|criteria\[\]\.text$|criteria\[\]\.department$/.test(
          f,
        ),
      ),
    ).toBe(true);
    expect(changes.filter((c) => 'path' in c && c.path.endsWith('department'))).toEqual([
      {
        kind: 'itemChanged',
        itemId: 'stability',
        number: 21,
        path: 'rule.criteria[b].department',
        before: 'office',
        after: 'legal',
      },
    ]);
  });

  it('with { previous } the import carries last year ids and the report follows them', () => {
    const withPrevious = imported(parseRubricText(SEED_TEXT, { previous: rubric2011 }));
    expect(itemsOf(withPrevious.rubric as Rubric).map((i) => i.id)).toEqual(
      items2011.map((i) => i.id),
    );
    expect(withPrevious.report.items.map((i) => i.itemId)).toEqual(items2011.map((i) => i.id));
    // Category names come from last year's, so nothing is guessed.
    expect(withPrevious.report.warnings).toEqual([]);
  });

  it('takes the year and title from options', () => {
    const r = imported(parseRubricText(SEED_TEXT, { year: 2012, title: '2012年度考核表' }));
    expect([r.rubric.year, r.rubric.title]).toEqual([2012, '2012年度考核表']);
  });

  it('reads CRLF line ends and a byte-order mark the same', () => {
    const r = imported(parseRubricText(`\uFEFF${SEED_TEXT.replace(/\n/g, '\r\n')}`));
    expect(r.rubric).toEqual(result.rubric);
  });
});

describe('a bad text file', () => {
  const lines = SEED_TEXT.split('\n');
  const edit = (line: number, text: string) =>
    lines.map((l, i) => (i === line - 1 ? text : l)).join('\n');
  const problemsOf = (r: ImportResult) => (r.ok ? [] : r.problems);

  it('without a table gives a problem, not a throw', () => {
    const r = parseRubricText('这不是考核表');
    expect(r.ok).toBe(false);
    expect(problemsOf(r)[0]).toMatchObject({ code: 'noTable' });
    expect(parseRubricText('').ok).toBe(false);
  });

  it('a missing column is named, in both languages', () => {
    const r = parseRubricText(edit(7, '\t分数'));
    expect(problemsOf(r)).toEqual([
      expect.objectContaining({
        code: 'missingColumn',
        message: {
          zh: '第2行（表格第1行）：缺少「基本分值」列',
          en: 'line 2 (table row 1): the base score (基本分值) column is missing',
        },
      }),
    ]);
  });

  it('a base score that is not a number is reported with its line and table row', () => {
    const r = parseRubricText(edit(30, '\t十'));
    expect(problemsOf(r)).toEqual([
      {
        severity: 'error',
        code: 'badBaseScore',
        message: {
          zh: '第30行（表格第3行）「基本分值」列：第2项的基本分值「十」不是分值（最多两位小数）',
          en: 'line 30 (table row 3) column 基本分值: item 2: base score "十" is not a number of points (at most two decimals)',
        },
        location: { format: 'text', line: 30, row: 3, column: '基本分值' },
      },
    ]);
  });

  it('an unknown department is created and reported, or rejected when asked', () => {
    const text = edit(38, '\t组宣部');
    const created = imported(parseRubricText(text));
    expect(created.report.warnings).toContainEqual(
      expect.objectContaining({
        code: 'unknownDepartment',
        location: expect.objectContaining({ line: 38, row: 4 }),
      }),
    );
    const item3 = itemsOf(created.rubric as Rubric)[2]!;
    expect(created.rubric.departments.find((d) => d.id === item3.departments[0])?.name).toBe(
      '组宣部',
    );
    expect(validateRubric(created.rubric).ok).toBe(true);

    const rejected = parseRubricText(text, { unknownDepartments: 'reject' });
    expect(problemsOf(rejected)).toEqual([
      expect.objectContaining({
        code: 'unknownDepartment',
        message: {
          zh: '第38行（表格第4行）「工作对应部门」列：部门「组宣部」不在部门列表中',
          en: 'line 38 (table row 4) column 工作对应部门: unknown department "组宣部"',
        },
      }),
    ]);
  });

  it('a row with a cell too many, and a bad item number, are each reported', () => {
    const extra = [...lines.slice(0, 37), '\t多余', ...lines.slice(37)].join('\n');
    const r = parseRubricText(extra);
    const codes = problemsOf(r).map((p) => [p.code, p.location?.line]);
    expect(codes).toEqual([['badRowShape', 35]]);
    const r2 = parseRubricText(edit(36, '\t三'));
    expect(problemsOf(r2).map((p) => [p.code, p.location?.line, p.location?.row])).toEqual([
      ['badItemNumber', 36, 4],
    ]);
  });

  it('no year in the title and none given is a problem', () => {
    const r = parseRubricText(edit(1, '工会工作目标管理考核表'));
    expect(problemsOf(r).map((p) => p.code)).toEqual(['noYear']);
    expect(parseRubricText(edit(1, '工会工作目标管理考核表'), { year: 2011 }).ok).toBe(true);
  });
});
