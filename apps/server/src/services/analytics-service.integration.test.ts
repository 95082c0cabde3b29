/**
 * A cycle's item analytics are computed once and kept until an audited write to one of its
 * assessments (or to the organisation) comes after them: the figures are then those of a
 * fresh computation, never the kept ones.
 */
import { itemAnalyticsReport, saveSelfScore, upsertUnits } from '@kaohe/db';
import { ADMIN, describeEachEngine, seedCycle } from '@kaohe/db/testing';
import { expect, it } from 'vitest';
import { loadItemAnalytics } from './analytics-service.ts';

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
});
