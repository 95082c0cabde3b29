/**
 * Model-based tests: @xstate/graph walks every state the machine reaches with a set of
 * sample events (three real 2011 items: 1 组织部, 7 法律部, 11 法律部 + 女工部), then every
 * reached state is offered every event, legal and illegal, by the right and the wrong
 * actors. The rules' reason and the machine must agree, and a refused event changes
 * nothing.
 */
import { isDomainError } from '@kaohe/domain';
import {
  adjacencyMapToArray,
  getAdjacencyMap,
  getShortestPaths,
  serializeSnapshot,
} from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { getNextTransitions, initialTransition, type SnapshotFrom, transition } from 'xstate';
import { assessmentMachine } from './assessment-machine.ts';
import type { AssessmentEvent } from './events.ts';
import { applyWorkflowEvent, MACHINE_VERSION, type PersistedWorkflow } from './persistence.ts';
import { ACCEPTED_IN, LOCKED_REASON, refusalReason } from './rules.ts';
import { ASSESSMENT_STAGES, type AssessmentStage } from './stages.ts';
import { actors, events, input2011, PERIOD, readyForReview, readyForSubmit } from './testing.ts';

const ITEMS = ['party-union-cobuilding', 'dispute-mediation', 'collective-contracts'];
const input = input2011(ITEMS);

/** The events that move the model: each by its rightful actor, with ready facts. */
const sampleEvents: AssessmentEvent[] = [
  events.submit(readyForSubmit(ITEMS)),
  events.returnItems('legal', ['dispute-mediation']),
  events.returnItems('women', ['collective-contracts']),
  events.returnItems('org', ['party-union-cobuilding']),
  events.resubmit(readyForSubmit(ITEMS)),
  events.completeReview(readyForReview('org', ITEMS)),
  events.completeReview(readyForReview('legal', ITEMS)),
  events.completeReview(readyForReview('women', ITEMS)),
  events.completeBonus(),
  events.sendBack(['legal']),
  events.approve(),
  events.reopen(),
  events.publish(),
  events.finalise(),
];

/** Events that must never be accepted, whatever the state. */
const illegalEvents: Array<[string, AssessmentEvent]> = [
  ['a unit submits for another unit', events.submit(readyForSubmit(ITEMS), actors.unit('unit-2'))],
  ['a department submits', events.submit(readyForSubmit(ITEMS), actors.department('legal'))],
  ['submit with items missing', events.submit({ ...readyForSubmit(ITEMS), ready: false })],
  ['submit checked over too few items', events.submit(readyForSubmit(ITEMS.slice(1)))],
  ['another unit resubmits', events.resubmit(readyForSubmit(ITEMS), actors.unit('unit-2'))],
  [
    'legal returns item 1 (组织部 reviews it)',
    events.returnItems('legal', ['party-union-cobuilding']),
  ],
  ['women returns item 7', events.returnItems('women', ['dispute-mediation'])],
  [
    'a department reviewing nothing here returns',
    events.returnItems('finance', ['dispute-mediation']),
  ],
  ['return an unknown item', events.returnItems('legal', ['no-such-item'])],
  [
    'return without a reason',
    events.returnItems('legal', ['collective-contracts'], { reason: ' ' }),
  ],
  [
    'return with a deadline in the past',
    events.returnItems('legal', ['collective-contracts'], { deadline: '2011-11-30' }),
  ],
  ['return with no items', events.returnItems('legal', [])],
  [
    'the chairman returns an item',
    { ...events.returnItems('legal', ['dispute-mediation']), actor: actors.chairman() },
  ],
  [
    'complete a review with scores missing',
    events.completeReview({ ...readyForReview('legal', ITEMS), ready: false }),
  ],
  [
    "complete with another department's check",
    events.completeReview(readyForReview('women', ITEMS), actors.department('legal')),
  ],
  [
    'complete with a check over too few items',
    events.completeReview(readyForReview('legal', ['dispute-mediation'])),
  ],
  ['a department completes the bonus', events.completeBonus(actors.department('legal'))],
  ['the admin approves', events.approve(actors.admin())],
  ['a unit approves', events.approve(actors.unit())],
  ['send back without a reason', events.sendBack(['legal'], '')],
  ['send back to a department reviewing nothing here', events.sendBack(['finance'])],
  ['send back to nobody', events.sendBack([])],
  ['reopen without a reason', events.reopen('   ')],
  ['reopen by the chairman', events.reopen('复核', actors.chairman())],
  ['reopen by a unit', events.reopen('复核', actors.unit())],
  ['the chairman publishes', events.publish(undefined, actors.chairman())],
  [
    'publish a period ending before it starts',
    events.publish({ start: PERIOD.end, end: PERIOD.start }),
  ],
  ['finalise within the period', events.finalise(PERIOD.start)],
  ['finalise with an appeal open', events.finalise(undefined, 1)],
  ['a unit finalises', events.finalise(undefined, 0, actors.unit())],
];

type Snapshot = SnapshotFrom<typeof assessmentMachine>;

const paths = getShortestPaths(assessmentMachine, { input, events: sampleEvents });
const states: Snapshot[] = paths.map((p) => p.state);

const persisted = (s: Snapshot): PersistedWorkflow => ({
  machineVersion: MACHINE_VERSION,
  snapshot: JSON.parse(JSON.stringify(assessmentMachine.getPersistedSnapshot(s))),
  stage: s.value as AssessmentStage,
});

describe('the machine explored with @xstate/graph', () => {
  it('reaches every stage', () => {
    expect(new Set(states.map((s) => s.value))).toEqual(new Set(ASSESSMENT_STAGES));
    // many combinations of department progress and open returns, each a distinct state
    expect(states.length).toBeGreaterThan(40);
  });

  it('takes every sample event somewhere, each changing the state', () => {
    // Shortest paths never need RESUBMIT (return + resubmit leads back to a state already
    // reached), so the edges of the whole graph are checked, not just the paths.
    const adjacency = getAdjacencyMap(assessmentMachine, { input, events: sampleEvents });
    const taken = new Set<string>();
    const types = new Set<string>();
    for (const { state, event, nextState } of adjacencyMapToArray(adjacency)) {
      if (serializeSnapshot(nextState) === serializeSnapshot(state)) continue;
      taken.add(JSON.stringify(event));
      types.add(event.type);
    }
    expect(types).toEqual(new Set(Object.keys(ACCEPTED_IN)));
    for (const e of sampleEvents) expect(taken, e.type).toContain(JSON.stringify(e));
  });

  it('declares, per stage, exactly the events ACCEPTED_IN says', () => {
    for (const stage of ASSESSMENT_STAGES) {
      const declared = Object.keys(assessmentMachine.states[stage]!.config.on ?? {}).sort();
      const expected = Object.entries(ACCEPTED_IN)
        .filter(([, stages]) => stages.includes(stage))
        .map(([type]) => type)
        .sort();
      expect(declared, stage).toEqual(expected);
    }
  });

  it('in every reached state, the rules and the machine agree on every event', () => {
    let accepted = 0;
    let refused = 0;
    for (const s of states) {
      const stage = s.value as AssessmentStage;
      for (const e of [...sampleEvents, ...illegalEvents.map(([, e]) => e)]) {
        const reason = refusalReason(stage, s.context, e);
        expect(s.can(e), `${stage} ${e.type} ${reason?.zh}`).toBe(reason === null);
        if (reason === null) {
          accepted++;
          continue;
        }
        refused++;
        const [next] = transition(assessmentMachine, s, e);
        expect(next).toBe(s);
      }
    }
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(1000);
  });

  it('refuses every illegal event in every reached state, with a reason, changing nothing', () => {
    for (const s of states) {
      const before = persisted(s);
      for (const [what, e] of illegalEvents) {
        let thrown: unknown;
        try {
          applyWorkflowEvent(before, e);
        } catch (error) {
          thrown = error;
        }
        expect(isDomainError(thrown), `${s.value}: ${what}`).toBe(true);
        if (isDomainError(thrown)) {
          expect(thrown.code).toBe('INVALID_TRANSITION');
          expect(thrown.text.zh.length).toBeGreaterThan(4);
          expect(thrown.text.en.length).toBeGreaterThan(4);
        }
      }
      expect(before).toEqual(persisted(s));
    }
  });

  it('refuses every write after approval with the lock reason, except the admin reopening', () => {
    const approved = states.filter((s) => s.value === 'approved');
    expect(approved.length).toBeGreaterThan(0);
    for (const s of approved) {
      for (const e of sampleEvents) {
        if (e.type === 'REOPEN' || e.type === 'PUBLISH' || e.type === 'FINALISE') continue;
        expect(refusalReason('approved', s.context, e)).toEqual(LOCKED_REASON);
      }
      expect(refusalReason('approved', s.context, events.reopen())).toBeNull();
    }
  });

  it('never leaves a state in review with every department complete (it moves to bonus)', () => {
    for (const s of states) {
      const all = Object.values(s.context.departments).every((d) => d === 'complete');
      if (s.value === 'review' || s.value === 'returned') expect(all).toBe(false);
      // open returns exist exactly when the stage is "returned"
      expect(s.context.returns.length > 0).toBe(s.value === 'returned');
      // a department is "returned" exactly when it has an open return
      for (const [d, status] of Object.entries(s.context.departments)) {
        expect(status === 'returned').toBe(s.context.returns.some((r) => r.departmentId === d));
      }
    }
  });

  it('guards every transition, so no event is accepted without its rules', () => {
    for (const s of states) {
      for (const t of getNextTransitions(s)) expect(t.guard, t.eventType).toBeDefined();
    }
  });
});

describe('refusals say why', () => {
  const [initial] = initialTransition(assessmentMachine, input);
  const step = (s: Snapshot, e: AssessmentEvent) => {
    const [next] = transition(assessmentMachine, s, e);
    expect(
      next,
      `${e.type} was refused: ${refusalReason(s.value as AssessmentStage, s.context, e)?.zh}`,
    ).not.toBe(s);
    return next;
  };
  const reason = (s: Snapshot, e: AssessmentEvent) =>
    refusalReason(s.value as AssessmentStage, s.context, e);
  const inReview = step(initial, events.submit(readyForSubmit(ITEMS)));

  it('a unit of another unit cannot submit', () => {
    expect(reason(initial, events.submit(readyForSubmit(ITEMS), actors.unit('unit-2')))).toEqual({
      zh: '只有本单位的用户可以提交自评',
      en: "Only this unit's users can submit the self-assessment",
    });
  });

  it('submitting with items missing names them', () => {
    const e = events.submit({
      ready: false,
      checkedItemIds: ITEMS,
      incomplete: [
        { itemId: 'party-union-cobuilding', number: 1, reason: { zh: 'x', en: 'x' } },
        { itemId: 'dispute-mediation', number: 7, reason: { zh: 'x', en: 'x' } },
      ],
    });
    expect(reason(initial, e)?.zh).toBe('尚有2项未完成自评：第1、7项');
    expect(reason(initial, e)?.en).toBe('2 items are missing the self score: items 1, 7');
  });

  it('a second SUBMIT (double click) is refused as already done', () => {
    expect(reason(inReview, events.submit(readyForSubmit(ITEMS)))?.zh).toBe(
      '自评已提交（当前阶段：部门考评），不能重复提交',
    );
  });

  it('a department cannot return an item it does not review', () => {
    expect(reason(inReview, events.returnItems('women', ['dispute-mediation']))?.zh).toBe(
      '女工部不负责第7项的考评，不能退回',
    );
  });

  it('a department cannot complete with review scores missing', () => {
    const e = events.completeReview({
      ready: false,
      departmentId: 'legal',
      checkedItemIds: ['dispute-mediation', 'collective-contracts'],
      incomplete: [{ itemId: 'collective-contracts', number: 11, reason: { zh: 'x', en: 'x' } }],
    });
    expect(reason(inReview, e)?.zh).toBe('尚有1项未完成考评：第11项（第11项：x）');
  });

  it('a department with a return outstanding cannot complete; nor can one sharing the item', () => {
    const returned = step(inReview, events.returnItems('legal', ['collective-contracts']));
    expect(returned.value).toBe('returned');
    expect(reason(returned, events.completeReview(readyForReview('legal', ITEMS)))?.zh).toBe(
      '第11项已退回单位修改，待单位重新提交并考评后才能完成考评',
    );
    expect(reason(returned, events.completeReview(readyForReview('women', ITEMS)))?.zh).toBe(
      '第11项已退回单位修改，待单位重新提交并考评后才能完成考评',
    );
    // 组织部 is not concerned and completes meanwhile
    expect(reason(returned, events.completeReview(readyForReview('org', ITEMS)))).toBeNull();
    // the same return twice is refused
    expect(reason(returned, events.returnItems('legal', ['collective-contracts']))?.zh).toBe(
      '第11项已退回单位，正在等待单位修改，无需重复退回',
    );
  });

  it('approve before every department completes is refused, by stage and by the guard', () => {
    expect(reason(inReview, events.approve())?.zh).toBe(
      '考核尚未进入终审（当前阶段：部门考评），还不能审定',
    );
    // A snapshot that claims final approval with a department still reviewing: the
    // guard itself refuses.
    const forged = assessmentMachine.resolveState({
      value: 'finalApproval',
      context: { ...inReview.context, bonusComplete: true },
    });
    expect(forged.can(events.approve())).toBe(false);
    expect(reason(forged, events.approve())?.zh).toBe(
      '尚有3个部门未完成考评：组织部、法律部、女工部',
    );
  });

  it('reopen needs an admin and a reason', () => {
    let s = inReview;
    for (const d of ['org', 'legal', 'women'])
      s = step(s, events.completeReview(readyForReview(d, ITEMS)));
    expect(s.value).toBe('bonus');
    s = step(s, events.completeBonus());
    s = step(s, events.approve());
    expect(s.value).toBe('approved');
    expect(reason(s, events.reopen(''))?.zh).toBe('请填写重新开启的原因');
    expect(reason(s, events.reopen('复核', actors.chairman()))?.zh).toBe(
      '只有管理员（考核办）可以重新开启已审定的考核',
    );
    expect(reason(s, events.completeReview(readyForReview('org', ITEMS)))).toEqual(LOCKED_REASON);
  });
});
