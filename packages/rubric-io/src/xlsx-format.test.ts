import { diffRubrics, type Rubric, RubricSchema, validateRubric } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { SEED_HEADERS, SEED_TEXT } from './fixtures/seed.ts';
import type { ImportResult } from './problems.ts';
import { parseRubricText } from './text-format.ts';
import {
  cellValueText,
  DATA_SHEET,
  exportRubricXlsx,
  importRubricXlsx,
  RUBRIC_SHEET,
} from './xlsx-format.ts';

function imported(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}
const problemsOf = (r: ImportResult) => (r.ok ? [] : r.problems);

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Opens the exported file, lets `change` edit it as an office would in Excel, saves it. */
async function editInExcel(
  buffer: Buffer,
  change: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const workbook = await load(buffer);
  change(workbook.getWorksheet(RUBRIC_SHEET)!, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function roundTrip(rubric: Rubric) {
  const result = imported(await importRubricXlsx(await exportRubricXlsx(rubric)));
  expect(result.rubric).toEqual(rubric);
  expect(diffRubrics(rubric, RubricSchema.parse(result.rubric))).toEqual([]);
  return result;
}

describe('xlsx round trip', () => {
  it('rubric2011: export → import gives the identical rubric, every rule from the file', async () => {
    const result = await roundTrip(rubric2011);
    expect(validateRubric(result.rubric).ok).toBe(true);
    expect(result.report.summary).toEqual({ parsed: 30, partial: 0, manual: 0 });
    expect(result.report.items.every((i) => i.ruleSource === 'file' && !i.needsConfirmation)).toBe(
      true,
    );
    expect(result.report.warnings).toEqual([]);
  });

  it('edited variants of rubric2011 come back identical', async () => {
    const alphabet = [
      ...'工会职组织建设考核内容评标准达得扣率年度一二三四五六七八九十，；、。“”（）%0123456789abcXYZ ',
    ];
    const text = fc
      .string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 30 })
      .filter((s) => s.trim() !== '');
    const points = fc.integer({ min: 0, max: 40 }).map((n) => n / 2);
    const departmentIds = rubric2011.departments.map((d) => d.id);
    const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const edits = fc.record({
      title: opt(text),
      year: opt(fc.integer({ min: 2000, max: 2999 })),
      total: opt(points),
      step: opt(fc.constantFrom(0.25, 1)),
      bonusCap: opt(fc.option(points, { nil: null })),
      items: fc.array(
        fc.record({
          at: fc.nat(29),
          content: opt(text),
          criteriaText: opt(text),
          baseScore: opt(points),
          departments: opt(fc.subarray(departmentIds, { minLength: 1, maxLength: 2 })),
          explanationRequired: opt(fc.boolean()),
          points: opt(points.filter((p) => p > 0)),
        }),
        { maxLength: 6 },
      ),
      categoryName: opt(fc.tuple(fc.nat(4), text)),
      removeItem: opt(fc.nat(29)),
      swapWithNext: opt(fc.nat(29)),
      bonus: fc.array(
        fc.record({
          at: fc.nat(2),
          content: opt(text),
          department: opt(fc.option(fc.constantFrom(...departmentIds), { nil: null })),
          cap: opt(fc.option(points, { nil: null })),
        }),
        { maxLength: 3 },
      ),
      addBonus: opt(text),
      emptyCategory: opt(text),
    });

    await fc.assert(
      fc.asyncProperty(edits, async (e) => {
        const r = structuredClone(rubric2011) as Rubric;
        if (e.title !== undefined) r.title = e.title;
        if (e.year !== undefined) r.year = e.year;
        if (e.total !== undefined) r.total = e.total;
        if (e.step !== undefined) r.step = e.step;
        if (e.bonusCap !== undefined) r.bonusCap = e.bonusCap;
        const flat = () => r.categories.flatMap((c) => c.items.map((item, i) => ({ c, item, i })));
        for (const x of e.items) {
          const { item } = flat()[x.at]!;
          if (x.content !== undefined) item.content = x.content;
          if (x.criteriaText !== undefined) item.criteriaText = x.criteriaText;
          if (x.baseScore !== undefined) item.baseScore = x.baseScore;
          if (x.explanationRequired !== undefined) item.explanationRequired = x.explanationRequired;
          if (x.departments !== undefined) {
            item.departments = x.departments;
            for (const cr of item.rule.criteria) {
              if (x.departments.length > 1) cr.department = x.departments[0]!;
              else delete cr.department;
            }
          }
          const first = item.rule.criteria[0]!;
          if (x.points !== undefined && (first.kind === 'award' || first.kind === 'passFail'))
            first.points = x.points;
        }
        if (e.categoryName) r.categories[e.categoryName[0]]!.name = e.categoryName[1];
        if (e.swapWithNext !== undefined) {
          const { c, i } = flat()[e.swapWithNext]!;
          if (i + 1 < c.items.length) [c.items[i], c.items[i + 1]] = [c.items[i + 1]!, c.items[i]!];
        }
        if (e.removeItem !== undefined) {
          const { c, i } = flat()[e.removeItem]!;
          c.items.splice(i, 1);
        }
        flat().forEach(({ item }, n) => {
          item.number = n + 1;
        });
        for (const b of e.bonus) {
          const bonus = r.bonusItems[b.at]!;
          if (b.content !== undefined) bonus.content = b.content;
          if (b.department !== undefined) bonus.department = b.department;
          if (b.cap !== undefined) bonus.cap = b.cap;
        }
        if (e.addBonus)
          r.bonusItems.push({ id: 'bonus-new', content: e.addBonus, department: null, cap: 2 });
        if (e.emptyCategory) r.categories.push({ id: 'empty', name: e.emptyCategory, items: [] });
        await roundTrip(RubricSchema.parse(r));
      }),
      { numRuns: 40 },
    );
  });

  it('a rubric with no bonus items round-trips', async () => {
    await roundTrip({ ...structuredClone(rubric2011), bonusItems: [], bonusCap: 5 });
  });
});

describe('xlsx layout', () => {
  it('has the official table, cell by cell, with merged ranges and print setup', async () => {
    const buffer = await exportRubricXlsx(rubric2011);
    const workbook = await load(buffer);
    const sheet = workbook.getWorksheet(RUBRIC_SHEET)!;
    const text = (address: string) => cellValueText(sheet.getCell(address).value);
    const items = rubric2011.categories.flatMap((c) => c.items);

    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      [RUBRIC_SHEET, 'visible'],
      [DATA_SHEET, 'veryHidden'],
    ]);
    expect(text('A1')).toBe('2011年度工会工作目标管理考核表');
    expect(['A2', 'B2', 'C2', 'D2', 'E2', 'F2', 'G2', 'H2'].map(text)).toEqual(SEED_HEADERS);
    // Items 1–30 on rows 3–32.
    items.forEach((item, i) => {
      const r = i + 3;
      const name = (id: string) => rubric2011.departments.find((d) => d.id === id)!.name;
      expect(sheet.getCell(`B${r}`).value).toBe(item.number);
      expect(text(`C${r}`)).toBe(item.content);
      expect(text(`D${r}`)).toBe(item.departments.map(name).join('\n'));
      expect(sheet.getCell(`E${r}`).value).toBe(item.baseScore);
      expect(text(`F${r}`)).toBe(item.criteriaText);
      expect([text(`G${r}`), text(`H${r}`)]).toEqual(['', '']);
    });
    expect(text('D10')).toBe('办公室\n组织部');
    // Categories as vertically merged cells.
    const categoryRows = [
      ['A3', '组织建设、自身建设', 'A3:A12'],
      ['A13', '制度机制建设', 'A13:A15'],
      ['A16', '维权维稳工作', 'A16:A23'],
      ['A24', '服务职工、提高素质', 'A24:A29'],
      ['A30', '财务经审工作', 'A30:A32'],
    ];
    for (const [address, name] of categoryRows) expect(text(address!)).toBe(name);
    expect(sheet.getCell('A12').master.address).toBe('A3');
    expect(sheet.getCell('A12').type).toBe(ExcelJS.ValueType.Merge);
    // 合计, 加分项 and 总计.
    expect([text('C33'), sheet.getCell('E33').value]).toEqual(['合计', 120]);
    expect(text('A34')).toBe('加分项');
    expect(['C34', 'C35', 'C36'].map(text)).toEqual(rubric2011.bonusItems.map((b) => b.content));
    expect(['D34', 'D35', 'D36'].map(text)).toEqual(['主席室', '主席室', '']);
    expect(['E34', 'E35', 'E36'].map(text)).toEqual(['', '', '']);
    expect(text('C37')).toBe('总计');
    expect(sheet.rowCount).toBe(37);
    expect([...sheet.model.merges].sort()).toEqual(
      ['A1:H1', ...categoryRows.map((c) => c[2]!), 'A34:A36'].sort(),
    );
    // Chinese fonts, wrapped text, borders, widths, A4 landscape.
    expect(sheet.getCell('A1').font).toMatchObject({ name: '黑体', bold: true });
    expect(sheet.getCell('C2').font).toMatchObject({ name: '黑体' });
    // exceljs reads a font size back as a whole number; the file says 10.5 (五号).
    expect(sheet.getCell('F3').font).toMatchObject({ name: '宋体', charset: 134 });
    const styles = await (await JSZip.loadAsync(buffer)).file('xl/styles.xml')!.async('string');
    expect(styles).toContain('<sz val="10.5"/><name val="宋体"/>');
    expect(sheet.getCell('F3').alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect(sheet.getCell('H37').border).toMatchObject({ bottom: { style: 'thin' } });
    expect(sheet.columns.map((c) => c.width)).toEqual([10, 6, 46, 12, 8, 52, 8, 10]);
    expect(sheet.getRow(19).height).toBeGreaterThan(sheet.getRow(3).height);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });
});

describe('a workbook edited in Excel', () => {
  it('an item whose 评分标准 changed is parsed again and reported; the others keep their rules', async () => {
    const buffer = await editInExcel(await exportRubricXlsx(rubric2011), (sheet) => {
      sheet.getCell('F5').value = '建家活动有计划得2分，基层工会作用发挥明显得1分';
    });
    const result = imported(await importRubricXlsx(buffer));
    const item3 = result.rubric.categories[0]!.items[2]!;
    expect(item3.id).toBe('workers-home');
    expect(item3.rule.criteria).toEqual([
      { id: 'a', kind: 'award', text: '建家活动有计划', points: 2 },
      // The unchanged criterion keeps last year's id.
      { id: 'c', kind: 'award', text: '基层工会作用发挥明显', points: 1 },
    ]);
    const report = result.report.items[2]!;
    expect(report).toMatchObject({ ruleSource: 'text', needsConfirmation: true, status: 'parsed' });
    expect(report.notes[0]!.en).toContain('changed in the sheet');
    expect(result.report.items.filter((i) => i.ruleSource === 'file')).toHaveLength(29);
    expect(validateRubric(result.rubric).ok).toBe(true);
  });

  it('an item whose base score changed is parsed again, and validation shows the mismatch', async () => {
    const buffer = await editInExcel(await exportRubricXlsx(rubric2011), (sheet) => {
      sheet.getCell('E4').value = 12;
    });
    const result = imported(await importRubricXlsx(buffer));
    expect(result.report.items[1]).toMatchObject({ status: 'partial', itemId: 'union-founding' });
    expect(result.report.validation.map((p) => p.code).sort()).toEqual([
      'ruleMaximum',
      'totalMismatch',
    ]);
  });

  it('without the data sheet, the table is read like the text form', async () => {
    const buffer = await editInExcel(await exportRubricXlsx(rubric2011), (_sheet, workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet(DATA_SHEET)!.id);
    });
    const fromXlsx = imported(await importRubricXlsx(buffer));
    const fromText = imported(parseRubricText(SEED_TEXT));
    expect(fromXlsx.rubric).toEqual(fromText.rubric);
    expect(fromXlsx.report.items.every((i) => i.ruleSource === 'text')).toBe(true);
  });

  it('unreadable stored data is a warning, and the rules are read from the words', async () => {
    const buffer = await editInExcel(await exportRubricXlsx(rubric2011), (_sheet, workbook) => {
      workbook.getWorksheet(DATA_SHEET)!.getCell('A2').value = '{ broken';
    });
    const result = imported(await importRubricXlsx(buffer));
    expect(result.report.warnings[0]).toMatchObject({
      severity: 'warning',
      code: 'storedDataIgnored',
    });
    expect(result.report.summary.parsed).toBe(30);
  });
});

describe('a bad xlsx file', () => {
  it('that is not a zip gives a problem, not a throw', async () => {
    const r = await importRubricXlsx(new TextEncoder().encode('PK but not really'));
    expect(problemsOf(r)).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'unreadableFile',
        message: {
          zh: '文件不是有效的 Excel（.xlsx）文件',
          en: 'the file is not an Excel (.xlsx) workbook',
        },
      }),
    ]);
  });

  it('a missing column', async () => {
    const buffer = await editInExcel(await exportRubricXlsx(rubric2011), (sheet) => {
      sheet.getCell('E2').value = '分数';
    });
    expect(problemsOf(await importRubricXlsx(buffer))).toEqual([
      {
        severity: 'error',
        code: 'missingColumn',
        message: {
          zh: '第2行（A2）：缺少「基本分值」列',
          en: 'row 2 (A2): the base score (基本分值) column is missing',
        },
        location: { format: 'xlsx', row: 2, cell: 'A2' },
      },
    ]);
  });

  it('a base score that is not a number, an unknown department and a bad item number, each with its row', async () => {
    const buffer = await editInExcel(await exportRubricXlsx(rubric2011), (sheet) => {
      sheet.getCell('E5').value = '三';
      sheet.getCell('D6').value = '审计处';
      sheet.getCell('B8').value = '六';
    });
    const problems = problemsOf(await importRubricXlsx(buffer));
    expect(problems.map((p) => [p.code, p.location?.row, p.location?.cell])).toEqual([
      ['badBaseScore', 5, 'E5'],
      ['unknownDepartment', 6, 'D6'],
      ['badItemNumber', 8, 'B8'],
    ]);
    expect(problems.map((p) => p.message.zh)).toEqual([
      '第5行（E5）「基本分值」列：第3项的基本分值「三」不是分值（最多两位小数）',
      '第6行（D6）「工作对应部门」列：部门「审计处」不在部门列表中',
      '第8行（B8）「序号」列：序号「六」不是正整数',
    ]);
    expect(problems[1]!.message.en).toBe(
      'row 6 (D6) column 工作对应部门: unknown department "审计处"',
    );
  });

  it('a workbook with no rubric table', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').getCell('A1').value = 'hello';
    const r = await importRubricXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(problemsOf(r).map((p) => p.code)).toEqual(['noTable']);
  });
});
