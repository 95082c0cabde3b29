import { describeEachEngine } from '@kaohe/db/testing';
import { type ItemInputs, reviewingDepartments } from '@kaohe/domain';
import { fullInputs } from '@kaohe/workflow/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppTrpcError } from '../errors.ts';
import { ITEMS, itemOf, selfScoreAll, version } from '../testing/drive.ts';
import {
  createHarness,
  type Harness,
  outcome,
  TestClock,
  UNITS,
  USERS,
} from '../testing/harness.ts';

const LEGAL_ITEMS = ITEMS.filter((i) => reviewingDepartments(i).includes('legal'));

describeEachEngine('review router', ({ db }) => {
  let h: Harness;
  const a = () => h.assessments[UNITS.a.id]!;
  const legal = () => h.as(USERS.dept('legal'));
  const women = () => h.as(USERS.dept('women'));

  const reviewRow = async (itemId: string, departmentId: string) => {
    const detail = await h.as(USERS.admin).assessment.byId({ id: a() });
    const row = detail.items.find((i) => i.itemId === itemId)!;
    return { item: row, review: row.reviews.find((r) => r.departmentId === departmentId)! };
  };

  async function review(
    departmentId: string,
    itemId: string,
    inputs: ItemInputs,
    remarks: string | null = null,
  ) {
    const { review: current } = await reviewRow(itemId, departmentId);
    return h.as(USERS.dept(departmentId)).review.saveReviewScore({
      assessmentId: a(),
      itemId,
      inputs,
      remarks,
      expectedVersion: current.version,
    });
  }

  const completeLegal = async () =>
    legal().review.completeUnit({
      assessmentId: a(),
      expectedVersion: await version(h, a()),
      command: { type: 'COMPLETE_REVIEW' },
    });

  beforeAll(async () => {
    h = await createHarness(db(), { clock: new TestClock(new Date('2011-12-12T10:00:00+08:00')) });
    // Unit a submits; unit b is still self-scoring.
    await selfScoreAll(h, a(), USERS.unitA);
    await h.as(USERS.unitA).assessment.submit({
      assessmentId: a(),
      expectedVersion: await version(h, a()),
      command: { type: 'SUBMIT' },
    });
  });

  afterAll(() => h.dispose());

  describe('grid', () => {
    it('shows a department its own items across the submitted units, and no draft', async () => {
      const grid = await legal().review.grid({ cycleId: h.cycleId });
      expect(grid.items.map((i) => i.number)).toEqual(LEGAL_ITEMS.map((i) => i.number));
      expect(grid.rows.map((r) => r.unitId)).toEqual([UNITS.a.id]);
      const row = grid.rows[0]!;
      expect(row.cells.map((c) => c.itemId)).toEqual(LEGAL_ITEMS.map((i) => i.id));
      expect(row.cells.every((c) => c.status === 'pending' && c.reviewScore === null)).toBe(true);
      expect(row.cells.find((c) => c.itemId === 'dispute-mediation')).toMatchObject({
        selfScore: '3',
        baseScore: '3',
      });
      expect(row).toMatchObject({
        pendingCount: LEGAL_ITEMS.length,
        scoredCount: 0,
        returnedCount: 0,
        // The workflow's step for this department, and the version a workflow step sends.
        departmentStatus: 'reviewing',
        version: await version(h, a()),
      });
    });

    it('filters by unit type and by status', async () => {
      expect(
        (await legal().review.grid({ cycleId: h.cycleId, unitTypeId: 'bureau' })).rows,
      ).toEqual([]);
      expect(
        (await legal().review.grid({ cycleId: h.cycleId, unitTypeId: 'district' })).rows,
      ).toHaveLength(1);
      expect((await legal().review.grid({ cycleId: h.cycleId, status: 'returned' })).rows).toEqual(
        [],
      );
    });
  });

  describe('saveReviewScore', () => {
    it('on a shared item each department writes its own criteria; the item combines them', async () => {
      const contracts = itemOf('collective-contracts');
      const legalShare = fullInputs(contracts, 'legal');
      expect(Object.keys(legalShare)).toEqual(['a', 'b']);
      // 法律部 cannot judge 女工部's criterion.
      expect(await outcome(review('legal', contracts.id, fullInputs(contracts)))).toBe(
        'INVALID_INPUT',
      );
      const first = await review('legal', contracts.id, legalShare);
      expect(first.reviewScore).toBeNull();
      expect(first.points).toBe('8');
      const second = await review(
        'women',
        contracts.id,
        { c: { numerator: 80, denominator: 100 } },
        '女职工专项合同签订率80%，未达88%',
      );
      // 4 + 4 from 法律部, 0 from 女工部 (80% < 88%).
      expect(second.reviewScore).toBe('8');
      expect(second.points).toBe('0');
      const grid = await women().review.grid({ cycleId: h.cycleId });
      expect(grid.rows[0]!.cells.find((c) => c.itemId === contracts.id)).toMatchObject({
        reviewScore: '0',
        itemReviewScore: '8',
        status: 'scored',
      });
    });

    it('refuses an item the department does not review, and a stale version', async () => {
      const dues = await legal()
        .review.saveReviewScore({
          assessmentId: a(),
          itemId: 'dues-collection',
          inputs: { a: { levelId: 'base' } },
          remarks: null,
          expectedVersion: 1,
        })
        .catch((e: unknown) => e);
      expect((dues as AppTrpcError).domainCode).toBe('FORBIDDEN');
      expect((dues as AppTrpcError).text.zh).toBe('本部门不负责该项目的考评');
      const { review: current } = await reviewRow('legal-person-registration', 'legal');
      await review(
        'legal',
        'legal-person-registration',
        fullInputs(itemOf('legal-person-registration')),
      );
      const stale = await legal()
        .review.saveReviewScore({
          assessmentId: a(),
          itemId: 'legal-person-registration',
          inputs: fullInputs(itemOf('legal-person-registration')),
          remarks: null,
          expectedVersion: current.version,
        })
        .catch((e: unknown) => e);
      expect((stale as AppTrpcError).domainCode).toBe('CONFLICT');
      expect((stale as AppTrpcError).details).toMatchObject({
        current: { departmentId: 'legal', version: current.version + 1, status: 'scored' },
      });
    });
  });

  describe('completeUnit', () => {
    it('refuses while an item has no review score, naming them', async () => {
      const error = await completeLegal().catch((e: unknown) => e);
      expect((error as AppTrpcError).domainCode).toBe('INVALID_TRANSITION');
      expect((error as AppTrpcError).text.zh).toBe(
        '尚有2项未完成考评：第7、21项（第7项：「建立劳动争议调解组织达标」尚未填写；第21项：「切实发挥工会维稳组织网络作用」尚未填写；「及时上报和化解群体性突发事件」尚未填写）',
      );
    });

    it('refuses a review score that differs from the self score without remarks', async () => {
      await review('legal', 'dispute-mediation', { a: { numerator: 50, denominator: 100 } });
      await review('legal', 'stability', fullInputs(itemOf('stability'), 'legal'));
      const error = await completeLegal().catch((e: unknown) => e);
      expect((error as AppTrpcError).domainCode).toBe('INVALID_TRANSITION');
      // The review of item 7 (0) differs from the self score (3) and has no remarks.
      expect((error as AppTrpcError).text.zh).toBe(
        '尚有1项未完成考评：第7项（第7项：考评分（0分）与自评分（3分）不同，须填写备注）',
      );
      await review(
        'legal',
        'dispute-mediation',
        { a: { numerator: 50, denominator: 100 } },
        '调解组织建立率经核实为50%',
      );
      const done = await completeLegal();
      expect(done.view.departments.legal).toBe('complete');
      expect(done.stage).toBe('review');
    });

    it('once complete, the department can no longer change its scores', async () => {
      expect(
        await outcome(
          review('legal', 'dispute-mediation', fullInputs(itemOf('dispute-mediation')), '改'),
        ),
      ).toBe('FORBIDDEN');
    });
  });

  describe('returnItems', () => {
    it('refuses a deadline before today, a blank reason, an item it does not review', async () => {
      const command = (fields: Record<string, unknown>) => ({
        assessmentId: a(),
        expectedVersion: 0,
        command: {
          type: 'RETURN_ITEMS' as const,
          itemIds: ['workers-home'],
          reason: '请补充佐证材料',
          deadline: '2011-12-20',
          ...fields,
        },
      });
      const org = h.as(USERS.dept('org'));
      const v = await version(h, a());
      expect(
        await outcome(
          org.review.returnItems({ ...command({ deadline: '2011-12-11' }), expectedVersion: v }),
        ),
      ).toBe('INVALID_TRANSITION');
      expect(
        await outcome(
          org.review.returnItems({ ...command({ reason: '   ' }), expectedVersion: v }),
        ),
      ).toBe('BAD_REQUEST');
      expect(
        await outcome(
          org.review.returnItems({
            ...command({ itemIds: ['dispute-mediation'] }),
            expectedVersion: v,
          }),
        ),
        // 组织部 does not review item 7: a matter of who, not of the workflow's stage.
      ).toBe('FORBIDDEN');
      expect(await version(h, a())).toBe(v);
    });

    it('returns an item: its review row shows the reason and deadline, the unit may change only it', async () => {
      const org = h.as(USERS.dept('org'));
      const result = await org.review.returnItems({
        assessmentId: a(),
        expectedVersion: await version(h, a()),
        command: {
          type: 'RETURN_ITEMS',
          itemIds: ['workers-home'],
          reason: '请补充职工之家建设台账',
          deadline: '2011-12-20',
        },
      });
      expect(result.stage).toBe('returned');
      const { review: row } = await reviewRow('workers-home', 'org');
      expect(row).toMatchObject({
        status: 'returned',
        returnedReason: '请补充职工之家建设台账',
        returnDeadline: new Date('2011-12-20T23:59:59+08:00'),
      });
      const grid = await org.review.grid({ cycleId: h.cycleId, status: 'returned' });
      expect(grid.rows.map((r) => r.returnedCount)).toEqual([1]);
      expect(grid.rows[0]).toMatchObject({
        departmentStatus: 'returned',
        version: await version(h, a()),
      });
      // 法律部 returned nothing: its step is unchanged by 组织部's return.
      const legalRow = (await legal().review.grid({ cycleId: h.cycleId })).rows[0]!;
      expect(['reviewing', 'complete']).toContain(legalRow.departmentStatus);
    });
  });
});
