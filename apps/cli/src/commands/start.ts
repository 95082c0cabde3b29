import { formatCenti, type Locale, rubricItems, toCenti } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';

/**
 * Until the server lands (issue 4) "start" shows the 2011 rubric the product is built on,
 * as a table a person can read in a terminal.
 */
export function start(locale: Locale): number {
  const r = rubric2011;
  const dept = (id: string) => r.departments.find((d) => d.id === id)?.name ?? id;
  const out: string[] = [r.title, ''];
  for (const category of r.categories) {
    const base = category.items.reduce((s, i) => s + toCenti(i.baseScore), 0);
    out.push(`【${category.name}】 ${formatCenti(base)}${locale === 'zh' ? '分' : ' pts'}`);
    for (const item of category.items) {
      out.push(
        `  ${String(item.number).padStart(2)}. [${item.departments.map(dept).join('、')}] ${item.baseScore} — ${item.content}`,
      );
    }
  }
  out.push('', `${locale === 'zh' ? '合计' : 'Subtotal'} ${r.total}`);
  out.push(`${locale === 'zh' ? '加分项' : 'Bonus items'}:`);
  for (const b of r.bonusItems)
    out.push(`  · [${b.department ? dept(b.department) : '—'}] ${b.content}`);
  out.push('', `${rubricItems(r).length} items`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
