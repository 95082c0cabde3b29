/**
 * One assessment's life as an xstate machine: pure, no I/O, no clock. Stages are the
 * top-level states; each department's progress is in context, because the departments
 * that review differ from rubric to rubric (the brief: "every owning department, in
 * parallel"). The server runs it with `transition()` (see persistence.ts).
 */
import { assertEvent, assign, setup } from 'xstate';
import { initialContext, type WorkflowContext, type WorkflowInput } from './context.ts';
import type { AssessmentEvent } from './events.ts';
import { eventAllowed } from './rules.ts';
import type { DepartmentReviewStatus } from './stages.ts';

function withStatus(
  departments: WorkflowContext['departments'],
  status: (id: string, current: DepartmentReviewStatus) => DepartmentReviewStatus,
): WorkflowContext['departments'] {
  return Object.fromEntries(Object.entries(departments).map(([id, s]) => [id, status(id, s)]));
}

export const assessmentMachine = setup({
  types: {
    context: {} as WorkflowContext,
    events: {} as AssessmentEvent,
    input: {} as WorkflowInput,
  },
  guards: {
    maySubmit: ({ context, event }) => event.type === 'SUBMIT' && eventAllowed(context, event),
    mayResubmit: ({ context, event }) => event.type === 'RESUBMIT' && eventAllowed(context, event),
    mayReturnItems: ({ context, event }) =>
      event.type === 'RETURN_ITEMS' && eventAllowed(context, event),
    mayCompleteReview: ({ context, event }) =>
      event.type === 'COMPLETE_REVIEW' && eventAllowed(context, event),
    mayCompleteBonus: ({ context, event }) =>
      event.type === 'COMPLETE_BONUS' && eventAllowed(context, event),
    maySendBack: ({ context, event }) => event.type === 'SEND_BACK' && eventAllowed(context, event),
    mayApprove: ({ context, event }) => event.type === 'APPROVE' && eventAllowed(context, event),
    mayReopen: ({ context, event }) => event.type === 'REOPEN' && eventAllowed(context, event),
    mayPublish: ({ context, event }) => event.type === 'PUBLISH' && eventAllowed(context, event),
    mayFinalise: ({ context, event }) => event.type === 'FINALISE' && eventAllowed(context, event),
    allReviewsComplete: ({ context }) =>
      Object.values(context.departments).every((s) => s === 'complete'),
  },
  actions: {
    startReview: assign({
      departments: ({ context }) => withStatus(context.departments, () => 'reviewing'),
    }),
    recordReturns: assign(({ context, event }) => {
      assertEvent(event, 'RETURN_ITEMS');
      const departmentId = event.actor.departmentId!;
      return {
        departments: withStatus(context.departments, (id, s) =>
          id === departmentId ? 'returned' : s,
        ),
        returns: [
          ...context.returns,
          ...[...new Set(event.itemIds)].map((itemId) => ({
            itemId,
            departmentId,
            reason: event.reason.trim(),
            deadline: event.deadline,
            returnedBy: event.actor.userId,
            at: event.at,
          })),
        ],
      };
    }),
    // "only the departments concerned review again": those whose returns come back.
    resolveReturns: assign(({ context }) => ({
      departments: withStatus(context.departments, (_, s) => (s === 'returned' ? 'reviewing' : s)),
      returns: [],
    })),
    completeReview: assign({
      departments: ({ context, event }) => {
        assertEvent(event, 'COMPLETE_REVIEW');
        return withStatus(context.departments, (id, s) =>
          id === event.actor.departmentId ? 'complete' : s,
        );
      },
    }),
    completeBonus: assign({ bonusComplete: true }),
    // The chairman's bonus is given again after the departments have reviewed again.
    sendBack: assign(({ context, event }) => {
      assertEvent(event, 'SEND_BACK');
      return {
        departments: withStatus(context.departments, (id, s) =>
          event.departmentIds.includes(id) ? 'reviewing' : s,
        ),
        bonusComplete: false,
        sentBack: {
          departmentIds: [...new Set(event.departmentIds)],
          reason: event.reason.trim(),
          sentBy: event.actor.userId,
          at: event.at,
        },
      };
    }),
    clearSendBack: assign({ sentBack: null }),
    clearReopen: assign({ reopened: null }),
    recordReopen: assign({
      reopened: ({ event }) => {
        assertEvent(event, 'REOPEN');
        return { reason: event.reason.trim(), reopenedBy: event.actor.userId, at: event.at };
      },
      // Approved again, the result is published again before it is final.
      publication: null,
    }),
    recordPublication: assign({
      publication: ({ event }) => {
        assertEvent(event, 'PUBLISH');
        return {
          periodStart: event.periodStart,
          periodEnd: event.periodEnd,
          publishedBy: event.actor.userId,
          at: event.at,
        };
      },
    }),
  },
}).createMachine({
  id: 'assessment',
  initial: 'selfScoring',
  context: ({ input }) => initialContext(input),
  states: {
    selfScoring: {
      on: { SUBMIT: { guard: 'maySubmit', target: 'review', actions: 'startReview' } },
    },
    review: {
      // The last department to complete moves the assessment on to the chairman.
      always: { guard: 'allReviewsComplete', target: 'bonus' },
      on: {
        RETURN_ITEMS: { guard: 'mayReturnItems', target: 'returned', actions: 'recordReturns' },
        COMPLETE_REVIEW: { guard: 'mayCompleteReview', actions: 'completeReview' },
      },
    },
    // Departments not concerned keep reviewing while the unit revises the returned items.
    returned: {
      on: {
        RETURN_ITEMS: { guard: 'mayReturnItems', actions: 'recordReturns' },
        COMPLETE_REVIEW: { guard: 'mayCompleteReview', actions: 'completeReview' },
        RESUBMIT: { guard: 'mayResubmit', target: 'review', actions: 'resolveReturns' },
      },
    },
    bonus: {
      entry: 'clearSendBack',
      on: {
        COMPLETE_BONUS: {
          guard: 'mayCompleteBonus',
          target: 'finalApproval',
          actions: 'completeBonus',
        },
        SEND_BACK: { guard: 'maySendBack', target: 'review', actions: 'sendBack' },
      },
    },
    finalApproval: {
      on: {
        APPROVE: { guard: 'mayApprove', target: 'approved', actions: 'clearReopen' },
        SEND_BACK: { guard: 'maySendBack', target: 'review', actions: 'sendBack' },
      },
    },
    // Locked: only an admin's reopen leaves it, back to the chairman's final approval, or
    // the admin's publication (公示).
    approved: {
      on: {
        REOPEN: { guard: 'mayReopen', target: 'finalApproval', actions: 'recordReopen' },
        PUBLISH: { guard: 'mayPublish', target: 'published', actions: 'recordPublication' },
      },
    },
    // 公示: the unit sees its result and may appeal within the period; an appeal's answer
    // changes a review score outside the machine (canEditScore's `appealAnswer`). Once the
    // period is over and every appeal decided, the admin finalises.
    published: {
      on: { FINALISE: { guard: 'mayFinalise', target: 'final' } },
    },
    // Locked for good: only an admin's reopen with a reason leaves it, as from approved.
    final: {
      on: { REOPEN: { guard: 'mayReopen', target: 'finalApproval', actions: 'recordReopen' } },
    },
  },
});

export type AssessmentMachine = typeof assessmentMachine;
