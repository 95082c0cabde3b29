import {
  formatCenti,
  type ItemInputs,
  type Rubric,
  rubricItems,
  scoreAssessment,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rankingRow } from './fixtures/ranking.ts';
import { SEED_HEADERS } from './fixtures/seed.ts';
import {
  BARRED,
  exportAssessmentXlsx,
  exportMatrixXlsx,
  exportRankingXlsx,
  exportReviewGridXlsx,
  NOT_APPROVED,
  scoreCell,
} from './report-xlsx.ts';
import { DATA_SHEET, exportRubricXlsx, RUBRIC_SHEET } from './xlsx-format.ts';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Row r's cells 1..n, an empty cell as null. */
function cells(sheet: ExcelJS.Worksheet, r: number, n: number): unknown[] {
  return Array.from({ length: n }, (_, c) => sheet.getCell(r, c + 1).value ?? null);
}

/** Some criteria met, some not: a score that differs from item to item. */
function inputs(rubric: Rubric): Record<string, ItemInputs> {
  const out: Record<string, ItemInputs> = {};
  for (const { item } of rubricItems(rubric)) {
    const mine: ItemInputs = {};
    item.rule.criteria.forEach((cr, j) => {
      const on = (item.number + j) % 3 !== 0;
      if (cr.kind === 'award' || cr.kind === 'passFail')
        mine[cr.id] = cr.threshold ? { numerator: on ? 100 : 1, denominator: 100 } : { met: on };
      else if (cr.kind === 'levels') mine[cr.id] = { levelId: on ? cr.levels[0]!.id : null };
      else if (cr.kind === 'deduction') mine[cr.id] = { count: on ? 0 : 1 };
      else if (cr.kind === 'veto') mine[cr.id] = { triggered: false };
      else mine[cr.id] = { value: on ? cr.max : 0 };
    });
    out[item.id] = mine;
  }
  return out;
}

describe('one unit’s 考核表', () => {
  it('keeps the official layout, merges included, and fills 考评分, 备注, 合计, 加分项 and 总计 from the domain’s figures', async () => {
    const bonus = [
      { bonusItemId: 'bonus-honours', points: '1' },
      { bonusItemId: 'bonus-honours', points: '0.5' },
    ];
    const score = scoreAssessment(rubric2011, {
      unitType: 'district',
      items: inputs(rubric2011),
      bonus,
    });
    const items = Object.fromEntries(
      score.items.map((s, i) => [
        s.itemId,
        { reviewScore: formatCenti(s.points), remarks: i === 3 ? '台账不全，扣分' : null },
      ]),
    );
    const buffer = await exportAssessmentXlsx({
      rubric: rubric2011,
      unitName: '河西区总工会',
      items,
      subtotal: formatCenti(score.subtotal),
      bonusItems: {
        'bonus-honours': {
          counted: formatCenti(
            score.bonusItems.find((b) => b.bonusItemId === 'bonus-honours')!.counted,
          ),
          reasons: ['全国先进', '市级表彰'],
        },
      },
      bonus: formatCenti(score.bonus),
      total: formatCenti(score.total),
    });
    const workbook = await load(buffer);
    expect(workbook.getWorksheet(DATA_SHEET)).toBeUndefined();
    const sheet = workbook.getWorksheet(RUBRIC_SHEET)!;
    const plain = (await load(await exportRubricXlsx(rubric2011))).getWorksheet(RUBRIC_SHEET)!;
    // The very same merged ranges as the rubric's own sheet: title, categories, 加分项.
    expect([...sheet.model.merges].sort()).toEqual([...plain.model.merges].sort());
    expect(sheet.model.merges).toContain('A1:H1');
    expect(sheet.getCell('A1').value).toBe(`${rubric2011.title}（河西区总工会）`);
    expect(sheet.getRow(2).values).toEqual([undefined, ...SEED_HEADERS]);

    const all = rubricItems(rubric2011);
    for (const [i, { item, category }] of all.entries()) {
      const row = sheet.getRow(3 + i);
      expect(row.getCell(2).value).toBe(item.number);
      expect(row.getCell(1).value).toBe(category.name); // merged cells read as the master's value
      expect(row.getCell(7).value).toBe(Number(formatCenti(score.items[i]!.points)));
      expect(row.getCell(8).value ?? null).toBe(i === 3 ? '台账不全，扣分' : null);
    }
    const subtotalRow = sheet.getRow(3 + all.length);
    expect(subtotalRow.getCell(3).value).toBe('合计');
    expect(subtotalRow.getCell(7).value).toBe(Number(formatCenti(score.subtotal)));
    const bonusRows = rubric2011.bonusItems.map((_, k) => sheet.getRow(4 + all.length + k));
    expect(bonusRows[0]!.getCell(1).value).toBe('加分项');
    const honours = rubric2011.bonusItems.findIndex((b) => b.id === 'bonus-honours');
    expect(bonusRows[honours]!.getCell(7).value).toBe(1.5);
    expect(bonusRows[honours]!.getCell(8).value).toBe('全国先进\n市级表彰');
    expect(bonusRows.filter((r) => r.getCell(7).value !== null)).toHaveLength(1);
    const totalRow = sheet.getRow(4 + all.length + rubric2011.bonusItems.length);
    expect(totalRow.getCell(3).value).toBe('总计');
    expect(totalRow.getCell(7).value).toBe(Number(formatCenti(score.total)));
    expect(score.total).toBe(score.subtotal + 150);
    // The category merge of the first category covers exactly its items.
    const first = rubric2011.categories[0]!;
    expect(sheet.model.merges).toContain(`A3:A${2 + first.items.length}`);
  });
});

describe('one unit’s 考核表 as a spreadsheet program shows it', () => {
  /** At least the lines a text takes in a column `width` characters wide, a Chinese character being two. */
  const minLines = (text: string, width: number) =>
    text.split('\n').reduce((n, line) => {
      const w = [...line].reduce((sum, ch) => sum + (ch.charCodeAt(0) >= 0x1100 ? 2 : 1), 0);
      return n + Math.max(1, Math.ceil(w / width));
    }, 0);

  it('fits every row to its tallest cell, a long 备注 included', async () => {
    const long =
      '台账资料不全：年度计划未经党组会议审议，培训签到表缺少第三季度记录，调训任务完成情况未附证明材料，按评分标准扣分';
    const all = rubricItems(rubric2011);
    const short = all.find(({ item }) => item.number === 5)!.item; // 同步组建率达标得3分，未达标不得分
    const buffer = await exportAssessmentXlsx({
      rubric: rubric2011,
      unitName: '河西区总工会',
      items: { [short.id]: { reviewScore: '0', remarks: long } },
      subtotal: '0',
      bonusItems: {
        'bonus-honours': {
          counted: '1.5',
          reasons: ['全国先进', '市级表彰', '区级表彰', '行业表彰'],
        },
      },
      bonus: '1.5',
      total: '1.5',
    });
    const sheet = (await load(buffer)).getWorksheet(RUBRIC_SHEET)!;
    const plain = (await load(await exportRubricXlsx(rubric2011))).getWorksheet(RUBRIC_SHEET)!;
    const r = 2 + short.number;
    expect(sheet.getCell(r, 8).value).toBe(long);
    // Today's sheet kept the rubric's height, sized by 考核内容 and 评分标准 alone.
    expect(sheet.getRow(r).height).toBeGreaterThan(plain.getRow(r).height);
    const lastRow = 4 + all.length + rubric2011.bonusItems.length;
    for (let row = 3; row <= lastRow; row++) {
      for (let c = 2; c <= 8; c++) {
        const value = sheet.getCell(row, c).value;
        if (typeof value !== 'string' || value === '') continue;
        const lines = minLines(value, sheet.getColumn(c).width!);
        expect(sheet.getRow(row).height, `row ${row} column ${c}`).toBeGreaterThanOrEqual(
          lines * 14,
        );
      }
    }
  });
});

describe('tables', () => {
  it('ranking: one block per unit type in the rubric’s order under its heading, ranked units first in rank order, the unapproved after as such', async () => {
    const row = (unitName: string, unitTypeId: string, rank: number | null, total: string | null) =>
      rankingRow(unitName, unitTypeId, rank, total, {
        grade: rank === null ? null : '优秀',
        barredFromHonours: unitName === '局甲',
      });
    // In the order today's query returns them: by unit type id, so 局（产业） comes first.
    const buffer = await exportRankingXlsx({
      title: '2011年度考核排名',
      unitTypes: rubric2011.unitTypes,
      rows: [
        row('局甲', 'bureau', null, '100'),
        row('局乙', 'bureau', null, null),
        row('区丁', 'district', 3, '110'),
        row('区甲', 'district', 1, '119'),
        row('区丙', 'district', null, '120'),
        row('区乙', 'district', 1, '119'),
        row('开甲', 'devZone', 1, '105.5'),
        row('外甲', 'elsewhere', null, '90'),
      ],
    });
    const sheet = (await load(buffer)).getWorksheet('排名')!;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '排名',
      '单位',
      '单位类型',
      '合计',
      '加分',
      '总计',
      '等次',
      '不予评先',
    ]);
    const body = Array.from({ length: sheet.rowCount - 2 }, (_, i) => cells(sheet, 3 + i, 8));
    // A heading spans the row: merged cells read as the heading's text.
    const heading = (text: string) => Array.from({ length: 8 }, () => text);
    expect(body).toEqual([
      heading('区县工会（已排名3个，未审定1个）'),
      [1, '区甲', '区县工会', 119, 0, 119, '优秀', null],
      [1, '区乙', '区县工会', 119, 0, 119, '优秀', null],
      [3, '区丁', '区县工会', 110, 0, 110, '优秀', null],
      [NOT_APPROVED, '区丙', '区县工会', 120, 0, 120, null, null],
      heading('开发区工会（已排名1个）'),
      [1, '开甲', '开发区工会', 105.5, 0, 105.5, '优秀', null],
      heading('局（产业）工会（已排名0个，未审定2个）'),
      [NOT_APPROVED, '局甲', '局（产业）工会', 100, 0, 100, null, BARRED],
      [NOT_APPROVED, '局乙', '局（产业）工会', null, 0, null, null, null],
      // A unit type the rubric does not name still gets its block, last.
      heading('elsewhere（已排名0个，未审定1个）'),
      [NOT_APPROVED, '外甲', 'elsewhere', 90, 0, 90, null, null],
    ]);
    expect([...sheet.model.merges].sort()).toEqual(
      ['A1:H1', 'A3:H3', 'A8:H8', 'A10:H10', 'A13:H13'].sort(),
    );
    expect(sheet.getCell('A3').font?.bold).toBe(true);
  });

  it('matrix: a merged header per item over 自评 and 考评, every cell as given', async () => {
    const items = rubricItems(rubric2011)
      .slice(0, 3)
      .map(({ item }) => ({ id: item.id, number: item.number, title: item.content }));
    const buffer = await exportMatrixXlsx({
      title: '明细',
      items,
      rows: [
        {
          unitName: '甲',
          unitTypeName: '区县',
          approved: true,
          self: ['2', null, '0.5'],
          review: ['1.5', null, null],
          selfTotal: '2.5',
          reviewTotal: '1.5',
          bonus: '1',
          total: '2.5',
          grade: '良好',
          barredFromHonours: true,
        },
      ],
    });
    const sheet = (await load(buffer)).getWorksheet('明细')!;
    expect([...sheet.model.merges].sort()).toEqual(
      [
        'A1:O1',
        'A2:A3',
        'B2:B3',
        'C2:C3',
        'D2:E2',
        'F2:G2',
        'H2:I2',
        'J2:J3',
        'K2:K3',
        'L2:L3',
        'M2:M3',
        'N2:N3',
        'O2:O3',
      ].sort(),
    );
    expect(sheet.getCell('D2').value).toBe(`${items[0]!.number}. ${items[0]!.title.slice(0, 24)}…`);
    expect((sheet.getRow(3).values as unknown[]).slice(4, 10)).toEqual([
      '自评',
      '考评',
      '自评',
      '考评',
      '自评',
      '考评',
    ]);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      '甲',
      '区县',
      '已审定',
      2,
      1.5,
      undefined,
      undefined,
      0.5,
      undefined,
      2.5,
      1.5,
      1,
      2.5,
      '良好',
      BARRED,
    ]);
  });

  it('review grid: 自评, 考评 and 状态 per item', async () => {
    const buffer = await exportReviewGridXlsx({
      title: '法律部考评表',
      items: [
        { itemId: 'a', number: 7 },
        { itemId: 'b', number: 9 },
      ],
      rows: [
        {
          unitName: '甲',
          unitTypeName: '局（产业）',
          cells: [
            { selfScore: '3', reviewScore: '2.5', status: 'scored' },
            { selfScore: '1', reviewScore: null, status: 'returned' },
          ],
          selfTotal: '4',
          reviewTotal: '2.5',
          late: '单位逾期',
        },
      ],
    });
    const sheet = (await load(buffer)).getWorksheet('考评表')!;
    expect([...sheet.model.merges].sort()).toEqual(
      ['A1:K1', 'A2:A3', 'B2:B3', 'C2:E2', 'F2:H2', 'I2:I3', 'J2:J3', 'K2:K3'].sort(),
    );
    expect(sheet.getCell('C2').value).toBe('第7项');
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      '甲',
      '局（产业）',
      3,
      2.5,
      '已评',
      1,
      undefined,
      '退回',
      4,
      2.5,
      '单位逾期',
    ]);
  });

  it('scoreCell keeps exact decimals and empties', () => {
    expect([scoreCell('4.50'), scoreCell('0'), scoreCell(null), scoreCell(undefined)]).toEqual([
      4.5,
      0,
      null,
      null,
    ]);
  });
});
