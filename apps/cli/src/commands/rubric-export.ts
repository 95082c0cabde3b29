/**
 * `pnpm kaohe rubric export YEAR [--draft] [--id ID] [--format json|xlsx] [--out FILE]`:
 * a rubric from the configured database (PGlite in KAOHE_DATA_DIR, or DATABASE_URL), the
 * year's published one or with --draft its newest draft, written by the same writers as
 * the server's downloads (the JSON exchange format, the official xlsx). The built-in 2011
 * table stands in only when no database is set up (no data folder, or a database without
 * any rubric), and stderr says so. Reading never migrates nor creates a data folder.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { appliedMigrations, getRubric, listRubrics, type RubricSummary } from '@kaohe/db';
import type { DbHandle } from '@kaohe/db/client';
import { type Locale, type LocalizedText, type Rubric, toExchange } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { exportRubricXlsx } from '@kaohe/rubric-io';
import { CliError } from '../output.ts';
import { cliConfig, open } from './db.ts';

const USAGE: LocalizedText = {
  zh: '用法：pnpm kaohe rubric export <年度> [--draft] [--id 考核表ID] [--format json|xlsx] [--out 文件]',
  en: 'Usage: pnpm kaohe rubric export <year> [--draft] [--id RUBRIC_ID] [--format json|xlsx] [--out FILE]',
};

const FORMATS = ['json', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

interface ExportOptions {
  year: number | undefined;
  draft: boolean;
  id: string | undefined;
  format: Format;
  out: string | undefined;
}

const fail = (text: LocalizedText): never => {
  throw new CliError({ zh: `${text.zh}\n${USAGE.zh}`, en: `${text.en}\n${USAGE.en}` });
};

export function parseExportArgs(args: string[]): ExportOptions {
  const positional: string[] = [];
  const values = new Map<string, string>();
  let draft = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--draft') draft = true;
    else if (a === '--id' || a === '--format' || a === '--out') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) {
        fail({ zh: `${a} 需要一个值`, en: `${a} needs a value` });
      }
      values.set(a, value!);
    } else if (a.startsWith('--')) fail({ zh: `未知选项：${a}`, en: `Unknown option: ${a}` });
    else positional.push(a);
  }
  const id = values.get('--id');
  if (positional.length > 1) {
    fail({
      zh: `多余的参数：${positional.slice(1).join(' ')}`,
      en: `Extra arguments: ${positional.slice(1).join(' ')}`,
    });
  }
  if (positional.length === 0 && id === undefined) {
    fail({ zh: '请指定考核年度，例如：2011', en: 'Give the year, e.g. 2011' });
  }
  const yearText = positional[0];
  if (yearText !== undefined && !/^\d{4}$/.test(yearText)) {
    fail({ zh: `考核年度格式不正确：${yearText}`, en: `Not a year: ${yearText}` });
  }
  if (draft && id !== undefined) {
    fail({
      zh: '--draft 与 --id 不能同时使用（--id 已指定了哪一份考核表）',
      en: '--draft and --id do not go together (--id already names the rubric)',
    });
  }
  const out = values.get('--out');
  const fromOut = out === undefined ? undefined : extname(out).slice(1).toLowerCase();
  const formatText = values.get('--format') ?? (fromOut === 'xlsx' ? 'xlsx' : 'json');
  if (!(FORMATS as readonly string[]).includes(formatText)) {
    fail({
      zh: `--format 只能是 json 或 xlsx，而不是「${formatText}」（.docx 和 .txt 只能导入，不能导出）`,
      en: `--format is json or xlsx, not "${formatText}" (.docx and .txt are import-only)`,
    });
  }
  const format = formatText as Format;
  if (
    fromOut !== undefined &&
    (FORMATS as readonly string[]).includes(fromOut) &&
    fromOut !== format
  ) {
    fail({
      zh: `--format ${format} 与输出文件的扩展名 .${fromOut} 不一致`,
      en: `--format ${format} does not match the output file's extension .${fromOut}`,
    });
  }
  return { year: yearText === undefined ? undefined : Number(yearText), draft, id, format, out };
}

interface Found {
  document: Rubric;
  status: 'draft' | 'published' | 'archived';
  /** Said on stderr: where the rubric came from when that is not the obvious. */
  notes: LocalizedText[];
}

const when = (d: Date | string) => new Date(d).toISOString().replace('T', ' ').slice(0, 19);
const line = (r: RubricSummary) => `  ${r.id}  ${r.title}  (${when(r.createdAt)})`;

/** The built-in 2011 table, said to be that, when there is no database to read. */
function builtIn(options: ExportOptions, why: LocalizedText): Found {
  if (options.id !== undefined) {
    throw new CliError({
      zh: `找不到考核表「${options.id}」：${why.zh}`,
      en: `No rubric "${options.id}": ${why.en}`,
    });
  }
  if (options.draft) {
    throw new CliError({
      zh: `没有${options.year}年度的草稿：${why.zh}`,
      en: `There is no draft for ${options.year}: ${why.en}`,
    });
  }
  if (options.year !== rubric2011.year) {
    throw new CliError({
      zh: `没有${options.year}年度的考核表：${why.zh}，内置的只有2011年度考核表`,
      en: `There is no rubric for ${options.year}: ${why.en}; the only built-in rubric is 2011's`,
    });
  }
  return {
    document: rubric2011,
    status: 'published',
    notes: [
      {
        zh: `${why.zh}，输出的是内置的2011年度考核表`,
        en: `${why.en}; this is the built-in 2011 rubric`,
      },
    ],
  };
}

/** The rubric the options name, or undefined when the database holds no rubric at all. */
async function fromDatabase(
  db: DbHandle['db'],
  options: ExportOptions,
): Promise<Found | undefined> {
  // Never migrated: nothing has been set up in it yet.
  if ((await appliedMigrations(db)).length === 0) return undefined;
  const all = await listRubrics(db);
  if (all.length === 0) return undefined;

  const load = async (id: string, notes: LocalizedText[] = []): Promise<Found> => {
    const record = await getRubric(db, id);
    if (!record) {
      throw new CliError({ zh: `找不到考核表「${id}」`, en: `No rubric "${id}"` });
    }
    if (options.year !== undefined && record.year !== options.year) {
      throw new CliError({
        zh: `考核表「${id}」是${record.year}年度的，不是${options.year}年度的`,
        en: `Rubric "${id}" is for ${record.year}, not ${options.year}`,
      });
    }
    return { document: record.document, status: record.status, notes };
  };
  if (options.id !== undefined) return load(options.id);

  const year = options.year!;
  const ofYear = all.filter((r) => r.year === year);
  // listRubrics gives the newest first.
  const drafts = ofYear.filter((r) => r.status === 'draft');
  const published = ofYear.find((r) => r.status === 'published');
  const archived = ofYear.filter((r) => r.status === 'archived');
  if (ofYear.length === 0) {
    const years = [...new Set(all.map((r) => r.year))].sort();
    throw new CliError({
      zh: `没有${year}年度的考核表（数据库中有：${years.join('、')}年度）`,
      en: `There is no rubric for ${year} (the database has: ${years.join(', ')})`,
    });
  }
  if (!options.draft) {
    if (published) return load(published.id);
    const hints: LocalizedText[] = [];
    if (drafts.length > 0) {
      hints.push({
        zh: `有${drafts.length}份草稿，加上 --draft 导出最新的一份`,
        en: `${drafts.length} draft(s) exist; add --draft to export the newest`,
      });
    }
    if (archived.length > 0) {
      hints.push({
        zh: `已归档的考核表可用 --id 指定导出：\n${archived.map(line).join('\n')}`,
        en: `An archived rubric exports with --id:\n${archived.map(line).join('\n')}`,
      });
    }
    throw new CliError({
      zh: `${year}年度的考核表尚未发布：${hints.map((h) => h.zh).join('；')}`,
      en: `The ${year} rubric is not published: ${hints.map((h) => h.en).join('; ')}`,
    });
  }
  if (drafts.length === 0) {
    throw new CliError(
      published
        ? {
            zh: `${year}年度没有草稿；已发布的考核表去掉 --draft 即可导出`,
            en: `There is no draft for ${year}; export the published rubric without --draft`,
          }
        : { zh: `${year}年度没有草稿`, en: `There is no draft for ${year}` },
    );
  }
  const [newest, ...others] = drafts as [RubricSummary, ...RubricSummary[]];
  const notes: LocalizedText[] = [];
  if (others.length > 0) {
    notes.push({
      zh: `${year}年度有${drafts.length}份草稿，导出的是最新创建的一份：\n${line(newest)}\n其余草稿（用 --id 指定）：\n${others.map(line).join('\n')}`,
      en: `${year} has ${drafts.length} drafts; this is the newest created:\n${line(newest)}\nThe others (name one with --id):\n${others.map(line).join('\n')}`,
    });
  }
  return load(newest.id, notes);
}

export async function exportRubricCommand(locale: Locale, args: string[]): Promise<number> {
  const options = parseExportArgs(args);
  const config = cliConfig();
  const pgliteDir = join(config.dataDir, 'pglite');
  let found: Found;
  if (!config.databaseUrl && !existsSync(pgliteDir)) {
    found = builtIn(options, {
      zh: `未设置数据库（没有数据目录 ${pgliteDir}，也没有设置 DATABASE_URL）`,
      en: `No database is set up (no data folder ${pgliteDir}, and DATABASE_URL is not set)`,
    });
  } else {
    const { handle } = await open();
    try {
      found =
        (await fromDatabase(handle.db, options)) ??
        builtIn(options, { zh: '数据库中还没有考核表', en: 'The database holds no rubric yet' });
    } finally {
      await handle.close();
    }
  }
  for (const note of found.notes) process.stderr.write(`${note[locale]}\n`);

  const { document } = found;
  const body =
    options.format === 'json'
      ? `${JSON.stringify(toExchange(document), null, 2)}\n`
      : await exportRubricXlsx(document);
  if (options.format === 'json' && options.out === undefined) {
    process.stdout.write(body);
    return 0;
  }
  const draft = found.status === 'draft';
  const file = resolve(options.out ?? `rubric-${document.year}${draft ? '-draft' : ''}.xlsx`);
  try {
    writeFileSync(file, body);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError({ zh: `无法写入文件 ${file}：${why}`, en: `Cannot write ${file}: ${why}` });
  }
  const status = {
    draft: { zh: '（草稿）', en: ' (draft)' },
    published: { zh: '', en: '' },
    archived: { zh: '（已归档）', en: ' (archived)' },
  }[found.status];
  process.stdout.write(
    locale === 'zh'
      ? `✓ 已导出${document.title}${status.zh}：${file}\n`
      : `✓ Exported ${document.title}${status.en}: ${file}\n`,
  );
  return 0;
}
