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
  db migrate                执行数据库迁移
  db backup <文件>          备份整个数据库及佐证材料（--dir <目录> --keep N：定时备份，只保留最新N个）
  db restore <文件>         从备份恢复到空数据库（--force：用备份替换现有全部数据）
  db verify <文件>          在临时数据库中试恢复并检查备份（行数、每个佐证文件的 sha-256）
  demo seed                 生成2011年度演示数据（约30个单位，各阶段均有）
  report ranking --year <年度> [--format xlsx|json] [--out 文件] [--unit-type 类型]
                            输出该年度排名（默认 JSON）
  start                     启动系统

选项：--lang en   使用英文输出`,
  en: `Usage: pnpm kaohe <command>

  rubric export <year>      the year's published rubric from the database (JSON unless told)
                            [--draft newest draft] [--id RUBRIC_ID] [--format json|xlsx] [--out FILE]
  rubric validate <file>    validate a rubric JSON file and list every problem
  rubric import <file>      import a rubric (.json/.xlsx/.docx/.txt) as a draft (--publish: publish when valid)
  db migrate                run the database migrations
  db backup <file>          back up the whole database and the evidence (--dir <dir> --keep N: scheduled, keep the newest N)
  db restore <file>         restore a backup into an empty database (--force: replace all data)
  db verify <file>          restore into a scratch database and check it (rows, every evidence file's sha-256)
  demo seed                 create the 2011 demo data (about 30 units, every stage)
  report ranking --year <year> [--format xlsx|json] [--out FILE] [--unit-type ID]
                            the year's ranking (JSON unless told)
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
    case 'db':
      if (command === 'migrate') return (await import('./commands/db.ts')).migrate(locale);
      if (command === 'backup') return (await import('./commands/db.ts')).backup(locale, rest);
      if (command === 'restore') return (await import('./commands/db.ts')).restore(locale, rest);
      if (command === 'verify') return (await import('./commands/db.ts')).verify(locale, rest);
      throw unknown();
    case 'demo':
      if (command === 'seed') return (await import('./commands/db.ts')).demoSeed(locale);
      throw unknown();
    case 'report':
      if (command === 'ranking') {
        return (await import('./commands/report.ts')).reportRanking(locale, rest);
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
