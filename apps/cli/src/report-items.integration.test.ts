import { join } from 'node:path';
import { type DbOrTx, decimalFrom, type ItemAnalyticsReport, itemAnalyticsReport } from '@kaohe/db';
import { seedCycle } from '@kaohe/db/testing';
import { rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachCliEngine, fullMarks, useCliDatabase } from './testing/database.ts';
import { kaohe } from './testing/kaohe.ts';

const ITEMS = rubricItems(rubric2011).map(({ item }) => item);

/** Four units at full marks, but item 2 (基层工会组建, 10) reviewed 10, 10, 5, 0. */
async function seed(db: DbOrTx): Promise<string> {
  const seeded = await seedCycle(db as Parameters<typeof seedCycle>[0], { unitCount: 4 });
  const second = ['10', '10', '5', '0'];
  for (const [k, u] of seeded.units.entries()) {
    await fullMarks(db, u.assessmentId);
    await db
      .updateTable('itemScores')
      .set({ reviewScore: decimalFrom(second[k]!) })
      .where('assessmentId', '=', u.assessmentId)
      .where('itemId', '=', 'union-founding')
      .execute();
  }
  return seeded.cycleId;
}

describeEachCliEngine('pnpm kaohe report items', (engine) => {
  let expected: ItemAnalyticsReport;
  const cli = useCliDatabase(engine, 'items', async (db) => {
    expected = (await itemAnalyticsReport(db, { cycleId: await seed(db) }))!;
  });

  it('JSON: items is a row per item with its number and full-mark rate', async () => {
    const result = await kaohe(cli.where, 'report', 'items', '--year', '2011');
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as ItemAnalyticsReport;
    expect(Array.isArray(out.items)).toBe(true);
    expect(out.items.map((i) => i.number)).toEqual(ITEMS.map((i) => i.number));
    expect(out.items.find((i) => i.number === 2)).toMatchObject({
      fullMarkRate: 0.5,
      zeroRate: 0.25,
      mean: '6.25',
    });
    expect(out.items.find((i) => i.number === 1)!.fullMarkRate).toBe(1);
    expect(out).toEqual(JSON.parse(JSON.stringify(expected)));
  }, 60_000);

  it('--format xlsx: the items sheet reads back; a wrong format is refused in words', async () => {
    const file = join(cli.tmp, '项目分析.xlsx');
    const result = await kaohe(
      cli.where,
      'report',
      'items',
      '--year',
      '2011',
      '--format',
      'xlsx',
      '--out',
      file,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${ITEMS.length}个项目`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('项目')!;
    expect(sheet.getCell(2, 1).value).toBe('序号');
    expect(sheet.getCell(4, 1).value).toBe(2);
    expect(sheet.getCell(4, 6).value).toBe(0.5);

    const wrong = await kaohe(cli.where, 'report', 'items', '--year', '2011', '--format', 'csv');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('--format 只能是 xlsx 或 json');
  }, 60_000);
});
