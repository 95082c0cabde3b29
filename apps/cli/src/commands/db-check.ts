/**
 * `pnpm kaohe db check` (issue 17): recomputes every assessment's totals with the domain
 * engine from its item scores and live bonus awards, and lists each kept figure
 * (assessment_totals) that differs. Exit 0 when all agree, 1 when any differs.
 */
import { checkTotals, migrateToLatest, type TotalsDifference } from '@kaohe/db';
import { formatCenti, type Locale, type LocalizedText } from '@kaohe/domain';
import { open } from './db.ts';

function fieldName(field: string): LocalizedText {
  const [kind, categoryId, side] = field.split(':');
  switch (kind) {
    case 'selfSubtotal':
      return { zh: '自评合计', en: 'self subtotal' };
    case 'reviewSubtotal':
      return { zh: '合计', en: 'subtotal' };
    case 'bonus':
      return { zh: '加分', en: 'bonus' };
    case 'awarded':
      return { zh: '加分（封顶前）', en: 'bonus before caps' };
    case 'total':
      return { zh: '总计', en: 'grand total' };
    case 'category':
      return side === 'self'
        ? { zh: `类别${categoryId}自评小计`, en: `category ${categoryId} self subtotal` }
        : { zh: `类别${categoryId}考评小计`, en: `category ${categoryId} review subtotal` };
    case 'categories':
      return { zh: '类别个数', en: 'number of categories' };
    default:
      return { zh: '合计记录', en: 'totals row' };
  }
}

function value(v: number | null | undefined, locale: Locale): string {
  if (v === undefined) return locale === 'zh' ? '（缺失）' : '(missing)';
  if (v === null) return locale === 'zh' ? '（空）' : '(empty)';
  return formatCenti(v);
}

export function describeDifference(d: TotalsDifference, locale: Locale): string {
  const name = fieldName(d.field)[locale];
  return locale === 'zh'
    ? `  ${d.unitName}（考核 ${d.assessmentId}）：${name} 保存值 ${value(d.kept, locale)}，按各项得分重算为 ${value(d.expected, locale)}`
    : `  ${d.unitName} (assessment ${d.assessmentId}): ${name} kept ${value(d.kept, locale)}, recomputed from the item scores ${value(d.expected, locale)}`;
}

export async function check(locale: Locale): Promise<number> {
  const { handle } = await open();
  try {
    await migrateToLatest(handle.db);
    const rows = await handle.db
      .selectFrom('assessments')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .execute();
    const count = Number(rows[0]?.n ?? 0);
    const differences = await checkTotals(handle.db);
    if (differences.length === 0) {
      process.stdout.write(
        locale === 'zh'
          ? `检查完成：${count}个考核的合计、类别小计、加分和总计均与各项得分一致\n`
          : `Check complete: the subtotals, category subtotals, bonus and grand totals of ${count} assessment(s) agree with their item scores\n`,
      );
      return 0;
    }
    const assessments = new Set(differences.map((d) => d.assessmentId)).size;
    const lines = differences.slice(0, 50).map((d) => describeDifference(d, locale));
    if (differences.length > lines.length) {
      lines.push(
        locale === 'zh'
          ? `  ……另有${differences.length - lines.length}处`
          : `  … and ${differences.length - lines.length} more`,
      );
    }
    process.stderr.write(
      `${
        locale === 'zh'
          ? `检查发现${assessments}个考核共${differences.length}处与各项得分不一致：`
          : `Check found ${differences.length} difference(s) from the item scores in ${assessments} assessment(s):`
      }\n${lines.join('\n')}\n`,
    );
    return 1;
  } finally {
    await handle.close();
  }
}
