/**
 * Who may do what, when, and on what conditions: each refusal as a reason office staff
 * can act on. The machine's guards call `eventAllowed` (who + conditions); the stage an
 * event is accepted in is the machine's own structure, mirrored by `ACCEPTED_IN` so
 * `refusalReason` can say why an event does not fit the current stage. A test checks
 * that the two agree.
 */
import type { Actor, LocalizedText } from '@kaohe/domain';
import { itemsReviewedBy, type WorkflowContext } from './context.ts';
import {
  type AssessmentEvent,
  type AssessmentEventOf,
  type AssessmentEventType,
  EVENT_NAMES,
  type ReviewReadiness,
  type SelfScoreReadiness,
} from './events.ts';
import { type AssessmentStage, STAGE_NAMES } from './stages.ts';

type Refusal = LocalizedText | null;

/** The stages that have a transition for each event. */
export const ACCEPTED_IN: Record<AssessmentEventType, readonly AssessmentStage[]> = {
  SUBMIT: ['selfScoring'],
  RESUBMIT: ['returned'],
  RETURN_ITEMS: ['review', 'returned'],
  COMPLETE_REVIEW: ['review', 'returned'],
  COMPLETE_BONUS: ['bonus'],
  SEND_BACK: ['bonus', 'finalApproval'],
  APPROVE: ['finalApproval'],
  REOPEN: ['approved', 'final'],
  PUBLISH: ['approved'],
  FINALISE: ['published'],
};

/** The events that act on a result that stands (approved, published, final). */
const AFTER_APPROVAL: readonly AssessmentEventType[] = ['REOPEN', 'PUBLISH', 'FINALISE'];

export const LOCKED_REASON: LocalizedText = {
  zh: '考核已审定锁定，不能再修改；如需修改，请由管理员（考核办）重新开启',
  en: 'The assessment is approved and locked; an administrator must reopen it before anything changes',
};

export const PUBLISHED_REASON: LocalizedText = {
  zh: '考核结果正在公示，已锁定；如有异议，请在公示期内提出申诉',
  en: 'The result is published and locked; object to it with an appeal within the publication period',
};

export const FINAL_REASON: LocalizedText = {
  zh: '考核结果已最终确定并锁定；如需修改，请由管理员（考核办）说明原因后重新开启',
  en: 'The result is final and locked; an administrator must reopen it, with a reason, before anything changes',
};

/** Why nothing but the steps after approval changes a result that stands. */
export function lockedReason(stage: AssessmentStage): LocalizedText {
  return stage === 'published'
    ? PUBLISHED_REASON
    : stage === 'final'
      ? FINAL_REASON
      : LOCKED_REASON;
}

// ---------------------------------------------------------------------------
// Words

function itemList(context: WorkflowContext, itemIds: readonly string[]): LocalizedText {
  const numbers = itemIds.map((id) => String(context.itemNumbers[id] ?? id));
  return numbers.length === 1
    ? { zh: `第${numbers[0]}项`, en: `item ${numbers[0]}` }
    : { zh: `第${numbers.join('、')}项`, en: `items ${numbers.join(', ')}` };
}

function departmentList(context: WorkflowContext, ids: readonly string[]): LocalizedText {
  const names = ids.map((id) => context.departmentNames[id] ?? id);
  return { zh: names.join('、'), en: names.join(', ') };
}

const blank = (text: string | null | undefined) => (text ?? '').trim() === '';

// ---------------------------------------------------------------------------
// Who: the actor's role, and their relation to this assessment.

function unitOnly(context: WorkflowContext, actor: Actor, type: AssessmentEventType): Refusal {
  const verb = EVENT_NAMES[type];
  if (actor.role !== 'unit') {
    return { zh: `只有被考核单位可以${verb.zh}`, en: `Only the assessed unit can ${verb.en}` };
  }
  if (actor.unitId !== context.unitId) {
    return { zh: `只有本单位的用户可以${verb.zh}`, en: `Only this unit's users can ${verb.en}` };
  }
  return null;
}

function departmentOnly(
  context: WorkflowContext,
  actor: Actor,
  type: AssessmentEventType,
): Refusal {
  const verb = EVENT_NAMES[type];
  if (actor.role !== 'department') {
    return { zh: `只有职能部门可以${verb.zh}`, en: `Only a department can ${verb.en}` };
  }
  if (actor.departmentId === null) {
    return {
      zh: '您的账号未关联任何部门，请联系管理员',
      en: 'Your account belongs to no department; ask an administrator',
    };
  }
  if (!(actor.departmentId in context.departments)) {
    const name = departmentList(context, [actor.departmentId]);
    return {
      zh: `${name.zh}不负责本单位任何项目的考评`,
      en: `${name.en} reviews none of this unit's items`,
    };
  }
  return null;
}

function chairmanOnly(actor: Actor, type: AssessmentEventType): Refusal {
  const verb = EVENT_NAMES[type];
  return actor.role === 'chairman'
    ? null
    : { zh: `只有主席室可以${verb.zh}`, en: `Only the chairman's office can ${verb.en}` };
}

function whoRefusal(context: WorkflowContext, event: AssessmentEvent): Refusal {
  const { actor } = event;
  switch (event.type) {
    case 'SUBMIT':
    case 'RESUBMIT':
      return unitOnly(context, actor, event.type);
    case 'RETURN_ITEMS': {
      const refusal = departmentOnly(context, actor, event.type);
      if (refusal) return refusal;
      const unknown = event.itemIds.filter((id) => !(id in context.itemDepartments));
      if (unknown.length > 0) {
        return {
          zh: `本考核没有这些项目：${unknown.join('、')}`,
          en: `This assessment has no items ${unknown.join(', ')}`,
        };
      }
      const reviewed = itemsReviewedBy(context, actor.departmentId!);
      const foreign = event.itemIds.filter((id) => !reviewed.includes(id));
      if (foreign.length > 0) {
        const name = departmentList(context, [actor.departmentId!]);
        const items = itemList(context, foreign);
        return {
          zh: `${name.zh}不负责${items.zh}的考评，不能退回`,
          en: `${name.en} does not review ${items.en} and cannot return it`,
        };
      }
      return null;
    }
    case 'COMPLETE_REVIEW':
      return departmentOnly(context, actor, event.type);
    case 'COMPLETE_BONUS':
    case 'SEND_BACK':
    case 'APPROVE':
      return chairmanOnly(actor, event.type);
    case 'REOPEN':
      return actor.role === 'admin'
        ? null
        : {
            zh: '只有管理员（考核办）可以重新开启已审定的考核',
            en: 'Only an administrator can reopen an approved assessment',
          };
    case 'PUBLISH':
    case 'FINALISE': {
      const verb = EVENT_NAMES[event.type];
      return actor.role === 'admin'
        ? null
        : {
            zh: `只有管理员（考核办）可以${verb.zh}`,
            en: `Only an administrator can ${verb.en}`,
          };
    }
  }
}

// ---------------------------------------------------------------------------
// When: the event does not fit the stage. Repeating an event that took effect lands
// here (a second SUBMIT finds the assessment in review), so these say it was done.

function stageRefusal(stage: AssessmentStage, event: AssessmentEvent): Refusal {
  if (ACCEPTED_IN[event.type].includes(stage)) return null;
  if (stage === 'approved' && event.type !== 'FINALISE') return LOCKED_REASON;
  const now = STAGE_NAMES[stage];
  const reviewDone = stage === 'bonus' || stage === 'finalApproval';
  switch (event.type) {
    case 'SUBMIT':
      return {
        zh: `自评已提交（当前阶段：${now.zh}），不能重复提交`,
        en: `The self-assessment was already submitted (now: ${now.en})`,
      };
    case 'RESUBMIT':
      return stage === 'selfScoring'
        ? {
            zh: '自评尚未提交，请使用“提交自评”',
            en: 'The self-assessment has not been submitted yet; use "submit"',
          }
        : {
            zh: '当前没有退回待修改的项目，无需重新提交',
            en: 'No items are out for revision: there is nothing to resubmit',
          };
    case 'RETURN_ITEMS':
    case 'COMPLETE_REVIEW': {
      const verb = EVENT_NAMES[event.type];
      return reviewDone
        ? {
            zh: `各部门考评均已完成（当前阶段：${now.zh}），不能再${verb.zh}；如需修改，请由主席室退回部门重新考评`,
            en: `Every department has completed its review (now: ${now.en}); the chairman's office can send it back to review`,
          }
        : {
            zh: `单位尚未提交自评，还不能${verb.zh}`,
            en: `The unit has not submitted its self-assessment yet, so you cannot ${verb.en}`,
          };
    }
    case 'COMPLETE_BONUS':
      return stage === 'finalApproval'
        ? { zh: '加分已确认，无需重复操作', en: 'The bonus stage is already complete' }
        : {
            zh: `各部门考评尚未全部完成（当前阶段：${now.zh}），还不能确认加分`,
            en: `Not every department has completed its review (now: ${now.en})`,
          };
    case 'SEND_BACK':
      return {
        zh: `考核尚在“${now.zh}”阶段，各部门考评尚未全部完成，无需退回`,
        en: `The assessment is still at "${now.en}": the reviews are not finished, nothing to send back`,
      };
    case 'APPROVE':
      return {
        zh: `考核尚未进入终审（当前阶段：${now.zh}），还不能审定`,
        en: `The assessment has not reached final approval (now: ${now.en})`,
      };
    case 'REOPEN':
      return stage === 'published'
        ? {
            zh: '考核结果正在公示，不能重新开启；请在公示结束、申诉处理完毕并确定最终结果后再重新开启',
            en: 'The result is being published and cannot be reopened; finalise it once the period is over and the appeals are decided, then reopen',
          }
        : {
            zh: `考核尚未审定（当前阶段：${now.zh}），无需重新开启`,
            en: `The assessment is not approved (now: ${now.en}): nothing to reopen`,
          };
    case 'PUBLISH':
      return stage === 'published' || stage === 'final'
        ? {
            zh: `考核结果已公示（当前阶段：${now.zh}），无需重复公示`,
            en: `The result was already published (now: ${now.en})`,
          }
        : {
            zh: `考核尚未审定（当前阶段：${now.zh}），还不能公示`,
            en: `The assessment is not approved yet (now: ${now.en}) and cannot be published`,
          };
    case 'FINALISE':
      return stage === 'final'
        ? { zh: '考核结果已最终确定，无需重复操作', en: 'The result is already final' }
        : {
            zh: `考核结果尚未公示（当前阶段：${now.zh}），还不能确定最终结果`,
            en: `The result has not been published (now: ${now.en}) and cannot be finalised`,
          };
  }
}

// ---------------------------------------------------------------------------
// Conditions: the domain rules, from context and the facts the event carries.

function coverageRefusal(
  context: WorkflowContext,
  readiness: SelfScoreReadiness | ReviewReadiness,
  required: readonly string[],
): Refusal {
  const missing = required.filter((id) => !readiness.checkedItemIds.includes(id));
  if (missing.length === 0) return null;
  const items = itemList(context, missing);
  return {
    zh: `完整性检查未包含${items.zh}，请刷新页面后重试`,
    en: `The completeness check did not cover ${items.en}; reload the page and try again`,
  };
}

function incompleteRefusal(
  context: WorkflowContext,
  readiness: SelfScoreReadiness | ReviewReadiness,
  what: LocalizedText,
): Refusal {
  if (readiness.ready && readiness.incomplete.length === 0) return null;
  const ids = readiness.incomplete.map((p) => p.itemId);
  if (ids.length === 0) return { zh: `${what.zh}尚未完成`, en: `The ${what.en} is not complete` };
  const items = itemList(context, ids);
  // The unit's submit shows its own summary of every item; a department's grid does not.
  if (what !== REVIEW_SCORE) {
    return {
      zh: `尚有${ids.length}项未完成${what.zh}：${items.zh}`,
      en: `${ids.length} ${ids.length === 1 ? 'item is' : 'items are'} missing the ${what.en}: ${items.en}`,
    };
  }
  // Say what is missing, not only where (issue 16: a remark the differing score needs read
  // as "尚有1项未完成考评：第10项" on a cell that looked done); the first few in full.
  const shown = readiness.incomplete.slice(0, REASONS_SHOWN);
  const more = readiness.incomplete.length - shown.length;
  const why = (p: (typeof shown)[number], locale: 'zh' | 'en') =>
    locale === 'zh'
      ? `第${context.itemNumbers[p.itemId] ?? p.number}项：${p.reason.zh}`
      : `item ${context.itemNumbers[p.itemId] ?? p.number}: ${p.reason.en}`;
  const reasons = {
    zh: shown.map((p) => why(p, 'zh')).join('；') + (more > 0 ? `；另有${more}项` : ''),
    en: shown.map((p) => why(p, 'en')).join('; ') + (more > 0 ? `; ${more} more` : ''),
  };
  return {
    zh: `尚有${ids.length}项未完成${what.zh}：${items.zh}（${reasons.zh}）`,
    en: `${ids.length} ${ids.length === 1 ? 'item is' : 'items are'} missing the ${what.en}: ${items.en} (${reasons.en})`,
  };
}

/** How many incomplete items a refusal explains in full. */
const REASONS_SHOWN = 3;

const SELF_SCORE: LocalizedText = { zh: '自评', en: 'self score' };
const REVIEW_SCORE: LocalizedText = { zh: '考评', en: 'review score' };

function returnedItemIds(context: WorkflowContext): string[] {
  return [...new Set(context.returns.map((r) => r.itemId))];
}

function incompleteDepartments(context: WorkflowContext): string[] {
  return Object.entries(context.departments)
    .filter(([, status]) => status !== 'complete')
    .map(([id]) => id);
}

function reviewsNotCompleteRefusal(context: WorkflowContext): Refusal {
  const open = incompleteDepartments(context);
  if (open.length === 0) return null;
  const names = departmentList(context, open);
  return {
    zh: `尚有${open.length}个部门未完成考评：${names.zh}`,
    en: `${open.length} ${open.length === 1 ? 'department has' : 'departments have'} not completed the review: ${names.en}`,
  };
}

/** "YYYY-MM-DD" that names a real day. */
function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

function returnItemsRefusal(
  context: WorkflowContext,
  event: AssessmentEventOf<'RETURN_ITEMS'>,
): Refusal {
  const departmentId = event.actor.departmentId!;
  if (context.departments[departmentId] === 'complete') {
    return {
      zh: '本部门已完成对该单位的考评，不能再退回项目',
      en: 'Your department has completed its review of this unit and cannot return items',
    };
  }
  if (event.itemIds.length === 0) {
    return { zh: '请选择要退回的项目', en: 'Choose the items to return' };
  }
  const again = event.itemIds.filter((id) =>
    context.returns.some((r) => r.itemId === id && r.departmentId === departmentId),
  );
  if (again.length > 0) {
    const items = itemList(context, again);
    return {
      zh: `${items.zh}已退回单位，正在等待单位修改，无需重复退回`,
      en: `${items.en} is already with the unit for revision`,
    };
  }
  if (blank(event.reason)) return { zh: '请填写退回原因', en: 'Give a reason for the return' };
  if (!isIsoDate(event.deadline)) {
    return {
      zh: '请填写有效的整改期限（年-月-日）',
      en: 'Give a valid deadline (year-month-day)',
    };
  }
  // The day as the server wrote it in `at` (with its offset): the office's own calendar day.
  const today = event.at.slice(0, 10);
  if (event.deadline < today) {
    return {
      zh: `整改期限（${event.deadline}）不能早于今天（${today}）`,
      en: `The deadline (${event.deadline}) cannot be before today (${today})`,
    };
  }
  return null;
}

function completeReviewRefusal(
  context: WorkflowContext,
  event: AssessmentEventOf<'COMPLETE_REVIEW'>,
): Refusal {
  const departmentId = event.actor.departmentId!;
  if (context.departments[departmentId] === 'complete') {
    return {
      zh: '本部门已完成对该单位的考评，无需重复操作',
      en: 'Your department has already completed its review of this unit',
    };
  }
  const reviewed = itemsReviewedBy(context, departmentId);
  // "it has no return outstanding": neither its own returns nor another department's
  // return of an item it also reviews (item 11), whose self score may still change.
  const out = returnedItemIds(context).filter((id) => reviewed.includes(id));
  if (out.length > 0) {
    const items = itemList(context, out);
    return {
      zh: `${items.zh}已退回单位修改，待单位重新提交并考评后才能完成考评`,
      en: `${items.en} is out with the unit; complete the review after the unit resubmits`,
    };
  }
  if (event.readiness.departmentId !== departmentId) {
    return {
      zh: '完整性检查不是针对本部门的，请刷新页面后重试',
      en: 'The completeness check was made for another department; reload the page and try again',
    };
  }
  return (
    coverageRefusal(context, event.readiness, reviewed) ??
    incompleteRefusal(context, event.readiness, REVIEW_SCORE)
  );
}

function sendBackRefusal(context: WorkflowContext, event: AssessmentEventOf<'SEND_BACK'>): Refusal {
  if (event.departmentIds.length === 0) {
    return { zh: '请选择要重新考评的部门', en: 'Choose the departments to review again' };
  }
  const foreign = event.departmentIds.filter((id) => !(id in context.departments));
  if (foreign.length > 0) {
    const names = departmentList(context, foreign);
    return {
      zh: `${names.zh}不负责本单位的考评，不能退回给该部门`,
      en: `${names.en} does not review this unit`,
    };
  }
  if (blank(event.reason)) return { zh: '请填写退回原因', en: 'Give a reason for sending it back' };
  return null;
}

function conditionRefusal(context: WorkflowContext, event: AssessmentEvent): Refusal {
  switch (event.type) {
    case 'SUBMIT':
      return (
        coverageRefusal(context, event.readiness, Object.keys(context.itemDepartments)) ??
        incompleteRefusal(context, event.readiness, SELF_SCORE)
      );
    case 'RESUBMIT':
      return (
        coverageRefusal(context, event.readiness, returnedItemIds(context)) ??
        incompleteRefusal(context, event.readiness, SELF_SCORE)
      );
    case 'RETURN_ITEMS':
      return returnItemsRefusal(context, event);
    case 'COMPLETE_REVIEW':
      return completeReviewRefusal(context, event);
    case 'COMPLETE_BONUS':
      return context.bonusComplete
        ? { zh: '加分已确认，无需重复操作', en: 'The bonus stage is already complete' }
        : reviewsNotCompleteRefusal(context);
    case 'SEND_BACK':
      return sendBackRefusal(context, event);
    case 'APPROVE':
      return (
        reviewsNotCompleteRefusal(context) ??
        (context.bonusComplete
          ? null
          : { zh: '主席室尚未确认加分', en: "The chairman's office has not completed the bonus" })
      );
    case 'REOPEN':
      return blank(event.reason)
        ? { zh: '请填写重新开启的原因', en: 'Give a reason for reopening' }
        : null;
    case 'PUBLISH':
      return publishRefusal(event);
    case 'FINALISE':
      return finaliseRefusal(context, event);
  }
}

/** ISO date-time text as "2011-12-20 17:00" in the office's own offset, for messages. */
function shown(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

function publishRefusal(event: AssessmentEventOf<'PUBLISH'>): Refusal {
  const start = Date.parse(event.periodStart);
  const end = Date.parse(event.periodEnd);
  if (Number.isNaN(start) || Number.isNaN(end)) {
    return { zh: '请填写有效的公示期', en: 'Give a valid publication period' };
  }
  if (end <= start) {
    return {
      zh: '公示期的结束时间必须晚于开始时间',
      en: 'The publication period must end after it starts',
    };
  }
  if (end <= Date.parse(event.at)) {
    return {
      zh: `公示期的结束时间（${shown(event.periodEnd)}）已过，请重新选择`,
      en: `The publication period's end (${shown(event.periodEnd)}) has passed; choose another`,
    };
  }
  return null;
}

function finaliseRefusal(context: WorkflowContext, event: AssessmentEventOf<'FINALISE'>): Refusal {
  const end = context.publication?.periodEnd;
  if (end !== undefined && Date.parse(event.at) < Date.parse(end)) {
    return {
      zh: `公示期尚未结束（至${shown(end)}），还不能确定最终结果`,
      en: `The publication period has not ended (it runs to ${shown(end)}); the result cannot be finalised yet`,
    };
  }
  if (event.openAppeals > 0) {
    return {
      zh: `尚有${event.openAppeals}项申诉未处理完毕（待部门答复或主席室决定），还不能确定最终结果`,
      en: `${event.openAppeals} ${event.openAppeals === 1 ? 'appeal is' : 'appeals are'} not yet decided (waiting for a department's answer or the chairman's office); the result cannot be finalised yet`,
    };
  }
  return null;
}

// ---------------------------------------------------------------------------

/** Who and conditions, without the stage: what the machine's guards ask. */
export function eventAllowed(context: WorkflowContext, event: AssessmentEvent): boolean {
  return whoRefusal(context, event) === null && conditionRefusal(context, event) === null;
}

/**
 * Why the event is refused in this stage and context, or null when it is accepted.
 * In order: the lock, who acts, the stage, then the conditions — so a wrong user hears
 * that first, and a repeated click hears that it was already done.
 */
export function refusalReason(
  stage: AssessmentStage,
  context: WorkflowContext,
  event: AssessmentEvent,
): Refusal {
  if (
    (stage === 'approved' || stage === 'published' || stage === 'final') &&
    !AFTER_APPROVAL.includes(event.type)
  ) {
    return lockedReason(stage);
  }
  return (
    whoRefusal(context, event) ?? stageRefusal(stage, event) ?? conditionRefusal(context, event)
  );
}
