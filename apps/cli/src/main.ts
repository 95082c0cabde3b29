/**
 * `pnpm kaohe …`: the command-line tool. Every command prints a message a person can act
 * on and exits non-zero on failure; no stack trace reaches the user.
 */
import { importRubricCommand, validateRubricFile } from './commands/rubric.ts';
import { exportRubricCommand } from './commands/rubric-export.ts';
import { CliError, cliLocale } from './output.ts';

const HELP = {
  zh: `用法：pnpm kaohe <命令>

  rubric export <年度>      输出数据库中该年度已发布的考核表（默认 JSON）
                            [--draft 最新草稿] [--id 考核表ID] [--format json|xlsx] [--out 文件]
  rubric validate <文件>    校验考核表 JSON 文件，列出全部问题
  rubric import <文件>      导入考核表（.json/.xlsx/.docx/.txt）为草稿（--publish：校验通过则发布）
  org template <文件.xlsx>  写出组织机构导入模板（单位、部门、用户）
  org import <文件.xlsx>    导入单位、部门和账号：先检查全部行，有误则不写入
                            [--accounts-out 账号.xlsx 新账号初始密码表]
  org export <文件.xlsx>    按模板格式导出全部单位、部门和账号
  db migrate                执行数据库迁移
  db backup <文件>          备份整个数据库及佐证材料（--dir <目录> --keep N：定时备份，只保留最新N个）
  db restore <文件>         从备份恢复到空数据库（--force：用备份替换现有全部数据）
  db check                  按各项得分重算每个考核的合计与总计，列出不一致之处（有则退出码1）
  db verify <文件>          在临时数据库中试恢复并检查备份（行数、每个佐证文件的 sha-256）
  demo seed                 生成2011年度演示数据（约30个单位，各阶段均有）
                            [--units N：N个单位（最多10000），大多已审定，用于查看大规模效果]
  report ranking --year <年度> [--format xlsx|json] [--out 文件] [--unit-type 类型]
                            输出该年度排名（默认 JSON）
  report items --year <年度> [--format xlsx|json] [--out 文件] [--unit-type 类型]
                            输出该年度各项目的得分分析（满分率、改分、退回、区分度等）
  start                     启动系统

选项：--lang en   使用英文输出`,
  en: `Usage: pnpm kaohe <command>

  rubric export <year>      the year's published rubric from the database (JSON unless told)
                            [--draft newest draft] [--id RUBRIC_ID] [--format json|xlsx] [--out FILE]
  rubric validate <file>    validate a rubric JSON file and list every problem
  rubric import <file>      import a rubric (.json/.xlsx/.docx/.txt) as a draft (--publish: publish when valid)
  org template <file.xlsx>  write the organisation template (units, departments, users)
  org import <file.xlsx>    import units, departments and accounts: every row checked first,
                            nothing written if any is wrong [--accounts-out ACCOUNTS.xlsx]
  org export <file.xlsx>    export every unit, department and account in the same layout
  db migrate                run the database migrations
  db backup <file>          back up the whole database and the evidence (--dir <dir> --keep N: scheduled, keep the newest N)
  db restore <file>         restore a backup into an empty database (--force: replace all data)
  db check                  recompute every assessment's totals from its item scores; list any difference (exit 1)
  db verify <file>          restore into a scratch database and check it (rows, every evidence file's sha-256)
  demo seed                 create the 2011 demo data (about 30 units, every stage)
                            [--units N: N units (up to 10,000), most approved, to see the product at scale]
  report ranking --year <year> [--format xlsx|json] [--out FILE] [--unit-type ID]
                            the year's ranking (JSON unless told)
  report items --year <year> [--format xlsx|json] [--out FILE] [--unit-type ID]
                            the year's item analytics (full-mark rate, changes, returns, …)
  start                     start the product

Options: --lang en   English output`,
};

async function run(argv: string[]): Promise<number> {
  const locale = cliLocale(argv);
  const args = argv.filter((a, i) => a !== '--lang' && argv[i - 1] !== '--lang');
  const [group, command, ...rest] = args;
  const unknown = () =>
    new CliError({
      zh: `未知命令：${args.join(' ')}\n\n${HELP.zh}`,
      en: `Unknown command: ${args.join(' ')}\n\n${HELP.en}`,
    });

  switch (group) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${HELP[locale]}\n`);
      return 0;
    case 'rubric':
      if (command === 'export') return exportRubricCommand(locale, rest);
      if (command === 'validate') {
        const { ok, output } = await validateRubricFile(rest[0], locale);
        (ok ? process.stdout : process.stderr).write(output);
        return ok ? 0 : 1;
      }
      if (command === 'import') return importRubricCommand(locale, rest);
      throw unknown();
    case 'org': {
      const org = await import('./commands/org.ts');
      if (command === 'template') return org.orgTemplate(locale, rest);
      if (command === 'import') return org.orgImport(locale, rest);
      if (command === 'export') return org.orgExport(locale, rest);
      throw unknown();
    }
    case 'db':
      if (command === 'migrate') return (await import('./commands/db.ts')).migrate(locale);
      if (command === 'backup') return (await import('./commands/db.ts')).backup(locale, rest);
      if (command === 'restore') return (await import('./commands/db.ts')).restore(locale, rest);
      if (command === 'check') return (await import('./commands/db-check.ts')).check(locale);
      if (command === 'verify') return (await import('./commands/db.ts')).verify(locale, rest);
      throw unknown();
    case 'demo':
      if (command === 'seed' && rest.includes('--units')) {
        return (await import('./commands/demo-scale.ts')).demoSeedUnits(locale, rest);
      }
      if (command === 'seed') return (await import('./commands/db.ts')).demoSeed(locale);
      throw unknown();
    case 'report':
      if (command === 'ranking') {
        return (await import('./commands/report.ts')).reportRanking(locale, rest);
      }
      if (command === 'items') {
        return (await import('./commands/report.ts')).reportItems(locale, rest);
      }
      throw unknown();
    case 'start': {
      const { start } = await import('./commands/start.ts');
      return start(locale);
    }
    default:
      throw unknown();
  }
}

const argv = process.argv.slice(2);
run(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const locale = cliLocale(argv);
    if (error instanceof CliError) {
      process.stderr.write(`${error.text[locale]}\n`);
      process.exitCode = error.exitCode;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(
        locale === 'zh' ? `出错了：${message}\n` : `Something went wrong: ${message}\n`,
      );
      process.exitCode = 2;
    }
  },
);
