/**
 * The administrator's audit log (issue 15): its filter (one schema for the procedure and
 * the xlsx download), the actions in words, and the workbook.
 */
import { type AuditLogRow, auditLogAll, type DbOrTx, SECURITY_ACTION_PREFIX } from '@kaohe/db';
import {
  ListQuerySchema,
  type LocalizedText,
  MAX_SEARCH_LENGTH,
  ROLE_NAMES,
  type Role,
  zodMessage,
} from '@kaohe/domain';
import ExcelJS from 'exceljs';
import { z } from 'zod';

/** The log's own filters, beside `q` (who: part of the account or name). */
export const AuditLogFilterSchema = z
  .object({
    /** One action, as recorded ('itemScore.saveSelfScore'; 'security.FORBIDDEN'). */
    action: z.string().trim().max(80).optional(),
    /** Part of the unit's name or code. */
    unit: z.string().trim().max(MAX_SEARCH_LENGTH).optional(),
    from: z.coerce.date(zodMessage({ zh: '开始时间无效', en: 'not a valid start' })).optional(),
    to: z.coerce.date(zodMessage({ zh: '结束时间无效', en: 'not a valid end' })).optional(),
  })
  .transform((f) => ({
    ...f,
    action: f.action || undefined,
    unit: f.unit || undefined,
  }));

export const AuditLogQuerySchema = z
  .intersection(ListQuerySchema, AuditLogFilterSchema)
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: zodMessage({ zh: '结束时间不能早于开始时间', en: 'the end is before the start' }),
  });

/**
 * Actions in words; an action missing here is shown as recorded. Every action of the
 * history's visibility table must have a row (audit-log.test.ts).
 */
export const AUDIT_ACTION_LABELS: Record<string, LocalizedText> = {
  'itemScore.saveSelfScore': { zh: '修改自评', en: 'Self score changed' },
  'itemReview.saveReviewScore': { zh: '修改考评', en: 'Review score changed' },
  'itemReview.adoptSelfScore': { zh: '采用自评分', en: 'Self score adopted' },
  'itemReview.return': { zh: '退回单位', en: 'Returned to the unit' },
  'itemReview.reopen': { zh: '重新考评', en: 'Review reopened' },
  'evidence.add': { zh: '上传佐证材料', en: 'Evidence uploaded' },
  'evidence.delete': { zh: '删除佐证材料', en: 'Evidence deleted' },
  'assessment.create': { zh: '创建考核', en: 'Assessment created' },
  'assessment.SUBMIT': { zh: '提交自评', en: 'Self-assessment submitted' },
  'assessment.RESUBMIT': { zh: '重新提交', en: 'Resubmitted' },
  'assessment.RETURN_ITEMS': { zh: '退回项目', en: 'Items returned' },
  'assessment.COMPLETE_REVIEW': { zh: '完成考评', en: 'Review completed' },
  'assessment.COMPLETE_BONUS': { zh: '完成加分', en: 'Bonus completed' },
  'assessment.SEND_BACK': { zh: '退回部门重新考评', en: 'Sent back for review' },
  'assessment.APPROVE': { zh: '审定', en: 'Approved' },
  'assessment.REOPEN': { zh: '重新开启', en: 'Reopened' },
  'bonus.award': { zh: '加分', en: 'Bonus awarded' },
  'bonus.revoke': { zh: '撤销加分', en: 'Bonus revoked' },
  'user.create': { zh: '新建用户', en: 'User created' },
  'user.update': { zh: '修改用户', en: 'User changed' },
  'user.changePassword': { zh: '修改密码', en: 'Password changed' },
  'user.resetPassword': { zh: '重置密码', en: 'Password reset' },
  'unit.create': { zh: '新建单位', en: 'Unit created' },
  'unit.update': { zh: '修改单位', en: 'Unit changed' },
  'unitType.create': { zh: '新建单位类型', en: 'Unit type created' },
  'unitType.update': { zh: '修改单位类型', en: 'Unit type changed' },
  'department.create': { zh: '新建部门', en: 'Department created' },
  'department.update': { zh: '修改部门', en: 'Department changed' },
  'cycle.create': { zh: '创建考核年度', en: 'Cycle created' },
  'cycle.setDeadlines': { zh: '修改截止日期', en: 'Deadlines changed' },
  'rubric.create': { zh: '新建考核表', en: 'Rubric created' },
  'rubric.updateDraft': { zh: '修改考核表草稿', en: 'Rubric draft changed' },
  'rubric.deleteDraft': { zh: '删除考核表草稿', en: 'Rubric draft deleted' },
  'rubric.publish': { zh: '发布考核表', en: 'Rubric published' },
  'rubric.archive': { zh: '归档考核表', en: 'Rubric archived' },
  'organisation.import': { zh: '导入组织机构', en: 'Organisation imported' },
  'gradeBands.set': { zh: '设置等次', en: 'Grade bands set' },
  'gradeBands.clear': { zh: '清除等次', en: 'Grade bands cleared' },
  'honours.bar': { zh: '不予评先', en: 'Barred from honours' },
  'honours.lift': { zh: '撤销不予评先', en: 'Honours bar lifted' },
  'publication.create': { zh: '公示考核结果', en: 'Results published' },
  'publication.finalise': { zh: '确定最终结果', en: 'Results finalised' },
  'assessment.PUBLISH': { zh: '进入公示', en: 'Published' },
  'assessment.FINALISE': { zh: '结果确定', en: 'Finalised' },
  'appeal.file': { zh: '提出申诉', en: 'Appeal filed' },
  'appeal.answer': { zh: '部门答复申诉', en: 'Appeal answered' },
  'appeal.decide': { zh: '主席室复核决定', en: 'Appeal decided' },
  'session.create': { zh: '登录', en: 'Signed in' },
  'session.revoke': { zh: '退出登录', en: 'Signed out' },
  'session.revokeAll': { zh: '注销全部会话', en: 'All sessions ended' },
  [`${SECURITY_ACTION_PREFIX}FORBIDDEN`]: { zh: '越权访问被拒绝', en: 'Forbidden attempt' },
  [`${SECURITY_ACTION_PREFIX}UNAUTHENTICATED`]: {
    zh: '未登录访问被拒绝',
    en: 'Unauthenticated attempt',
  },
  [`${SECURITY_ACTION_PREFIX}PASSWORD_CHANGE_REQUIRED`]: {
    zh: '未改初始密码被拒绝',
    en: 'Refused: initial password not changed',
  },
  [`${SECURITY_ACTION_PREFIX}CSRF`]: { zh: '跨站请求被拒绝', en: 'Cross-site request refused' },
};

export const actionLabel = (action: string): LocalizedText =>
  AUDIT_ACTION_LABELS[action] ?? { zh: action, en: action };

const roleName = (role: string | null): string =>
  role && role in ROLE_NAMES ? ROLE_NAMES[role as Role].zh : (role ?? '');

/** The filtered log as a workbook, newest first, the actions in Chinese. */
export async function auditLogXlsx(
  db: DbOrTx,
  filter: z.output<typeof AuditLogFilterSchema> & { q?: string | undefined },
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('审计日志');
  sheet.columns = [
    { header: '时间', key: 'at', width: 20 },
    { header: '账号', key: 'username', width: 16 },
    { header: '姓名', key: 'name', width: 14 },
    { header: '角色', key: 'role', width: 14 },
    { header: '操作', key: 'action', width: 18 },
    { header: '操作代码', key: 'code', width: 26 },
    { header: '单位', key: 'unit', width: 22 },
    { header: '对象', key: 'entity', width: 30 },
    { header: '说明', key: 'reason', width: 40 },
    { header: 'IP', key: 'ip', width: 16 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for await (const batch of auditLogAll(db, filter)) {
    for (const r of batch) sheet.addRow(workbookRow(r));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

function workbookRow(r: AuditLogRow) {
  return {
    at: formatBeijing(r.at),
    username: r.actorUsername ?? r.actorUserId ?? '系统',
    name: r.actorName ?? '',
    role: roleName(r.actorRole),
    action: actionLabel(r.action).zh,
    code: r.action,
    unit: r.unitName ?? r.unitId ?? '',
    entity: r.procedure
      ? `${r.procedure}${r.entityId ? ` ${r.entityId}` : ''}`
      : [r.entityType, r.entityId].filter(Boolean).join(' '),
    reason: r.reason ?? '',
    ip: r.ip ?? '',
  };
}

/** The federation's time (UTC+8), as the screens show it: 2026-03-01 09:30:00. */
function formatBeijing(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}
