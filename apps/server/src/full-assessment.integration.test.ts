/**
 * One assessment's whole life through the API, as its users would live it: 河西区总工会
 * self-scores all 30 items and submits; 法律部 returns item 7 with a reason and a deadline;
 * the unit fixes it and resubmits; every department reviews its own criteria (some mark
 * an item down, with remarks) and completes; 主席室 awards bonus points, completes the
 * bonus and approves. The totals the API reports are the domain engine's on the same
 * inputs; after approval every write is refused (LOCKED) until the admin reopens it with
 * a reason. A stale version is a conflict that carries the current value.
 */
import { describeEachEngine } from '@kaohe/db/testing';
import {
  type BonusAward,
  criteriaOf,
  formatCenti,
  type Item,
  type ItemInputs,
  reviewingDepartments,
  scoreAssessment,
  scoreItem,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { fullInputs } from '@kaohe/workflow/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppTrpcError } from './errors.ts';
import { ITEMS } from './testing/drive.ts';
import {
  createHarness,
  fingerprint,
  type Harness,
  REVIEWING_DEPARTMENTS,
  TestClock,
  UNITS,
  USERS,
} from './testing/harness.ts';

/** What the unit reports where it did not earn full marks. */
const SELF_OVERRIDES: Record<string, ItemInputs> = {
  // 2: 82% of enterprises have a union: above the 80% a district union must reach.
  'union-founding': { a: { numerator: 82, denominator: 100 }, b: { met: true } },
  // 7: 55% below the 60% target: 0 — what 法律部 will return.
  'dispute-mediation': { a: { numerator: 55, denominator: 100 } },
  // 8: judged 3.5 of 4.
  information: { a: { value: 3.5 } },
  // 16: 效果一般 (2 of 3), no veto.
  'hardship-relief': { a: { levelId: 'average' }, b: { triggered: false } },
  // 28: 完成基数 4, not the 7 for growth.
  'dues-collection': { a: { levelId: 'base' } },
  // 30: two audits missing: 2 + 2 − 2.
  'audit-supervision': { a: { met: true }, b: { count: 2 }, c: { met: true } },
};

/** Where a department judges differently from the unit (with remarks). */
const REVIEW_OVERRIDES: Record<string, { department: string; inputs: ItemInputs }> = {
  'party-union-cobuilding': { department: 'org', inputs: { b: { met: false } } },
  information: { department: 'office', inputs: { a: { value: 3 } } },
  'ankang-cup': { department: 'economic', inputs: { c: { count: 1 } } },
};

const FIXED_ITEM7: ItemInputs = { a: { numerator: 66, denominator: 100 } };

const selfInputs = (item: Item): ItemInputs => SELF_OVERRIDES[item.id] ?? fullInputs(item);

function own(inputs: ItemInputs, item: Item, departmentId: string): ItemInputs {
  const mine = new Set(criteriaOf(item, departmentId).map((c) => c.id));
  return Object.fromEntries(Object.entries(inputs).filter(([id]) => mine.has(id)));
}

const DISTRICT = { unitType: 'district' };

const code = (e: unknown) => (e instanceof AppTrpcError ? e.domainCode : String(e));

describeEachEngine('one full assessment through the API', ({ db }) => {
  let h: Harness;
  let assessmentId: string;
  const self = new Map<string, ItemInputs>();
  /** The review inputs the departments entered, per item, all departments merged. */
  const review = new Map<string, ItemInputs>();
  const awards: BonusAward[] = [];

  const unit = () => h.as(USERS.unitA);
  const dept = (id: string) => h.as(USERS.dept(id));
  const chairman = () => h.as(USERS.chairman);
  const admin = () => h.as(USERS.admin);
  const detail = () => admin().assessment.byId({ id: assessmentId });
  const currentVersion = async () => (await detail()).version;
  const itemRow = async (itemId: string) =>
    (await detail()).items.find((i) => i.itemId === itemId)!;

  async function reviewItems(departmentId: string, only?: string[]) {
    const d = await detail();
    for (const item of ITEMS) {
      if (!reviewingDepartments(item).includes(departmentId)) continue;
      if (only && !only.includes(item.id)) continue;
      const override = REVIEW_OVERRIDES[item.id];
      const base = own(self.get(item.id)!, item, departmentId);
      const inputs = override?.department === departmentId ? { ...base, ...override.inputs } : base;
      const points = (x: ItemInputs) =>
        scoreItem(rubric2011, item.id, x, DISTRICT, { department: departmentId }).points;
      // Remarks (备注) wherever the review differs from the self score.
      const differs = points(inputs) !== points(base);
      const row = d.items.find((i) => i.itemId === item.id)!;
      const mine = row.reviews.find((r) => r.departmentId === departmentId)!;
      const saved = await dept(departmentId).review.saveReviewScore({
        assessmentId,
        itemId: item.id,
        inputs,
        remarks: differs ? '佐证材料不足以证明该项成效，酌情扣分。' : null,
        expectedVersion: mine.version,
      });
      expect(saved.reviewVersion).toBe(mine.version + 1);
      review.set(item.id, { ...review.get(item.id), ...inputs });
    }
  }

  const complete = async (departmentId: string) =>
    dept(departmentId).review.completeUnit({
      assessmentId,
      expectedVersion: await currentVersion(),
      command: { type: 'COMPLETE_REVIEW' },
    });

  beforeAll(async () => {
    h = await createHarness(db(), { clock: new TestClock(new Date('2011-12-01T09:00:00+08:00')) });
    assessmentId = h.assessments[UNITS.a.id]!;
  });

  afterAll(() => h.dispose());

  it('the unit self-scores all 30 items; each score is the domain engine’s', async () => {
    const d = await unit().assessment.byId({ id: assessmentId });
    expect(d.stage).toBe('selfScoring');
    expect(d.items).toHaveLength(30);
    for (const item of ITEMS) {
      const inputs = selfInputs(item);
      const row = d.items.find((i) => i.itemId === item.id)!;
      const saved = await unit().assessment.saveSelfScore({
        assessmentId,
        itemId: item.id,
        inputs,
        explanation: `第${item.number}项：已按要求落实，详见佐证材料。`,
        expectedVersion: row.version,
      });
      const expected = scoreItem(rubric2011, item.id, inputs, { unitType: 'district' });
      expect(saved.selfScore, `item ${item.number}`).toBe(formatCenti(expected.points));
      expect(saved.version).toBe(row.version + 1);
      self.set(item.id, inputs);
    }
    const after = await unit().assessment.byId({ id: assessmentId });
    expect(after.totals.selfScoredCount).toBe(30);
    const engine = scoreAssessment(rubric2011, {
      unitType: 'district',
      items: Object.fromEntries(self),
    });
    expect(after.totals.selfSubtotal).toBe(formatCenti(engine.subtotal));
    // By hand: 120 − 3 (item 7) − 0.5 (8) − 1 (16) − 3 (28) − 2 (30) = 110.5.
    expect(after.totals.selfSubtotal).toBe('110.5');
    expect(after.totals.selfCategories.map((c) => c.points)).toEqual(
      engine.categories.map((c) => formatCenti(c.points)),
    );
  });

  it('a stale version is a conflict that carries the current row, and changes nothing', async () => {
    const row = await itemRow('research');
    const stale = unit().assessment.saveSelfScore({
      assessmentId,
      itemId: 'research',
      inputs: { a: { met: false }, b: { met: false }, c: { met: false } },
      explanation: '过期的版本',
      expectedVersion: row.version - 1,
    });
    const error = await stale.catch((e: unknown) => e);
    expect(code(error)).toBe('CONFLICT');
    expect((error as AppTrpcError).code).toBe('CONFLICT');
    const current = ((error as AppTrpcError).details as { current: Record<string, unknown> })
      .current;
    expect(current).toMatchObject({ itemId: 'research', version: row.version, selfScore: '3' });
    expect(await itemRow('research')).toEqual(row);
  });

  it('submits; every owning department is now reviewing and has it on its to-do list', async () => {
    const result = await unit().assessment.submit({
      assessmentId,
      expectedVersion: await currentVersion(),
      command: { type: 'SUBMIT' },
    });
    expect(result.stage).toBe('review');
    expect(Object.keys(result.view.departments).sort()).toEqual([...REVIEWING_DEPARTMENTS].sort());
    expect(Object.values(result.view.departments).every((s) => s === 'reviewing')).toBe(true);
    const todo = await dept('legal').todo.mine();
    expect(todo.find((t) => t.assessmentId === assessmentId)).toMatchObject({
      kind: 'review',
      deadline: new Date('2011-12-20T23:59:59+08:00'),
      overdue: false,
    });
    expect((await unit().todo.mine()).map((t) => t.assessmentId)).not.toContain(assessmentId);
  });

  it('法律部 returns item 7 with a reason and a deadline (a stale version first: conflict)', async () => {
    const v = await currentVersion();
    const command = {
      type: 'RETURN_ITEMS' as const,
      itemIds: ['dispute-mediation'],
      reason: '调解组织建立率与年报不一致，请核实后重新填报并补充名录。',
      deadline: '2011-12-08',
    };
    const stale = await dept('legal')
      .review.returnItems({ assessmentId, expectedVersion: v - 1, command })
      .catch((e: unknown) => e);
    expect(code(stale)).toBe('CONFLICT');
    expect((stale as AppTrpcError).details).toEqual({ current: { stage: 'review', version: v } });
    expect(await currentVersion()).toBe(v);

    const result = await dept('legal').review.returnItems({
      assessmentId,
      expectedVersion: v,
      command,
    });
    expect(result.stage).toBe('returned');
    expect(result.version).toBe(v + 1);
    expect(result.view.returns).toEqual([
      expect.objectContaining({
        itemId: 'dispute-mediation',
        departmentId: 'legal',
        reason: command.reason,
        deadline: '2011-12-08',
      }),
    ]);
    expect(result.view.editableItems).toEqual(['dispute-mediation']);

    // The unit sees the reason and the deadline, on its to-do list and on the item.
    const todo = (await unit().todo.mine()).find((t) => t.assessmentId === assessmentId);
    expect(todo).toMatchObject({ kind: 'revise', deadline: new Date('2011-12-08T23:59:59+08:00') });
    const row = (await unit().assessment.byId({ id: assessmentId })).items.find(
      (i) => i.itemId === 'dispute-mediation',
    )!;
    expect(row.reviews[0]).toMatchObject({ status: 'returned', returnedReason: command.reason });
  });

  it('while item 7 is out, only it may change, and 法律部 cannot score it', async () => {
    const research = await itemRow('research');
    const other = await unit()
      .assessment.saveSelfScore({
        assessmentId,
        itemId: 'research',
        inputs: fullInputs(ITEMS.find((i) => i.id === 'research')!),
        explanation: '改不了',
        expectedVersion: research.version,
      })
      .catch((e: unknown) => e);
    expect(code(other)).toBe('FORBIDDEN');
    const item7 = await itemRow('dispute-mediation');
    const legal = await dept('legal')
      .review.saveReviewScore({
        assessmentId,
        itemId: 'dispute-mediation',
        inputs: { a: { numerator: 55, denominator: 100 } },
        remarks: null,
        expectedVersion: item7.reviews[0]!.version,
      })
      .catch((e: unknown) => e);
    expect(code(legal)).toBe('FORBIDDEN');
  });

  it('the other departments review their own criteria and complete meanwhile', async () => {
    for (const departmentId of REVIEWING_DEPARTMENTS.filter((d) => d !== 'legal')) {
      await reviewItems(departmentId);
      const result = await complete(departmentId);
      expect(result.view.departments[departmentId]).toBe('complete');
    }
    const d = await detail();
    expect(d.stage).toBe('returned');
    expect(d.view.departments.legal).toBe('returned');
  });

  it('the unit fixes item 7 and resubmits; 法律部 reviews everything it owns and completes', async () => {
    const item7 = await itemRow('dispute-mediation');
    const saved = await unit().assessment.saveSelfScore({
      assessmentId,
      itemId: 'dispute-mediation',
      inputs: FIXED_ITEM7,
      explanation: '已核实：建立调解组织的建会企事业单位66家，占66%，名录见附件。',
      expectedVersion: item7.version,
    });
    expect(saved.selfScore).toBe('3');
    self.set('dispute-mediation', FIXED_ITEM7);
    const resubmitted = await unit().assessment.resubmit({
      assessmentId,
      expectedVersion: await currentVersion(),
      command: { type: 'RESUBMIT' },
    });
    expect(resubmitted.stage).toBe('review');
    expect(resubmitted.view.returns).toEqual([]);
    expect(resubmitted.view.departments.legal).toBe('reviewing');

    await reviewItems('legal');
    const done = await complete('legal');
    expect(done.stage).toBe('bonus');
  });

  it('a department sees only its own items; the unit sees no review score before approval', async () => {
    const legal = await dept('legal').assessment.byId({ id: assessmentId });
    const legalItems = ITEMS.filter((i) => reviewingDepartments(i).includes('legal')).map(
      (i) => i.id,
    );
    expect(legal.items.map((i) => i.itemId).sort()).toEqual(legalItems.sort());
    expect(legal.totals.total).toBeNull();

    const mine = await unit().assessment.byId({ id: assessmentId });
    expect(mine.items.every((i) => i.reviewScore === null)).toBe(true);
    expect(
      mine.items
        .flatMap((i) => i.reviews)
        .every((r) => r.reviewScore === null && r.remarks === null),
    ).toBe(true);
    expect(mine.totals).toMatchObject({ reviewSubtotal: null, bonus: null, total: null });
  });

  it('主席室 awards bonus points (revoking one), completes the bonus and approves', async () => {
    const first = await chairman().bonus.award({
      assessmentId,
      bonusItemId: 'bonus-excellence',
      points: 1,
      reason: '创先争优工作有特色，经验在全市推广',
      confirmOverSubtotal: true,
    });
    expect(first).toMatchObject({ points: '1', bonusTotal: '1' });
    const second = await chairman().bonus.award({
      assessmentId,
      bonusItemId: 'bonus-breakthrough',
      points: '0.5',
      reason: '“两个普遍”工作取得突破性进展',
      confirmOverSubtotal: true,
    });
    expect(second.bonusTotal).toBe('1.5');
    const mistaken = await chairman().bonus.award({
      assessmentId,
      bonusItemId: 'bonus-honours',
      points: 2,
      reason: '误录',
      confirmOverSubtotal: true,
    });
    expect(mistaken.bonusTotal).toBe('3.5');
    await chairman().bonus.revoke({ assessmentId, awardId: mistaken.id, reason: '录入错误，撤销' });
    awards.push(
      { bonusItemId: 'bonus-excellence', points: 1 },
      { bonusItemId: 'bonus-breakthrough', points: '0.5' },
    );

    const completed = await chairman().bonus.complete({
      assessmentId,
      expectedVersion: await currentVersion(),
      command: { type: 'COMPLETE_BONUS' },
    });
    expect(completed.stage).toBe('finalApproval');
    const approved = await chairman().approval.approve({
      assessmentId,
      expectedVersion: await currentVersion(),
      command: { type: 'APPROVE' },
    });
    expect(approved.stage).toBe('approved');
    expect(approved.view.locked).toBe(true);
  });

  it('the totals are the domain engine’s on the same inputs, for the chairman and the unit', async () => {
    const engine = scoreAssessment(rubric2011, {
      unitType: 'district',
      items: Object.fromEntries(review),
      bonus: awards,
    });
    expect(engine.complete).toBe(true);
    for (const who of [USERS.chairman, USERS.admin, USERS.unitA]) {
      const d = await h.as(who).assessment.byId({ id: assessmentId });
      expect(d.stage).toBe('approved');
      expect(d.approvedAt).not.toBeNull();
      expect(d.totals.reviewSubtotal, who).toBe(formatCenti(engine.subtotal));
      expect(d.totals.bonus, who).toBe(formatCenti(engine.bonus));
      expect(d.totals.total, who).toBe(formatCenti(engine.total));
      expect(d.totals.reviewCategories.map((c) => c.points)).toEqual(
        engine.categories.map((c) => formatCenti(c.points)),
      );
      for (const s of engine.items) {
        const row = d.items.find((i) => i.itemId === s.itemId)!;
        expect(row.reviewScore, s.itemId).toBe(formatCenti(s.points));
      }
    }
    // By hand: 110.5 self, +3 item 7 fixed, −4 item 1 (org), −0.5 item 8 (office),
    // −2 item 19 (economic) = 107 合计; + 1.5 加分 = 108.5 总计.
    expect(formatCenti(engine.subtotal)).toBe('107');
    expect(formatCenti(engine.total)).toBe('108.5');
    const selfEngine = scoreAssessment(rubric2011, {
      unitType: 'district',
      items: Object.fromEntries(self),
    });
    expect((await detail()).totals.selfSubtotal).toBe(formatCenti(selfEngine.subtotal));
  });

  it('after approval every write is refused as LOCKED and changes nothing', async () => {
    const before = await fingerprint(h.db);
    const d = await detail();
    const item7 = d.items.find((i) => i.itemId === 'dispute-mediation')!;
    const attempts: Array<() => Promise<unknown>> = [
      () =>
        unit().assessment.saveSelfScore({
          assessmentId,
          itemId: 'dispute-mediation',
          inputs: FIXED_ITEM7,
          explanation: '审定后修改',
          expectedVersion: item7.version,
        }),
      () =>
        dept('legal').review.saveReviewScore({
          assessmentId,
          itemId: 'dispute-mediation',
          inputs: { a: { numerator: 10, denominator: 100 } },
          remarks: '审定后修改',
          expectedVersion: item7.reviews[0]!.version,
        }),
      () =>
        dept('legal').review.returnItems({
          assessmentId,
          expectedVersion: d.version,
          command: {
            type: 'RETURN_ITEMS',
            itemIds: ['dispute-mediation'],
            reason: '再退回',
            deadline: '2011-12-30',
          },
        }),
      () =>
        chairman().bonus.award({
          assessmentId,
          bonusItemId: 'bonus-honours',
          points: 1,
          reason: '审定后加分',
          confirmOverSubtotal: true,
        }),
      () =>
        chairman().approval.sendBack({
          assessmentId,
          expectedVersion: d.version,
          command: { type: 'SEND_BACK', departmentIds: ['legal'], reason: '审定后退回' },
        }),
    ];
    for (const attempt of attempts) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(code(error)).toBe('LOCKED');
      expect((error as AppTrpcError).code).toBe('PRECONDITION_FAILED');
      expect((error as AppTrpcError).text.zh).toContain('已审定锁定');
    }
    expect(await fingerprint(h.db)).toEqual(before);
  });

  it('the admin reopens it with a reason, recorded in the history; the chairman approves again', async () => {
    const noReason = await admin()
      .approval.reopen({
        assessmentId,
        expectedVersion: await currentVersion(),
        command: { type: 'REOPEN', reason: '  ' },
      })
      .catch((e: unknown) => e);
    expect((noReason as AppTrpcError).code).toBe('BAD_REQUEST');
    const reason = '单位申诉：第7项调解组织数据已由法律部复核，需重新审定';
    const reopened = await admin().approval.reopen({
      assessmentId,
      expectedVersion: await currentVersion(),
      command: { type: 'REOPEN', reason },
    });
    expect(reopened.stage).toBe('finalApproval');
    expect(reopened.view.locked).toBe(false);
    expect(reopened.view.reopened).toMatchObject({ reason });
    const history = await admin().audit.history({ assessmentId });
    expect(history.events.find((e) => e.action === 'assessment.REOPEN')).toMatchObject({
      reason: { zh: reason, en: reason },
      actorUserId: USERS.admin,
      actorRole: 'admin',
    });
    expect((await detail()).approvedAt).toBeNull();

    const again = await chairman().approval.approve({
      assessmentId,
      expectedVersion: await currentVersion(),
      command: { type: 'APPROVE' },
    });
    expect(again.stage).toBe('approved');
  });
});
