import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readOrgWorkbook, writeOrgWorkbook } from '@kaohe/rubric-io';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { type CliEngine, describeEachCliEngine, useCliDatabase } from '../testing/database.ts';
import { kaohe } from '../testing/kaohe.ts';

const CLEAN = {
  units: [
    { code: 'D01', name: '甲区总工会', unitType: '区县工会' },
    { code: 'D02', name: '乙开发区工会', unitType: '开发区工会' },
  ],
  departments: [{ code: 'youth', name: '青工部' }],
  users: [
    {
      account: 'd01.tb',
      name: '甲区填报员',
      role: 'unit' as const,
      orgCode: 'D01',
      phone: '13800000001',
      email: null,
    },
    {
      account: 'youth.kp',
      name: '青工部考评员',
      role: 'department' as const,
      orgCode: 'youth',
      phone: null,
      email: 'youth@example.cn',
    },
  ],
};

function suite(engine: CliEngine) {
  const cli = useCliDatabase(engine, 'org');
  const counts = () =>
    cli.inspect(async (h) => ({
      units: (await h.db.selectFrom('units').select('id').execute()).length,
      users: (await h.db.selectFrom('users').select('id').execute()).length,
    }));

  it('writes the template; a workbook with mistakes lists them all and writes nothing', async () => {
    const template = join(cli.tmp, 'template.xlsx');
    const written = await kaohe(cli.where, 'org', 'template', template);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('✓ 已写出组织机构导入模板');
    expect((await readOrgWorkbook(await readFile(template))).ok).toBe(true);

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('单位').addRows([
      ['单位编码', '单位名称', '单位类型'],
      ['D01', '甲区总工会', '街道工会'],
    ]);
    wb.addWorksheet('用户').addRows([
      ['账号', '姓名', '角色', '单位或部门编码', '手机', '邮箱'],
      ['d01.tb', '甲区填报员', '会长', 'D01', '', ''],
    ]);
    const bad = join(cli.tmp, 'bad.xlsx');
    await wb.xlsx.writeFile(bad);
    const refused = await kaohe(cli.where, 'org', 'import', bad);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      [
        `无法导入 ${bad}，共3个问题（未写入任何内容）：`,
        '  ✗ 工作表「单位」第2行「单位类型」列：单位类型「街道工会」不存在，应为：局（产业）工会、开发区工会、区县工会',
        '  ✗ 工作表「部门」：缺少工作表「部门」（工作表名须与模板一致）',
        '  ✗ 工作表「用户」第2行「角色」列：未知角色「会长」，应为：被考核单位、职能部门、主席室、考核办',
        '',
      ].join('\n'),
    );
    expect(await counts()).toEqual({ units: 0, users: 0 });
  }, 120_000);

  it('imports a clean workbook, then the same again and its export without a change', async () => {
    const file = join(cli.tmp, 'org.xlsx');
    await writeFile(file, await writeOrgWorkbook(CLEAN));
    const accounts = join(cli.tmp, 'accounts.xlsx');
    const imported = await kaohe(cli.where, 'org', 'import', file, '--accounts-out', accounts);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(
      [
        `✓ 已导入 ${file}`,
        '  单位：新增2，更新0，未变0',
        '  部门：新增1，更新0，未变0',
        '  账号：新增2，更新0，未变0',
        `  2个新账号的初始密码已写入：${accounts}（仅此一次，请妥善保管；首次登录须修改密码）`,
        '',
      ].join('\n'),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(accounts);
    const rows = wb.getWorksheet('初始账号')!.getSheetValues().slice(2) as string[][];
    expect(rows.map((r) => r.slice(1, 4))).toEqual([
      ['d01.tb', '甲区填报员', '甲区总工会'],
      ['youth.kp', '青工部考评员', '青工部'],
    ]);
    const users = await cli.inspect((h) =>
      h.db
        .selectFrom('users')
        .select(['username', 'mustChangePassword'])
        .orderBy('username')
        .execute(),
    );
    expect(users).toEqual([
      { username: 'd01.tb', mustChangePassword: true },
      { username: 'youth.kp', mustChangePassword: true },
    ]);

    const again = await kaohe(cli.where, 'org', 'import', file, '--lang', 'en');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('accounts: 0 created, 0 updated, 2 unchanged');
    expect(again.stdout).toContain('No new accounts; no password issued');
    expect(existsSync(join(cli.tmp, 'org-初始账号.xlsx'))).toBe(false);

    const exportFile = join(cli.tmp, 'export.xlsx');
    const exported = await kaohe(cli.where, 'org', 'export', exportFile);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('2个单位');
    const read = await readOrgWorkbook(await readFile(exportFile));
    expect(read.workbook.units.map(({ row: _, ...u }) => u)).toEqual(CLEAN.units);
    expect(read.workbook.users.map(({ row: _, ...u }) => u)).toEqual(CLEAN.users);
    const reimport = await kaohe(cli.where, 'org', 'import', exportFile);
    expect(reimport.code).toBe(0);
    expect(reimport.stdout).toContain('单位：新增0，更新0，未变2');
    expect(reimport.stdout).toContain('账号：新增0，更新0，未变2');
  }, 180_000);
}

describeEachCliEngine('pnpm kaohe org', suite);
