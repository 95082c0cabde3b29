import type { DomainError } from '@kaohe/domain';
import { expect, it } from 'vitest';
import {
  findAssessment,
  getAssessment,
  listAssessments,
  lockAssessment,
  lockAssessmentItem,
  updateAssessmentWorkflow,
} from './assessment-repository.ts';
import { listAuditEvents } from './audit-repository.ts';
import { awardBonus } from './bonus-repository.ts';
import { getCycle } from './cycle-repository.ts';
import { saveReviewScore, saveSelfScore } from './item-score-repository.ts';
import { ADMIN, CHAIRMAN, departmentActor, describeEachEngine, seedCycle } from './testing.ts';
import { inTransaction } from './transaction.ts';

describeEachEngine('assessments', ({ db }) => {
  it('reads an assessment whole: items in rubric order with their reviews', async () => {
    const { units, cycleId, rubricId } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor, unitId, unitTypeId } = units[0]!;
    await saveSelfScore(db(), actor, {
      assessmentId,
      itemId: 'innovation',
      inputs: { a: { met: true } },
      selfScore: '1.5',
      explanation: '1.5 + 1.5 + 1 中的第一项',
      expectedVersion: 1,
      indicators: [],
    });
    const detail = (await getAssessment(db(), assessmentId))!;
    expect(detail.assessment).toMatchObject({ id: assessmentId, cycleId, unitId, version: 1 });
    expect(detail).toMatchObject({ unitTypeId, rubricId, indicators: [], bonusAwards: [] });
    expect(detail.items.map((i) => i.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const item23 = detail.items[22]!;
    expect(item23).toMatchObject({
      itemId: 'innovation',
      baseScore: '4',
      selfScore: '1.5',
      version: 2,
    });
    expect(item23.reviews).toMatchObject([{ departmentId: 'economic', status: 'pending' }]);
    expect(detail.items[10]!.reviews.map((r) => r.departmentId).sort()).toEqual(['legal', 'women']);
    expect((await findAssessment(db(), { cycleId, unitId }))?.id).toBe(assessmentId);
    expect(await getAssessment(db(), 'nope')).toBeUndefined();

    // The same read inside a transaction (one connection on both engines).
    const inside = await inTransaction(db(), (trx) => getAssessment(trx, assessmentId));
    expect(inside).toEqual(detail);

    // What a save reads: the same assessment and the same item, reviews included.
    const forSave = await inTransaction(db(), async (trx) => ({
      shared: await lockAssessmentItem(trx, assessmentId, detail.items[10]!.itemId),
      single: await lockAssessmentItem(trx, assessmentId, 'innovation'),
      missing: await lockAssessmentItem(trx, assessmentId, 'no-such-item'),
      none: await lockAssessmentItem(trx, 'nope', 'innovation'),
    }));
    // With its unit's name and its cycle's deadlines, read in the same query.
    const { items: _items, indicators: _i, bonusAwards: _b, unitName, deadlines, ...head } = detail;
    const unit = await db()
      .selectFrom('units')
      .select('name')
      .where('id', '=', unitId)
      .executeTakeFirst();
    expect(unitName).toBe(unit?.name);
    expect(deadlines).toEqual((await getCycle(db(), cycleId))?.deadlines);
    expect(Object.keys(deadlines).length).toBeGreaterThan(0);
    expect(forSave.shared).toEqual({ ...head, item: detail.items[10] });
    expect(forSave.single).toEqual({ ...head, item: item23 });
    expect(forSave.missing).toEqual({ ...head, item: undefined });
    expect(forSave.none).toBeUndefined();
  });

  it('stores a workflow step with optimistic concurrency and an audit event with the reason', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor } = units[0]!;
    const submitted = await updateAssessmentWorkflow(db(), actor, {
      assessmentId,
      expectedVersion: 1,
      stage: 'review',
      snapshot: { value: 'review', context: { returned: [] } },
      machineVersion: 1,
      action: 'assessment.submit',
      submittedAt: 'now',
    });
    expect(submitted).toMatchObject({ stage: 'review', version: 2, approvedAt: null });
    expect(submitted.submittedAt).toBeInstanceOf(Date);

    const stale = await updateAssessmentWorkflow(db(), ADMIN, {
      assessmentId,
      expectedVersion: 1,
      stage: 'approved',
      snapshot: {},
      machineVersion: 1,
      action: 'assessment.approve',
    }).then(
      () => null,
      (e: DomainError) => e,
    );
    expect(stale?.code).toBe('CONFLICT');
    expect(stale?.details).toMatchObject({ current: { stage: 'review' } });

    const reopened = await updateAssessmentWorkflow(db(), ADMIN, {
      assessmentId,
      expectedVersion: 2,
      stage: 'selfScoring',
      snapshot: { value: 'selfScoring' },
      machineVersion: 2,
      action: 'assessment.reopen',
      reason: '单位申请修改佐证材料',
      submittedAt: null,
    });
    expect(reopened).toMatchObject({
      stage: 'selfScoring',
      machineVersion: 2,
      submittedAt: null,
      version: 3,
    });
    const events = await listAuditEvents(db(), { assessmentId });
    expect(events.map((e) => e.action)).toEqual([
      'assessment.reopen',
      'assessment.submit',
      'assessment.create',
    ]);
    expect(events[0]).toMatchObject({
      actorRole: 'admin',
      reason: '单位申请修改佐证材料',
      before: { stage: 'review', version: 2 },
      after: { stage: 'selfScoring', version: 3, snapshot: { value: 'selfScoring' } },
    });
    expect(
      await updateAssessmentWorkflow(db(), ADMIN, {
        assessmentId: 'missing',
        expectedVersion: 1,
        stage: 'x',
        snapshot: null,
        machineVersion: 1,
        action: 'x',
      }).then(
        () => null,
        (e: DomainError) => e.code,
      ),
    ).toBe('NOT_FOUND');
  });

  it('locks an assessment for a check-then-write inside one transaction', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor } = units[0]!;
    const saved = await inTransaction(db(), async (trx) => {
      const a = await lockAssessment(trx, assessmentId);
      expect(a.stage).toBe('selfScoring');
      return saveSelfScore(trx, actor, {
        assessmentId,
        itemId: 'skills',
        inputs: {},
        selfScore: '3',
        explanation: null,
        expectedVersion: 1,
      });
    });
    expect(saved.itemScore.selfScore).toBe('3');
    await expect(
      inTransaction(db(), (trx) => lockAssessment(trx, 'missing')),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('lists a cycle with exact totals computed in SQL', async () => {
    const { units, cycleId } = await seedCycle(db(), { unitCount: 3 });
    const [u1, u2] = units;
    for (const [itemId, score] of [
      ['innovation', '1.5'],
      ['skills', '2.5'],
      ['model-workers', '0.5'],
    ] as const) {
      await saveSelfScore(db(), u1!.actor, {
        assessmentId: u1!.assessmentId,
        itemId,
        inputs: {},
        selfScore: score,
        explanation: null,
        expectedVersion: 1,
      });
    }
    await saveReviewScore(db(), departmentActor('economic'), {
      assessmentId: u1!.assessmentId,
      itemId: 'innovation',
      departmentId: 'economic',
      inputs: {},
      reviewScore: '1',
      itemReviewScore: '1',
      remarks: '创新成果证明不足',
      expectedVersion: 1,
    });
    await awardBonus(db(), CHAIRMAN, {
      assessmentId: u1!.assessmentId,
      bonusItemId: 'bonus-1',
      points: '0.5',
      reason: '市级表彰',
    });
    const list = await listAssessments(db(), { cycleId });
    expect(list).toHaveLength(3);
    const s1 = list.find((a) => a.id === u1!.assessmentId)!;
    expect(s1).toMatchObject({
      itemCount: 30,
      selfScoredCount: 3,
      selfTotal: '4.5',
      reviewTotal: '1',
      bonusTotal: '0.5',
      stage: 'selfScoring',
    });
    const s2 = list.find((a) => a.id === u2!.assessmentId)!;
    expect(s2).toMatchObject({
      itemCount: 30,
      selfScoredCount: 0,
      selfTotal: null,
      bonusTotal: null,
    });
    expect(typeof s2.itemCount).toBe('number');
    expect(await listAssessments(db(), { cycleId, unitTypeId: 'devZone' })).toHaveLength(1);
    expect(await listAssessments(db(), { cycleId, unitTypeId: 'bureau' })).toHaveLength(0);
    expect(await listAssessments(db(), { cycleId, stage: 'selfScoring' })).toHaveLength(3);
  });
});
