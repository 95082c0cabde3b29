/**
 * Kept totals in the database package (issue 17): the migration's backfill of existing
 * assessments, and the check that finds a drift or a missing row. The writes through the
 * API are in apps/server/src/services/totals.integration.test.ts.
 */
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { awardBonus } from './bonus-repository.ts';
import { storeDomainScores } from './fixtures/report-scores.ts';
import * as m0015 from './migrations/0015-assessment-totals.ts';
import { CHAIRMAN, describeEachEngine, seedCycle } from './testing.ts';
import { checkTotals } from './totals-repository.ts';

describeEachEngine('kept totals: backfill and check', ({ db }) => {
  it('the migration fills existing assessments with what the domain engine computes', {
    timeout: 120_000,
  }, async () => {
    const seeded = await seedCycle(db(), { unitCount: 3 });
    const expected = [];
    for (const [k, u] of seeded.units.entries()) {
      await awardBonus(db(), CHAIRMAN, {
        assessmentId: u.assessmentId,
        bonusItemId: rubric2011.bonusItems[0]!.id,
        points: '1.5',
        reason: '示范',
      });
      expected.push(
        await storeDomainScores(db(), {
          assessmentId: u.assessmentId,
          rubric: rubric2011,
          unitTypeId: u.unitTypeId,
          k,
          bonus: [{ bonusItemId: rubric2011.bonusItems[0]!.id, points: '1.5' }],
        }),
      );
    }
    // As a database from before 0015: no table; then the migration.
    await m0015.down(db().withoutPlugins());
    await m0015.up(db().withoutPlugins());
    expect(await checkTotals(db())).toEqual([]);
    for (const [k, u] of seeded.units.entries()) {
      const row = await db()
        .selectFrom('assessmentTotals')
        .selectAll()
        .where('assessmentId', '=', u.assessmentId)
        .executeTakeFirstOrThrow();
      const { self, review } = expected[k]!;
      expect(row).toMatchObject({
        cycleId: seeded.cycleId,
        selfSubtotal: self.subtotal,
        reviewSubtotal: review.subtotal,
        bonus: review.bonus,
        awarded: 150,
        total: review.total,
      });
      expect(row.categories.map((c) => c.review)).toEqual(review.categories.map((c) => c.points));
      expect(row.categories.map((c) => c.self)).toEqual(self.categories.map((c) => c.points));
    }
  });

  it('the check names a figure changed behind its back, and a missing row', async () => {
    const seeded = await seedCycle(db(), { unitCount: 2 });
    const [a, b] = seeded.units;
    await sql`update assessment_totals set categories = jsonb_set(categories, '{0,self}', '1234')
              where assessment_id = ${a!.assessmentId}`.execute(db());
    await sql`delete from assessment_totals where assessment_id = ${b!.assessmentId}`.execute(db());
    const found = await checkTotals(db());
    expect(found.filter((d) => d.assessmentId === a!.assessmentId)).toEqual([
      expect.objectContaining({
        field: `category:${rubric2011.categories[0]!.id}:self`,
        kept: 1234,
        expected: null,
      }),
    ]);
    expect(found.filter((d) => d.assessmentId === b!.assessmentId)).toEqual([
      expect.objectContaining({ field: 'row', kept: undefined }),
    ]);
  });
});
