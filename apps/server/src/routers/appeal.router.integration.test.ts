/**
 * 公示, 申诉, 复核 and finalisation through the API on both engines (issue 14): a changed
 * appeal moves the total and the ranking exactly as the same review save does, and the
 * audit trail holds the appeal, the answer and the decision.
 */
import { getUser, rankingReport, SYSTEM_ACTOR, upsertUnits, upsertUsers } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import { formatCenti, type ItemInputs, scoreItem } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createContextInner } from '../context.ts';
import type { AppTrpcError } from '../errors.ts';
import { reviewAll, selfScoreAll, version } from '../testing/drive.ts';
import {
  type Caller,
  createCaller,
  createHarness,
  type Harness,
  MINUTE,
  outcome,
  REVIEWING_DEPARTMENTS,
  TestClock,
  testPasswordHash,
  UNITS,
  USERS,
} from '../testing/harness.ts';

const DAY = 24 * 60 * MINUTE;
const ITEM_7 = 'dispute-mediation';
/** A second district unit, so that two units share a unit type's ranking. */
const HEBEI = { id: 'hebei', name: '河北区总工会', unitTypeId: 'district', memberCount: 90_000 };
const UNIT_HEBEI = 'unit-hebei';
const BELOW = { a: { numerator: 50, denominator: 100 } };
const ABOVE = { a: { numerator: 70, denominator: 100 } };

describeEachEngine('publication and appeals', ({ db }) => {
  let h: Harness;
  const clock = new TestClock(new Date('2012-01-05T02:00:00Z'));
  let cycleId: string;
  let hexi: string;
  let hebei: string;
  const admin = () => h.as(USERS.admin);
  const chairman = () => h.as(USERS.chairman);
  const legal = () => h.as(USERS.dept('legal'));
  const unitA = () => h.as(USERS.unitA);
  let hebeiCaller: Caller;
  /** The harness knows its own users only: the second district unit's caller is built here. */
  const as = (username: string) => (username === UNIT_HEBEI ? hebeiCaller : h.as(username));

  /** Drives an assessment of the cycle to approved; `item7` is 法律部's inputs for item 7. */
  async function approve(id: string, unitUser: string, item7: ItemInputs | null) {
    await selfScoreAll({ ...h, as: (u: string | null) => as(u ?? '') }, id, unitUser);
    await as(unitUser).assessment.submit({
      assessmentId: id,
      expectedVersion: await version(h, id),
      command: { type: 'SUBMIT' },
    });
    await reviewAll(h, id);
    if (item7) {
      const detail = await admin().assessment.byId({ id });
      const review = detail.items.find((i) => i.itemId === ITEM_7)!.reviews[0]!;
      await legal().review.saveReviewScore({
        assessmentId: id,
        itemId: ITEM_7,
        inputs: item7,
        remarks: '调解组织建立率未达60%',
        expectedVersion: review.version,
      });
    }
    for (const departmentId of REVIEWING_DEPARTMENTS) {
      await h.as(USERS.dept(departmentId)).review.completeUnit({
        assessmentId: id,
        expectedVersion: await version(h, id),
        command: { type: 'COMPLETE_REVIEW' },
      });
    }
    await chairman().bonus.complete({
      assessmentId: id,
      expectedVersion: await version(h, id),
      command: { type: 'COMPLETE_BONUS' },
    });
    await chairman().approval.approve({
      assessmentId: id,
      expectedVersion: await version(h, id),
      command: { type: 'APPROVE' },
    });
  }

  const period = (startOffset: number, days: number) => ({
    periodStart: new Date(clock.now().getTime() + startOffset).toISOString(),
    periodEnd: new Date(clock.now().getTime() + days * DAY).toISOString(),
  });

  const ranking = async () =>
    (await rankingReport(h.db, { cycleId, unitTypeId: 'district' })).map((r) => ({
      unitId: r.unitId,
      total: r.total,
      rank: r.rank,
    }));

  beforeAll(async () => {
    h = await createHarness(db(), { clock });
    await upsertUnits(db(), SYSTEM_ACTOR, [HEBEI]);
    await upsertUsers(db(), SYSTEM_ACTOR, [
      {
        id: UNIT_HEBEI,
        username: UNIT_HEBEI,
        displayName: '河北区填报员',
        role: 'unit',
        unitId: HEBEI.id,
        passwordHash: await testPasswordHash(),
        mustChangePassword: false,
      },
    ]);
    hebeiCaller = createCaller(
      createContextInner(h.deps, { user: (await getUser(db(), UNIT_HEBEI))! }),
    );
    const cycle = await admin().cycle.create({
      name: '2011年度（公示测试）',
      rubricId: h.rubricId,
      unitIds: [UNITS.a.id, HEBEI.id],
    });
    cycleId = cycle.id;
    const rows = await h.db
      .selectFrom('assessments')
      .select(['id', 'unitId'])
      .where('cycleId', '=', cycleId)
      .execute();
    hexi = rows.find((r) => r.unitId === UNITS.a.id)!.id;
    hebei = rows.find((r) => r.unitId === HEBEI.id)!.id;
  }, 120_000);

  afterAll(() => h.dispose());

  it('publishes only approved results, with a sensible period, by the admin only', async () => {
    expect(
      await outcome(
        admin().appeal.publish({ cycleId, unitTypeId: null, ...period(0, 7), showRanking: false }),
      ),
    ).toBe('CONFLICT');
    await approve(hexi, USERS.unitA, BELOW);
    await approve(hebei, UNIT_HEBEI, null);
    expect(await ranking()).toEqual([
      { unitId: HEBEI.id, total: '117', rank: 1 },
      { unitId: UNITS.a.id, total: '114', rank: 2 },
    ]);
    const input = { cycleId, unitTypeId: 'district', ...period(-MINUTE, 7), showRanking: true };
    expect(await outcome(chairman().appeal.publish(input))).toBe('FORBIDDEN');
    expect(await outcome(unitA().appeal.publish(input))).toBe('FORBIDDEN');
    const backwards = { ...input, periodStart: input.periodEnd, periodEnd: input.periodStart };
    const refused = await admin()
      .appeal.publish(backwards)
      .catch((e: AppTrpcError) => e);
    expect((refused as AppTrpcError).text).toEqual({
      zh: '公示期的结束时间必须晚于开始时间',
      en: 'The publication period must end after it starts',
    });
    // The unit sees no result before publication.
    expect(await outcome(unitA().appeal.result({ assessmentId: hexi }))).toBe('FORBIDDEN');
    const { published } = await admin().appeal.publish(input);
    expect(published).toBe(2);
    // Each published unit is told in its 站内消息, once.
    const told = (await unitA().message.list()).messages.filter(
      (m) => m.kind === 'results.published',
    );
    expect(told).toHaveLength(1);
    expect(await outcome(admin().appeal.publish(input))).toBe('CONFLICT');
    expect((await unitA().assessment.byId({ id: hexi })).stage).toBe('published');
  }, 300_000);

  it("shows the unit its full result, its rank and (as the admin chose) its type's ranking", async () => {
    const result = await unitA().appeal.result({ assessmentId: hexi });
    expect(result).toMatchObject({
      stage: 'published',
      appealOpen: true,
      total: '114',
      rank: 2,
      unitsOfType: 2,
      ranking: [
        { unitName: HEBEI.name, total: '117', rank: 1 },
        { unitName: UNITS.a.name, total: '114', rank: 2 },
      ],
    });
    const detail = await unitA().assessment.byId({ id: hexi });
    const item7 = detail.items.find((i) => i.itemId === ITEM_7)!;
    expect(item7.reviewScore).toBe('0');
    expect(item7.reviews[0]!.remarks).toBe('调解组织建立率未达60%');
    // Another unit's result stays its own.
    expect(await outcome(unitA().appeal.result({ assessmentId: hebei }))).toBe('FORBIDDEN');
  });

  it('a unit appeals only its own result, once per item, within the period', async () => {
    const appeal = {
      assessmentId: hexi,
      target: ITEM_7,
      reason: '我区调解组织建立率为70%，附统计表',
      evidenceIds: [],
    };
    expect(await outcome(as(UNIT_HEBEI).appeal.file(appeal))).toBe('FORBIDDEN');
    expect(await outcome(legal().appeal.file(appeal))).toBe('FORBIDDEN');
    expect(await outcome(unitA().appeal.file({ ...appeal, reason: '  ' }))).toBe('BAD_REQUEST');
    expect(await outcome(unitA().appeal.file({ ...appeal, evidenceIds: ['nope'] }))).toBe(
      'INVALID_INPUT',
    );
    const [pub] = await admin().appeal.publications({ cycleId });
    expect((await unitA().todo.mine()).find((t) => t.kind === 'appeal')).toMatchObject({
      assessmentId: hexi,
      deadline: pub!.periodEnd,
    });
    await unitA().appeal.file(appeal);
    expect(await outcome(unitA().appeal.file(appeal))).toBe('CONFLICT');
    // The department sees it in 待办 with the period's end as deadline; the unit sees it.
    const todo = await legal().todo.mine();
    expect(todo.find((t) => t.kind === 'appealAnswer')).toMatchObject({
      assessmentId: hexi,
      title: { zh: `${UNITS.a.name}：1项申诉待答复` },
    });
    expect(await unitA().appeal.list({})).toHaveLength(1);
    // 组织部 reviews nothing of item 7: it neither sees nor answers the appeal.
    expect(await h.as(USERS.dept('org')).appeal.list({})).toEqual([]);
  });

  it('only the department that reviews the item answers; a change is the review save itself', async () => {
    const [appeal] = await legal().appeal.list({ statuses: ['filed'] });
    const answer = {
      appealId: appeal!.id,
      expectedVersion: appeal!.version,
      answer: 'changed' as const,
      remark: '经核实，建立率70%，达标',
      inputs: ABOVE,
    };
    expect(await outcome(h.as(USERS.dept('org')).appeal.answer(answer))).toBe('FORBIDDEN');
    expect(await outcome(unitA().appeal.answer(answer))).toBe('FORBIDDEN');
    expect(
      await outcome(chairman().appeal.decide({ ...answer, decision: 'confirmed', reason: null })),
    ).toBe('CONFLICT');
    const before = await ranking();
    const answered = await legal().appeal.answer(answer);
    expect(answered).toMatchObject({
      status: 'answered',
      answer: 'changed',
      scoreBefore: '0',
      scoreAfter: '3',
    });
    // Exactly what a review save of these inputs gives: the engine's score of the item.
    const engine = scoreItem(rubric2011, ITEM_7, ABOVE, { unitType: 'district' });
    expect(formatCenti(engine.points)).toBe('3');
    expect(await ranking()).toEqual([
      { unitId: HEBEI.id, total: '117', rank: 1 },
      { unitId: UNITS.a.id, total: '117', rank: 1 },
    ]);
    expect(before[1]).toEqual({ unitId: UNITS.a.id, total: '114', rank: 2 });
    expect(
      await outcome(legal().appeal.answer({ ...answer, expectedVersion: answered.version })),
    ).toBe('CONFLICT');
    expect(
      (await chairman().todo.mine()).find((t) => t.kind === 'appealDecide')?.assessmentId,
    ).toBe(hexi);
  });

  it('finalises only after the period and once every appeal is decided; the trail holds all', async () => {
    const [pub] = await admin().appeal.publications({ cycleId });
    const early = await admin()
      .appeal.finalise({ publicationId: pub!.id })
      .catch((e: AppTrpcError) => e);
    expect((early as AppTrpcError).text.zh).toMatch(
      /^公示期尚未结束（至2012-01-12 10:00），还不能确定最终结果$/,
    );
    clock.advance(8 * DAY);
    expect((await admin().todo.mine()).map((t) => t.kind)).toContain('finalise');
    expect(
      await outcome(
        unitA().appeal.file({
          assessmentId: hexi,
          target: 'research',
          reason: '迟到的申诉',
          evidenceIds: [],
        }),
      ),
    ).toBe('LOCKED');
    const open = await admin()
      .appeal.finalise({ publicationId: pub!.id })
      .catch((e: AppTrpcError) => e);
    expect((open as AppTrpcError).text.en).toBe(
      "1 appeal is not yet decided (waiting for a department's answer or the chairman's office); the results cannot be finalised yet",
    );
    const [appeal] = await chairman().appeal.list({ statuses: ['answered'] });
    const decide = { appealId: appeal!.id, expectedVersion: appeal!.version };
    expect(
      await outcome(legal().appeal.decide({ ...decide, decision: 'confirmed', reason: null })),
    ).toBe('FORBIDDEN');
    expect(
      await outcome(chairman().appeal.decide({ ...decide, decision: 'otherwise', reason: ' ' })),
    ).toBe('INVALID_INPUT');
    await chairman().appeal.decide({ ...decide, decision: 'confirmed', reason: null });
    expect(await outcome(unitA().appeal.finalise({ publicationId: pub!.id }))).toBe('FORBIDDEN');
    const { finalised } = await admin().appeal.finalise({ publicationId: pub!.id });
    expect(finalised).toBe(2);
    expect((await unitA().assessment.byId({ id: hexi })).stage).toBe('final');
    expect(await ranking()).toEqual([
      { unitId: HEBEI.id, total: '117', rank: 1 },
      { unitId: UNITS.a.id, total: '117', rank: 1 },
    ]);

    const trail = await h.db
      .selectFrom('auditEvents')
      .select(['action', 'itemId', 'actorUserId'])
      .where('assessmentId', '=', hexi)
      .where('action', 'in', [
        'assessment.PUBLISH',
        'appeal.file',
        'appeal.answer',
        'itemReview.saveReviewScore',
        'appeal.decide',
        'assessment.FINALISE',
      ])
      .orderBy('id')
      .execute();
    expect(trail.slice(-6)).toEqual([
      { action: 'assessment.PUBLISH', itemId: null, actorUserId: USERS.admin },
      { action: 'appeal.file', itemId: ITEM_7, actorUserId: USERS.unitA },
      { action: 'itemReview.saveReviewScore', itemId: ITEM_7, actorUserId: USERS.dept('legal') },
      { action: 'appeal.answer', itemId: ITEM_7, actorUserId: USERS.dept('legal') },
      { action: 'appeal.decide', itemId: ITEM_7, actorUserId: USERS.chairman },
      { action: 'assessment.FINALISE', itemId: null, actorUserId: USERS.admin },
    ]);
    // The unit reads the appeal's story in its item's history.
    const history = await unitA().audit.history({ assessmentId: hexi, itemId: ITEM_7, limit: 50 });
    expect(history.events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'appeal.file',
        'appeal.answer',
        'appeal.decide',
        'itemReview.saveReviewScore',
      ]),
    );

    // Final: locked; a change needs the reopen with a reason, as from approved.
    expect(
      await outcome(
        legal().appeal.answer({
          appealId: appeal!.id,
          expectedVersion: 3,
          answer: 'upheld',
          remark: '再答复',
        }),
      ),
    ).toBe('LOCKED');
    await admin().approval.reopen({
      assessmentId: hexi,
      expectedVersion: await version(h, hexi),
      command: { type: 'REOPEN', reason: '复核后发现第7项统计口径有误' },
    });
    expect((await admin().assessment.byId({ id: hexi })).stage).toBe('finalApproval');
    const report = await admin().appeal.report({ cycleId });
    expect(report).toEqual([
      {
        departmentId: 'legal',
        departmentName: '法律部',
        appealed: 1,
        upheld: 0,
        changed: 1,
        open: 0,
      },
    ]);
  });
});
