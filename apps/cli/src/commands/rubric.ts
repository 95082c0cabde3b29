import { readFile, stat } from 'node:fs/promises';
import {
  formatPath,
  fromExchange,
  type Locale,
  type Rubric,
  toExchange,
  validateRubric,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { CliError } from '../output.ts';

/** Rubrics the CLI knows without a database. */
const builtIn: Record<number, Rubric> = { 2011: rubric2011 };

export function parseYear(value: string | undefined): number {
  if (value === undefined) {
    throw new CliError({ zh: '请指定考核年度，例如：2011', en: 'Give the year, e.g. 2011' });
  }
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || !Number.isInteger(year)) {
    throw new CliError({ zh: `考核年度格式不正确：${value}`, en: `Not a year: ${value}` });
  }
  return year;
}

export async function exportRubric(yearArg: string | undefined): Promise<string> {
  const year = parseYear(yearArg);
  const rubric = builtIn[year];
  if (!rubric) {
    throw new CliError({ zh: `没有${year}年度的考核表`, en: `There is no rubric for ${year}` });
  }
  return `${JSON.stringify(toExchange(rubric), null, 2)}\n`;
}

const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Reads and parses a JSON file, turning every failure into a message a person can act on. */
export async function readJsonFile(file: string | undefined): Promise<unknown> {
  if (!file) throw new CliError({ zh: '请指定文件路径', en: 'Give a file path' });
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new CliError({ zh: `找不到文件：${file}`, en: `No such file: ${file}` });
  }
  if (size > MAX_FILE_BYTES) {
    throw new CliError({
      zh: `文件过大（${size}字节，上限10MB）：${file}`,
      en: `File too large (${size} bytes, limit 10 MB): ${file}`,
    });
  }
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const where = /position (\d+)/.exec(String(e));
    let place = { zh: '', en: '' };
    if (where) {
      const before = text.slice(0, Number(where[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      place = { zh: `（第${line}行第${column}列）`, en: ` (line ${line}, column ${column})` };
    }
    throw new CliError({
      zh: `文件不是有效的 JSON${place.zh}：${file}`,
      en: `The file is not valid JSON${place.en}: ${file}`,
    });
  }
}

export async function validateRubricFile(
  file: string | undefined,
  locale: Locale,
): Promise<{ ok: boolean; output: string }> {
  const json = await readJsonFile(file);
  const result = validateRubric(fromExchange(json));
  if (result.ok) {
    const r = result.rubric;
    const items = r.categories.reduce((n, c) => n + c.items.length, 0);
    return {
      ok: true,
      output:
        locale === 'zh'
          ? `✓ ${r.title}：${r.categories.length}个考核项目，${items}项考核内容，合计${r.total}分，校验通过\n`
          : `✓ ${r.title}: ${r.categories.length} categories, ${items} items, total ${r.total}: valid\n`,
    };
  }
  const lines = result.problems.map((p) => {
    const path = formatPath(p.path) || (locale === 'zh' ? '（整体）' : '(root)');
    return `  ✗ ${path}: ${p.message[locale]}`;
  });
  const head =
    locale === 'zh'
      ? `校验未通过，共${result.problems.length}个问题：`
      : `Invalid: ${result.problems.length} problem(s):`;
  return { ok: false, output: `${head}\n${lines.join('\n')}\n` };
}
