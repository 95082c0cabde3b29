import { cloneRubricToYear, formatCenti, rubricItems, scoreBonus, toCenti } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { awardBonus } from './bonus-repository.ts';
import { createCycle } from './cycle-repository.ts';
import {
  bonusList,
  categorySubtotals,
  departmentProgress,
  disagreements,
  rankingReport,
} from './report-repository.ts';
import { createRubric, publishRubric } from './rubric-repository.ts';
import { ADMIN, CHAIRMAN, describeEachEngine, INITIAL_WORKFLOW, seedCycle } from './testing.ts';

const ITEMS = rubricItems(rubric2011).map(({ item }) => item);

describeEachEngine('reports', ({ db }) => {
  /** Review scores for every item: the base minus `less` on the first item. */
  async function score(assessmentId: string, less: string, self = '0') {
    await sql`update item_scores set review_score = base_score, self_score = base_score - ${self}::numeric
              where assessment_id = ${assessmentId}`.execute(db());
    await sql`update item_scores set review_score = base_score - ${less}::numeric
              where assessment_id = ${assessmentId} and item_id = ${ITEMS[0]!.id}`.execute(db());
  }
  async function stage(
    assessmentId: string,
    value: string,
    departments: Record<string, string> = {},
  ) {
    await sql`update assessments set stage = ${value},
              snapshot = ${JSON.stringify({ value, context: { departments } })}::jsonb
              where id = ${assessmentId}`.execute(db());
  }

  it('ranks approved units within their unit type; ties share a rank; the unapproved are not ranked', async () => {
    const seeded = await seedCycle(db(), { unitCount: 5 });
    const [d1, d2, z1, b1, b2] = seeded.units; // district, district, devZone, bureau, bureau
    await score(d1!.assessmentId, '1');
    await score(d2!.assessmentId, '1.5');
    await awardBonus(db(), CHAIRMAN, {
      assessmentId: d2!.assessmentId,
      bonusItemId: 'bonus-excellence',
      points: '0.5',
      reason: '特色',
    });
    await score(z1!.assessmentId, '0');
    await score(b1!.assessmentId, '2');
    await score(b2!.assessmentId, '0');
    for (const u of [d1, d2, z1, b1]) await stage(u!.assessmentId, 'approved');
    await stage(b2!.assessmentId, 'finalApproval');

    const rows = await rankingReport(db(), { cycleId: seeded.cycleId });
    const by = new Map(rows.map((r) => [r.unitId, r]));
    // 120 − 1 = 119 and 120 − 1.5 + 0.5 = 119: a tie, both first.
    expect([by.get(d1!.unitId)!.total, by.get(d2!.unitId)!.total]).toEqual(['119', '119']);
    expect([by.get(d1!.unitId)!.rank, by.get(d2!.unitId)!.rank]).toEqual([1, 1]);
    expect(by.get(d2!.unitId)!.bonus).toBe('0.5');
    expect(by.get(z1!.unitId)).toMatchObject({ total: '120', rank: 1, approved: true });
    // b2 scores higher than b1 but is not approved: shown, never ranked as final.
    expect(by.get(b2!.unitId)).toMatchObject({ total: '120', rank: null, approved: false });
    expect(by.get(b1!.unitId)).toMatchObject({ total: '118', rank: 1 });
    // Every figure equals the domain's sum of the same scores.
    expect(by.get(d1!.unitId)!.subtotal).toBe(formatCenti(12000 - toCenti('1')));

    const bureau = await rankingReport(db(), { cycleId: seeded.cycleId, unitTypeId: 'bureau' });
    expect(bureau.map((r) => r.unitId)).toEqual([b1!.unitId, b2!.unitId]);
  });

  it('applies bonus caps from the rubric, per item then overall, as the domain does', async () => {
    const capped = cloneRubricToYear(rubric2011, 2031);
    capped.bonusItems[0]!.cap = 1;
    capped.bonusCap = 1.5;
    const created = await createRubric(db(), ADMIN, { document: capped });
    const published = await publishRubric(db(), ADMIN, {
      rubricId: created.id,
      expectedVersion: created.version,
    });
    const seeded = await seedCycle(db(), { unitCount: 1 });
    const { cycle, assessments } = await createCycle(db(), ADMIN, {
      name: '2031',
      rubricId: published.id,
      unitIds: [seeded.units[0]!.unitId],
      initialWorkflow: INITIAL_WORKFLOW,
    });
    const id = assessments[0]!.assessmentId;
    const awards = [
      { bonusItemId: 'bonus-excellence', points: '0.5' },
      { bonusItemId: 'bonus-excellence', points: '1' },
      { bonusItemId: 'bonus-honours', points: '1' },
    ];
    for (const a of awards)
      await awardBonus(db(), CHAIRMAN, { assessmentId: id, ...a, reason: 'r' });
    const [row] = await rankingReport(db(), { cycleId: cycle.id });
    expect(row!.bonus).toBe(formatCenti(scoreBonus(capped, awards).total));
    expect(row!.bonus).toBe('1.5');
  });

  it('gives category subtotals, disagreements largest first, department progress and the bonus list', async () => {
    const seeded = await seedCycle(db(), { unitCount: 2 });
    const [a, b] = seeded.units;
    await score(a!.assessmentId, '2', '0');
    await score(b!.assessmentId, '0.5', '0');
    const cats = (await categorySubtotals(db(), seeded.cycleId)).filter(
      (r) => r.assessmentId === a!.assessmentId,
    );
    expect(cats.find((c) => c.categoryId === 'organisation')).toMatchObject({
      selfSubtotal: '41',
      reviewSubtotal: '39',
    });
    expect(cats.find((c) => c.categoryId === 'finance')).toMatchObject({ reviewSubtotal: '13' });

    const diffs = await disagreements(db(), { cycleId: seeded.cycleId });
    expect(diffs.map((d) => [d.assessmentId, d.difference])).toEqual([
      [a!.assessmentId, '2'],
      [b!.assessmentId, '0.5'],
    ]);

    await stage(a!.assessmentId, 'review', { org: 'complete', legal: 'reviewing' });
    await stage(b!.assessmentId, 'returned', { org: 'returned', legal: 'reviewing' });
    await sql`insert into cycle_deadlines (cycle_id, stage, due_at) values (${seeded.cycleId}, 'review', ${new Date('2012-01-01T00:00:00Z')})
              on conflict (cycle_id, stage) do update set due_at = excluded.due_at`.execute(db());
    const progress = await departmentProgress(db(), {
      cycleId: seeded.cycleId,
      now: new Date('2012-02-01T00:00:00Z'),
    });
    expect(progress).toEqual([
      { departmentId: 'legal', complete: 0, reviewing: 2, returned: 0, pending: 0, overdue: 2 },
      { departmentId: 'org', complete: 1, reviewing: 0, returned: 1, pending: 0, overdue: 1 },
    ]);

    await awardBonus(db(), CHAIRMAN, {
      assessmentId: b!.assessmentId,
      bonusItemId: 'bonus-honours',
      points: '1',
      reason: '荣获全国先进',
    });
    const list = await bonusList(db(), seeded.cycleId);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      assessmentId: b!.assessmentId,
      points: '1',
      reason: '荣获全国先进',
    });
  });

  it('an empty cycle gives empty reports', async () => {
    const seeded = await seedCycle(db(), { unitCount: 1 });
    const empty = await createCycle(db(), ADMIN, {
      name: 'empty',
      rubricId: seeded.rubricId,
      unitIds: [],
      initialWorkflow: INITIAL_WORKFLOW,
    });
    expect(await rankingReport(db(), { cycleId: empty.cycle.id })).toEqual([]);
    expect(await disagreements(db(), { cycleId: empty.cycle.id })).toEqual([]);
    expect(await departmentProgress(db(), { cycleId: empty.cycle.id, now: new Date() })).toEqual(
      [],
    );
  });
});
