import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundlePath } from '../../../scripts/bundle.mjs';

const run = promisify(execFile);
const CLI = bundlePath('cli');

const NO_DATA = join(tmpdir(), 'kaohe-cli-no-data-folder');

/** Runs the real CLI in a child process, as `pnpm kaohe` does. */
async function kaohe(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      // No database set up: `rubric export 2011` is the built-in table.
      env: { ...process.env, KAOHE_LANG: '', KAOHE_DATA_DIR: NO_DATA, DATABASE_URL: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function tempFile(name: string, content: string) {
  const dir = await mkdtemp(join(tmpdir(), 'kaohe-cli-'));
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('pnpm kaohe rubric', () => {
  it('exports 2011 as JSON in the documented shape', async () => {
    const { code, stdout } = await kaohe('rubric', 'export', '2011');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.year).toBe(2011);
    expect(json.total).toBe(120);
    expect(json.categories).toHaveLength(5);
    const items = json.categories.flatMap((c: { items: unknown[] }) => c.items);
    expect(items).toHaveLength(30);
    expect(Object.keys(items[0])).toEqual(
      expect.arrayContaining([
        'number',
        'content',
        'departments',
        'baseScore',
        'criteriaText',
        'rule',
      ]),
    );
    expect(items[20].departments).toEqual(['法律部', '办公室']);
    expect(json.bonusItems.map((b: { department: string | null }) => b.department)).toEqual([
      '主席室',
      '主席室',
      null,
    ]);
  });

  it('round-trips: the export validates clean', async () => {
    const { stdout } = await kaohe('rubric', 'export', '2011');
    const file = await tempFile('2011.json', stdout);
    const { code, stdout: out } = await kaohe('rubric', 'validate', file);
    expect(code).toBe(0);
    expect(out).toContain('校验通过');
  });

  it('lists every problem with its path and exits non-zero', async () => {
    const { stdout } = await kaohe('rubric', 'export', '2011');
    const json = JSON.parse(stdout);
    json.categories[0].items[0].baseScore = 7;
    json.categories[2].items[0].departments = ['不存在的部'];
    const file = await tempFile('bad.json', JSON.stringify(json));
    const zh = await kaohe('rubric', 'validate', file);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('校验未通过，共3个问题');
    // Each place named as the table names it, not by its path in the JSON.
    expect(zh.stderr).toContain('✗ 第1项 · 评分标准: 第1项评分标准最高可得6分，与基本分值7分不符');
    expect(zh.stderr).toContain('✗ 合计: 各项基本分值之和为121分，与合计120分不符');
    expect(zh.stderr).toContain('✗ 第14项 · 工作对应部门 1: 第14项的部门「不存在的部」不存在');
    expect(zh.stderr).not.toContain('categories[');
    const en = await kaohe('rubric', 'validate', file, '--lang', 'en');
    expect(en.stderr).toContain('Invalid: 3 problem(s)');
  });

  it('malformed JSON, a wrong shape, a missing file: a readable message, never a stack', async () => {
    const malformed = await kaohe(
      'rubric',
      'validate',
      await tempFile('m.json', '{\n  "year": 2011,\n  oops\n}'),
    );
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/^文件不是有效的 JSON（第3行第3列）/);
    const shape = await kaohe('rubric', 'validate', await tempFile('s.json', '[1, 2, 3]'));
    expect(shape.code).toBe(1);
    expect(shape.stderr).toContain('校验未通过');
    const missing = await kaohe('rubric', 'validate', '/nonexistent/x.json');
    expect(missing.stderr.trim()).toBe('找不到文件：/nonexistent/x.json');
    for (const r of [malformed, shape, missing]) expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses an unknown year and an unknown command', async () => {
    const year = await kaohe('rubric', 'export', '2012');
    expect(year.code).toBe(1);
    expect(year.stderr.trim()).toBe(
      `没有2012年度的考核表：未设置数据库（没有数据目录 ${join(NO_DATA, 'pglite')}，也没有设置 DATABASE_URL），内置的只有2011年度考核表`,
    );
    const cmd = await kaohe('frobnicate');
    expect(cmd.code).toBe(1);
    expect(cmd.stderr).toContain('未知命令');
  });
});
