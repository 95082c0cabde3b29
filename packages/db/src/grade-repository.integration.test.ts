import { DomainError, type GradeBands } from '@kaohe/domain';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { listAuditEvents } from './audit-repository.ts';
import {
  barFromHonours,
  clearGradeBands,
  liftHonoursBar,
  listGradeBands,
  listHonoursBars,
  setGradeBands,
} from './grade-repository.ts';
import { listHistory } from './history-repository.ts';
import { rankingReport } from './report-repository.ts';
import { ADMIN, CHAIRMAN, describeEachEngine, seedCycle } from './testing.ts';
import { backfillTotalsOf } from './totals-repository.ts';

/** 总计 of at least 119.5 优秀, of at least 119 良好, else 达标. */
const BY_TOTAL = {
  mode: 'total',
  bands: [
    { label: '优秀', bound: '119.5' },
    { label: '良好', bound: '119' },
  ],
  otherwise: '达标',
} satisfies GradeBands;

describeEachEngine('grades and honours bars', ({ db }) => {
  async function approveWithTotal(assessmentId: string, less: string) {
    await sql`update item_scores set review_score = base_score where assessment_id = ${assessmentId}`.execute(
      db(),
    );
    await sql`update item_scores set review_score = base_score - ${less}::numeric
              where assessment_id = ${assessmentId} and item_id = 'party-union-cobuilding'`.execute(
      db(),
    );
    await sql`update assessments set stage = 'approved',
              snapshot = ${JSON.stringify({ value: 'approved', context: { departments: {} } })}::jsonb
              where id = ${assessmentId}`.execute(db());
    // Written past the repositories: the kept totals follow, as every real write keeps them.
    await backfillTotalsOf(db(), [assessmentId]);
  }

  it('every ranking row carries its grade (null until bands are set), ties sharing one', async () => {
    const seeded = await seedCycle(db(), { unitCount: 5 });
    const [d1, d2, , b1, b2] = seeded.units; // district, district, devZone, bureau, bureau
    await approveWithTotal(d1!.assessmentId, '0');
    await approveWithTotal(d2!.assessmentId, '1');
    await approveWithTotal(b1!.assessmentId, '1');
    await approveWithTotal(b2!.assessmentId, '1');

    const before = await rankingReport(db(), { cycleId: seeded.cycleId });
    expect(before.every((r) => r.grade === null && r.barredFromHonours === false)).toBe(true);

    await setGradeBands(db(), ADMIN, {
      cycleId: seeded.cycleId,
      unitTypeId: 'district',
      bands: BY_TOTAL,
    });
    await setGradeBands(db(), ADMIN, {
      cycleId: seeded.cycleId,
      unitTypeId: 'bureau',
      bands: { mode: 'share', bands: [{ label: '优秀', bound: '50' }], otherwise: '良好' },
    });
    const rows = await rankingReport(db(), { cycleId: seeded.cycleId });
    const by = new Map(rows.map((r) => [r.unitId, r]));
    expect(by.get(d1!.unitId)).toMatchObject({ total: '120', grade: '优秀' });
    expect(by.get(d2!.unitId)).toMatchObject({ total: '119', grade: '良好' });
    // Two bureaus tied at 119 with a 50% quota of one: they share a grade, the lower one.
    expect([by.get(b1!.unitId)!.grade, by.get(b2!.unitId)!.grade]).toEqual(['良好', '良好']);
    expect([by.get(b1!.unitId)!.rank, by.get(b2!.unitId)!.rank]).toEqual([1, 1]);
    // Not approved, no bands for its type: no grade.
    expect(by.get(seeded.units[2]!.unitId)!.grade).toBeNull();
    // The type filter gives the same grades.
    const district = await rankingReport(db(), { cycleId: seeded.cycleId, unitTypeId: 'district' });
    expect(district.map((r) => r.grade)).toEqual(['优秀', '良好']);

    // Replacing needs the current version; a stale one is CONFLICT and nothing changes.
    const [current] = await listGradeBands(db(), seeded.cycleId);
    await expect(
      setGradeBands(db(), ADMIN, {
        cycleId: seeded.cycleId,
        unitTypeId: current!.unitTypeId,
        bands: BY_TOTAL,
        expectedVersion: current!.version + 1,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await clearGradeBands(db(), ADMIN, { cycleId: seeded.cycleId, unitTypeId: 'district' });
    const cleared = await rankingReport(db(), { cycleId: seeded.cycleId, unitTypeId: 'district' });
    expect(cleared.map((r) => r.grade)).toEqual([null, null]);
    const audit = await listAuditEvents(db(), {
      entityType: 'gradeBands',
      entityId: `${seeded.cycleId}/district`,
    });
    expect(audit.map((e) => e.action)).toEqual(['gradeBands.clear', 'gradeBands.set']);
  });

  it('refuses bad bands with a clear message and stores nothing', async () => {
    const seeded = await seedCycle(db(), { unitCount: 1 });
    const error = await setGradeBands(db(), ADMIN, {
      cycleId: seeded.cycleId,
      unitTypeId: 'district',
      bands: {
        mode: 'share',
        bands: [
          { label: '优秀', bound: '70' },
          { label: '良好', bound: '40' },
        ],
        otherwise: '一般',
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      text: { zh: '各等次比例合计110%，超过100%', en: 'The shares add up to 110%, over 100%' },
    });
    expect(await listGradeBands(db(), seeded.cycleId)).toEqual([]);
  });

  it('a triggered veto bars from honours automatically; a bar by hand is audited and lifted with a reason', async () => {
    const seeded = await seedCycle(db(), { unitCount: 3 });
    const [d1, d2, z1] = seeded.units;
    for (const u of [d1, d2, z1]) await approveWithTotal(u!.assessmentId, '0');
    // Item 16 (hardship-relief): "困难职工建档率不达标整项不得分", criterion b is the veto.
    await sql`update item_reviews set review_inputs = '{"a":{"levelId":"effective"},"b":{"triggered":true}}'::jsonb
              where assessment_id = ${d1!.assessmentId} and item_id = 'hardship-relief'`.execute(
      db(),
    );
    // A "triggered" on a criterion that is not a veto bars nobody.
    await sql`update item_reviews set review_inputs = '{"a":{"triggered":true},"b":{"triggered":false}}'::jsonb
              where assessment_id = ${d2!.assessmentId} and item_id = 'hardship-relief'`.execute(
      db(),
    );

    const bar = await barFromHonours(db(), CHAIRMAN, {
      assessmentId: z1!.assessmentId,
      condition: '发生重大安全责任事故',
      reason: '5月发生安全事故，经主席室研究',
    });
    let by = new Map(
      (await rankingReport(db(), { cycleId: seeded.cycleId })).map((r) => [r.unitId, r]),
    );
    expect(by.get(d1!.unitId)).toMatchObject({
      barredFromHonours: true,
      vetoedItemIds: ['hardship-relief'],
      barredByHand: false,
    });
    expect(by.get(d2!.unitId)).toMatchObject({ barredFromHonours: false, vetoedItemIds: [] });
    expect(by.get(z1!.unitId)).toMatchObject({ barredFromHonours: true, barredByHand: true });
    // Separate from the score: the total and the rank are untouched.
    expect(by.get(z1!.unitId)).toMatchObject({ total: '120', rank: 1 });

    await expect(
      barFromHonours(db(), CHAIRMAN, {
        assessmentId: z1!.assessmentId,
        condition: ' ',
        reason: 'r',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    await liftHonoursBar(db(), ADMIN, { barId: bar.id, reason: '复核后撤销' });
    await expect(
      liftHonoursBar(db(), ADMIN, { barId: bar.id, reason: '再次撤销' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    by = new Map(
      (await rankingReport(db(), { cycleId: seeded.cycleId })).map((r) => [r.unitId, r]),
    );
    expect(by.get(z1!.unitId)!.barredFromHonours).toBe(false);
    const [listed] = await listHonoursBars(db(), { cycleId: seeded.cycleId });
    expect(listed).toMatchObject({ condition: '发生重大安全责任事故', liftReason: '复核后撤销' });

    // In the assessment's history: the chairman's office sees both; the unit after approval.
    const events = await listAuditEvents(db(), { assessmentId: z1!.assessmentId });
    expect(events.slice(0, 2).map((e) => [e.action, e.reason])).toEqual([
      ['honours.lift', '复核后撤销'],
      ['honours.bar', '5月发生安全事故，经主席室研究'],
    ]);
    const unitView = await listHistory(db(), {
      assessmentId: z1!.assessmentId,
      viewer: { role: 'unit', approved: true },
      limit: 50,
    });
    expect(unitView.events.map((e) => e.action)).toContain('honours.bar');
  });
});
