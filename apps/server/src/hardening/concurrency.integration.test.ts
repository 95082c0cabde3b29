/**
 * Concurrency (issue 8): 2, 10 and 50 concurrent conflicting edits of one item, all with
 * the same expectedVersion, repeated CONCURRENCY_REPS times (default 100) on each engine
 * through the repository and CONCURRENCY_SERVICE_REPS times (default 5) through the
 * services a procedure calls (one database, one shared fixture): exactly one
 * wins, every other gets CONFLICT, the stored row is the winner's (no lost update), and
 * exactly one audit event is written per accepted save. Then every workflow step fired
 * twice at once and twice in a row changes the state once.
 */
import { saveReviewScore as saveReviewRow, saveSelfScore as saveSelfRow } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import { type Actor, DomainError, rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import type { AssessmentStage } from '@kaohe/workflow';
import { fullInputs } from '@kaohe/workflow/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../context.ts';
import { saveReviewScore, saveSelfScore } from '../services/scoring-service.ts';
import { assessmentAt, RETURNED_ITEM } from '../testing/drive.ts';
import {
  createHarness,
  type Harness,
  outcome,
  procedureAt,
  UNITS,
  USERS,
} from '../testing/harness.ts';

const REPS = Number(process.env.CONCURRENCY_REPS ?? 100);
const SERVICE_REPS = Number(process.env.CONCURRENCY_SERVICE_REPS ?? 5);
const ITEM = rubricItems(rubric2011).find(({ item }) => item.id === RETURNED_ITEM)!.item;

describeEachEngine('concurrency', ({ db }) => {
  let h: Harness;
  let unit: Actor;
  let legal: Actor;
  let draft = '';
  let inReview = '';

  beforeAll(async () => {
    h = await createHarness(db());
    unit = actorOf(h.user(USERS.unitA));
    legal = actorOf(h.user(USERS.dept('legal')));
    draft = h.assessments[UNITS.a.id]!;
    inReview = await assessmentAt(h, 'review');
  }, 300_000);

  afterAll(() => h.dispose());

  const auditCount = async (entityId: string) =>
    Number(
      (
        await h.db
          .selectFrom('auditEvents')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('entityId', '=', entityId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** Runs `n` saves at once, each with its own explanation/remarks; returns the winner's index. */
  async function race(
    n: number,
    save: (i: number) => Promise<unknown>,
  ): Promise<{ winner: number; conflicts: number }> {
    const results = await Promise.allSettled(Array.from({ length: n }, (_, i) => save(i)));
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    for (const e of refusals) {
      expect(e, String(e)).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('CONFLICT');
    }
    expect(won, `${n} concurrent saves`).toHaveLength(1);
    return { winner: won[0]!, conflicts: refusals.length };
  }

  /**
   * Each race at two layers: the repository write a save ends in (the versioned UPDATE and
   * its audit event in one transaction), REPS times: the guarantee itself, fast enough to
   * repeat 100 times at 50 writers on both engines within the CI budget; and the whole
   * service a procedure calls (assessment lock, load, checks, score), SERVICE_REPS times.
   */
  const LAYERS = [
    { layer: 'repository', reps: REPS },
    { layer: 'service', reps: SERVICE_REPS },
  ] as const;

  for (const n of [2, 10, 50]) {
    for (const { layer, reps } of LAYERS) {
      it(`${n} concurrent self-score saves of one item through the ${layer}, ${reps} times: one wins, the rest CONFLICT`, async () => {
        const entityId = `${draft}/${ITEM.id}`;
        const inputs = fullInputs(ITEM);
        for (let rep = 0; rep < reps; rep++) {
          const row = await h.db
            .selectFrom('itemScores')
            .select(['version', 'selfScore'])
            .where('assessmentId', '=', draft)
            .where('itemId', '=', ITEM.id)
            .executeTakeFirstOrThrow();
          const events = await auditCount(entityId);
          const text = (i: number) => `${layer}：第${rep}轮 第${i}份`;
          const { winner } = await race(n, (i) =>
            layer === 'service'
              ? saveSelfScore(h.deps, unit, {
                  assessmentId: draft,
                  itemId: ITEM.id,
                  inputs,
                  explanation: text(i),
                  expectedVersion: row.version,
                })
              : saveSelfRow(h.db, unit, {
                  assessmentId: draft,
                  itemId: ITEM.id,
                  inputs,
                  selfScore: row.selfScore ?? '0',
                  explanation: text(i),
                  expectedVersion: row.version,
                }),
          );
          const after = await h.db
            .selectFrom('itemScores')
            .select(['version', 'explanation'])
            .where('assessmentId', '=', draft)
            .where('itemId', '=', ITEM.id)
            .executeTakeFirstOrThrow();
          expect(after.version).toBe(row.version + 1);
          expect(after.explanation, 'the stored row is the winner’s').toBe(text(winner));
          expect(await auditCount(entityId)).toBe(events + 1);
        }
      }, 600_000);

      it(`${n} concurrent review-score saves of one item through the ${layer}, ${reps} times: one wins, the rest CONFLICT`, async () => {
        const entityId = `${inReview}/${ITEM.id}/legal`;
        const inputs = fullInputs(ITEM, 'legal');
        for (let rep = 0; rep < reps; rep++) {
          const row = await h.db
            .selectFrom('itemReviews')
            .select(['version', 'reviewScore'])
            .where('assessmentId', '=', inReview)
            .where('itemId', '=', ITEM.id)
            .where('departmentId', '=', 'legal')
            .executeTakeFirstOrThrow();
          const events = await auditCount(entityId);
          const text = (i: number) => `${layer}：第${rep}轮 第${i}份`;
          const { winner } = await race(n, (i) =>
            layer === 'service'
              ? saveReviewScore(h.deps, legal, {
                  assessmentId: inReview,
                  itemId: ITEM.id,
                  inputs,
                  remarks: text(i),
                  expectedVersion: row.version,
                })
              : saveReviewRow(h.db, legal, {
                  assessmentId: inReview,
                  itemId: ITEM.id,
                  departmentId: 'legal',
                  inputs,
                  reviewScore: row.reviewScore,
                  itemReviewScore: row.reviewScore,
                  remarks: text(i),
                  expectedVersion: row.version,
                }),
          );
          const after = await h.db
            .selectFrom('itemReviews')
            .select(['version', 'remarks'])
            .where('assessmentId', '=', inReview)
            .where('itemId', '=', ITEM.id)
            .where('departmentId', '=', 'legal')
            .executeTakeFirstOrThrow();
          expect(after.version).toBe(row.version + 1);
          expect(after.remarks, 'the stored row is the winner’s').toBe(text(winner));
          expect(await auditCount(entityId)).toBe(events + 1);
        }
      }, 600_000);
    }
  }

  describe('a workflow step repeated (double click, retry) changes the state once', () => {
    /** [procedure, the stage it starts from, who steps, the workflow command] */
    const STEPS: Array<[string, AssessmentStage, string, { type: string; reason?: string }]> = [
      ['assessment.submit', 'selfScoring', USERS.unitA, { type: 'SUBMIT' }],
      ['review.completeUnit', 'review', USERS.dept('legal'), { type: 'COMPLETE_REVIEW' }],
      ['bonus.complete', 'bonus', USERS.chairman, { type: 'COMPLETE_BONUS' }],
      ['approval.approve', 'finalApproval', USERS.chairman, { type: 'APPROVE' }],
      ['approval.reopen', 'approved', USERS.admin, { type: 'REOPEN', reason: '复核发现错误' }],
    ];

    const state = async (id: string) => {
      const a = await h.db
        .selectFrom('assessments')
        .select(['stage', 'version'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const steps = await h.db
        .selectFrom('auditEvents')
        .select(['action'])
        .where('assessmentId', '=', id)
        .where('entityType', '=', 'assessment')
        .execute();
      return { ...a, steps: steps.map((s) => s.action) };
    };

    for (const [path, stage, username, command] of STEPS) {
      const action = `assessment.${command.type}`;
      const step = (assessmentId: string, expectedVersion: number) =>
        procedureAt(h.as(username), path)({ assessmentId, expectedVersion, command });
      it(`${path}: twice at once, then again with the old and the new version`, async () => {
        // 'bonus' and later stages need the fixture driven there; one each, in parallel is
        // too much for PGlite, so in turn.
        const id = await assessmentAt(h, stage);
        const before = await state(id);
        const twice = await Promise.all([
          outcome(step(id, before.version)),
          outcome(step(id, before.version)),
        ]);
        expect(
          twice.filter((o) => o === 'allowed'),
          JSON.stringify(twice),
        ).toHaveLength(1);
        // The loser: CONFLICT (stale version), or LOCKED once the first approved it.
        expect(['CONFLICT', 'LOCKED']).toContain(twice.find((o) => o !== 'allowed'));
        const once = await state(id);
        expect(once.version).toBe(before.version + 1);
        expect(once.steps.filter((a) => a === action).length).toBe(
          before.steps.filter((a) => a === action).length + 1,
        );
        // A retry with the version the client had, and one with the version it got back.
        const approving = stage === 'finalApproval';
        expect(await outcome(step(id, before.version))).toBe(approving ? 'LOCKED' : 'CONFLICT');
        expect(await outcome(step(id, once.version))).toBe(
          approving ? 'LOCKED' : 'INVALID_TRANSITION',
        );
        expect(await state(id)).toEqual(once);
      }, 300_000);
    }
  });
});
