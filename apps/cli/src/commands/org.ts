/**
 * `pnpm kaohe org template|import|export FILE.xlsx` (issue 15): the organisation as a
 * workbook. Import checks every row first and writes nothing when any is wrong (each
 * problem with its sheet, row and column); matched by code and account, so the same file
 * again changes nothing. The new accounts' initial passwords go to the accounts workbook
 * (--accounts-out, or beside the file), written once and never printed.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Locale } from '@kaohe/domain';
import { isDomainError } from '@kaohe/domain';
import { CliError } from '../output.ts';

const USAGE = {
  zh: '用法：pnpm kaohe org template 文件.xlsx | org import 文件.xlsx [--accounts-out 账号.xlsx] | org export 文件.xlsx',
  en: 'Usage: pnpm kaohe org template FILE.xlsx | org import FILE.xlsx [--accounts-out ACCOUNTS.xlsx] | org export FILE.xlsx',
};

function xlsxPath(file: string | undefined): string {
  if (!file || file.startsWith('--')) throw new CliError(USAGE);
  if (extname(file).toLowerCase() !== '.xlsx') {
    throw new CliError({
      zh: `请使用 .xlsx 文件：${file}`,
      en: `Use an .xlsx file: ${file}`,
    });
  }
  return file;
}

async function write(file: string, bytes: Buffer) {
  try {
    await writeFile(file, bytes);
  } catch {
    throw new CliError({ zh: `无法写入文件：${file}`, en: `Cannot write the file: ${file}` });
  }
}

export async function orgTemplate(locale: Locale, args: string[]): Promise<number> {
  const file = xlsxPath(args[0]);
  const { writeOrgTemplate } = await import('@kaohe/rubric-io');
  await write(file, await writeOrgTemplate());
  process.stdout.write(
    locale === 'zh'
      ? `✓ 已写出组织机构导入模板：${file}（工作表：单位、部门、用户、填写说明）\n`
      : `✓ Wrote the organisation template: ${file} (sheets 单位, 部门, 用户 and instructions)\n`,
  );
  return 0;
}

export async function orgExport(locale: Locale, args: string[]): Promise<number> {
  const file = xlsxPath(args[0]);
  const { open } = await import('./db.ts');
  const { migrateToLatest } = await import('@kaohe/db');
  const { exportOrganisation } = await import('@kaohe/server/org-import');
  const { writeOrgWorkbook } = await import('@kaohe/rubric-io');
  const { handle } = await open();
  try {
    await migrateToLatest(handle.db);
    const data = await exportOrganisation(handle.db);
    await write(file, await writeOrgWorkbook(data));
    process.stdout.write(
      locale === 'zh'
        ? `✓ 已导出：${file}（${data.units.length}个单位，${data.departments.length}个部门，${data.users.length}个账号）\n`
        : `✓ Exported: ${file} (${data.units.length} units, ${data.departments.length} departments, ${data.users.length} accounts)\n`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

export async function orgImport(locale: Locale, args: string[]): Promise<number> {
  const known = new Set(['--accounts-out']);
  const unknownFlag = args.find((a) => a.startsWith('--') && !known.has(a));
  if (unknownFlag) {
    throw new CliError({ zh: `未知选项：${unknownFlag}`, en: `Unknown option: ${unknownFlag}` });
  }
  const at = args.indexOf('--accounts-out');
  const accountsArg = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && (!accountsArg || accountsArg.startsWith('--'))) throw new CliError(USAGE);
  const file = xlsxPath(args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1)));
  const accountsOut = accountsArg
    ? xlsxPath(accountsArg)
    : join(dirname(file), `${basename(file, extname(file))}-初始账号.xlsx`);

  const io = await import('@kaohe/rubric-io');
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new CliError({ zh: `找不到文件：${file}`, en: `No such file: ${file}` });
  }
  if (size > io.ORG_MAX_BYTES) {
    throw new CliError({
      zh: `文件过大（${size}字节，上限${io.ORG_MAX_BYTES / 1048576}MB）：${file}`,
      en: `File too large (${size} bytes, limit ${io.ORG_MAX_BYTES / 1048576} MB): ${file}`,
    });
  }
  const read = await io.readOrgWorkbook(await readFile(file));

  const { open } = await import('./db.ts');
  const dbModule = await import('@kaohe/db');
  const { ensureOrganisation } = await import('@kaohe/server/bootstrap');
  const service = await import('@kaohe/server/org-import');
  const { handle } = await open();
  try {
    await dbModule.migrateToLatest(handle.db);
    // A fresh database gets the seed's departments and unit types first, as a start does.
    await ensureOrganisation(handle.db);
    const result = await service
      .importOrganisation(handle.db, dbModule.SYSTEM_ACTOR, read, { fileName: basename(file) })
      .catch((e: unknown) => {
        if (isDomainError(e)) throw new CliError(e.text);
        throw e;
      });
    if (!result.ok) {
      const { problems, truncated } = result.preview;
      const lines = problems.map(
        (p) => `  ✗ ${io.describeOrgProblem({ ...p, message: { zh: p.zh, en: p.en } })[locale]}`,
      );
      const more = truncated
        ? locale === 'zh'
          ? '\n  ……（更多问题未列出）'
          : '\n  … (more not listed)'
        : '';
      throw new CliError({
        zh: `无法导入 ${file}，共${problems.length}个问题（未写入任何内容）：\n${lines.join('\n')}${more}`,
        en: `Cannot import ${file}: ${problems.length} problem(s) (nothing was written):\n${lines.join('\n')}${more}`,
      });
    }
    const s = result.summary;
    const counts = (c: { created: number; updated: number; unchanged: number }) =>
      locale === 'zh'
        ? `新增${c.created}，更新${c.updated}，未变${c.unchanged}`
        : `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
    const out =
      locale === 'zh'
        ? [
            `✓ 已导入 ${file}`,
            `  单位：${counts(s.units)}`,
            `  部门：${counts(s.departments)}`,
            `  账号：${counts(s.users)}`,
          ]
        : [
            `✓ Imported ${file}`,
            `  units: ${counts(s.units)}`,
            `  departments: ${counts(s.departments)}`,
            `  accounts: ${counts(s.users)}`,
          ];
    if (result.accounts.length > 0) {
      await write(accountsOut, await io.writeAccountsWorkbook(result.accounts));
      out.push(
        locale === 'zh'
          ? `  ${result.accounts.length}个新账号的初始密码已写入：${accountsOut}（仅此一次，请妥善保管；首次登录须修改密码）`
          : `  The initial passwords of ${result.accounts.length} new account(s) are in: ${accountsOut} (this once; keep it safe; each must be changed at first sign-in)`,
      );
    } else {
      out.push(
        locale === 'zh' ? '  没有新账号，未生成密码' : '  No new accounts; no password issued',
      );
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}
