/**
 * Kept totals (issue 17) through the API, on both engines: after every kind of write —
 * self score, review, 采用自评分, return, resubmit, bonus award and revoke, approval,
 * reopen — the assessment's row in assessment_totals is what the domain engine computes,
 * and `checkTotals` (pnpm kaohe db check) finds no difference. Then many writers at once.
 */
import { checkTotals, rankingReport } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import {
  type Centi,
  DomainError,
  type ItemInputs,
  reviewingDepartments,
  scoreAssessment,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { fullInputs } from '@kaohe/workflow/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assessmentAt,
  ITEMS,
  newAssessment,
  RETURNED_ITEM,
  returnItem7,
  reviewAll,
  selfScoreAll,
  version,
} from '../testing/drive.ts';
import {
  createHarness,
  type Harness,
  REVIEWING_DEPARTMENTS,
  UNITS,
  USERS,
} from '../testing/harness.ts';

const FULL: Record<string, ItemInputs> = Object.fromEntries(
  ITEMS.map((item) => [item.id, fullInputs(item)]),
);
/** 合计 of full marks on every item, by the domain engine. */
const FULL_SUBTOTAL = scoreAssessment(rubric2011, { unitType: 'district', items: FULL }).subtotal;

describeEachEngine('kept totals', ({ db }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(db());
  });
  afterAll(() => h.dispose());

  async function kept(assessmentId: string) {
    return h.db
      .selectFrom('assessmentTotals')
      .select(['selfSubtotal', 'reviewSubtotal', 'bonus', 'awarded', 'total'])
      .where('assessmentId', '=', assessmentId)
      .executeTakeFirstOrThrow();
  }
  /** The kept row is what the domain engine recomputes from the item scores, and is `want`. */
  async function expectKept(
    assessmentId: string,
    want: { self: Centi | null; review: Centi | null; bonus: Centi; awarded?: Centi | null },
  ) {
    expect((await checkTotals(h.db)).filter((d) => d.assessmentId === assessmentId)).toEqual([]);
    expect(await kept(assessmentId)).toEqual({
      selfSubtotal: want.self,
      reviewSubtotal: want.review,
      bonus: want.bonus,
      awarded: want.awarded ?? null,
      total: want.review === null ? null : want.review + want.bonus,
    });
  }
  const itemRow = async (assessmentId: string, itemId: string) =>
    (await h.as(USERS.admin).assessment.byId({ id: assessmentId })).items.find(
      (i) => i.itemId === itemId,
    )!;

  it('follow every kind of write, exactly as the domain engine computes them', {
    timeout: 240_000,
  }, async () => {
    const id = await newAssessment(h, UNITS.spare.id);
    // A new assessment: a row, empty (kept by the cycle's creation).
    await expectKept(id, { self: null, review: null, bonus: 0 });

    // A self score of one item.
    const first = ITEMS[0]!;
    await h.as(USERS.unitSpare).assessment.saveSelfScore({
      assessmentId: id,
      itemId: first.id,
      inputs: FULL[first.id]!,
      explanation: '已完成',
      expectedVersion: (await itemRow(id, first.id)).version,
    });
    const firstScore = scoreAssessment(rubric2011, {
      unitType: 'devZone',
      items: { [first.id]: FULL[first.id] },
    }).subtotal;
    await expectKept(id, { self: firstScore, review: null, bonus: 0 });

    await selfScoreAll(h, id, USERS.unitSpare);
    await expectKept(id, { self: FULL_SUBTOTAL, review: null, bonus: 0 });
    await h.as(USERS.unitSpare).assessment.submit({
      assessmentId: id,
      expectedVersion: await version(h, id),
      command: { type: 'SUBMIT' },
    });

    // 采用自评分 of one item by its (only) department.
    const adopted = ITEMS.find((i) => reviewingDepartments(i).length === 1)!;
    await h.as(USERS.dept(reviewingDepartments(adopted)[0]!)).review.adoptSelfScores({
      assessmentIds: [id],
      itemIds: [adopted.id],
    });
    const adoptedScore = scoreAssessment(rubric2011, {
      unitType: 'devZone',
      items: { [adopted.id]: FULL[adopted.id] },
    }).subtotal;
    await expectKept(id, { self: FULL_SUBTOTAL, review: adoptedScore, bonus: 0 });

    await reviewAll(h, id);
    await expectKept(id, { self: FULL_SUBTOTAL, review: FULL_SUBTOTAL, bonus: 0 });

    // Return, the unit's revision, resubmit.
    await returnItem7(h, id);
    await expectKept(id, { self: FULL_SUBTOTAL, review: FULL_SUBTOTAL, bonus: 0 });
    await h.as(USERS.unitSpare).assessment.saveSelfScore({
      assessmentId: id,
      itemId: RETURNED_ITEM,
      inputs: FULL[RETURNED_ITEM]!,
      explanation: '已核实，名录见附件',
      expectedVersion: (await itemRow(id, RETURNED_ITEM)).version,
    });
    await h.as(USERS.unitSpare).assessment.resubmit({
      assessmentId: id,
      expectedVersion: await version(h, id),
      command: { type: 'RESUBMIT' },
    });
    await expectKept(id, { self: FULL_SUBTOTAL, review: FULL_SUBTOTAL, bonus: 0 });

    // A review score marked down changes 合计 and 总计 by that much.
    const marked = ITEMS.find(
      (i) =>
        reviewingDepartments(i).length === 1 &&
        i.rule.criteria.some((c) => c.kind === 'award' && !c.threshold),
    )!;
    const award = marked.rule.criteria.find((c) => c.kind === 'award' && !c.threshold)!;
    const department = reviewingDepartments(marked)[0]!;
    const review = (await itemRow(id, marked.id)).reviews.find(
      (r) => r.departmentId === department,
    )!;
    const lower = { ...FULL[marked.id], [award.id]: { met: false } };
    await h.as(USERS.dept(department)).review.saveReviewScore({
      assessmentId: id,
      itemId: marked.id,
      inputs: lower,
      remarks: '佐证材料不足',
      expectedVersion: review.version,
    });
    const lowered = scoreAssessment(rubric2011, {
      unitType: 'devZone',
      items: { ...FULL, [marked.id]: lower },
    }).subtotal;
    expect(lowered).toBeLessThan(FULL_SUBTOTAL);
    await expectKept(id, { self: FULL_SUBTOTAL, review: lowered, bonus: 0 });

    for (const departmentId of REVIEWING_DEPARTMENTS) {
      await h.as(USERS.dept(departmentId)).review.completeUnit({
        assessmentId: id,
        expectedVersion: await version(h, id),
        command: { type: 'COMPLETE_REVIEW' },
      });
    }

    // Bonus: awarded, revoked, awarded again.
    const chairman = h.as(USERS.chairman);
    const one = await chairman.bonus.award({
      assessmentId: id,
      bonusItemId: 'bonus-excellence',
      points: 1,
      reason: '创先争优有特色',
      confirmOverSubtotal: true,
    });
    await expectKept(id, { self: FULL_SUBTOTAL, review: lowered, bonus: 100, awarded: 100 });
    await chairman.bonus.revoke({ assessmentId: id, awardId: one.id, reason: '重复加分' });
    await expectKept(id, { self: FULL_SUBTOTAL, review: lowered, bonus: 0 });
    await chairman.bonus.award({
      assessmentId: id,
      bonusItemId: 'bonus-excellence',
      points: 0.5,
      reason: '创先争优有特色',
      confirmOverSubtotal: true,
    });
    await expectKept(id, { self: FULL_SUBTOTAL, review: lowered, bonus: 50, awarded: 50 });

    await chairman.bonus.complete({
      assessmentId: id,
      expectedVersion: await version(h, id),
      command: { type: 'COMPLETE_BONUS' },
    });
    await chairman.approval.approve({
      assessmentId: id,
      expectedVersion: await version(h, id),
      command: { type: 'APPROVE' },
    });
    const cycleId = (await h.as(USERS.admin).assessment.byId({ id })).cycleId;
    const [ranked] = await rankingReport(h.db, { cycleId });
    expect(ranked).toMatchObject({ assessmentId: id, rank: 1, bonus: '0.5', awarded: '0.5' });
    expect(ranked!.total).toBe(String((lowered + 50) / 100));

    await h.as(USERS.admin).approval.reopen({
      assessmentId: id,
      expectedVersion: await version(h, id),
      command: { type: 'REOPEN', reason: '复核加分依据' },
    });
    await expectKept(id, { self: FULL_SUBTOTAL, review: lowered, bonus: 50, awarded: 50 });
  });

  describe('many writers at once', () => {
    it('leave totals that the check finds exact (200 random saves)', {
      timeout: 240_000,
    }, async () => {
      const selfId = h.assessments[UNITS.a.id]!;
      const reviewId = await assessmentAt(h, 'review', { unitId: UNITS.b.id });
      const bonusId = await assessmentAt(h, 'bonus', { unitId: UNITS.spare.id });
      let seed = 17;
      const random = () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
      };
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
      /** Full marks or one criterion lowered: a different score each time. */
      const someInputs = (item: (typeof ITEMS)[number], departmentId?: string): ItemInputs => {
        const inputs = fullInputs(item, departmentId);
        const deduction = item.rule.criteria.find(
          (c) => c.kind === 'deduction' && (departmentId === undefined || c.id in inputs),
        );
        if (deduction && random() < 0.6) inputs[deduction.id] = { count: 1 };
        return inputs;
      };
      let refused = 0;
      const attempt = async (write: () => Promise<unknown>) => {
        try {
          await write();
        } catch (e) {
          // Two writers on one item: the later is refused with the current row (CONFLICT);
          // a bonus past its cap is refused. Anything else (a deadlock) fails the test.
          const cause = e instanceof DomainError ? e : (e as { cause?: unknown }).cause;
          const code = cause instanceof DomainError ? cause.code : undefined;
          if (code !== 'CONFLICT' && code !== 'INVALID_SCORE') throw e;
          refused++;
        }
      };
      const selfWriter = async () => {
        for (let k = 0; k < 25; k++) {
          const item = pick(ITEMS);
          await attempt(async () =>
            h.as(USERS.unitA).assessment.saveSelfScore({
              assessmentId: selfId,
              itemId: item.id,
              inputs: someInputs(item),
              explanation: '并发测试',
              expectedVersion: (await itemRow(selfId, item.id)).version,
            }),
          );
        }
      };
      const reviewWriter = (departmentId: string) => async () => {
        const mine = ITEMS.filter((i) => reviewingDepartments(i).includes(departmentId));
        for (let k = 0; k < 25; k++) {
          const item = pick(mine);
          await attempt(async () => {
            const row = (await itemRow(reviewId, item.id)).reviews.find(
              (r) => r.departmentId === departmentId,
            );
            if (!row) return;
            await h.as(USERS.dept(departmentId)).review.saveReviewScore({
              assessmentId: reviewId,
              itemId: item.id,
              inputs: someInputs(item, departmentId),
              remarks: '并发测试',
              expectedVersion: row.version,
            });
          });
        }
      };
      const bonusWriter = async () => {
        for (let k = 0; k < 25; k++) {
          await attempt(async () => {
            const awards = await h.db
              .selectFrom('bonusAwards')
              .select('id')
              .where('assessmentId', '=', bonusId)
              .where('revokedAt', 'is', null)
              .execute();
            if (awards.length > 0 && random() < 0.4) {
              await h.as(USERS.chairman).bonus.revoke({
                assessmentId: bonusId,
                awardId: pick(awards).id,
                reason: '并发测试',
              });
            } else {
              await h.as(USERS.chairman).bonus.award({
                assessmentId: bonusId,
                bonusItemId: pick(rubric2011.bonusItems).id,
                points: pick([0.5, 1]),
                reason: '并发测试',
                confirmOverSubtotal: true,
              });
            }
          });
        }
      };
      // Eight writers, 25 saves each: the unit twice on one assessment, five departments
      // on another (items 8, 11 and 21 are shared), the chairman's office on a third.
      const shared = reviewingDepartments(ITEMS.find((i) => reviewingDepartments(i).length > 1)!);
      const departments = [...new Set([...shared, ...REVIEWING_DEPARTMENTS])].slice(0, 5);
      await Promise.all([
        selfWriter(),
        selfWriter(),
        ...departments.map((d) => reviewWriter(d)()),
        bonusWriter(),
      ]);
      expect(refused).toBeLessThan(200);
      expect(await checkTotals(h.db)).toEqual([]);
    });
  });
});
