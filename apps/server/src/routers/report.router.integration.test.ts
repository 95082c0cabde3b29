/**
 * report.* through tRPC: the unit type filter on every report, the matrix in the
 * contract's shape, and year over year as each role may see it (a unit: its own unit,
 * approved cycles only; never review scores before approval).
 */
import { backfillTotals } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import { rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, outcome, UNITS, USERS } from '../testing/harness.ts';

describeEachEngine('report router', ({ db }) => {
  let h: Harness;
  const chairman = () => h.as(USERS.chairman);

  beforeAll(async () => {
    h = await createHarness(db());
    await sql`update item_scores set self_score = base_score, review_score = base_score - 0.5
              where assessment_id in (${h.assessments[UNITS.a.id]!}, ${h.assessments[UNITS.b.id]!})`.execute(
      h.db,
    );
    // Written around the repositories: the kept totals follow as a backfill would.
    await backfillTotals(h.db);
  });
  afterAll(() => h.dispose());

  it('matrix: every unit × every item, self and review, totals; the unit type filter applies', async () => {
    const matrix = await chairman().report.matrix({ cycleId: h.cycleId });
    const items = rubricItems(rubric2011);
    expect(matrix.items.map((i) => i.id)).toEqual(items.map(({ item }) => item.id));
    expect(matrix.rows.map((r) => r.unitId).sort()).toEqual([UNITS.a.id, UNITS.b.id].sort());
    const a = matrix.rows.find((r) => r.unitId === UNITS.a.id)!;
    const first = items[0]!.item;
    expect([a.self[0], a.review[0]]).toEqual([
      String(first.baseScore),
      String(first.baseScore - 0.5),
    ]);
    expect(a.self).toHaveLength(items.length);
    expect(a.selfTotal).toBe(String(rubric2011.total));
    expect(a.reviewTotal).toBe(String(rubric2011.total - 0.5 * items.length));
    expect(a).toMatchObject({ approved: false, bonus: '0', total: a.reviewTotal });

    const bureau = { cycleId: h.cycleId, unitTypeId: UNITS.b.unitTypeId };
    const only = (rows: Array<{ unitId?: string; assessmentId: string }>) =>
      rows.every((r) => r.assessmentId === h.assessments[UNITS.b.id]);
    expect((await chairman().report.matrix(bureau)).rows.map((r) => r.unitId)).toEqual([
      UNITS.b.id,
    ]);
    expect(only(await chairman().report.ranking(bureau))).toBe(true);
    expect(only(await chairman().report.categories(bureau))).toBe(true);
    expect(only(await chairman().report.disagreements(bureau))).toBe(true);
    expect(await chairman().report.bonusList(bureau)).toEqual([]);
    // One unit of the type: each department counts it once, in one state.
    const progress = await chairman().report.departmentProgress(bureau);
    expect(progress.length).toBeGreaterThan(0);
    for (const p of progress) expect(p.complete + p.reviewing + p.returned + p.pending).toBe(1);
    const everyone = await chairman().report.departmentProgress({ cycleId: h.cycleId });
    expect(everyone.every((p) => p.complete + p.reviewing + p.returned + p.pending === 2)).toBe(
      true,
    );
  });

  describe('yearOverYear', () => {
    it('a unit sees its own approved cycles only; the chairman sees every cycle', async () => {
      const own = await h.as(USERS.unitA).report.yearOverYear({ unitId: UNITS.a.id });
      expect(own.cycles).toEqual([]);
      const all = await chairman().report.yearOverYear({ unitId: UNITS.a.id });
      expect(all.cycles.map((c) => [c.cycleId, c.approved])).toEqual([[h.cycleId, false]]);
      expect(all.cycles[0]!.total).toBe(String(rubric2011.total - 0.5 * all.items.length));

      await sql`update assessments set stage = 'approved' where id = ${h.assessments[UNITS.a.id]!}`.execute(
        h.db,
      );
      const approved = await h.as(USERS.unitA).report.yearOverYear({ unitId: UNITS.a.id });
      expect(approved.cycles.map((c) => c.year)).toEqual([2011]);
      expect(approved.items[0]!.byYear).toEqual({
        2011: String(rubricItems(rubric2011)[0]!.item.baseScore - 0.5),
      });
    });

    it('another unit and a department are refused', async () => {
      expect(await outcome(h.as(USERS.unitB).report.yearOverYear({ unitId: UNITS.a.id }))).toBe(
        'FORBIDDEN',
      );
      expect(
        await outcome(h.as(USERS.dept('legal')).report.yearOverYear({ unitId: UNITS.a.id })),
      ).toBe('FORBIDDEN');
    });
  });
});
