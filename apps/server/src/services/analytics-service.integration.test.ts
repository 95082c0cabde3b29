/**
 * A cycle's item analytics are computed once and kept until an audited write to one of its
 * assessments (or to the organisation) comes after them: the figures are then those of a
 * fresh computation, never the kept ones.
 */
import {
  backfillTotalsOf,
  createCycle,
  createRubric,
  decimalFrom,
  itemAnalyticsReport,
  publishRubric,
  saveSelfScore,
  upsertUnits,
} from '@kaohe/db';
import { ADMIN, describeEachEngine, INITIAL_WORKFLOW, seedCycle } from '@kaohe/db/testing';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { expect, it } from 'vitest';
import { lastYearFigures, loadItemAnalytics } from './analytics-service.ts';

describeEachEngine('item analytics kept per cycle', ({ db }) => {
  it('computes once, and again after a write to the cycle or to a unit', async () => {
    const seeded = await seedCycle(db(), { unitCount: 2 });
    const q = { cycleId: seeded.cycleId };
    const first = await loadItemAnalytics(db(), q);
    expect(await loadItemAnalytics(db(), q)).toBe(first);
    // Another unit type's figures are kept apart.
    const district = await loadItemAnalytics(db(), { ...q, unitTypeId: 'district' });
    expect(district).not.toBe(first);

    const [u1] = seeded.units;
    await saveSelfScore(db(), u1!.actor, {
      assessmentId: u1!.assessmentId,
      itemId: 'collective-contracts',
      inputs: {},
      selfScore: '8.5',
      explanation: null,
      expectedVersion: 1,
    });
    const afterScore = await loadItemAnalytics(db(), q);
    expect(afterScore).not.toBe(first);
    expect(afterScore).toEqual(await itemAnalyticsReport(db(), q));
    expect(await loadItemAnalytics(db(), q)).toBe(afterScore);

    await upsertUnits(db(), ADMIN, [
      { id: u1!.unitId, name: '改名后的单位', unitTypeId: u1!.unitTypeId, memberCount: 1 },
    ]);
    expect(await loadItemAnalytics(db(), q)).not.toBe(afterScore);
  });

  it("last year's figures come from the newest earlier cycle that has review scores", async () => {
    const reviewed = await seedCycle(db(), { unitCount: 1 });
    const [unit] = reviewed.units;
    await db()
      .updateTable('itemScores')
      .set({ reviewScore: decimalFrom('3') })
      .where('assessmentId', '=', unit!.assessmentId)
      .where('itemId', '=', 'collective-contracts')
      .execute();
    await backfillTotalsOf(db(), [unit!.assessmentId]);
    // 2012's cycle runs while the 2013 rubric is written: nothing reviewed in it yet.
    const draft2012 = await createRubric(db(), ADMIN, { document: { ...rubric2011, year: 2012 } });
    const rubric2012 = await publishRubric(db(), ADMIN, {
      rubricId: draft2012.id,
      expectedVersion: draft2012.version,
    });
    await createCycle(db(), ADMIN, {
      name: '2012年度考核',
      rubricId: rubric2012.id,
      deadlines: { selfScoring: new Date('2013-01-15T00:00:00Z') },
      unitIds: [unit!.unitId],
      initialWorkflow: INITIAL_WORKFLOW,
    });
    const draft2013 = await createRubric(db(), ADMIN, { document: { ...rubric2011, year: 2013 } });

    const figures = await lastYearFigures(db(), draft2013.id);
    expect(figures.cycle?.id).toBe(reviewed.cycleId);
    expect(figures.items.find((i) => i.itemId === 'collective-contracts')?.reviewed).toBe(1);
  });
});
