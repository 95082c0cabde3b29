/**
 * The server's use of the workflow, end to end on the real 2011 rubric: readiness from
 * the real scoring engine, every step through applyWorkflowEvent, every snapshot stored
 * as JSON text and loaded back, as the database will.
 */
import { DomainError, type ItemInputs, isDomainError, reviewingDepartments } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, it } from 'vitest';
import { AssessmentCommandSchema, type AssessmentEvent, AssessmentEventSchema } from './events.ts';
import {
  applyWorkflowEvent,
  canApply,
  canEditScore,
  createWorkflow,
  MACHINE_VERSION,
  type PersistedWorkflow,
  WORKFLOW_MACHINES,
  type WorkflowView,
  workflowView,
} from './persistence.ts';
import { type ReviewEntry, reviewReadiness, selfScoreReadiness } from './readiness.ts';
import { actors, allItemIds, events, fullInputs, input2011, item2011 } from './testing.ts';

/** What the database does: store text, read it back. */
const store = (p: PersistedWorkflow): PersistedWorkflow => JSON.parse(JSON.stringify(p));

function refusedWith(p: PersistedWorkflow, e: AssessmentEvent): DomainError {
  try {
    applyWorkflowEvent(p, e);
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error(`${e.type} was accepted`);
}

/** The unit's and the departments' data, as the database would hold it. */
class Scores {
  self = new Map<string, { inputs: ItemInputs | undefined; explanation: string | null }>();
  review = new Map<string, ItemInputs>();
  remarks = new Map<string, string>();

  fillSelf() {
    for (const id of allItemIds()) {
      this.self.set(id, { inputs: fullInputs(item2011(id)), explanation: '详见佐证材料' });
    }
  }
  /** A department agrees with the unit on every criterion it judges. */
  fillReview(departmentId: string) {
    for (const id of allItemIds()) {
      const item = item2011(id);
      if (!reviewingDepartments(item).includes(departmentId)) continue;
      this.review.set(id, { ...this.review.get(id), ...fullInputs(item, departmentId) });
    }
  }
  selfReadiness(only?: string[]) {
    return selfScoreReadiness(
      rubric2011,
      'district',
      Object.fromEntries(this.self),
      only ? { only } : {},
    );
  }
  reviewReadiness(departmentId: string) {
    const entries: Record<string, ReviewEntry> = {};
    for (const id of allItemIds()) {
      entries[id] = {
        selfInputs: this.self.get(id)?.inputs,
        reviewInputs: this.review.get(id),
        remarks: this.remarks.get(id) ?? null,
      };
    }
    return reviewReadiness(rubric2011, 'district', departmentId, entries);
  }
}

const ALL_DEPARTMENTS = [
  'org',
  'audit',
  'women',
  'legal',
  'office',
  'research',
  'democracy',
  'security',
  'economic',
  'publicity',
  'finance',
];

describe('one assessment, start to finish, with a return', () => {
  it('runs submit → review ⇄ returned → bonus → final approval → approved → reopened', () => {
    const scores = new Scores();
    let p = createWorkflow(input2011());
    let view: WorkflowView = workflowView(p);
    expect(p).toMatchObject({ machineVersion: MACHINE_VERSION, stage: 'selfScoring' });
    expect(view.editableItems).toEqual(allItemIds());
    expect(Object.keys(view.departments).sort()).toEqual([...ALL_DEPARTMENTS].sort());
    expect(Object.values(view.departments).every((s) => s === 'pending')).toBe(true);

    const apply = (e: AssessmentEvent) => {
      // the server validates what it built, then applies it to what it loaded
      const parsed = AssessmentEventSchema.parse(e);
      const result = applyWorkflowEvent(store(p), parsed);
      p = store(result.next);
      view = result.view;
      expect(workflowView(p)).toEqual(view);
    };

    // Submitting too early names the missing items.
    scores.fillSelf();
    scores.self.set('union-founding', { inputs: undefined, explanation: null });
    scores.self.set('dispute-mediation', {
      inputs: fullInputs(item2011('dispute-mediation')),
      explanation: '',
    });
    expect(refusedWith(p, events.submit(scores.selfReadiness())).text).toEqual({
      zh: '尚有2项未完成自评：第2、7项',
      en: '2 items are missing the self score: items 2, 7',
    });
    scores.fillSelf();
    apply(events.submit(scores.selfReadiness()));
    expect(p.stage).toBe('review');
    expect(view.editableItems).toEqual([]);
    expect(Object.values(view.departments).every((s) => s === 'reviewing')).toBe(true);
    // a double click on submit is refused and changes nothing
    const before = p;
    expect(refusedWith(p, events.submit(scores.selfReadiness())).code).toBe('INVALID_TRANSITION');
    expect(p).toEqual(before);

    // 组织部 reviews and completes; 法律部 reviews and returns item 7.
    scores.fillReview('org');
    apply(events.completeReview(scores.reviewReadiness('org')));
    expect(view.departments.org).toBe('complete');
    apply(events.returnItems('legal', ['dispute-mediation']));
    expect(p.stage).toBe('returned');
    expect(view.departments.legal).toBe('returned');
    expect(view.returns).toEqual([
      {
        itemId: 'dispute-mediation',
        departmentId: 'legal',
        reason: '调解组织建立率数据与台账不符，请核实后重新填报',
        deadline: '2011-12-15',
        returnedBy: 'user-legal',
        at: '2011-12-01T09:00:00+08:00',
      },
    ]);
    expect(view.editableItems).toEqual(['dispute-mediation']);
    expect(view.reviewableItems.legal).toEqual([
      'legal-person-registration',
      'collective-contracts',
      'stability',
    ]);

    // Every other department completes meanwhile.
    for (const d of ALL_DEPARTMENTS.filter((d) => d !== 'org' && d !== 'legal')) {
      scores.fillReview(d);
      apply(events.completeReview(scores.reviewReadiness(d)));
    }
    expect(p.stage).toBe('returned');
    // 法律部 cannot complete with its return outstanding
    scores.fillReview('legal');
    expect(refusedWith(p, events.completeReview(scores.reviewReadiness('legal'))).text.zh).toBe(
      '第7项已退回单位修改，待单位重新提交并考评后才能完成考评',
    );

    // The unit revises item 7 and resubmits: only 法律部 reviews again.
    scores.self.set('dispute-mediation', {
      inputs: { a: { numerator: 70, denominator: 100 } },
      explanation: '已核实：70家建会企业中49家建立调解组织',
    });
    apply(events.resubmit(scores.selfReadiness(['dispute-mediation'])));
    expect(p.stage).toBe('review');
    expect(view.returns).toEqual([]);
    expect(Object.entries(view.departments).filter(([, s]) => s !== 'complete')).toEqual([
      ['legal', 'reviewing'],
    ]);

    apply(events.completeReview(scores.reviewReadiness('legal')));
    expect(p.stage).toBe('bonus');
    expect(view.bonusEditable).toBe(true);

    apply(events.completeBonus());
    expect(p.stage).toBe('finalApproval');
    apply(events.approve());
    expect(p.stage).toBe('approved');
    expect(view.locked).toBe(true);
    expect(refusedWith(p, events.returnItems('legal', ['dispute-mediation'])).text.zh).toBe(
      '考核已审定锁定，不能再修改；如需修改，请由管理员（考核办）重新开启',
    );

    // An admin reopens; the chairman can approve again.
    expect(refusedWith(p, events.reopen('')).text.zh).toBe('请填写重新开启的原因');
    apply(events.reopen('单位对第7项考评有异议，申请复核'));
    expect(p.stage).toBe('finalApproval');
    expect(view.locked).toBe(false);
    expect(view.reopened).toEqual({
      reason: '单位对第7项考评有异议，申请复核',
      reopenedBy: 'user-admin',
      at: '2011-12-01T09:00:00+08:00',
    });
    apply(events.approve());
    expect(p.stage).toBe('approved');
    expect(view.reopened).toBeNull();
  });

  it('the chairman sends back to chosen departments; the bonus is confirmed again after', () => {
    const scores = new Scores();
    scores.fillSelf();
    let p = createWorkflow(input2011());
    const apply = (e: AssessmentEvent) => {
      p = store(applyWorkflowEvent(store(p), e).next);
      return workflowView(p);
    };
    apply(events.submit(scores.selfReadiness()));
    for (const d of ALL_DEPARTMENTS) {
      scores.fillReview(d);
      apply(events.completeReview(scores.reviewReadiness(d)));
    }
    apply(events.completeBonus());
    expect(p.stage).toBe('finalApproval');
    const view = apply(events.sendBack(['legal', 'women'], '第11项考评依据不足'));
    expect(p.stage).toBe('review');
    expect(view.bonusComplete).toBe(false);
    expect(view.sentBack).toMatchObject({
      departmentIds: ['legal', 'women'],
      reason: '第11项考评依据不足',
    });
    expect(Object.entries(view.departments).filter(([, s]) => s !== 'complete')).toEqual([
      ['women', 'reviewing'],
      ['legal', 'reviewing'],
    ]);
    apply(events.completeReview(scores.reviewReadiness('legal')));
    const inBonus = apply(events.completeReview(scores.reviewReadiness('women')));
    expect(inBonus.stage).toBe('bonus');
    expect(inBonus.sentBack).toBeNull();
    expect(refusedWith(p, events.approve()).text.zh).toBe(
      '考核尚未进入终审（当前阶段：主席室加分），还不能审定',
    );
  });
});

describe('persistence', () => {
  it('the snapshot is plain JSON and survives a round trip unchanged', () => {
    const p = createWorkflow(input2011());
    const text = JSON.stringify(p);
    expect(JSON.parse(text)).toEqual(p);
    const { next } = applyWorkflowEvent(
      JSON.parse(text),
      events.submit({ ready: true, incomplete: [], checkedItemIds: allItemIds() }),
    );
    expect(JSON.parse(JSON.stringify(next))).toEqual(next);
    expect(workflowView(JSON.parse(JSON.stringify(next)))).toEqual(workflowView(next));
    expect(next.snapshot).toMatchObject({ status: 'active', value: 'review' });
  });

  it('refuses an unknown machine version with a clear message', () => {
    const p = { ...createWorkflow(input2011()), machineVersion: 99 };
    expect(Object.keys(WORKFLOW_MACHINES)).toEqual([String(MACHINE_VERSION)]);
    for (const call of [() => workflowView(p), () => canApply(p, events.approve())]) {
      expect(call).toThrow(DomainError);
      try {
        call();
      } catch (e) {
        expect(e).toMatchObject({
          code: 'UNKNOWN_MACHINE_VERSION',
          text: {
            zh: '无法识别的流程版本：99（本系统支持的版本：1）。请联系管理员。',
            en: 'Unknown workflow version 99 (this system knows 1). Contact an administrator.',
          },
        });
      }
    }
    expect(() => applyWorkflowEvent(p, events.approve())).toThrow(/Unknown workflow version 99/);
  });

  it('refuses a damaged snapshot rather than guessing', () => {
    const p = createWorkflow(input2011());
    const damaged = { ...p, snapshot: { ...(p.snapshot as object), value: 'limbo' } };
    expect(() => workflowView(damaged)).toThrow(/damaged/);
    expect(() => workflowView({ ...p, snapshot: null })).toThrow(/damaged/);
  });

  it('refuses to create a workflow without items', () => {
    const err = (() => {
      try {
        createWorkflow({ ...input2011(), itemDepartments: {} });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('canApply', () => {
  it('says yes, or no with the reason, and never changes anything', () => {
    const p = createWorkflow(input2011());
    expect(canApply(p, events.approve())).toEqual({
      ok: false,
      reason: {
        zh: '考核尚未进入终审（当前阶段：单位自评），还不能审定',
        en: 'The assessment has not reached final approval (now: Self-scoring)',
      },
    });
    expect(
      canApply(p, events.submit({ ready: true, incomplete: [], checkedItemIds: allItemIds() })),
    ).toEqual({ ok: true });
    expect(canApply(p, events.approve(actors.unit()))).toMatchObject({
      ok: false,
      reason: { zh: '只有主席室可以审定' },
    });
  });
});

describe('canEditScore', () => {
  const p0 = createWorkflow(input2011());
  const p1 = applyWorkflowEvent(
    p0,
    events.submit({ ready: true, incomplete: [], checkedItemIds: allItemIds() }),
  ).next;
  const p2 = applyWorkflowEvent(p1, events.returnItems('legal', ['collective-contracts'])).next;

  it('the unit edits every item while self-scoring, then only returned items', () => {
    expect(
      canEditScore(workflowView(p0), actors.unit(), { kind: 'selfScore', itemId: 'research' }),
    ).toEqual({ ok: true });
    expect(
      canEditScore(workflowView(p0), actors.unit('unit-2'), {
        kind: 'selfScore',
        itemId: 'research',
      }),
    ).toMatchObject({ ok: false });
    expect(
      canEditScore(workflowView(p1), actors.unit(), { kind: 'selfScore', itemId: 'research' }),
    ).toMatchObject({
      ok: false,
      reason: { zh: '自评已提交（当前阶段：部门考评），不能再修改' },
    });
    const returned = workflowView(p2);
    expect(
      canEditScore(returned, actors.unit(), { kind: 'selfScore', itemId: 'collective-contracts' }),
    ).toEqual({ ok: true });
    expect(
      canEditScore(returned, actors.unit(), { kind: 'selfScore', itemId: 'research' }),
    ).toMatchObject({
      ok: false,
      reason: { zh: '只能修改被退回的项目' },
    });
  });

  it('departments score their own items, except those out with the unit', () => {
    const returned = workflowView(p2);
    const women = actors.department('women');
    expect(
      canEditScore(returned, women, { kind: 'reviewScore', itemId: 'women-organisation' }),
    ).toEqual({ ok: true });
    expect(
      canEditScore(returned, women, { kind: 'reviewScore', itemId: 'collective-contracts' }),
    ).toMatchObject({
      ok: false,
      reason: { zh: '该项目已退回单位修改，待单位重新提交后再考评' },
    });
    expect(
      canEditScore(returned, women, { kind: 'reviewScore', itemId: 'dispute-mediation' }),
    ).toMatchObject({
      ok: false,
      reason: { zh: '本部门不负责该项目的考评' },
    });
    expect(
      canEditScore(workflowView(p0), women, { kind: 'reviewScore', itemId: 'women-organisation' }),
    ).toMatchObject({ ok: false });
    expect(canEditScore(returned, actors.chairman(), { kind: 'bonus' })).toMatchObject({
      ok: false,
    });
  });
});

describe('zod schemas', () => {
  it('parse commands from the client with bilingual field messages', () => {
    const bad = AssessmentCommandSchema.safeParse({
      type: 'RETURN_ITEMS',
      itemIds: [],
      reason: '  ',
      deadline: '2011-02-30',
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['itemIds', '请选择要退回的项目 / choose the items to return'],
      ['reason', '请填写原因 / a reason is required'],
      ['deadline', '请填写有效的整改期限 / the deadline must be a valid date'],
    ]);
    expect(AssessmentCommandSchema.parse({ type: 'REOPEN', reason: ' 复核 ' })).toEqual({
      type: 'REOPEN',
      reason: '复核',
    });
  });

  it('parse full events, with the actor defaults and the readiness the server computed', () => {
    const e = AssessmentEventSchema.parse({
      type: 'APPROVE',
      actor: { userId: 'u', role: 'chairman' },
      at: '2011-12-01T09:00:00+08:00',
    });
    expect(e.actor).toEqual({ userId: 'u', role: 'chairman', unitId: null, departmentId: null });
    expect(
      AssessmentEventSchema.safeParse({ type: 'SUBMIT', actor: e.actor, at: e.at }).success,
    ).toBe(false);
  });
});
