/**
 * Issue 16, the rules of the daily work through the API, on both engines: a bonus past the
 * rubric's 合计 needs confirmation and the record says so; a department's step does not make
 * the unit's resubmit fail unless the unit's view changed (and then it says what changed);
 * a completion refused for a missing remark says so, and the grid cell shows it; 采用自评分.
 */
import { describeEachEngine } from '@kaohe/db/testing';
import { formatCenti, reviewingDepartments, toCenti } from '@kaohe/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppTrpcError } from './errors.ts';
import { ADOPT_SELF_ACTION } from './services/adopt-self-service.ts';
import {
  assessmentAt,
  ITEMS,
  newAssessment,
  RETURN_DEADLINE,
  RETURNED_ITEM,
  selfScoreAll,
  version,
} from './testing/drive.ts';
import {
  createHarness,
  type Harness,
  outcome,
  REVIEWING_DEPARTMENTS,
  USERS,
} from './testing/harness.ts';

const ORG_ITEMS = ITEMS.filter((i) => reviewingDepartments(i).includes('org'));
/** Item 1, 组织部's alone: 建立机构 2 points, 创先争优成效 4 points. */
const ITEM_1 = 'party-union-cobuilding';

const failure = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as AppTrpcError,
  );

describeEachEngine('daily work (issue 16)', ({ db }) => {
  let h: Harness;
  const chairman = () => h.as(USERS.chairman);
  const org = () => h.as(USERS.dept('org'));
  const detail = (id: string) => h.as(USERS.admin).assessment.byId({ id });
  const orgReview = async (id: string, itemId: string) =>
    (await detail(id)).items
      .find((i) => i.itemId === itemId)!
      .reviews.find((r) => r.departmentId === 'org')!;
  const saveItem1 = async (id: string, met: boolean, remarks: string | null) =>
    org().review.saveReviewScore({
      assessmentId: id,
      itemId: ITEM_1,
      inputs: { a: { met: true }, b: { met } },
      remarks,
      expectedVersion: (await orgReview(id, ITEM_1)).version,
    });
  const audit = (assessmentId: string, action: string) =>
    h.db
      .selectFrom('auditEvents')
      .select(['after', 'actorUserId'])
      .where('assessmentId', '=', assessmentId)
      .where('action', '=', action)
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    h = await createHarness(db());
  });
  afterAll(() => h.dispose());

  describe('bonus', () => {
    it('an award taking 总计 past 合计 is refused until confirmed, then recorded as confirmed', async () => {
      const id = await assessmentAt(h, 'bonus');
      const subtotal = toCenti((await detail(id)).totals.reviewSubtotal);
      const total = formatCenti(subtotal + 2400);
      const award = (confirmOverSubtotal?: boolean) =>
        chairman().bonus.award({
          assessmentId: id,
          bonusItemId: 'bonus-honours',
          points: '24',
          reason: '荣获全国模范职工之家',
          ...(confirmOverSubtotal === undefined ? {} : { confirmOverSubtotal }),
        });
      const refused = await failure(award());
      expect(refused.domainCode).toBe('INVALID_SCORE');
      expect(refused.text.zh).toBe(`加分后总计${total}分，超过考核表合计120分，须确认后才能加分`);
      expect(refused.details).toMatchObject({ confirm: 'overSubtotal', total, subtotal: '120' });
      expect(await outcome(award(false))).toBe('INVALID_SCORE');
      expect((await detail(id)).bonusAwards).toEqual([]);

      expect((await award(true)).bonusTotal).toBe('24');
      const [record] = await audit(id, 'bonus.award');
      expect(record!.after).toMatchObject({
        points: '24',
        confirmedOverSubtotal: { total, subtotal: '120' },
      });
    });

    it('an award within 合计 needs no confirmation; bad points change nothing', async () => {
      const id = await assessmentAt(h, 'review');
      await saveItem1(id, false, '创先争优成效不明显'); // 4 points less
      for (const departmentId of REVIEWING_DEPARTMENTS) {
        await h.as(USERS.dept(departmentId)).review.completeUnit({
          assessmentId: id,
          expectedVersion: await version(h, id),
          command: { type: 'COMPLETE_REVIEW' },
        });
      }
      const award = (points: number | string) =>
        chairman().bonus.award({
          assessmentId: id,
          bonusItemId: 'bonus-honours',
          points,
          reason: '荣誉',
        });
      expect(await outcome(award('0.3'))).toBe('INVALID_SCORE');
      expect(await outcome(award(-1))).toBe('BAD_REQUEST');
      expect((await detail(id)).bonusAwards).toEqual([]);
      // Up to the rubric's 120 exactly: no question asked.
      const room = formatCenti(12000 - toCenti((await detail(id)).totals.reviewSubtotal));
      expect((await award(room)).bonusTotal).toBe(room);
      const [record] = await audit(id, 'bonus.award');
      expect(record!.after).not.toHaveProperty('confirmedOverSubtotal');
      expect(await outcome(award('0.5'))).toBe('INVALID_SCORE');
    });
  });

  describe('the unit’s step and the departments’ steps', () => {
    it('a department completing its review meanwhile does not make the resubmit fail', async () => {
      const id = await assessmentAt(h, 'returned');
      const seen = await version(h, id); // the unit's page opens
      await org().review.completeUnit({
        assessmentId: id,
        expectedVersion: await version(h, id),
        command: { type: 'COMPLETE_REVIEW' },
      });
      expect(await version(h, id)).toBe(seen + 1);
      await h.as(USERS.unitA).assessment.resubmit({
        assessmentId: id,
        expectedVersion: seen,
        command: { type: 'RESUBMIT' },
      });
      expect((await detail(id)).stage).toBe('review');
    });

    it('a new return meanwhile is a conflict that says what changed', async () => {
      const id = await assessmentAt(h, 'returned');
      const seen = await version(h, id);
      const other = ITEMS.find(
        (i) => reviewingDepartments(i).includes('legal') && i.id !== RETURNED_ITEM,
      )!;
      await h.as(USERS.dept('legal')).review.returnItems({
        assessmentId: id,
        expectedVersion: seen,
        command: {
          type: 'RETURN_ITEMS',
          itemIds: [other.id],
          reason: '请补充佐证材料',
          deadline: RETURN_DEADLINE,
        },
      });
      const refused = await failure(
        h.as(USERS.unitA).assessment.resubmit({
          assessmentId: id,
          expectedVersion: seen,
          command: { type: 'RESUBMIT' },
        }),
      );
      expect(refused.domainCode).toBe('CONFLICT');
      expect(refused.text.zh).toContain(`法律部退回了第${other.number}项：请补充佐证材料`);
      expect((await detail(id)).stage).toBe('returned');
    });

    it('the chairman’s office still needs the current version', async () => {
      const id = await assessmentAt(h, 'finalApproval');
      const stale = (await version(h, id)) - 1;
      expect(
        await outcome(
          chairman().approval.approve({
            assessmentId: id,
            expectedVersion: stale,
            command: { type: 'APPROVE' },
          }),
        ),
      ).toBe('CONFLICT');
    });
  });

  describe('department completion', () => {
    it('says a differing score needs its remark, and the grid cell shows it', async () => {
      const id = await assessmentAt(h, 'review');
      await saveItem1(id, false, null);
      const cell = async () => {
        const grid = await org().review.grid({ cycleId: (await detail(id)).cycleId });
        return grid.rows[0]!.cells.find((c) => c.itemId === ITEM_1)!;
      };
      expect(await cell()).toMatchObject({
        status: 'scored',
        reviewScore: '2',
        remarksMissing: true,
      });
      const complete = async () =>
        org().review.completeUnit({
          assessmentId: id,
          expectedVersion: await version(h, id),
          command: { type: 'COMPLETE_REVIEW' },
        });
      const refused = await failure(complete());
      expect(refused.domainCode).toBe('INVALID_TRANSITION');
      expect(refused.text.zh).toBe(
        '尚有1项未完成考评：第1项（第1项：考评分（2分）与自评分（6分）不同，须填写备注）',
      );
      await saveItem1(id, false, '创先争优成效不明显');
      expect((await cell()).remarksMissing).toBe(false);
      await complete();
      expect((await detail(id)).view.departments.org).toBe('complete');
    });
  });

  describe('采用自评分', () => {
    it('adopts the self scores of all the department’s items, recorded as the reviewer’s decision', async () => {
      const id = await newAssessment(h);
      await selfScoreAll(h, id, USERS.unitA);
      await h.as(USERS.unitA).assessment.submit({
        assessmentId: id,
        expectedVersion: await version(h, id),
        command: { type: 'SUBMIT' },
      });
      // One item scored lower first: adopting the whole unit keeps that decision.
      await saveItem1(id, false, '创先争优成效不明显');
      const [result] = await org().review.adoptSelfScores({ assessmentIds: [id] });
      expect(result).toMatchObject({
        skipped: [{ itemId: ITEM_1, reason: { zh: '已有考评分，保留原分' } }],
      });
      const adopted = 'adopted' in result! ? result.adopted : [];
      expect(adopted.map((a) => a.itemId)).toEqual(
        ORG_ITEMS.filter((i) => i.id !== ITEM_1).map((i) => i.id),
      );
      const records = await audit(id, ADOPT_SELF_ACTION);
      expect(records).toHaveLength(adopted.length);
      expect(records.every((r) => r.actorUserId === USERS.dept('org'))).toBe(true);
      expect((await orgReview(id, ITEM_1)).reviewScore).toBe('2');

      // Naming the item adopts it too; no remark is needed where the review equals the self score.
      const [one] = await org().review.adoptSelfScores({ assessmentIds: [id], itemIds: [ITEM_1] });
      expect(one).toMatchObject({ adopted: [{ itemId: ITEM_1, score: '6' }], skipped: [] });
      await org().review.completeUnit({
        assessmentId: id,
        expectedVersion: await version(h, id),
        command: { type: 'COMPLETE_REVIEW' },
      });
      expect((await detail(id)).view.departments.org).toBe('complete');
      // Nothing is open any more: refused, as a workflow step out of place.
      expect(await outcome(org().review.adoptSelfScores({ assessmentIds: [id] }))).toBe(
        'INVALID_TRANSITION',
      );
    });

    it('refuses an item the department does not review, changing nothing', async () => {
      const id = await assessmentAt(h, 'review');
      const women = ITEMS.find((i) => !reviewingDepartments(i).includes('org'))!;
      expect(
        await outcome(org().review.adoptSelfScores({ assessmentIds: [id], itemIds: [women.id] })),
      ).toBe('FORBIDDEN');
      expect(await audit(id, ADOPT_SELF_ACTION)).toEqual([]);
    });
  });
});
