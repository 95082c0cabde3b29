import { createRubric, publishRubric, SYSTEM_ACTOR } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppTrpcError } from '../errors.ts';
import { assessmentAt, version } from '../testing/drive.ts';
import { createHarness, type Harness, LOGISTICS, outcome, USERS } from '../testing/harness.ts';

/**
 * The 2011 rubric leaves bonus caps unset; an admin may set them. This copy caps
 * 创先争优 at 1 point and all bonus points together at 2.
 */
const CAPPED = {
  ...rubric2011,
  year: 2013,
  title: '2013年度工会工作目标管理考核表',
  bonusCap: 2,
  bonusItems: rubric2011.bonusItems.map((b) =>
    b.id === 'bonus-excellence' ? { ...b, cap: 1 } : b,
  ),
};

describeEachEngine('bonus and approval routers', ({ db }) => {
  let h: Harness;
  let assessmentId: string;
  const chairman = () => h.as(USERS.chairman);
  const award = (bonusItemId: string, points: number | string, reason = '成绩突出') =>
    // Full marks: every award passes 120, confirmed (the confirmation: daily-work test).
    chairman().bonus.award({
      assessmentId,
      bonusItemId,
      points,
      reason,
      confirmOverSubtotal: true,
    });
  const step = async <T extends 'COMPLETE_BONUS' | 'APPROVE'>(type: T) => ({
    assessmentId,
    expectedVersion: await version(h, assessmentId),
    command: { type },
  });

  beforeAll(async () => {
    h = await createHarness(db());
    const draft = await createRubric(db(), SYSTEM_ACTOR, { id: 'rubric-2013', document: CAPPED });
    await publishRubric(db(), SYSTEM_ACTOR, { rubricId: draft.id, expectedVersion: draft.version });
    assessmentId = await assessmentAt(h, 'bonus', { rubricId: draft.id });
  });

  afterAll(() => h.dispose());

  describe('award and revoke', () => {
    it('refuses points that are not positive steps of 0.5, an unknown bonus item, no reason', async () => {
      expect(await outcome(award('bonus-breakthrough', 0.3))).toBe('INVALID_SCORE');
      expect(await outcome(award('bonus-breakthrough', 0))).toBe('INVALID_SCORE');
      expect(await outcome(award('bonus-breakthrough', -1))).toBe('BAD_REQUEST');
      expect(await outcome(award('bonus-breakthrough', 'abc'))).toBe('INVALID_SCORE');
      expect(await outcome(award('bonus-nothing', 1))).toBe('NOT_FOUND');
      expect(await outcome(award('bonus-breakthrough', 1, '  '))).toBe('BAD_REQUEST');
      expect((await chairman().assessment.byId({ id: assessmentId })).bonusAwards).toEqual([]);
    });

    it('keeps each bonus item within its cap and the total within the overall cap', async () => {
      expect((await award('bonus-excellence', 1)).bonusTotal).toBe('1');
      const itemCap = await award('bonus-excellence', 0.5).catch((e: unknown) => e);
      expect((itemCap as AppTrpcError).domainCode).toBe('INVALID_SCORE');
      expect((itemCap as AppTrpcError).text.zh).toBe('该加分项上限为1分，已加1分');
      expect((await award('bonus-breakthrough', 1)).bonusTotal).toBe('2');
      const totalCap = await award('bonus-honours', 0.5).catch((e: unknown) => e);
      expect((totalCap as AppTrpcError).text.zh).toBe('加分总上限为2分');
      expect((await chairman().assessment.byId({ id: assessmentId })).totals.bonus).toBe('2');
    });

    it('a revoked award no longer counts, and cannot be revoked twice', async () => {
      const d = await chairman().assessment.byId({ id: assessmentId });
      const excellence = d.bonusAwards.find((a) => a.bonusItemId === 'bonus-excellence')!;
      await chairman().bonus.revoke({
        assessmentId,
        awardId: excellence.id,
        reason: '重复加分，撤销',
      });
      expect(
        await outcome(
          chairman().bonus.revoke({ assessmentId, awardId: excellence.id, reason: '再撤销' }),
        ),
      ).toBe('NOT_FOUND');
      const after = await chairman().assessment.byId({ id: assessmentId });
      expect(after.totals.bonus).toBe('1');
      expect(after.bonusAwards.find((a) => a.id === excellence.id)!.revokedAt).toBeInstanceOf(Date);
      expect((await award('bonus-excellence', 0.5)).bonusTotal).toBe('1.5');
    });
  });

  describe('sendBack, complete, approve', () => {
    it('sends the review back to one department with a reason; the others stay complete', async () => {
      expect(
        await outcome(
          chairman().approval.sendBack({
            assessmentId,
            expectedVersion: await version(h, assessmentId),
            command: { type: 'SEND_BACK', departmentIds: [LOGISTICS.id], reason: '请复核' },
          }),
        ),
      ).toBe('INVALID_TRANSITION');
      const sent = await chairman().approval.sendBack({
        assessmentId,
        expectedVersion: await version(h, assessmentId),
        command: {
          type: 'SEND_BACK',
          departmentIds: ['legal'],
          reason: '第7项考评分与年报数据不符，请复核',
        },
      });
      expect(sent.stage).toBe('review');
      expect(sent.view.departments.legal).toBe('reviewing');
      expect(Object.entries(sent.view.departments).filter(([, s]) => s !== 'complete')).toEqual([
        ['legal', 'reviewing'],
      ]);
      expect(sent.view.sentBack).toMatchObject({ reason: '第7项考评分与年报数据不符，请复核' });
      // No bonus while the review is open again.
      expect(await outcome(award('bonus-honours', 0.5))).toBe('FORBIDDEN');
      const again = await h.as(USERS.dept('legal')).review.completeUnit({
        assessmentId,
        expectedVersion: await version(h, assessmentId),
        command: { type: 'COMPLETE_REVIEW' },
      });
      expect(again.stage).toBe('bonus');
    });

    it('completes the bonus, approves, locks, and tells the unit', async () => {
      expect((await chairman().bonus.complete(await step('COMPLETE_BONUS'))).stage).toBe(
        'finalApproval',
      );
      const approved = await chairman().approval.approve(await step('APPROVE'));
      expect(approved).toMatchObject({ stage: 'approved', view: { locked: true } });
      const d = await h.as(USERS.unitA).assessment.byId({ id: assessmentId });
      expect(d.approvedAt).toBeInstanceOf(Date);
      expect(d.totals.bonus).toBe('1.5');
      const notes = await h.db
        .selectFrom('notifications')
        .select(['kind', 'unitId'])
        .where('kind', '=', 'assessment.approved')
        .execute();
      expect(notes).toEqual([{ kind: 'assessment.approved', unitId: 'hexi' }]);
    });
  });
});
