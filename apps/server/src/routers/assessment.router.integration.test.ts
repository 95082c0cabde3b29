import { describeEachEngine } from '@kaohe/db/testing';
import { formatCenti, type ItemInputs, scoreItem } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppTrpcError } from '../errors.ts';
import { assessmentAt, ITEMS, itemOf, RETURNED_ITEM, version } from '../testing/drive.ts';
import {
  createHarness,
  type Harness,
  MINUTE,
  outcome,
  TestClock,
  UNITS,
  USERS,
} from '../testing/harness.ts';

describeEachEngine('assessment, todo and audit routers', ({ db }) => {
  let h: Harness;
  const a = () => h.assessments[UNITS.a.id]!;
  const b = () => h.assessments[UNITS.b.id]!;

  const row = async (assessmentId: string, itemId: string) =>
    (await h.as(USERS.admin).assessment.byId({ id: assessmentId })).items.find(
      (i) => i.itemId === itemId,
    )!;

  async function save(
    user: string,
    assessmentId: string,
    itemId: string,
    inputs: ItemInputs,
    explanation: string | null = '已落实',
  ) {
    return h.as(user).assessment.saveSelfScore({
      assessmentId,
      itemId,
      inputs,
      explanation,
      expectedVersion: (await row(assessmentId, itemId)).version,
    });
  }

  beforeAll(async () => {
    // 2011-12-05, after the self-scoring deadline (12-10 is not yet; set below per test).
    h = await createHarness(db(), { clock: new TestClock(new Date('2011-12-05T10:00:00+08:00')) });
  });

  afterAll(() => h.dispose());

  describe('saveSelfScore', () => {
    it('the server computes the score from the inputs; a score sent along is ignored', async () => {
      const inputs: ItemInputs = { a: { met: true }, b: { met: false }, c: { met: true } };
      const forged = {
        assessmentId: a(),
        itemId: 'workers-home',
        inputs,
        explanation: '已落实',
        expectedVersion: (await row(a(), 'workers-home')).version,
        selfScore: '3',
      };
      const saved = await h.as(USERS.unitA).assessment.saveSelfScore(forged);
      const expected = scoreItem(rubric2011, 'workers-home', inputs, { unitType: 'district' });
      expect(saved.selfScore).toBe(formatCenti(expected.points));
      expect(saved.selfScore).toBe('2');
      expect(saved.complete).toBe(true);
      expect(saved.breakdown.map((x) => x.status)).toEqual(['met', 'notMet', 'met']);
      expect(saved.breakdown[0]!.explanation.zh.length).toBeGreaterThan(0);
      expect((await row(a(), 'workers-home')).selfScore).toBe('2');
    });

    it('an indicator target depends on the unit type (item 2: 80% district, 95% bureau)', async () => {
      const inputs = { a: { numerator: 90, denominator: 100 }, b: { met: true } };
      expect((await save(USERS.unitA, a(), 'union-founding', inputs)).selfScore).toBe('10');
      expect((await save(USERS.unitB, b(), 'union-founding', inputs)).selfScore).toBe('5');
    });

    it('an unfinished item is a draft: inputs kept, no self score yet', async () => {
      const saved = await save(USERS.unitA, a(), 'cadre-training', { a: { met: true } }, null);
      expect(saved).toMatchObject({ selfScore: null, complete: false });
      const stored = await row(a(), 'cadre-training');
      expect(stored.selfInputs).toEqual({ a: { met: true } });
      expect(stored.explanation).toBeNull();
    });

    it('refuses what the rubric does not allow, and changes nothing', async () => {
      const before = await row(a(), 'information');
      expect(await outcome(save(USERS.unitA, a(), 'information', { a: { value: 4.5 } }))).toBe(
        'INVALID_SCORE',
      );
      expect(await outcome(save(USERS.unitA, a(), 'information', { a: { value: 3.3 } }))).toBe(
        'INVALID_SCORE',
      );
      expect(await outcome(save(USERS.unitA, a(), 'information', { z: { value: 1 } }))).toBe(
        'INVALID_INPUT',
      );
      expect(
        await outcome(
          save(USERS.unitA, a(), 'hardship-relief', {
            a: { levelId: 'excellent' },
            b: { triggered: false },
          }),
        ),
      ).toBe('INVALID_SCORE');
      // The workflow answers first: 本考核没有该项目 (FORBIDDEN).
      expect(
        await outcome(
          h.as(USERS.unitA).assessment.saveSelfScore({
            assessmentId: a(),
            itemId: 'no-such-item',
            inputs: {},
            explanation: null,
            expectedVersion: 1,
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        await outcome(save(USERS.unitA, a(), 'information', { a: { value: 'lots' } })),
      ).not.toBe('allowed');
      expect(await row(a(), 'information')).toEqual(before);
    });

    it('the veto zeroes the whole item (item 16: 困难职工建档率不达标整项不得分)', async () => {
      const saved = await save(USERS.unitA, a(), 'hardship-relief', {
        a: { levelId: 'effective' },
        b: { triggered: true },
      });
      expect(saved.selfScore).toBe('0');
    });
  });

  describe('a returned item', () => {
    it('the unit revises it without learning the review score, even from a conflict', async () => {
      // 法律部 scored item 7 (3 of 3) before returning it; that score is not the unit's to see.
      const returned = await assessmentAt(h, 'returned', { unitId: UNITS.spare.id });
      const current = await row(returned, RETURNED_ITEM);
      expect(current.reviewScore).toBe('3');
      const revised = await save(USERS.unitSpare, returned, RETURNED_ITEM, {
        a: { numerator: 70, denominator: 100 },
      });
      expect(revised.selfScore).toBe('3');
      expect(revised.reviewScore).toBeNull();
      const stale = await h
        .as(USERS.unitSpare)
        .assessment.saveSelfScore({
          assessmentId: returned,
          itemId: RETURNED_ITEM,
          inputs: { a: { numerator: 71, denominator: 100 } },
          explanation: '过期版本',
          expectedVersion: current.version,
        })
        .catch((e: unknown) => e);
      expect((stale as AppTrpcError).domainCode).toBe('CONFLICT');
      const details = (stale as AppTrpcError).details as { current: Record<string, unknown> };
      expect(details.current).toMatchObject({
        itemId: RETURNED_ITEM,
        version: current.version + 1,
      });
      expect(details.current.reviewScore ?? null).toBeNull();
    });
  });

  describe('submit', () => {
    it('refuses an incomplete self-assessment, naming what is missing', async () => {
      const error = await h
        .as(USERS.unitB)
        .assessment.submit({
          assessmentId: b(),
          expectedVersion: await version(h, b()),
          command: { type: 'SUBMIT' },
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppTrpcError);
      expect((error as AppTrpcError).domainCode).toBe('INVALID_TRANSITION');
      expect((error as AppTrpcError).text.zh).toMatch(/^尚有29项未完成自评/);
      expect((await h.as(USERS.admin).assessment.byId({ id: b() })).stage).toBe('selfScoring');
    });
  });

  describe('mine, list and byId', () => {
    it('a unit lists only its own assessments', async () => {
      const mine = await h.as(USERS.unitA).assessment.mine();
      expect(mine.map((m) => m.id)).toEqual([a()]);
      expect(mine[0]).toMatchObject({ year: 2011, stage: 'selfScoring' });
    });

    it('the office lists a cycle, filtered by unit type and stage', async () => {
      const all = await h.as(USERS.chairman).assessment.list({ cycleId: h.cycleId });
      expect(all.map((x) => x.unitName).sort()).toEqual([UNITS.b.name, UNITS.a.name].sort());
      const bureaus = await h
        .as(USERS.admin)
        .assessment.list({ cycleId: h.cycleId, unitTypeId: 'bureau' });
      expect(bureaus.map((x) => x.unitId)).toEqual([UNITS.b.id]);
      expect(
        await h.as(USERS.admin).assessment.list({ cycleId: h.cycleId, stage: 'approved' }),
      ).toEqual([]);
    });

    it('byId refuses an unknown id', async () => {
      expect(await outcome(h.as(USERS.admin).assessment.byId({ id: 'no-such-assessment' }))).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('todo', () => {
    it('lists what each user must do now, with the deadline and whether it has passed', async () => {
      const unitTodo = await h.as(USERS.unitA).todo.mine();
      expect(unitTodo).toEqual([
        expect.objectContaining({
          kind: 'selfScore',
          assessmentId: a(),
          unitName: UNITS.a.name,
          deadline: new Date('2011-12-10T23:59:59+08:00'),
          overdue: false,
        }),
      ]);
      expect(await h.as(USERS.admin).todo.mine()).toEqual([]);
      h.clock.advance(6 * 24 * 60 * MINUTE);
      expect((await h.as(USERS.unitA).todo.mine())[0]!.overdue).toBe(true);
    });

    it('a department sees a submitted assessment to review; the chairman one awaiting the bonus', async () => {
      const inReview = await assessmentAt(h, 'review', { unitId: UNITS.spare.id });
      const legal = await h.as(USERS.dept('legal')).todo.mine();
      expect(legal.map((t) => [t.assessmentId, t.kind])).toContainEqual([inReview, 'review']);
      expect(legal.map((t) => t.assessmentId)).not.toContain(a());
      const atBonus = await assessmentAt(h, 'bonus', { unitId: UNITS.spare.id });
      const chairman = await h.as(USERS.chairman).todo.mine();
      expect(chairman.map((t) => [t.assessmentId, t.kind])).toEqual([[atBonus, 'bonus']]);
      expect(
        (await h.as(USERS.dept('legal')).todo.mine()).map((t) => t.assessmentId),
      ).not.toContain(atBonus);
    });
  });

  describe('audit history', () => {
    it('records who changed a score, when, the old and new value', async () => {
      const history = await h
        .as(USERS.admin)
        .audit.history({ assessmentId: a(), itemId: 'union-founding' });
      const event = history.events.find((e) => e.action === 'itemScore.saveSelfScore')!;
      expect(event).toMatchObject({
        actorUserId: USERS.unitA,
        actorRole: 'unit',
        entityId: `${a()}/union-founding`,
        before: expect.objectContaining({ selfScore: null }),
        after: expect.objectContaining({ selfScore: '10' }),
      });
      expect(event.at).toBeInstanceOf(Date);
    });

    it('a unit does not read the departments’ working notes before approval; a department only its items', async () => {
      const returned = await assessmentAt(h, 'returned');
      const unitView = (await h.as(USERS.unitA).audit.history({ assessmentId: returned })).events;
      expect(unitView.length).toBeGreaterThan(0);
      expect(unitView.some((e) => e.action === 'assessment.RETURN_ITEMS')).toBe(true);
      expect(unitView.some((e) => e.action === 'itemReview.return')).toBe(true);
      expect(unitView.some((e) => e.action === 'itemReview.saveReviewScore')).toBe(false);

      const legalView = (
        await h.as(USERS.dept('legal')).audit.history({ assessmentId: returned, limit: 200 })
      ).events;
      const legalItems = new Set(
        ITEMS.filter((i) => i.departments.includes('legal')).map((i) => i.id),
      );
      for (const e of legalView) {
        if (e.itemId !== null) expect(legalItems.has(e.itemId), e.entityId).toBe(true);
      }
      expect(
        await outcome(
          h
            .as(USERS.dept('finance'))
            .audit.history({ assessmentId: returned, itemId: RETURNED_ITEM }),
        ),
      ).toBe('FORBIDDEN');
      expect(itemOf(RETURNED_ITEM).departments).toEqual(['legal']);
    });
  });
});
