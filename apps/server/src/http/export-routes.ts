/**
 * Excel downloads of the results (issue 7), under /api/export, with the same session and
 * CSRF rules as the evidence routes (downloads are GETs: nothing here writes).
 *
 *   GET /assessment/:assessmentId.xlsx   one unit's 考核表: chairman/admin; the unit itself once approved
 *   GET /ranking.xlsx?cycleId=&unitTypeId=   chairman/admin
 *   GET /matrix.xlsx?cycleId=&unitTypeId=    units × items, 自评 and 考评: chairman/admin
 *   GET /review-grid.xlsx?cycleId=           a department: its own review grid only
 *   GET /results-notice.xlsx|.docx?cycleId=&date=   考核结果通报 (decision 022): chairman/admin
 *   GET /audit-log.xlsx?q=&action=&unit=&from=&to=   the admin: the audit log as filtered
 *   GET /item-analytics.xlsx?cycleId=&unitTypeId=   item analytics (issue 19): chairman/admin
 *   GET /what-if.xlsx?cycleId=&rubricId=     a draft's what-if re-score: admin
 *
 * The figures of the unit's sheet are the domain's: the stored item scores (each computed
 * by the engine when saved), summed in hundredths, and the bonus through scoreBonus.
 */
import {
  getRubric,
  itemAnalyticsSheets,
  listHonoursBars,
  listUnitTypes,
  rankingReport,
  reportMatrix,
  reviewGrid,
} from '@kaohe/db';
import {
  type Actor,
  DomainError,
  formatCenti,
  type LocalizedText,
  MAX_SEARCH_LENGTH,
  rubricItems,
  scoreBonus,
  toCenti,
} from '@kaohe/domain';
import {
  exportAssessmentXlsx,
  exportMatrixXlsx,
  exportRankingXlsx,
  exportResultsNoticeDocx,
  exportResultsNoticeXlsx,
  exportReviewGridXlsx,
  exportTablesXlsx,
  type ResultsNoticeData,
} from '@kaohe/rubric-io';
import { isResultStage } from '@kaohe/workflow';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../context.ts';
import { loadItemAnalytics, whatIf, whatIfSheets } from '../services/analytics-service.ts';
import { assertCanRead, loadAssessment } from '../services/assessment-access.ts';
import { AuditLogFilterSchema, auditLogXlsx } from '../services/audit-log.ts';
import { overdueWork } from '../services/deadline-service.ts';
import { actorOfRequest } from './request-actor.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const Id = z.string().trim().min(1).max(64);
const CycleQuery = z.object({ cycleId: Id, unitTypeId: Id.optional() });

function requireRole(actor: Actor, roles: Actor['role'][], text: LocalizedText): void {
  if (!roles.includes(actor.role)) throw new DomainError('FORBIDDEN', text);
}

const CHAIRMAN_ONLY = {
  zh: '此导出仅限主席室和管理员',
  en: "Only the chairman's office and the administrator may export this",
};

function sendXlsx(reply: FastifyReply, fileName: string, body: Buffer, type = XLSX) {
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

async function cycleOf(deps: AppDeps, cycleId: string) {
  const cycle = await deps.db
    .selectFrom('cycles')
    .select(['id', 'name', 'year', 'rubricId'])
    .where('id', '=', cycleId)
    .executeTakeFirst();
  if (!cycle) throw new DomainError('NOT_FOUND', { zh: '找不到该考核周期', en: 'Cycle not found' });
  return cycle;
}

async function unitTypeNames(deps: AppDeps): Promise<(id: string) => string> {
  const names = new Map((await listUnitTypes(deps.db)).map((t) => [t.id, t.name]));
  return (id) => names.get(id) ?? id;
}

/**
 * The ranking's blocks follow the unit types in the cycle's rubric order, as the reports
 * page shows them; a type only the organisation has comes after.
 */
async function rankingUnitTypes(deps: AppDeps, rubricId: string) {
  const rubric = await getRubric(deps.db, rubricId);
  return [...(rubric?.document.unitTypes ?? []), ...(await listUnitTypes(deps.db))];
}

/** File names keep the cycle's own name; characters a file system refuses become "_". */
const safeName = (s: string) =>
  [...s].map((ch) => ('\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 32 ? '_' : ch)).join('');

/** The date under the notice's signature: the one asked for, else today in the federation's time zone. */
function noticeDate(date: string | undefined, now: Date): string {
  const [y, m, d] = (date ?? new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10))
    .split('-')
    .map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * 考核结果通报: the ranking by unit type with grades and the honours bar, as both files
 * write it; why a unit is barred in words (the veto items by number, the conditions named
 * by hand).
 */
async function resultsNotice(
  deps: AppDeps,
  cycleId: string,
  date: string | undefined,
): Promise<ResultsNoticeData> {
  const cycle = await cycleOf(deps, cycleId);
  const rubric = await getRubric(deps.db, cycle.rubricId);
  const numberOf = new Map(
    (rubric ? rubricItems(rubric.document) : []).map(({ item }) => [item.id, item.number]),
  );
  const rows = await rankingReport(deps.db, { cycleId });
  const bars = (await listHonoursBars(deps.db, { cycleId })).filter((b) => b.liftedAt === null);
  return {
    title: `${cycle.name} 考核结果通报`,
    unitTypes: await rankingUnitTypes(deps, cycle.rubricId),
    rows: rows.map((r) => {
      const notes = [
        ...(r.vetoedItemIds.length > 0
          ? [`一票否决：${r.vetoedItemIds.map((id) => `第${numberOf.get(id) ?? id}项`).join('、')}`]
          : []),
        ...bars.filter((b) => b.assessmentId === r.assessmentId).map((b) => b.condition),
      ];
      return { ...r, honoursNote: notes.length > 0 ? notes.join('；') : null };
    }),
    signatory: '主席室',
    date: noticeDate(date, deps.now()),
  };
}

const NoticeQuery = z.object({
  cycleId: Id,
  date: z.iso.date().optional(),
});

export function exportRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    app.get('/assessment/:file', async (request, reply) => {
      const { file } = z
        .object({ file: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\.xlsx$/) })
        .parse(request.params);
      const assessmentId = file.slice(0, -'.xlsx'.length);
      const actor = await actorOfRequest(deps, request);
      const loaded = await loadAssessment(deps.db, assessmentId);
      assertCanRead(actor, loaded);
      if (actor.role === 'department') throw new DomainError('FORBIDDEN', CHAIRMAN_ONLY);
      if (actor.role === 'unit' && !isResultStage(loaded.view.stage)) {
        throw new DomainError('FORBIDDEN', {
          zh: '考核结果审定后才能导出考核表',
          en: 'The assessment sheet can be exported once the results are approved',
        });
      }
      const { detail, rubric } = loaded;
      const unit = await deps.db
        .selectFrom('units')
        .select('name')
        .where('id', '=', detail.assessment.unitId)
        .executeTakeFirstOrThrow();
      const departmentName = (id: string) =>
        rubric.departments.find((d) => d.id === id)?.name ?? id;

      let subtotal: number | null = null;
      const items: Record<string, { reviewScore: string | null; remarks: string | null }> = {};
      for (const item of detail.items) {
        if (item.reviewScore !== null) subtotal = (subtotal ?? 0) + toCenti(item.reviewScore);
        const remarks = item.reviews.filter((r) => r.remarks);
        items[item.itemId] = {
          reviewScore: item.reviewScore,
          // Two departments' remarks on one item name who wrote which.
          remarks:
            remarks.length === 0
              ? null
              : remarks.length === 1
                ? remarks[0]!.remarks
                : remarks.map((r) => `${departmentName(r.departmentId)}：${r.remarks}`).join('\n'),
        };
      }
      const awards = detail.bonusAwards.filter((b) => b.revokedAt === null);
      const bonus = scoreBonus(rubric, awards);
      const bonusItems: Record<string, { counted: string; reasons: string[] }> = {};
      for (const b of bonus.items) {
        bonusItems[b.bonusItemId] = {
          counted: formatCenti(b.counted),
          reasons: awards.filter((a) => a.bonusItemId === b.bonusItemId).map((a) => a.reason),
        };
      }
      const body = await exportAssessmentXlsx({
        rubric,
        unitName: unit.name,
        items,
        subtotal: subtotal === null ? null : formatCenti(subtotal),
        bonusItems,
        bonus: formatCenti(bonus.total),
        total: subtotal === null ? null : formatCenti(subtotal + bonus.total),
      });
      return sendXlsx(reply, safeName(`${rubric.title}-${unit.name}.xlsx`), body);
    });

    app.get('/ranking.xlsx', async (request, reply) => {
      const query = CycleQuery.parse(request.query);
      const actor = await actorOfRequest(deps, request);
      requireRole(actor, ['chairman', 'admin'], CHAIRMAN_ONLY);
      const cycle = await cycleOf(deps, query.cycleId);
      const typeName = await unitTypeNames(deps);
      const rows = await rankingReport(deps.db, query);
      const title = `${cycle.name} 排名${query.unitTypeId ? `（${typeName(query.unitTypeId)}）` : ''}`;
      const body = await exportRankingXlsx({
        title,
        unitTypes: await rankingUnitTypes(deps, cycle.rubricId),
        rows,
      });
      return sendXlsx(reply, safeName(`${title}.xlsx`), body);
    });

    app.get('/matrix.xlsx', async (request, reply) => {
      const query = CycleQuery.parse(request.query);
      const actor = await actorOfRequest(deps, request);
      requireRole(actor, ['chairman', 'admin'], CHAIRMAN_ONLY);
      const cycle = await cycleOf(deps, query.cycleId);
      const typeName = await unitTypeNames(deps);
      const matrix = await reportMatrix(deps.db, query);
      // 等次 and 不予评先 as the ranking gives them (one rule, one place).
      const ranked = new Map((await rankingReport(deps.db, query)).map((r) => [r.assessmentId, r]));
      const title = `${cycle.name} 得分明细${query.unitTypeId ? `（${typeName(query.unitTypeId)}）` : ''}`;
      const body = await exportMatrixXlsx({
        title,
        items: matrix.items,
        rows: matrix.rows.map((r) => ({
          ...r,
          unitTypeName: typeName(r.unitTypeId),
          grade: ranked.get(r.assessmentId)?.grade ?? null,
          barredFromHonours: ranked.get(r.assessmentId)?.barredFromHonours ?? false,
        })),
      });
      return sendXlsx(reply, safeName(`${title}.xlsx`), body);
    });

    for (const format of ['xlsx', 'docx'] as const) {
      app.get(`/results-notice.${format}`, async (request, reply) => {
        const query = NoticeQuery.parse(request.query);
        const actor = await actorOfRequest(deps, request);
        requireRole(actor, ['chairman', 'admin'], CHAIRMAN_ONLY);
        const data = await resultsNotice(deps, query.cycleId, query.date);
        return format === 'xlsx'
          ? sendXlsx(reply, safeName(`${data.title}.xlsx`), await exportResultsNoticeXlsx(data))
          : sendXlsx(
              reply,
              safeName(`${data.title}.docx`),
              await exportResultsNoticeDocx(data),
              DOCX,
            );
      });
    }

    app.get('/review-grid.xlsx', async (request, reply) => {
      const query = z.object({ cycleId: Id }).parse(request.query);
      const actor = await actorOfRequest(deps, request);
      requireRole(actor, ['department'], {
        zh: '考评表仅限职能部门导出本部门的',
        en: 'Only a department may export its own review grid',
      });
      const cycle = await cycleOf(deps, query.cycleId);
      const typeName = await unitTypeNames(deps);
      const department = await deps.db
        .selectFrom('departments')
        .select('name')
        .where('id', '=', actor.departmentId!)
        .executeTakeFirst();
      const grid = await reviewGrid(deps.db, {
        cycleId: query.cycleId,
        departmentId: actor.departmentId!,
      });
      // As review.grid: a draft self-assessment is the unit's own business until submitted.
      const rows = grid.rows.filter((r) => r.stage !== 'selfScoring');
      const title = `${cycle.name} ${department?.name ?? actor.departmentId}考评表`;
      // 逾期: this department past the review deadline, or the unit past its revision's.
      const overdue = await overdueWork(deps.db, deps.now(), { departmentId: actor.departmentId! });
      const mine = new Set(overdue.departments.flatMap((d) => d.assessmentIds));
      const unitLate = new Set(overdue.units.map((u) => u.assessmentId));
      const late = (id: string) =>
        [mine.has(id) ? '本部门逾期' : '', unitLate.has(id) ? '单位逾期' : '']
          .filter(Boolean)
          .join('、');
      const body = await exportReviewGridXlsx({
        title,
        items: grid.items,
        rows: rows.map((r) => ({
          ...r,
          unitTypeName: typeName(r.unitTypeId),
          late: late(r.assessmentId),
        })),
      });
      return sendXlsx(reply, safeName(`${title}.xlsx`), body);
    });

    app.get('/audit-log.xlsx', async (request, reply) => {
      const actor = await actorOfRequest(deps, request);
      requireRole(actor, ['admin'], {
        zh: '审计日志仅限管理员导出',
        en: 'Only the administrator may export the audit log',
      });
      const query = z
        .intersection(
          z.object({ q: z.string().trim().max(MAX_SEARCH_LENGTH).optional() }),
          AuditLogFilterSchema,
        )
        .parse(request.query);
      const body = await auditLogXlsx(deps.db, { ...query, q: query.q || undefined });
      return sendXlsx(reply, '审计日志.xlsx', body);
    });

    app.get('/item-analytics.xlsx', async (request, reply) => {
      const query = CycleQuery.parse(request.query);
      const actor = await actorOfRequest(deps, request);
      requireRole(actor, ['chairman', 'admin'], CHAIRMAN_ONLY);
      const report = await loadItemAnalytics(deps.db, query);
      const body = await exportTablesXlsx(itemAnalyticsSheets(report));
      return sendXlsx(reply, safeName(`${report.cycle.name} 项目分析.xlsx`), body);
    });

    app.get('/what-if.xlsx', async (request, reply) => {
      const query = z.object({ cycleId: Id, rubricId: Id }).parse(request.query);
      const actor = await actorOfRequest(deps, request);
      requireRole(actor, ['admin'], {
        zh: '重算预览仅限管理员导出',
        en: 'Only the administrator may export a what-if re-score',
      });
      const view = await whatIf(deps.db, query);
      const body = await exportTablesXlsx(whatIfSheets(view));
      return sendXlsx(reply, safeName(`${view.rubric.title} 重算预览.xlsx`), body);
    });
  };
}
