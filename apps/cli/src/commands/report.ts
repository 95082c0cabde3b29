/**
 * `pnpm kaohe report ranking --year 2011 [--format xlsx|json] [--out FILE] [--unit-type ID]
 * [--cycle ID]`: the ranking of a year's cycle, as the server's report and download give
 * it (same SQL, same workbook writer). JSON goes to stdout unless --out names a file; an
 * xlsx is always written to a file (default ranking-<year>.xlsx).
 *
 * `pnpm kaohe report items --year 2011 […the same options]`: the item analytics of the
 * year's cycle (issue 19), as the analytics page and its download give them; in the JSON
 * `items` is a row per item with `number` (序号) and `fullMarkRate` (0 to 1) among the
 * other figures (default file items-<year>.xlsx).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  getRubric,
  itemAnalyticsReport,
  itemAnalyticsSheets,
  listUnitTypes,
  rankingReport,
} from '@kaohe/db';
import type { Locale } from '@kaohe/domain';
import { exportRankingXlsx, exportTablesXlsx } from '@kaohe/rubric-io';
import { CliError } from '../output.ts';
import { open } from './db.ts';

type Handle = Awaited<ReturnType<typeof open>>['handle'];

const usage = (report: string) => ({
  zh: `用法：pnpm kaohe report ${report} --year <年度> [--format xlsx|json] [--out 文件] [--unit-type 单位类型] [--cycle 周期ID]`,
  en: `Usage: pnpm kaohe report ${report} --year <year> [--format xlsx|json] [--out FILE] [--unit-type ID] [--cycle ID]`,
});

interface RankingOptions {
  year: number;
  format: 'json' | 'xlsx';
  out?: string;
  unitTypeId?: string;
  cycleId?: string;
}

const FLAGS = new Set(['--year', '--format', '--out', '--unit-type', '--cycle']);

export function parseRankingArgs(args: string[], report = 'ranking'): RankingOptions {
  const USAGE = usage(report);
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    const value = args[i + 1];
    if (!FLAGS.has(flag) || value === undefined || value.startsWith('--')) {
      throw new CliError({
        zh: `无法识别的参数：${flag}\n${USAGE.zh}`,
        en: `Unrecognised argument: ${flag}\n${USAGE.en}`,
      });
    }
    values[flag] = value;
    i++;
  }
  const year = Number(values['--year']);
  if (!Number.isInteger(year) || year < 2000 || year > 2999) {
    throw new CliError({
      zh: `请用 --year 指定年度（如 2011）\n${USAGE.zh}`,
      en: `Give the year with --year (such as 2011)\n${USAGE.en}`,
    });
  }
  const format = values['--format'] ?? 'json';
  if (format !== 'json' && format !== 'xlsx') {
    throw new CliError({
      zh: `--format 只能是 xlsx 或 json，而不是「${format}」`,
      en: `--format is xlsx or json, not "${format}"`,
    });
  }
  return {
    year,
    format,
    out: values['--out'],
    unitTypeId: values['--unit-type'],
    cycleId: values['--cycle'],
  };
}

/** The year's one cycle (or the one --cycle names) and the unit types, checked. */
async function cycleOfYear(db: Handle['db'], options: RankingOptions) {
  const cycles = await db
    .selectFrom('cycles')
    .select(['id', 'name', 'year', 'rubricId'])
    .where('year', '=', options.year)
    .$if(options.cycleId !== undefined, (q) => q.where('id', '=', options.cycleId!))
    .orderBy('createdAt')
    .execute();
  if (cycles.length === 0) {
    throw new CliError({
      zh: `没有${options.year}年度的考核周期${options.cycleId ? `「${options.cycleId}」` : ''}`,
      en: `There is no ${options.year} cycle${options.cycleId ? ` "${options.cycleId}"` : ''}`,
    });
  }
  if (cycles.length > 1) {
    const list = cycles.map((c) => `  ${c.id}  ${c.name}`).join('\n');
    throw new CliError({
      zh: `${options.year}年度有多个考核周期，请用 --cycle 指定其一：\n${list}`,
      en: `${options.year} has more than one cycle; name one with --cycle:\n${list}`,
    });
  }
  const cycle = cycles[0]!;
  const types = await listUnitTypes(db);
  if (options.unitTypeId !== undefined && !types.some((t) => t.id === options.unitTypeId)) {
    throw new CliError({
      zh: `没有单位类型「${options.unitTypeId}」（可选：${types.map((t) => t.id).join('、')}）`,
      en: `No unit type "${options.unitTypeId}" (choose from: ${types.map((t) => t.id).join(', ')})`,
    });
  }
  return { cycle, types };
}

export async function reportRanking(locale: Locale, args: string[]): Promise<number> {
  const options = parseRankingArgs(args);
  const { handle } = await open();
  try {
    const { cycle, types } = await cycleOfYear(handle.db, options);
    const typeName = (id: string) => types.find((t) => t.id === id)?.name ?? id;
    const rows = await rankingReport(handle.db, {
      cycleId: cycle.id,
      unitTypeId: options.unitTypeId,
    });

    if (options.format === 'json') {
      const text = `${JSON.stringify(
        {
          cycle: { id: cycle.id, name: cycle.name, year: cycle.year },
          unitTypeId: options.unitTypeId ?? null,
          rows,
        },
        null,
        2,
      )}\n`;
      if (options.out === undefined) {
        process.stdout.write(text);
        return 0;
      }
      writeFileSync(resolve(options.out), text);
    } else {
      const suffix = options.unitTypeId ? `（${typeName(options.unitTypeId)}）` : '';
      // Blocks in the rubric's order of unit types, as the reports page shows them.
      const rubric = await getRubric(handle.db, cycle.rubricId);
      const body = await exportRankingXlsx({
        title: `${cycle.name} 排名${suffix}`,
        unitTypes: [...(rubric?.document.unitTypes ?? []), ...types],
        rows,
      });
      writeFileSync(resolve(options.out ?? `ranking-${options.year}.xlsx`), body);
    }
    const file = resolve(options.out ?? `ranking-${options.year}.xlsx`);
    const ranked = rows.filter((r) => r.rank !== null).length;
    process.stdout.write(
      locale === 'zh'
        ? `已写入 ${file}（${rows.length}个单位，其中${ranked}个已审定并排名）\n`
        : `Wrote ${file} (${rows.length} units, ${ranked} approved and ranked)\n`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

export async function reportItems(locale: Locale, args: string[]): Promise<number> {
  const options = parseRankingArgs(args, 'items');
  const { handle } = await open();
  try {
    const { cycle } = await cycleOfYear(handle.db, options);
    const report = (await itemAnalyticsReport(handle.db, {
      cycleId: cycle.id,
      unitTypeId: options.unitTypeId,
    }))!;
    const file = resolve(options.out ?? `items-${options.year}.xlsx`);
    if (options.format === 'json') {
      const text = `${JSON.stringify(report, null, 2)}\n`;
      if (options.out === undefined) {
        process.stdout.write(text);
        return 0;
      }
      writeFileSync(file, text);
    } else {
      writeFileSync(file, await exportTablesXlsx(itemAnalyticsSheets(report)));
    }
    process.stdout.write(
      locale === 'zh'
        ? `已写入 ${file}（${report.items.length}个项目）\n`
        : `Wrote ${file} (${report.items.length} items)\n`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}
