/**
 * fast-check model-based run: random command sequences, legal and illegal, applied
 * through the persistence API (JSON in, JSON out, as the server stores it) and checked
 * against a small independent model of the brief's rules.
 */
import { isDomainError } from '@kaohe/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_EVENT_TYPES, type AssessmentEvent } from './events.ts';
import {
  applyWorkflowEvent,
  canApply,
  createWorkflow,
  type PersistedWorkflow,
  workflowView,
} from './persistence.ts';
import type { AssessmentStage, DepartmentReviewStatus } from './stages.ts';
import {
  AFTER_PERIOD,
  actors,
  events,
  input2011,
  PERIOD,
  readyForReview,
  readyForSubmit,
} from './testing.ts';

const ITEMS = ['party-union-cobuilding', 'dispute-mediation', 'collective-contracts'];
const REVIEWS: Record<string, string[]> = {
  org: ['party-union-cobuilding'],
  legal: ['dispute-mediation', 'collective-contracts'],
  women: ['collective-contracts'],
};

interface Model {
  stage: AssessmentStage;
  departments: Record<string, DepartmentReviewStatus>;
  returns: Array<{ departmentId: string; itemId: string }>;
  /** The published period's end, while published or final. */
  periodEnd: string | null;
}

interface Real {
  persisted: PersistedWorkflow;
}

/** What the brief says should happen, written without the machine's code. */
function expected(m: Model, e: AssessmentEvent): Model | null {
  const reviewing = m.stage === 'review' || m.stage === 'returned';
  const d = e.actor.departmentId ?? '';
  const next = (patch: Partial<Model>): Model => ({ ...m, ...patch });
  switch (e.type) {
    case 'SUBMIT':
      if (m.stage !== 'selfScoring' || e.actor.unitId !== 'unit-1') return null;
      return next({
        stage: 'review',
        departments: { org: 'reviewing', legal: 'reviewing', women: 'reviewing' },
      });
    case 'RESUBMIT':
      if (m.stage !== 'returned' || e.actor.unitId !== 'unit-1') return null;
      return next({
        stage: 'review',
        returns: [],
        departments: Object.fromEntries(
          Object.entries(m.departments).map(([k, s]) => [k, s === 'returned' ? 'reviewing' : s]),
        ),
      });
    case 'RETURN_ITEMS': {
      const mine = REVIEWS[d];
      if (!reviewing || e.actor.role !== 'department' || !mine) return null;
      if (m.departments[d] === 'complete') return null;
      if (!e.itemIds.every((i) => mine.includes(i))) return null;
      if (m.returns.some((r) => r.departmentId === d && e.itemIds.includes(r.itemId))) return null;
      return next({
        stage: 'returned',
        departments: { ...m.departments, [d]: 'returned' },
        returns: [...m.returns, ...e.itemIds.map((itemId) => ({ departmentId: d, itemId }))],
      });
    }
    case 'COMPLETE_REVIEW': {
      const mine = REVIEWS[d];
      if (!reviewing || e.actor.role !== 'department' || !mine) return null;
      if (m.departments[d] === 'complete') return null;
      if (m.returns.some((r) => mine.includes(r.itemId))) return null;
      if (!e.readiness.ready || e.readiness.departmentId !== d) return null;
      const departments = { ...m.departments, [d]: 'complete' as const };
      const all = Object.values(departments).every((s) => s === 'complete');
      return next({ departments, stage: m.stage === 'review' && all ? 'bonus' : m.stage });
    }
    case 'COMPLETE_BONUS':
      return m.stage === 'bonus' && e.actor.role === 'chairman'
        ? next({ stage: 'finalApproval' })
        : null;
    case 'SEND_BACK':
      if ((m.stage !== 'bonus' && m.stage !== 'finalApproval') || e.actor.role !== 'chairman') {
        return null;
      }
      return next({
        stage: 'review',
        departments: Object.fromEntries(
          Object.entries(m.departments).map(([k, s]) => [
            k,
            e.departmentIds.includes(k) ? 'reviewing' : s,
          ]),
        ),
      });
    case 'APPROVE':
      return m.stage === 'finalApproval' && e.actor.role === 'chairman'
        ? next({ stage: 'approved' })
        : null;
    case 'REOPEN':
      return (m.stage === 'approved' || m.stage === 'final') &&
        e.actor.role === 'admin' &&
        e.reason.trim() !== ''
        ? next({ stage: 'finalApproval', periodEnd: null })
        : null;
    case 'PUBLISH': {
      const ok =
        m.stage === 'approved' &&
        e.actor.role === 'admin' &&
        Date.parse(e.periodStart) < Date.parse(e.periodEnd) &&
        Date.parse(e.at) < Date.parse(e.periodEnd);
      return ok ? next({ stage: 'published', periodEnd: e.periodEnd }) : null;
    }
    case 'FINALISE': {
      const ok =
        m.stage === 'published' &&
        e.actor.role === 'admin' &&
        e.openAppeals === 0 &&
        m.periodEnd !== null &&
        Date.parse(e.at) >= Date.parse(m.periodEnd);
      return ok ? next({ stage: 'final' }) : null;
    }
  }
}

/** Event types accepted at least once across all runs. */
const acceptedTypes = new Set<string>();

class Send implements fc.Command<Model, Real> {
  constructor(readonly event: AssessmentEvent) {}
  check() {
    return true;
  }
  run(model: Model, real: Real) {
    const want = expected(model, this.event);
    const before = JSON.stringify(real.persisted);
    const asked = canApply(real.persisted, this.event);
    let accepted = true;
    try {
      const { next, view } = applyWorkflowEvent(JSON.parse(before), this.event);
      real.persisted = JSON.parse(JSON.stringify(next));
      expect(workflowView(real.persisted)).toEqual(view);
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'INVALID_TRANSITION') throw error;
      accepted = false;
      expect(JSON.stringify(real.persisted)).toBe(before);
      expect(asked).toEqual({ ok: false, reason: error.text });
    }
    expect(accepted, `${model.stage} ${this.toString()}`).toBe(want !== null);
    expect(asked.ok).toBe(accepted);
    if (want) Object.assign(model, want);
    if (accepted) acceptedTypes.add(this.event.type);

    const view = workflowView(real.persisted);
    expect(view.stage).toBe(model.stage);
    expect(view.departments).toEqual(model.departments);
    expect(view.returns.map((r) => ({ departmentId: r.departmentId, itemId: r.itemId }))).toEqual(
      model.returns,
    );
    expect(view.locked).toBe(['approved', 'published', 'final'].includes(model.stage));
    expect(view.publication?.periodEnd ?? null).toBe(model.periodEnd);

    // Idempotency: the same event again, right after it took effect, is refused.
    if (accepted) {
      const again = canApply(real.persisted, this.event);
      expect(again.ok, `${this.toString()} twice`).toBe(false);
    }
  }
  toString() {
    const e = this.event;
    return `${e.type}(${e.actor.role}:${e.actor.unitId ?? e.actor.departmentId ?? ''}${
      'itemIds' in e ? ` ${e.itemIds.join(',')}` : ''
    })`;
  }
}

const pool: AssessmentEvent[] = [
  events.submit(readyForSubmit(ITEMS)),
  events.submit(readyForSubmit(ITEMS), actors.unit('unit-2')),
  events.resubmit(readyForSubmit(ITEMS)),
  events.returnItems('legal', ['dispute-mediation']),
  events.returnItems('legal', ['collective-contracts']),
  events.returnItems('women', ['collective-contracts']),
  events.returnItems('org', ['party-union-cobuilding']),
  events.returnItems('women', ['dispute-mediation']),
  events.completeReview(readyForReview('org', ITEMS)),
  events.completeReview(readyForReview('legal', ITEMS)),
  events.completeReview(readyForReview('women', ITEMS)),
  events.completeReview({ ...readyForReview('legal', ITEMS), ready: false }),
  events.completeBonus(),
  events.sendBack(['legal']),
  events.sendBack(['org', 'women']),
  events.approve(),
  events.approve(actors.admin()),
  events.reopen(),
  events.reopen(''),
  events.reopen('复核', actors.chairman()),
  events.publish(),
  events.publish(PERIOD, actors.chairman()),
  // the end before the start; a period already over
  events.publish({ start: PERIOD.end, end: PERIOD.start }),
  events.publish({ start: '2011-11-01T09:00:00+08:00', end: '2011-11-20T17:00:00+08:00' }),
  events.finalise(),
  // within the period; with an appeal still open; by the chairman's office
  events.finalise(PERIOD.start),
  events.finalise(AFTER_PERIOD, 1),
  events.finalise(AFTER_PERIOD, 0, actors.chairman()),
];

const PUBLISH_OK = pool.findIndex((e) => e.type === 'PUBLISH');
const FINALISE_OK = pool.findIndex((e) => e.type === 'FINALISE');

/** Sent by the rightful actor with ready facts. */
const isRightful = (e: AssessmentEvent) =>
  e.type === 'COMPLETE_REVIEW'
    ? e.readiness.ready
    : e.type === 'REOPEN'
      ? e.actor.role === 'admin' && e.reason !== ''
      : e.type === 'PUBLISH'
        ? e.actor.role === 'admin' && e === pool[PUBLISH_OK]
        : e.type === 'FINALISE'
          ? e === pool[FINALISE_OK]
          : e.actor.role === 'chairman';

describe('random sequences against the model', () => {
  it('accept exactly what the model accepts, and refused events change nothing', () => {
    // The events that move the assessment forward come up more often, so runs reach
    // approval and reopening, not only the churn of returns.
    const forward = pool.filter(
      (e) =>
        ['COMPLETE_REVIEW', 'COMPLETE_BONUS', 'APPROVE', 'REOPEN', 'PUBLISH', 'FINALISE'].includes(
          e.type,
        ) && isRightful(e),
    );
    const commands = fc.commands(
      [...pool, ...forward, ...forward].map((e) => fc.constant(new Send(e))),
      { size: '+1' },
    );
    fc.assert(
      fc.property(commands, (cmds) => {
        const setup = () => ({
          model: {
            stage: 'selfScoring',
            departments: { org: 'pending', legal: 'pending', women: 'pending' },
            returns: [],
            periodEnd: null,
          } satisfies Model as Model,
          real: { persisted: createWorkflow(input2011(ITEMS)) },
        });
        fc.modelRun(setup, cmds);
      }),
      { numRuns: 300 },
    );
    expect([...acceptedTypes].sort()).toEqual([...ASSESSMENT_EVENT_TYPES].sort());
    // 300 runs take about 2 s on a quiet machine and 10 s on a busy one: past vitest's 5 s.
  }, 60_000);
});
