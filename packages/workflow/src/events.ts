/**
 * The events of an assessment's workflow, as zod schemas. A command is what a client
 * sends (the form's fields); an event is the command after the server has added who
 * acts (`actor`), when (`at`) and, where the rule needs it, the readiness it computed
 * with the helpers in readiness.ts. The server validates commands from the client and
 * builds events; the machine checks events.
 */
import { ActorSchema, IdSchema } from '@kaohe/domain';
import { z } from 'zod';

const message = (zh: string, en: string) => ({ message: `${zh} / ${en}` });

export const LocalizedTextSchema = z.object({ zh: z.string(), en: z.string() });

const ReasonSchema = z
  .string()
  .trim()
  .min(1, message('请填写原因', 'a reason is required'))
  .max(2000, message('原因不能超过2000字', 'a reason has at most 2000 characters'));

/** One item that is not ready, with why in words. */
export const ReadinessProblemSchema = z.object({
  itemId: z.string(),
  number: z.number().int(),
  reason: LocalizedTextSchema,
});
export type ReadinessProblem = z.infer<typeof ReadinessProblemSchema>;

/**
 * Whether a unit's self scores are ready to submit. `checkedItemIds` names the items
 * the check covered, so the machine can refuse a check made over the wrong items.
 */
export const SelfScoreReadinessSchema = z.object({
  ready: z.boolean(),
  incomplete: z.array(ReadinessProblemSchema),
  checkedItemIds: z.array(z.string()),
});
export type SelfScoreReadiness = z.infer<typeof SelfScoreReadinessSchema>;

/** Whether one department's review of a unit is ready to be marked complete. */
export const ReviewReadinessSchema = SelfScoreReadinessSchema.extend({
  departmentId: z.string(),
});
export type ReviewReadiness = z.infer<typeof ReviewReadinessSchema>;

// Commands: what the client sends.

export const SubmitCommandSchema = z.object({ type: z.literal('SUBMIT') });
export const ResubmitCommandSchema = z.object({ type: z.literal('RESUBMIT') });
export const ReturnItemsCommandSchema = z.object({
  type: z.literal('RETURN_ITEMS'),
  itemIds: z
    .array(IdSchema)
    .min(1, message('请选择要退回的项目', 'choose the items to return'))
    .max(200),
  reason: ReasonSchema,
  deadline: z.iso.date(message('请填写有效的整改期限', 'the deadline must be a valid date')),
});
export const CompleteReviewCommandSchema = z.object({ type: z.literal('COMPLETE_REVIEW') });
export const CompleteBonusCommandSchema = z.object({ type: z.literal('COMPLETE_BONUS') });
export const SendBackCommandSchema = z.object({
  type: z.literal('SEND_BACK'),
  departmentIds: z
    .array(IdSchema)
    .min(1, message('请选择要重新审核的部门', 'choose the departments to review again'))
    .max(200),
  reason: ReasonSchema,
});
export const ApproveCommandSchema = z.object({ type: z.literal('APPROVE') });
export const ReopenCommandSchema = z.object({ type: z.literal('REOPEN'), reason: ReasonSchema });
/**
 * 公示: the admin publishes an approved result for the period in which the unit may appeal.
 * Sent by the server for every approved assessment of the publication (publication
 * service), not by a client for one assessment.
 */
export const PublishCommandSchema = z.object({
  type: z.literal('PUBLISH'),
  periodStart: z.iso.datetime({ offset: true }),
  periodEnd: z.iso.datetime({ offset: true }),
});
export const FinaliseCommandSchema = z.object({ type: z.literal('FINALISE') });

export const AssessmentCommandSchema = z.discriminatedUnion('type', [
  SubmitCommandSchema,
  ResubmitCommandSchema,
  ReturnItemsCommandSchema,
  CompleteReviewCommandSchema,
  CompleteBonusCommandSchema,
  SendBackCommandSchema,
  ApproveCommandSchema,
  ReopenCommandSchema,
  PublishCommandSchema,
  FinaliseCommandSchema,
]);
export type AssessmentCommand = z.infer<typeof AssessmentCommandSchema>;

// Events: the command, who acts and when, and the facts the server computed.

const stamp = {
  actor: ActorSchema,
  /** When it happened, stamped by the server: ISO date-time with its offset. */
  at: z.iso.datetime({ offset: true }),
};

export const SubmitEventSchema = SubmitCommandSchema.extend({
  ...stamp,
  readiness: SelfScoreReadinessSchema,
});
/** `readiness` covers the returned items only: they are all the unit may have changed. */
export const ResubmitEventSchema = ResubmitCommandSchema.extend({
  ...stamp,
  readiness: SelfScoreReadinessSchema,
});
export const ReturnItemsEventSchema = ReturnItemsCommandSchema.extend(stamp);
export const CompleteReviewEventSchema = CompleteReviewCommandSchema.extend({
  ...stamp,
  readiness: ReviewReadinessSchema,
});
export const CompleteBonusEventSchema = CompleteBonusCommandSchema.extend(stamp);
export const SendBackEventSchema = SendBackCommandSchema.extend(stamp);
export const ApproveEventSchema = ApproveCommandSchema.extend(stamp);
export const ReopenEventSchema = ReopenCommandSchema.extend(stamp);
export const PublishEventSchema = PublishCommandSchema.extend(stamp);
/** `openAppeals`: the assessment's appeals not yet decided, counted by the server. */
export const FinaliseEventSchema = FinaliseCommandSchema.extend({
  ...stamp,
  openAppeals: z.number().int().min(0),
});

export const AssessmentEventSchema = z.discriminatedUnion('type', [
  SubmitEventSchema,
  ResubmitEventSchema,
  ReturnItemsEventSchema,
  CompleteReviewEventSchema,
  CompleteBonusEventSchema,
  SendBackEventSchema,
  ApproveEventSchema,
  ReopenEventSchema,
  PublishEventSchema,
  FinaliseEventSchema,
]);
export type AssessmentEvent = z.infer<typeof AssessmentEventSchema>;
export type AssessmentEventType = AssessmentEvent['type'];
export type AssessmentEventOf<T extends AssessmentEventType> = Extract<
  AssessmentEvent,
  { type: T }
>;

/** The event types in the union's order, read from it. */
export const ASSESSMENT_EVENT_TYPES: readonly AssessmentEventType[] =
  AssessmentEventSchema.options.map((o) => o.shape.type.value);

/** What each event does, in words for buttons and messages. */
export const EVENT_NAMES: Record<AssessmentEventType, { zh: string; en: string }> = {
  SUBMIT: { zh: '提交自评', en: 'submit the self-assessment' },
  RESUBMIT: { zh: '重新提交退回的项目', en: 'resubmit the returned items' },
  RETURN_ITEMS: { zh: '退回项目', en: 'return items to the unit' },
  COMPLETE_REVIEW: { zh: '完成考评', en: 'complete the review' },
  COMPLETE_BONUS: { zh: '确认加分', en: 'complete the bonus' },
  SEND_BACK: { zh: '退回部门重新考评', en: 'send back to review' },
  APPROVE: { zh: '审定', en: 'approve' },
  REOPEN: { zh: '重新开启', en: 'reopen' },
  PUBLISH: { zh: '公示结果', en: 'publish the result' },
  FINALISE: { zh: '确定最终结果', en: 'finalise the result' },
};
