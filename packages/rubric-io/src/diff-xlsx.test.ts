import { cloneRubricToYear, diffRubrics, type Rubric } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DIFF_COLUMNS, DIFF_SHEET, diffRows, exportRubricDiffXlsx } from './diff-xlsx.ts';
import { cellValueText } from './xlsx-format.ts';

/** The sheet read back as text rows, from the header on. */
async function readBack(buffer: Buffer): Promise<{ title: string; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(DIFF_SHEET)!;
  const rows: string[][] = [];
  sheet.eachRow((row, n) => {
    if (n < 2) return;
    rows.push(DIFF_COLUMNS.map((_, i) => cellValueText(row.getCell(i + 1).value)));
  });
  return { title: cellValueText(sheet.getCell(1, 1).value), rows };
}

/** 2012: item 1's base score and a criterion changed, item 3 removed, a new item 30, renumbered. */
function next2012(): Rubric {
  const next = cloneRubricToYear(rubric2011);
  const item1 = next.categories[0]!.items[0]!;
  item1.baseScore = 7;
  const b = item1.rule.criteria[1]!;
  if (b.kind === 'award') b.points = 5;
  const removed = next.categories[0]!.items.splice(2, 1)[0]!;
  next.categories[4]!.items.push({
    ...structuredClone(removed),
    id: 'new-item',
    content: '新增的考核内容',
    number: 30,
  });
  for (const [i, item] of next.categories.flatMap((c) => c.items).entries()) item.number = i + 1;
  next.bonusCap = 12;
  return next;
}

describe('the comparison as a worksheet', () => {
  it('writes one row per change, field by field, and reads back the same', async () => {
    const next = next2012();
    const changes = diffRubrics(rubric2011, next);
    const { title, rows } = await readBack(await exportRubricDiffXlsx(rubric2011, next));
    expect(title).toBe(
      '2011年度工会工作目标管理考核表（2011）→ 2012年度工会工作目标管理考核表（2012）变更对照',
    );
    expect(rows[0]).toEqual([...DIFF_COLUMNS]);
    expect(rows).toHaveLength(changes.length + 1);
    const body = rows.slice(1);
    // Item 1's changes: the field, then the value before and after.
    const firstItem = (field: string, before: string, after: string) => [
      '修改',
      '1',
      rubric2011.categories[0]!.items[0]!.content,
      field,
      before,
      after,
    ];
    expect(body).toContainEqual(firstItem('基本分值', '6', '7'));
    expect(body).toContainEqual(firstItem('评分规则（rule.criteria[b].points）', '4', '5'));
    const removed = rubric2011.categories[0]!.items[2]!;
    expect(body).toContainEqual(['删除', '3', removed.content, '', removed.content, '']);
    expect(body).toContainEqual(['新增', '30', '新增的考核内容', '', '', '新增的考核内容']);
    expect(body.filter((r) => r[0] === '移动').length).toBeGreaterThan(0);
    expect(body).toContainEqual([
      '修改',
      '',
      '考核表',
      '加分上限',
      String(rubric2011.bonusCap ?? ''),
      '12',
    ]);
    expect(body.map((r) => r[0])).toEqual(diffRows(rubric2011, next).map((r) => r.change));
  });

  it('shows department names, not ids, and says when there is no difference', async () => {
    const next = cloneRubricToYear(rubric2011);
    const item = next.categories[0]!.items[0]!;
    item.departments = ['legal'];
    const rows = diffRows(rubric2011, next);
    const legal = rubric2011.departments.find((d) => d.id === 'legal')!.name;
    expect(rows).toContainEqual(expect.objectContaining({ field: '工作对应部门', after: legal }));

    const same = await readBack(
      await exportRubricDiffXlsx(rubric2011, structuredClone(rubric2011)),
    );
    expect(same.rows).toHaveLength(2);
    expect(same.rows[1]![0]).toBe('两个考核表没有差异');
  });
});
