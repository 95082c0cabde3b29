import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  describePath,
  fromExchange,
  isDomainError,
  type Locale,
  type LocalizedText,
  validateRubric,
} from '@kaohe/domain';
import { CliError } from '../output.ts';

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
    const path = describePath(p.path, json)[locale] || (locale === 'zh' ? '（整体）' : '(root)');
    return `  ✗ ${path}: ${p.message[locale]}`;
  });
  const head =
    locale === 'zh'
      ? `校验未通过，共${result.problems.length}个问题：`
      : `Invalid: ${result.problems.length} problem(s):`;
  return { ok: false, output: `${head}\n${lines.join('\n')}\n` };
}

const IMPORT_FORMATS = ['.json', '.xlsx', '.docx', '.txt'];

/** A rubric problem as one line: where (its path) and what. */
function problemLine(path: string, message: LocalizedText, locale: Locale): string {
  return `  ✗ ${path || (locale === 'zh' ? '（整体）' : '(root)')}: ${message[locale]}`;
}

/**
 * Reads a rubric file by its extension: the JSON exchange format, or through rubric-io
 * the official xlsx, the Word table or the text form. A file that cannot be read is a
 * CliError listing every problem with its row or paragraph.
 */
async function readRubricFile(
  file: string,
  locale: Locale,
): Promise<{ document: unknown; notes: string[] }> {
  const ext = extname(file).toLowerCase();
  if (!IMPORT_FORMATS.includes(ext)) {
    throw new CliError({
      zh: `不支持该文件类型：${file}（可导入 .json、.xlsx、.docx、.txt）`,
      en: `Unsupported file type: ${file} (import .json, .xlsx, .docx or .txt)`,
    });
  }
  if (ext === '.json') return { document: fromExchange(await readJsonFile(file)), notes: [] };
  let bytes: Buffer;
  try {
    const size = (await stat(file)).size;
    if (size > MAX_FILE_BYTES) {
      throw new CliError({
        zh: `文件过大（${size}字节，上限10MB）：${file}`,
        en: `File too large (${size} bytes, limit 10 MB): ${file}`,
      });
    }
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError({ zh: `找不到文件：${file}`, en: `No such file: ${file}` });
  }
  const io = await import('@kaohe/rubric-io');
  const result =
    ext === '.xlsx'
      ? await io.importRubricXlsx(bytes)
      : ext === '.docx'
        ? await io.parseRubricDocx(bytes)
        : io.parseRubricText(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ✗ ${p.message[locale]}`);
    throw new CliError({
      zh: `无法导入 ${file}，共${result.problems.length}个问题（未写入数据库）：\n${lines.join('\n')}`,
      en: `Cannot import ${file}: ${result.problems.length} problem(s) (nothing was written):\n${lines.join('\n')}`,
    });
  }
  const { summary, warnings } = result.report;
  const notes = [
    locale === 'zh'
      ? `评分标准识别：${summary.parsed}项已解析，${summary.partial}项部分解析，${summary.manual}项需手工录入（请在考核表编辑页确认）`
      : `Criteria: ${summary.parsed} item(s) parsed, ${summary.partial} partly, ${summary.manual} to enter by hand (confirm them in the rubric editor)`,
    ...warnings.map((w) => `  ! ${w.message[locale]}`),
  ];
  return { document: result.rubric, notes };
}

/**
 * `pnpm kaohe rubric import FILE [--publish]`: the file becomes a draft in the configured
 * database (drafts may hold validation problems; they are listed). With --publish the
 * draft is published in the same transaction, only if it validates clean; otherwise
 * nothing is written.
 */
export async function importRubricCommand(locale: Locale, args: string[]): Promise<number> {
  const publish = args.includes('--publish');
  const unknownFlag = args.find((a) => a.startsWith('--') && a !== '--publish');
  if (unknownFlag) {
    throw new CliError({ zh: `未知选项：${unknownFlag}`, en: `Unknown option: ${unknownFlag}` });
  }
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new CliError({ zh: '请指定文件路径', en: 'Give a file path' });
  const { document, notes } = await readRubricFile(file, locale);

  const validation = validateRubric(document);
  const problemLines = validation.problems.map((p) =>
    problemLine(describePath(p.path, document)[locale], p.message, locale),
  );
  if (!validation.rubric || (publish && !validation.ok)) {
    const why = validation.rubric
      ? {
          zh: '考核表校验未通过，不能发布',
          en: 'The rubric does not validate and cannot be published',
        }
      : { zh: '文件内容不是有效的考核表', en: 'The file does not hold a valid rubric' };
    throw new CliError({
      zh: `${why.zh}，共${validation.problems.length}个问题（未写入数据库）：\n${problemLines.join('\n')}`,
      en: `${why.en}: ${validation.problems.length} problem(s) (nothing was written):\n${problemLines.join('\n')}`,
    });
  }

  const { open } = await import('./db.ts');
  const dbModule = await import('@kaohe/db');
  const { handle } = await open();
  try {
    await dbModule.migrateToLatest(handle.db);
    const record = await dbModule
      .inTransaction(handle.db, async (trx) => {
        const created = await dbModule.createRubric(trx, dbModule.SYSTEM_ACTOR, { document });
        if (!publish) return created;
        return dbModule.publishRubric(trx, dbModule.SYSTEM_ACTOR, {
          rubricId: created.id,
          expectedVersion: created.version,
        });
      })
      .catch((e: unknown) => {
        if (isDomainError(e)) throw new CliError(e.text);
        throw e;
      });
    const r = record.document;
    const items = r.categories.reduce((n, c) => n + c.items.length, 0);
    const head =
      locale === 'zh'
        ? `✓ 已导入${publish ? '并发布' : '为草稿'}：${record.id}（${r.title}，${items}项考核内容，合计${r.total}分）`
        : `✓ Imported ${publish ? 'and published' : 'as a draft'}: ${record.id} (${r.title}, ${items} items, total ${r.total})`;
    const out = [head, ...notes];
    if (problemLines.length > 0) {
      out.push(
        locale === 'zh'
          ? `校验问题${problemLines.length}个（发布前需修正）：`
          : `${problemLines.length} validation problem(s) to fix before publishing:`,
        ...problemLines,
      );
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}
