/**
 * After approval (issue 14): 公示, appeals answered through `canEditScore`'s
 * `appealAnswer`, finalisation and reopening from final. Approved snapshots stored before
 * these states existed (no `publication` in their context) go on through them.
 */
import { isDomainError } from '@kaohe/domain';
import { describe, expect, it } from 'vitest';
import type { AssessmentEvent } from './events.ts';
import {
  applyWorkflowEvent,
  canEditScore,
  createWorkflow,
  MACHINE_VERSION,
  type PersistedWorkflow,
  workflowView,
} from './persistence.ts';
import {
  AFTER_PERIOD,
  actors,
  allItemIds,
  events,
  input2011,
  PERIOD,
  readyForReview,
  readyForSubmit,
} from './testing.ts';

const store = (p: PersistedWorkflow): PersistedWorkflow => JSON.parse(JSON.stringify(p));

function refused(p: PersistedWorkflow, e: AssessmentEvent) {
  try {
    applyWorkflowEvent(store(p), e);
  } catch (error) {
    if (isDomainError(error)) return error.text;
    throw error;
  }
  throw new Error(`${e.type} was accepted`);
}

/** An approved assessment, its snapshot as the machine wrote it before issue 14. */
function approvedBeforePublication(): PersistedWorkflow {
  let p = createWorkflow(input2011());
  const apply = (e: AssessmentEvent) => {
    p = store(applyWorkflowEvent(p, e).next);
  };
  apply(events.submit(readyForSubmit(allItemIds())));
  for (const d of Object.keys(workflowView(p).departments)) {
    apply(events.completeReview(readyForReview(d, allItemIds())));
  }
  apply(events.completeBonus());
  apply(events.approve());
  const old = store(p) as PersistedWorkflow & { snapshot: { context: Record<string, unknown> } };
  delete old.snapshot.context.publication;
  return old;
}

describe('publication, appeals, finalisation', () => {
  it('an approved snapshot stored before publication existed is published, finalised and reopened', () => {
    let p = approvedBeforePublication();
    expect(p.machineVersion).toBe(MACHINE_VERSION);
    expect('publication' in (p.snapshot as { context: object }).context).toBe(false);
    expect(workflowView(p)).toMatchObject({ stage: 'approved', locked: true, publication: null });
    const apply = (e: AssessmentEvent) => {
      const r = applyWorkflowEvent(store(p), e);
      p = store(r.next);
      expect(workflowView(p)).toEqual(r.view);
      return r.view;
    };

    expect(refused(p, events.publish(PERIOD, actors.chairman())).zh).toBe(
      '只有管理员（考核办）可以公示结果',
    );
    expect(refused(p, events.publish({ start: PERIOD.end, end: PERIOD.start })).zh).toBe(
      '公示期的结束时间必须晚于开始时间',
    );
    expect(refused(p, events.finalise()).zh).toBe(
      '考核结果尚未公示（当前阶段：已审定），还不能确定最终结果',
    );
    const published = apply(events.publish());
    expect(published).toMatchObject({
      stage: 'published',
      locked: true,
      publication: { periodStart: PERIOD.start, periodEnd: PERIOD.end, publishedBy: 'user-admin' },
    });

    // Locked while published: no review, no bonus, no reopen; only an appeal's answer.
    expect(refused(p, events.reopen()).zh).toContain('考核结果正在公示，不能重新开启');
    expect(refused(p, events.approve()).zh).toBe(
      '考核结果正在公示，已锁定；如有异议，请在公示期内提出申诉',
    );
    const legal = actors.department('legal');
    expect(
      canEditScore(published, legal, { kind: 'reviewScore', itemId: 'dispute-mediation' }),
    ).toMatchObject({ ok: false });
    expect(
      canEditScore(published, legal, { kind: 'appealAnswer', itemId: 'dispute-mediation' }),
    ).toEqual({ ok: true });
    expect(
      canEditScore(published, actors.department('org'), {
        kind: 'appealAnswer',
        itemId: 'dispute-mediation',
      }),
    ).toEqual({
      ok: false,
      reason: {
        zh: '本部门不负责该项目的考评，不能答复其申诉',
        en: 'Your department does not review this item and cannot answer its appeal',
      },
    });
    expect(
      canEditScore(published, actors.unit(), { kind: 'appealAnswer', itemId: 'dispute-mediation' })
        .ok,
    ).toBe(false);

    // Finalise: only after the period, only with every appeal decided.
    expect(refused(p, events.finalise(PERIOD.start)).zh).toBe(
      '公示期尚未结束（至2011-12-08 17:00），还不能确定最终结果',
    );
    expect(refused(p, events.finalise(AFTER_PERIOD, 2)).en).toBe(
      "2 appeals are not yet decided (waiting for a department's answer or the chairman's office); the result cannot be finalised yet",
    );
    const final = apply(events.finalise());
    expect(final).toMatchObject({ stage: 'final', locked: true });
    expect(refused(p, events.finalise()).zh).toBe('考核结果已最终确定，无需重复操作');
    expect(
      canEditScore(final, legal, { kind: 'appealAnswer', itemId: 'dispute-mediation' }).ok,
    ).toBe(false);
    expect(refused(p, events.reopen('')).zh).toBe('请填写重新开启的原因');

    // A change after finalisation: the reopen with a reason, as from approved.
    const reopened = apply(events.reopen('复核后发现第7项计分有误'));
    expect(reopened).toMatchObject({ stage: 'finalApproval', locked: false, publication: null });
    apply(events.approve());
    expect(p.stage).toBe('approved');
  });
});
