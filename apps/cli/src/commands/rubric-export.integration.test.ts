import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cloneRubricToYear, toExchange } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { importRubricXlsx } from '@kaohe/rubric-io';
import { expect, it } from 'vitest';
import { type CliEngine, describeEachCliEngine, useCliDatabase } from '../testing/database.ts';
import { kaohe as run, type Where } from '../testing/kaohe.ts';

// Found from here, not from the child's working directory (a temporary folder).

/** Beside the data folder: default output files land there. */
const kaohe = (where: Where, ...args: string[]) =>
  run({ ...where, cwd: join(where.dataDir, '..') }, ...args);

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

const rubric2012 = cloneRubricToYear(rubric2011);
const draftOf2013 = (title: string) => ({ ...cloneRubricToYear(rubric2012), title });

// Each test starts several CLI processes one after another (PGlite opens in one at a time).
const SLOW = 180_000;

function suite(engine: CliEngine) {
  const cli = useCliDatabase(engine, 'export');

  it(
    'with no database set up: the built-in 2011 table, said on stderr, nothing created',
    async () => {
      const result = await kaohe(cli.where, 'rubric', 'export', '2011');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(toExchange(rubric2011));
      expect(result.stderr).toMatch(
        engine === 'pglite'
          ? /^未设置数据库（没有数据目录 \S+pglite，也没有设置 DATABASE_URL），输出的是内置的2011年度考核表\n$/
          : /^数据库中还没有考核表，输出的是内置的2011年度考核表\n$/,
      );
      expect(existsSync(join(cli.where.dataDir, 'pglite'))).toBe(false);

      const [other, draft, en] = await Promise.all([
        kaohe(cli.where, 'rubric', 'export', '2012'),
        kaohe(cli.where, 'rubric', 'export', '2011', '--draft'),
        kaohe(cli.where, 'rubric', 'export', '2012', '--lang', 'en'),
      ]);
      expect(other).toMatchObject({ code: 1, stdout: '' });
      expect(other.stderr).toMatch(/^没有2012年度的考核表：.*内置的只有2011年度考核表\n$/);
      expect(draft.code).toBe(1);
      expect(draft.stderr).toMatch(/^没有2011年度的草稿：/);
      expect(en.stderr).toMatch(
        /^There is no rubric for 2012: .*the only built-in rubric is 2011's\n$/,
      );
      for (const r of [other, draft, en]) noStack(r.stderr);
    },
    SLOW,
  );

  it(
    'an imported and published 2012 rubric comes back equal, as JSON and as xlsx',
    async () => {
      const source = await cli.file('2012.json', JSON.stringify(toExchange(rubric2012)));
      const imported = await kaohe(cli.where, 'rubric', 'import', source, '--publish');
      expect(imported.stderr).toBe('');

      const json = await kaohe(cli.where, 'rubric', 'export', '2012');
      expect(json).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(json.stdout)).toEqual(toExchange(rubric2012));

      const out = join(cli.tmp, 'exported-2012.xlsx');
      const xlsx = await kaohe(cli.where, 'rubric', 'export', '2012', '--out', out);
      expect(xlsx).toMatchObject({ code: 0, stderr: '' });
      expect(xlsx.stdout).toBe(`✓ 已导出2012年度工会工作目标管理考核表：${out}\n`);
      const readBack = await importRubricXlsx(await readFile(out));
      expect(readBack.ok && readBack.rubric).toEqual(rubric2012);

      // The default file name, in the working directory.
      const named = await kaohe(cli.where, 'rubric', 'export', '2012', '--format', 'xlsx');
      expect(named.code).toBe(0);
      expect(existsSync(join(cli.tmp, 'rubric-2012.xlsx'))).toBe(true);

      // The database now holds rubrics, so the built-in table no longer stands in.
      const old = await kaohe(cli.where, 'rubric', 'export', '2011');
      expect(old).toMatchObject({ code: 1, stdout: '' });
      expect(old.stderr).toBe('没有2011年度的考核表（数据库中有：2012年度）\n');
    },
    SLOW,
  );

  it(
    '--draft takes the newest draft and names the others; only drafts suggests --draft',
    async () => {
      const first = await cli.file(
        '2013-a.json',
        JSON.stringify(toExchange(draftOf2013('2013年度草稿甲'))),
      );
      const second = await cli.file(
        '2013-b.json',
        JSON.stringify(toExchange(draftOf2013('2013年度草稿乙'))),
      );
      expect((await kaohe(cli.where, 'rubric', 'import', first)).code).toBe(0);
      const newer = await kaohe(cli.where, 'rubric', 'import', second);
      expect(newer.code).toBe(0);
      const idOf = (stdout: string) => /：(\S+)（/.exec(stdout)?.[1] ?? '';

      const onlyDrafts = await kaohe(cli.where, 'rubric', 'export', '2013');
      expect(onlyDrafts).toMatchObject({ code: 1, stdout: '' });
      expect(onlyDrafts.stderr).toBe(
        '2013年度的考核表尚未发布：有2份草稿，加上 --draft 导出最新的一份\n',
      );

      const draft = await kaohe(cli.where, 'rubric', 'export', '2013', '--draft');
      expect(draft.code).toBe(0);
      expect(JSON.parse(draft.stdout).title).toBe('2013年度草稿乙');
      expect(draft.stderr).toMatch(
        new RegExp(
          `^2013年度有2份草稿，导出的是最新创建的一份：\\n  ${idOf(newer.stdout)}  2013年度草稿乙 .*\\n其余草稿（用 --id 指定）：\\n  \\S+  2013年度草稿甲 `,
        ),
      );
      const olderId = /其余草稿（用 --id 指定）：\n {2}(\S+)/.exec(draft.stderr)![1]!;
      const older = await kaohe(cli.where, 'rubric', 'export', '--id', olderId);
      expect(older).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(older.stdout).title).toBe('2013年度草稿甲');

      const noDraft = await kaohe(cli.where, 'rubric', 'export', '2012', '--draft', '--lang', 'en');
      expect(noDraft.code).toBe(1);
      expect(noDraft.stderr).toBe(
        'There is no draft for 2012; export the published rubric without --draft\n',
      );
    },
    SLOW,
  );

  it(
    'bad options and unknown rubrics get a message and no output',
    async () => {
      // Option mistakes are found before the database is opened, so these run side by side.
      const [docx, mismatch, noYear, badYear, unknown, bothFlags] = await Promise.all([
        kaohe(cli.where, 'rubric', 'export', '2012', '--format', 'docx'),
        kaohe(
          cli.where,
          'rubric',
          'export',
          '2012',
          '--format',
          'json',
          '--out',
          join(cli.tmp, 'x.xlsx'),
        ),
        kaohe(cli.where, 'rubric', 'export'),
        kaohe(cli.where, 'rubric', 'export', '20x2'),
        kaohe(cli.where, 'rubric', 'export', '2012', '--final'),
        kaohe(cli.where, 'rubric', 'export', '2012', '--draft', '--id', 'x'),
      ]);
      // PGlite opens in one process at a time.
      const wrongYear = await kaohe(cli.where, 'rubric', 'export', '2030', '--lang', 'en');
      const noSuchId = await kaohe(cli.where, 'rubric', 'export', '--id', 'no-such-rubric');
      expect(docx.stderr).toContain(
        '--format 只能是 json 或 xlsx，而不是「docx」（.docx 和 .txt 只能导入，不能导出）',
      );
      expect(mismatch.stderr).toContain('--format json 与输出文件的扩展名 .xlsx 不一致');
      expect(existsSync(join(cli.tmp, 'x.xlsx'))).toBe(false);
      expect(noYear.stderr).toContain('请指定考核年度');
      expect(badYear.stderr).toContain('考核年度格式不正确：20x2');
      expect(unknown.stderr).toContain('未知选项：--final');
      expect(wrongYear.stderr).toBe('There is no rubric for 2030 (the database has: 2012, 2013)\n');
      expect(bothFlags.stderr).toContain('--draft 与 --id 不能同时使用');
      expect(noSuchId.stderr).toBe('找不到考核表「no-such-rubric」\n');
      for (const r of [docx, mismatch, noYear, badYear, unknown, wrongYear, bothFlags, noSuchId]) {
        expect(r).toMatchObject({ code: 1, stdout: '' });
        noStack(r.stderr);
      }
    },
    SLOW,
  );
}

describeEachCliEngine('pnpm kaohe rubric export', suite);
