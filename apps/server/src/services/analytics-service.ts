/**
 * Item analytics and the what-if re-score (issue 19). Both only read: the figures come
 * from SQL (@kaohe/db item-analytics-*), the re-score from the domain engine over the
 * recorded answers (@kaohe/domain what-if.ts). Nothing here writes.
 */
import {
  type DbOrTx,
  getRubric,
  type ItemAnalyticsReport,
  itemAnalyticsReport,
  itemFigures,
  listGradeBands,
  recordedAnswers,
} from '@kaohe/db';
import {
  assignGrades,
  DomainError,
  formatCenti,
  type ItemInputs,
  type Rubric,
  rubricItems,
  whatIfRescore,
} from '@kaohe/domain';
import { sql } from 'kysely';
import { loadRubric } from './rubric-service.ts';

const CYCLE_NOT_FOUND = { zh: '找不到该考核周期', en: 'Cycle not found' };

/**
 * A cycle's figures change only through an audited write to one of its assessments (every
 * score, review, return, evidence file and workflow step is one) or to the organisation
 * (a unit's name or type): kept in this process per cycle and unit type, under the newest
 * such event, so a finished cycle's figures are computed once, not at every look (at
 * 10,000 units they take seconds: docs/benchmarks.md). The what-if's recorded answers are
 * kept the same way, per cycle: every re-score of a draft reads them again.
 */
const keptByDb = new WeakMap<object, Map<string, { stamp: string; value: unknown }>>();
const KEPT_VALUES = 20;

async function analyticsStamp(db: DbOrTx, cycleId: string): Promise<string> {
  // One query after the other: inside a transaction PGlite runs one at a time.
  const ofCycle = await db
    .selectFrom('auditEvents as e')
    .innerJoin('assessments as a', 'a.id', 'e.assessmentId')
    .select(sql<string>`coalesce(max(e.id), 0)::text`.as('id'))
    .where('a.cycleId', '=', cycleId)
    .executeTakeFirst();
  const ofOrganisation = await db
    .selectFrom('auditEvents')
    .select(sql<string>`coalesce(max(id), 0)::text`.as('id'))
    .where('entityType', 'in', ['unit', 'unitType', 'department', 'organisation'])
    .executeTakeFirst();
  return `${ofCycle?.id ?? 0}:${ofOrganisation?.id ?? 0}`;
}

/** What `compute` gives for a cycle, kept until the cycle's stamp moves. */
async function keptForCycle<T>(
  db: DbOrTx,
  cycleId: string,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  // Per database (a test process opens several; a transaction is its own and keeps nothing).
  const kept = keptByDb.get(db) ?? new Map<string, { stamp: string; value: unknown }>();
  keptByDb.set(db, kept);
  const stamp = await analyticsStamp(db, cycleId);
  const hit = kept.get(key);
  if (hit?.stamp === stamp) return hit.value as T;
  const value = await compute();
  kept.delete(key);
  kept.set(key, { stamp, value });
  // The oldest computed first out (a Map keeps insertion order).
  if (kept.size > KEPT_VALUES) kept.delete(kept.keys().next().value!);
  return value;
}

export function loadItemAnalytics(
  db: DbOrTx,
  q: { cycleId: string; unitTypeId?: string },
): Promise<ItemAnalyticsReport> {
  return keptForCycle(
    db,
    q.cycleId,
    `report\u0000${q.cycleId}\u0000${q.unitTypeId ?? ''}`,
    async () => {
      const report = await itemAnalyticsReport(db, q);
      if (!report) throw new DomainError('NOT_FOUND', CYCLE_NOT_FOUND);
      return report;
    },
  );
}

/**
 * Last year's figures for the editor of a rubric: the newest cycle of an earlier year that
 * has review scores (by stable item id, so a renumbered item keeps its history); null
 * without one. A cycle still before its reviews (next year's rubric is often written while
 * this year's cycle runs) has no figures to show, so the one before it speaks.
 */
export async function lastYearFigures(db: DbOrTx, rubricId: string) {
  const rubric = await loadRubric(db, rubricId);
  const cycle = await db
    .selectFrom('cycles')
    .select(['id', 'name', 'year'])
    .where('year', '<', rubric.year)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('itemScores')
          .innerJoin('assessments', 'assessments.id', 'itemScores.assessmentId')
          .whereRef('assessments.cycleId', '=', 'cycles.id')
          .where('itemScores.reviewScore', 'is not', null)
          .select('itemScores.assessmentId'),
      ),
    )
    .orderBy('year', 'desc')
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
  if (!cycle) return { cycle: null, items: [] };
  const rows = await itemFigures(db, { cycleIds: [cycle.id] });
  return {
    cycle,
    items: rows.map((r) => ({
      itemId: r.itemId,
      number: r.number,
      reviewed: r.reviewed,
      fullMarkRate: r.fullMarkRate,
      meanCut: r.meanCut,
      changedRate: r.changedRate,
      returns: r.returns,
    })),
  };
}

/** One item (by stable id) across every cycle, oldest first. */
export async function itemTrend(db: DbOrTx, itemId: string) {
  const rows = await itemFigures(db, { itemId });
  const cycles = await db.selectFrom('cycles').select(['id', 'name', 'year']).execute();
  const byId = new Map(cycles.map((c) => [c.id, c]));
  return rows.map((r) => ({
    ...r,
    cycleName: byId.get(r.cycleId)?.name ?? r.cycleId,
    year: byId.get(r.cycleId)?.year ?? 0,
  }));
}

/** The what-if of a draft over a cycle's recorded answers, totals as decimal text. */
export async function whatIf(db: DbOrTx, q: { cycleId: string; rubricId: string }) {
  const cycle = await db
    .selectFrom('cycles')
    .select(['id', 'name', 'year', 'rubricId'])
    .where('id', '=', q.cycleId)
    .executeTakeFirst();
  if (!cycle) throw new DomainError('NOT_FOUND', CYCLE_NOT_FOUND);
  const from: Rubric = (await getRubric(db, cycle.rubricId))!.document;
  const draftRecord = await loadRubric(db, q.rubricId);
  const draft = draftRecord.document;
  const answers = await keptForCycle(db, cycle.id, `answers\u0000${cycle.id}`, () =>
    recordedAnswers(db, cycle.id),
  );
  const result = whatIfRescore(
    from,
    draft,
    answers.map((a) => ({ ...a, inputs: a.inputs as Record<string, ItemInputs> })),
  );
  // 等次 under the cycle's bands, of the real totals and of the re-scored ones, each among
  // the approved units of its type (the ranking's rule: assignGrades over the type).
  const realGrade = new Map<string, string | null>();
  const whatIfGrade = new Map<string, string | null>();
  for (const { unitTypeId, bands } of await listGradeBands(db, cycle.id)) {
    const ofType = result.units.filter((u) => u.unitTypeId === unitTypeId && u.approved);
    const grade = (
      total: (u: (typeof ofType)[number]) => number,
      into: Map<string, string | null>,
    ) => {
      const graded = assignGrades(
        bands,
        ofType.map((u) => ({ id: u.assessmentId, total: total(u) })),
      );
      for (const [id, g] of graded) into.set(id, g);
    };
    grade((u) => u.realTotal, realGrade);
    grade((u) => u.whatIfTotal, whatIfGrade);
  }
  const unitTypes = [
    ...draft.unitTypes,
    ...from.unitTypes.filter((t) => !draft.unitTypes.some((d) => d.id === t.id)),
  ];
  return {
    cycle: { id: cycle.id, name: cycle.name, year: cycle.year },
    rubric: {
      id: draftRecord.id,
      year: draftRecord.year,
      title: draft.title,
      status: draftRecord.status,
    },
    unitTypes,
    itemCount: rubricItems(draft).length,
    items: result.items.map((i) => ({ ...i, totalDelta: formatCenti(i.totalDelta) })),
    units: result.units.map((u) => ({
      ...u,
      realTotal: formatCenti(u.realTotal),
      whatIfTotal: formatCenti(u.whatIfTotal),
      realGrade: realGrade.get(u.assessmentId) ?? null,
      whatIfGrade: whatIfGrade.get(u.assessmentId) ?? null,
      changedItems: u.changedItems.map((c) => ({
        ...c,
        real: formatCenti(c.real),
        whatIf: formatCenti(c.whatIf),
      })),
    })),
  };
}

export type WhatIfView = Awaited<ReturnType<typeof whatIf>>;

const STATUS_ZH: Record<WhatIfView['items'][number]['status'], string> = {
  unchanged: '未变',
  rescored: '已重算',
  flagged: '无法完全重算',
  added: '新增',
  removed: '删除',
};

/** The what-if as plain tables (Chinese headers) for exportTablesXlsx. */
export function whatIfSheets(view: WhatIfView) {
  const title = `${view.rubric.title}：按${view.cycle.name}的评分重算`;
  const typeName = (id: string) => view.unitTypes.find((t) => t.id === id)?.name ?? id;
  const col = (header: string, width = 10) => ({ header, width });
  const num = (s: string | null) => (s === null ? null : Number(s));
  return [
    {
      name: '排名对比',
      title,
      columns: [
        col('单位类型', 14),
        col('单位', 30),
        col('实际总计'),
        col('实际排名'),
        col('重算总计'),
        col('重算排名'),
        col('名次变化'),
        col('实际等次'),
        col('重算等次'),
        col('影响项目（序号：实际→重算）', 50),
      ],
      rows: view.units.map((u) => [
        typeName(u.unitTypeId),
        u.unitName,
        num(u.realTotal),
        u.realRank ?? '未审定',
        num(u.whatIfTotal),
        u.whatIfRank ?? '未审定',
        u.realRank !== null && u.whatIfRank !== null ? u.realRank - u.whatIfRank : null,
        u.realGrade ?? '',
        u.whatIfGrade ?? '',
        u.changedItems.map((c) => `${c.number}：${c.real}→${c.whatIf}`).join('；'),
      ]),
    },
    {
      name: '项目',
      title: `${title}（项目）`,
      columns: [
        col('序号', 6),
        col('原序号', 8),
        col('考核内容', 40),
        col('状态', 14),
        col('无答案的评分标准', 20),
        col('得分变化单位数'),
        col('得分变化合计'),
        col('需核对单位数'),
      ],
      rows: view.items.map((i) => [
        i.newNumber,
        i.oldNumber,
        i.content,
        STATUS_ZH[i.status],
        i.uncoveredCriteria.join('、'),
        i.unitsChanged,
        num(i.totalDelta),
        i.unitsFlagged,
      ]),
    },
  ];
}
