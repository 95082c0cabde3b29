import { getRubric, listRubrics } from '@kaohe/db';
import { cloneRubricToYear, toExchange } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { expect, it } from 'vitest';
import { type CliEngine, describeEachCliEngine, useCliDatabase } from '../testing/database.ts';
import { kaohe } from '../testing/kaohe.ts';

const SEED_TEXT = new URL(
  '../../../../packages/rubric-io/src/fixtures/2011-table.txt',
  import.meta.url,
).pathname;

const idOf = (stdout: string) => /：(\S+)（/.exec(stdout)?.[1] ?? '';

function suite(engine: CliEngine) {
  const cli = useCliDatabase(engine, 'rubric');

  it('exported JSON imports as a draft with the identical document', async () => {
    const exported = await kaohe(cli.where, 'rubric', 'export', '2011');
    const json = await cli.file('2011.json', exported.stdout);
    const result = await kaohe(cli.where, 'rubric', 'import', json);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^✓ 已导入为草稿：\S+（2011年度工会工作目标管理考核表，30项考核内容，合计120分）\n$/,
    );
    const record = await cli.inspect((h) => getRubric(h.db, idOf(result.stdout)));
    expect(record).toMatchObject({ status: 'draft', year: 2011 });
    expect(record!.document).toEqual(rubric2011);
  });

  it('publishes a clean next-year rubric with --publish; the seed text imports as a draft', async () => {
    const next = await cli.file(
      '2012.json',
      JSON.stringify(toExchange(cloneRubricToYear(rubric2011))),
    );
    const published = await kaohe(cli.where, 'rubric', 'import', next, '--publish', '--lang', 'en');
    expect(published.stderr).toBe('');
    expect(published.stdout).toMatch(/^✓ Imported and published: \S+ \(2012年度/);
    const text = await kaohe(cli.where, 'rubric', 'import', SEED_TEXT);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('评分标准识别：30项已解析，0项部分解析，0项需手工录入');
    const rubrics = await cli.inspect((h) => listRubrics(h.db));
    expect(rubrics.map((r) => [r.year, r.status]).sort()).toEqual([
      [2011, 'draft'],
      [2011, 'draft'],
      [2012, 'published'],
    ]);
    // A second published 2012 is refused by the one-per-year rule, and nothing is written.
    const again = await kaohe(cli.where, 'rubric', 'import', next, '--publish');
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('该年度已有已发布的考核表，请先归档\n');
    expect(await cli.inspect((h) => listRubrics(h.db))).toHaveLength(3);
  });

  it('a bad file lists its problems, exits non-zero and writes nothing', async () => {
    const before = await cli.inspect((h) => listRubrics(h.db));
    const invalid = structuredClone(rubric2011);
    invalid.year = 2013;
    invalid.categories[0]!.items[0]!.baseScore = 7;
    const invalidFile = await cli.file('2013.json', JSON.stringify(toExchange(invalid)));
    const [garbage, shape, noTable, refusedPublish, unsupported] = await Promise.all([
      kaohe(cli.where, 'rubric', 'import', await cli.file('broken.xlsx', 'not a workbook')),
      kaohe(
        cli.where,
        'rubric',
        'import',
        await cli.file('shape.json', '{"year": 2013, "categories": 1}'),
      ),
      kaohe(
        cli.where,
        'rubric',
        'import',
        await cli.file('notes.txt', '2013年度考核表\n没有表格\n'),
      ),
      kaohe(cli.where, 'rubric', 'import', invalidFile, '--publish'),
      kaohe(cli.where, 'rubric', 'import', await cli.file('rubric.pdf', '%PDF')),
    ]);
    expect(garbage).toMatchObject({ code: 1, stdout: '' });
    expect(garbage.stderr).toContain('共1个问题（未写入数据库）');
    expect(garbage.stderr).toContain('✗ 文件不是有效的 Excel（.xlsx）文件');
    expect(shape.code).toBe(1);
    expect(shape.stderr).toMatch(/^文件内容不是有效的考核表，共\d+个问题/);
    expect(shape.stderr).toContain('✗ 考核项目:');
    expect(noTable.code).toBe(1);
    expect(noTable.stderr).toContain('文本中没有表格');
    expect(refusedPublish.code).toBe(1);
    expect(refusedPublish.stderr).toContain('考核表校验未通过，不能发布');
    expect(refusedPublish.stderr).toContain('第1项 · 评分标准');
    expect(unsupported.code).toBe(1);
    expect(unsupported.stderr).toContain('不支持该文件类型');
    for (const r of [garbage, shape, noTable, refusedPublish, unsupported]) {
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await cli.inspect((h) => listRubrics(h.db))).toEqual(before);

    // Without --publish the invalid rubric is kept as a draft, its problems listed.
    const draft = await kaohe(cli.where, 'rubric', 'import', invalidFile);
    expect(draft.code).toBe(0);
    expect(draft.stdout).toContain('校验问题2个（发布前需修正）：');
    expect(draft.stdout).toContain('✗ 合计: 各项基本分值之和为121分，与合计120分不符');
    expect(await cli.inspect((h) => getRubric(h.db, idOf(draft.stdout)))).toMatchObject({
      status: 'draft',
      year: 2013,
    });
  });
}

describeEachCliEngine('pnpm kaohe rubric import', suite);
