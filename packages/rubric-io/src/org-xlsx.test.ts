import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  checkOrgReferences,
  describeOrgProblem,
  type OrgProblem,
  readOrgWorkbook,
  writeAccountsWorkbook,
  writeOrgTemplate,
  writeOrgWorkbook,
} from './org-xlsx.ts';

type Cell = ExcelJS.CellValue;

async function workbook(sheets: Record<string, Cell[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = wb.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HEADERS = {
  单位: ['单位编码', '单位名称', '单位类型'],
  部门: ['部门编码', '部门名称'],
  用户: ['账号', '姓名', '角色', '单位或部门编码', '手机', '邮箱'],
};

const where = (p: OrgProblem) => `${p.sheet}:${p.row}:${p.column}`;

describe('readOrgWorkbook', () => {
  it('reads the template back empty, and an export back as written', async () => {
    const empty = await readOrgWorkbook(await writeOrgTemplate());
    expect(empty.ok).toBe(true);
    expect(empty.workbook).toEqual({ units: [], departments: [], users: [] });

    const data = {
      units: [{ code: '001', name: '甲区工会', unitType: '区县工会' }],
      departments: [{ code: 'org', name: '组织部' }],
      users: [
        {
          account: 'jia.qu',
          name: '张三',
          role: 'unit' as const,
          orgCode: '001',
          phone: '13800000000',
          email: 'a@b.cn',
        },
        {
          account: 'boss',
          name: '李四',
          role: 'admin' as const,
          orgCode: null,
          phone: null,
          email: null,
        },
      ],
    };
    const read = await readOrgWorkbook(await writeOrgWorkbook(data));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.workbook.units).toEqual([{ row: 2, ...data.units[0] }]);
    expect(read.workbook.departments).toEqual([{ row: 2, ...data.departments[0] }]);
    expect(read.workbook.users).toEqual(data.users.map((u, i) => ({ row: i + 2, ...u })));
  });

  it('lists every problem with its sheet, row and column', async () => {
    const bytes = await workbook({
      单位: [
        HEADERS.单位,
        ['U1', '甲', '区县工会'],
        ['u1', '乙', '区县工会'],
        ['U2', '', '区县工会'],
        ['U3', 'x'.repeat(50_000), '区县工会'],
        ['U4', { formula: '"丙"&"丁"', result: '丙丁' }, '区县工会'],
        ['单位五', '戊', '区县工会'],
      ],
      用户: [
        HEADERS.用户,
        ['a1', '张', '校长', 'U1', '', ''],
        ['a2', '王', '被考核单位', 'U1', '12', 'not-mail'],
        ['A1', '赵', '被考核单位', '', '', ''],
        ['', '钱', '考核办', '', '', ''],
      ],
    });
    const read = await readOrgWorkbook(bytes);
    expect(read.ok).toBe(false);
    // The rows that read cleanly, and every code named, for the checks against the database.
    expect(read.workbook.units.map((u) => u.code)).toEqual(['U1', 'u1']);
    expect(read.listed.unitCodes).toEqual(['U1', 'u1', 'U2', 'U3', 'U4']);
    expect(read.workbook.users).toEqual([]);
    expect(read.problems.map(where).sort()).toEqual(
      [
        '部门:null:null',
        '单位:3:单位编码',
        '单位:4:单位名称',
        '单位:5:单位名称',
        '单位:6:单位名称',
        '单位:7:单位编码',
        '用户:2:角色',
        '用户:3:手机',
        '用户:3:邮箱',
        '用户:4:单位或部门编码',
        '用户:4:账号',
        '用户:5:账号',
      ].sort(),
    );
    const formula = read.problems.find((p) => where(p) === '单位:6:单位名称')!;
    expect(describeOrgProblem(formula).zh).toBe(
      '工作表「单位」第6行「单位名称」列：单元格含公式，导入不计算公式：请复制后“选择性粘贴为数值”',
    );
    expect(describeOrgProblem(formula).en).toContain('sheet "单位", row 6, column "单位名称"');
    const long = read.problems.find((p) => where(p) === '单位:5:单位名称')!;
    expect(long.message.zh).toBe('不能超过200个字符（现有50000个）');
  });

  it('refuses what is not a workbook, a broken one and one too large', async () => {
    const text = await readOrgWorkbook(Buffer.from('账号,姓名\n'));
    expect(!text.ok && text.problems[0]!.message.zh).toContain('不是有效的 Excel');
    const good = await writeOrgTemplate();
    const broken = await readOrgWorkbook(good.subarray(0, good.length / 2));
    expect(!broken.ok && broken.problems[0]!.message.zh).toContain('不是有效的 Excel');
    const other = new JSZip();
    other.file('hello.txt', 'hi');
    const notExcel = await readOrgWorkbook(await other.generateAsync({ type: 'nodebuffer' }));
    expect(!notExcel.ok && notExcel.problems[0]!.message.zh).toContain('不是有效的 Excel');
    const big = await readOrgWorkbook(good, { maxBytes: 100 });
    expect(!big.ok && big.problems[0]!.message.zh).toContain('文件超过大小上限');
  });

  it('a missing column is named', async () => {
    const read = await readOrgWorkbook(
      await workbook({
        单位: [['单位编码', '单位名称']],
        部门: [HEADERS.部门],
        用户: [HEADERS.用户],
      }),
    );
    expect(!read.ok && read.problems.map(where)).toEqual(['单位:1:单位类型']);
  });
});

describe('checkOrgReferences', () => {
  it('resolves unit types by name or id and finds missing units and departments', () => {
    const result = checkOrgReferences(
      {
        units: [
          { row: 2, code: 'U1', name: '甲', unitType: '区县工会' },
          { row: 3, code: 'U2', name: '乙', unitType: 'bureau' },
          { row: 4, code: 'U3', name: '丙', unitType: '街道' },
        ],
        departments: [],
        users: [
          {
            row: 2,
            account: 'a',
            name: 'A',
            role: 'unit',
            orgCode: 'U9',
            phone: null,
            email: null,
          },
          {
            row: 3,
            account: 'b',
            name: 'B',
            role: 'unit',
            orgCode: 'OLD',
            phone: null,
            email: null,
          },
          {
            row: 4,
            account: 'c',
            name: 'C',
            role: 'department',
            orgCode: 'nope',
            phone: null,
            email: null,
          },
        ],
      },
      {
        unitTypes: [
          { id: 'district', name: '区县工会' },
          { id: 'bureau', name: '局（产业）工会' },
        ],
        unitCodes: new Set(['OLD']),
        departmentCodes: new Set(['org']),
      },
    );
    expect(result.problems.map(where)).toEqual([
      '单位:4:单位类型',
      '用户:2:单位或部门编码',
      '用户:4:单位或部门编码',
    ]);
    expect([...result.unitTypeIds]).toEqual([
      [2, 'district'],
      [3, 'bureau'],
    ]);
  });
});

describe('writeAccountsWorkbook', () => {
  it('writes one row per account', async () => {
    const bytes = await writeAccountsWorkbook([
      { account: 'a1', name: '张', unit: '甲区工会', password: 'pw-1234-abcd' },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet('初始账号')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '账号', '姓名', '单位', '初始密码']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'a1', '张', '甲区工会', 'pw-1234-abcd']);
  });
});
