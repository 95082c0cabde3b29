/**
 * The item analytics of one cycle as one report (issue 19): the SQL figures of
 * item-analytics-repository.ts named from the cycle's rubric, for the page, the workbook
 * and the CLI alike. `itemAnalyticsSheets` lays it out as plain tables (Chinese headers:
 * an official table) for @kaohe/rubric-io's exportTablesXlsx.
 */
import { departmentName, findItem, type Rubric } from '@kaohe/domain';
import {
  type CriterionFiguresRow,
  criterionFigures,
  type DepartmentChangeRow,
  departmentChanges,
  type ItemFigures,
  itemFigures,
  type ReturnReasonRow,
  returnReasons,
} from './item-analytics-repository.ts';
import { getRubric } from './rubric-repository.ts';
import type { DbOrTx } from './transaction.ts';

export interface ItemAnalyticsReport {
  cycle: { id: string; name: string; year: number; rubricId: string };
  unitTypeId: string | null;
  items: Array<ItemFigures & { content: string }>;
  departments: Array<DepartmentChangeRow & { departmentName: string }>;
  returnReasons: Array<ReturnReasonRow & { departmentName: string }>;
  criteria: Array<CriterionFiguresRow & { text: string; kind: string }>;
}

export async function itemAnalyticsReport(
  db: DbOrTx,
  q: { cycleId: string; unitTypeId?: string },
): Promise<ItemAnalyticsReport | undefined> {
  const cycle = await db
    .selectFrom('cycles')
    .select(['id', 'name', 'year', 'rubricId'])
    .where('id', '=', q.cycleId)
    .executeTakeFirst();
  if (!cycle) return undefined;
  const rubric: Rubric | undefined = (await getRubric(db, cycle.rubricId))?.document;
  const items = await itemFigures(db, { cycleIds: [cycle.id], unitTypeId: q.unitTypeId });
  const departments = await departmentChanges(db, q);
  const reasons = await returnReasons(db, q);
  const criteria = await criterionFigures(db, q);
  const itemOf = (id: string) => (rubric ? findItem(rubric, id) : undefined);
  return {
    cycle,
    unitTypeId: q.unitTypeId ?? null,
    items: items.map((i) => ({ ...i, content: itemOf(i.itemId)?.content ?? i.itemId })),
    departments: departments.map((d) => ({
      ...d,
      departmentName: rubric ? departmentName(rubric, d.departmentId) : d.departmentId,
    })),
    returnReasons: reasons.map((r) => ({
      ...r,
      departmentName: rubric ? departmentName(rubric, r.departmentId) : r.departmentId,
    })),
    criteria: criteria.map((c) => {
      const criterion = itemOf(c.itemId)?.rule.criteria.find((cr) => cr.id === c.criterionId);
      return { ...c, text: criterion?.text ?? c.criterionId, kind: criterion?.kind ?? '' };
    }),
  };
}

type Cell = string | number | null;
const pct = (v: number | null): Cell => v;
const dec = (v: string | null): Cell => (v === null ? null : Number(v));

/** The report as four tables: items, departments, return reasons, criteria. */
export function itemAnalyticsSheets(report: ItemAnalyticsReport): Array<{
  name: string;
  title: string;
  columns: Array<{ header: string; width: number }>;
  rows: Cell[][];
}> {
  const title = `${report.cycle.name} 项目分析`;
  const numberOf = new Map(report.items.map((i) => [i.itemId, i.number]));
  const col = (header: string, width = 10) => ({ header, width });
  return [
    {
      name: '项目',
      title,
      columns: [
        col('序号', 6),
        col('考核内容', 40),
        col('基本分值'),
        col('单位数'),
        col('已考评'),
        col('满分率'),
        col('零分率'),
        col('平均分'),
        col('标准差'),
        col('考评改分率'),
        col('平均扣减'),
        col('区分度'),
        col('退回次数'),
        col('被退回单位'),
        col('申诉次数'),
        col('佐证文件'),
        col('无佐证单位'),
      ],
      rows: report.items.map((i) => [
        i.number,
        i.content,
        dec(i.baseScore),
        i.units,
        i.reviewed,
        pct(i.fullMarkRate),
        pct(i.zeroRate),
        dec(i.mean),
        dec(i.spread),
        pct(i.changedRate),
        dec(i.meanCut),
        i.discrimination,
        i.returns,
        i.unitsReturned,
        i.appeals,
        i.files,
        i.unitsWithoutEvidence,
      ]),
    },
    {
      name: '部门改分',
      title: `${title}（自评与考评，按部门）`,
      columns: [
        col('部门', 20),
        col('序号', 6),
        col('比对项数'),
        col('改分次数'),
        col('改分率'),
        col('平均扣减'),
      ],
      rows: report.departments.map((d) => [
        d.departmentName,
        d.itemId === null ? '全部' : (numberOf.get(d.itemId) ?? d.itemId),
        d.compared,
        d.changedCount,
        pct(d.changedRate),
        dec(d.meanCut),
      ]),
    },
    {
      name: '退回理由',
      title: `${title}（退回理由）`,
      columns: [col('序号', 6), col('部门', 16), col('理由', 50), col('次数')],
      rows: report.returnReasons.map((r) => [
        numberOf.get(r.itemId) ?? r.itemId,
        r.departmentName,
        r.reason,
        r.count,
      ]),
    },
    {
      name: '评分标准',
      title: `${title}（评分标准）`,
      columns: [
        col('序号', 6),
        col('评分标准', 40),
        col('已填写'),
        col('达到率'),
        col('否决率'),
        col('平均次数'),
        col('平均分'),
        col('平均比率%'),
        col('各档次数', 30),
      ],
      rows: report.criteria.map((c) => [
        numberOf.get(c.itemId) ?? c.itemId,
        c.text,
        c.answered,
        pct(c.metRate),
        pct(c.triggeredRate),
        dec(c.meanCount),
        dec(c.meanValue),
        dec(c.meanRatePercent),
        Object.entries(c.levels)
          .map(([id, n]) => `${id || '无'}:${n}`)
          .join(' '),
      ]),
    },
  ];
}
