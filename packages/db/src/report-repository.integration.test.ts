import {
  cloneRubricToYear,
  formatCenti,
  type Rubric,
  rubricItems,
  scoreBonus,
  toCenti,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { listAssessments } from './assessment-repository.ts';
import { awardBonus } from './bonus-repository.ts';
import { createCycle } from './cycle-repository.ts';
import { forceStage, storeDomainScores } from './fixtures/report-scores.ts';
import { reportMatrix, yearOverYear } from './report-matrix-repository.ts';
import {
  bonusList,
  categorySubtotals,
  departmentProgress,
  disagreements,
  rankingReport,
} from './report-repository.ts';
import { createRubric, publishRubric } from './rubric-repository.ts';
import { ADMIN, CHAIRMAN, describeEachEngine, INITIAL_WORKFLOW, seedCycle } from './testing.ts';
import { backfillTotals } from './totals-repository.ts';

const ITEMS = rubricItems(rubric2011).map(({ item }) => item);

describeEachEngine('reports', ({ db }) => {
  /** Review scores for every item: the base minus `less` on the first item. */
  async function score(assessmentId: string, less: string, self = '0') {
    await sql`update item_scores set review_score = base_score, self_score = base_score - ${self}::numeric
              where assessment_id = ${assessmentId}`.execute(db());
    await sql`update item_scores set review_score = base_score - ${less}::numeric
              where assessment_id = ${assessmentId} and item_id = ${ITEMS[0]!.id}`.execute(db());
    // Written around the repositories: the kept totals follow as a backfill would.
    await backfillTotals(db(), sql`a.id = ${assessmentId}`);
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

    // The overview's list carries the same rank (issue 16: one rule, one query): b2 waits
    // for approval with the higher total and is not ranked ahead of b1, nor at all.
    const listed = new Map(
      (await listAssessments(db(), { cycleId: seeded.cycleId })).map((r) => [r.unitId, r]),
    );
    for (const r of rows) expect(listed.get(r.unitId)!.rank).toBe(r.rank);
    expect(listed.get(b2!.unitId)!.rank).toBeNull();
    expect(listed.get(b1!.unitId)!.rank).toBe(1);
    // A stage filter shows fewer rows, never other ranks.
    const approvedOnly = await listAssessments(db(), {
      cycleId: seeded.cycleId,
      stage: 'approved',
    });
    expect(approvedOnly.map((r) => r.rank).sort()).toEqual([1, 1, 1, 1]);
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
    // The overview's list counts the same capped bonus, and keeps the awards' own sum.
    const [listed] = await listAssessments(db(), { cycleId: cycle.id });
    expect(listed).toMatchObject({ bonus: '1.5', bonusTotal: '2.5' });
  });

  it('gives category subtotals, disagreements largest first, department progress and the bonus list', async () => {
    const seeded = await seedCycle(db(), { unitCount: 2 });
    const [a, b] = seeded.units;
    await score(a!.assessmentId, '2', '0');
    await score(b!.assessmentId, '0.5', '0');
    const cats = (await categorySubtotals(db(), { cycleId: seeded.cycleId })).filter(
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
    const list = await bonusList(db(), { cycleId: seeded.cycleId });
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
    const matrix = await reportMatrix(db(), { cycleId: empty.cycle.id });
    expect(matrix.rows).toEqual([]);
    expect(matrix.items).toHaveLength(ITEMS.length);
    expect(await bonusList(db(), { cycleId: empty.cycle.id })).toEqual([]);
    expect(await categorySubtotals(db(), { cycleId: empty.cycle.id })).toEqual([]);
  });
});

describeEachEngine('report matrix and year over year', ({ db }) => {
  async function publish(document: Rubric): Promise<string> {
    const created = await createRubric(db(), ADMIN, { document });
    const published = await publishRubric(db(), ADMIN, {
      rubricId: created.id,
      expectedVersion: created.version,
    });
    return published.id;
  }

  it('the matrix and every report equal the domain engine, and each filters by unit type', async () => {
    const seeded = await seedCycle(db(), { unitCount: 5 });
    const bonus = [{ bonusItemId: 'bonus-honours', points: '1.5' }];
    const expected = new Map<string, Awaited<ReturnType<typeof storeDomainScores>>>();
    for (const [k, u] of seeded.units.entries()) {
      const mine = k === 2 ? bonus : [];
      for (const b of mine)
        await awardBonus(db(), CHAIRMAN, {
          assessmentId: u.assessmentId,
          ...b,
          reason: '全国先进',
        });
      expected.set(
        u.unitId,
        await storeDomainScores(db(), {
          assessmentId: u.assessmentId,
          rubric: rubric2011,
          unitTypeId: u.unitTypeId,
          k,
          bonus: mine,
        }),
      );
      if (k < 4) await forceStage(db(), u.assessmentId, 'approved');
    }

    const matrix = await reportMatrix(db(), { cycleId: seeded.cycleId });
    expect(matrix.items.map((i) => i.id)).toEqual(ITEMS.map((i) => i.id));
    expect(matrix.items[0]).toMatchObject({
      number: 1,
      title: ITEMS[0]!.content,
      baseScore: String(ITEMS[0]!.baseScore),
    });
    expect(matrix.rows).toHaveLength(5);
    const ranking = await rankingReport(db(), { cycleId: seeded.cycleId });
    const cats = await categorySubtotals(db(), { cycleId: seeded.cycleId });
    for (const row of matrix.rows) {
      const { self, review } = expected.get(row.unitId)!;
      for (const [i, item] of ITEMS.entries()) {
        expect(matrix.items[i]!.id).toBe(item.id);
        expect([row.self[i], row.review[i]]).toEqual([
          formatCenti(self.items[i]!.points),
          formatCenti(review.items[i]!.points),
        ]);
      }
      expect(row.selfTotal).toBe(formatCenti(self.subtotal));
      expect(row.reviewTotal).toBe(formatCenti(review.subtotal));
      expect(row.bonus).toBe(formatCenti(review.bonus));
      expect(row.total).toBe(formatCenti(review.total));
      const ranked = ranking.find((r) => r.unitId === row.unitId)!;
      expect([ranked.subtotal, ranked.bonus, ranked.total]).toEqual([
        row.reviewTotal,
        row.bonus,
        row.total,
      ]);
      for (const c of review.categories) {
        const got = cats.find(
          (x) => x.assessmentId === row.assessmentId && x.categoryId === c.categoryId,
        );
        expect(got?.reviewSubtotal).toBe(formatCenti(c.points));
      }
    }
    // The scores differ from unit to unit: the comparison above is not of equal rows.
    expect(new Set(matrix.rows.map((r) => r.total)).size).toBeGreaterThan(2);
    const unapproved = matrix.rows.find((r) => r.unitId === seeded.units[4]!.unitId)!;
    expect(unapproved.approved).toBe(false);
    expect(ranking.find((r) => r.unitId === unapproved.unitId)!.rank).toBeNull();

    // Each report, filtered to bureaus (units 4 and 5), shows only their rows.
    const bureaus = new Set([seeded.units[3]!.assessmentId, seeded.units[4]!.assessmentId]);
    const q = { cycleId: seeded.cycleId, unitTypeId: 'bureau' };
    const m = await reportMatrix(db(), q);
    expect(new Set(m.rows.map((r) => r.assessmentId))).toEqual(bureaus);
    expect(new Set((await categorySubtotals(db(), q)).map((r) => r.assessmentId))).toEqual(bureaus);
    const diffs = await disagreements(db(), { ...q, limit: 10_000 });
    expect(diffs.length).toBeGreaterThan(0);
    expect(diffs.every((d) => bureaus.has(d.assessmentId))).toBe(true);
    await forceStage(db(), seeded.units[0]!.assessmentId, 'review', { org: 'reviewing' });
    await forceStage(db(), seeded.units[3]!.assessmentId, 'review', { org: 'complete' });
    expect(await departmentProgress(db(), { ...q, now: new Date() })).toEqual([
      { departmentId: 'org', complete: 1, reviewing: 0, returned: 0, pending: 0, overdue: 0 },
    ]);
    expect(await bonusList(db(), q)).toEqual([]);
    expect(await bonusList(db(), { cycleId: seeded.cycleId, unitTypeId: 'devZone' })).toHaveLength(
      1,
    );
  });

  it('year over year: totals per cycle, items matched by id, a changed item marked and a removed one null', async () => {
    const seeded = await seedCycle(db(), { unitCount: 1 });
    const unit = seeded.units[0]!;
    const next = cloneRubricToYear(rubric2011, 2012);
    // One item changed (its 评分标准 text), one removed, the 合计 kept valid by the change.
    const changedId = ITEMS[1]!.id;
    const removed = ITEMS[ITEMS.length - 1]!;
    const category = next.categories.find((c) => c.items.some((i) => i.id === removed.id))!;
    category.items = category.items.filter((i) => i.id !== removed.id);
    next.total -= removed.baseScore;
    const changed = next.categories.flatMap((c) => c.items).find((i) => i.id === changedId)!;
    changed.criteriaText = `${changed.criteriaText}（2012年修订）`;
    const rubricId2012 = await publish(next);
    const c2012 = await createCycle(db(), ADMIN, {
      name: '2012年度考核',
      rubricId: rubricId2012,
      unitIds: [unit.unitId],
      initialWorkflow: INITIAL_WORKFLOW,
    });
    const a2011 = await storeDomainScores(db(), {
      assessmentId: unit.assessmentId,
      rubric: rubric2011,
      unitTypeId: unit.unitTypeId,
      k: 0,
    });
    const a2012id = c2012.assessments[0]!.assessmentId;
    const a2012 = await storeDomainScores(db(), {
      assessmentId: a2012id,
      rubric: next,
      unitTypeId: unit.unitTypeId,
      k: 1,
    });
    await forceStage(db(), unit.assessmentId, 'approved');

    const all = await yearOverYear(db(), { unitId: unit.unitId, approvedOnly: false });
    expect(all.cycles.map((c) => [c.year, c.approved])).toEqual([
      [2011, true],
      [2012, false],
    ]);
    expect(all.cycles[0]!.total).toBe(formatCenti(a2011.review.total));
    expect(all.cycles[1]!.total).toBe(formatCenti(a2012.review.total));
    expect(all.cycles[1]!.categories.map((c) => c.subtotal)).toEqual(
      a2012.review.categories.map((c) => formatCenti(c.points)),
    );
    const byId = new Map(all.items.map((i) => [i.itemId, i]));
    expect(byId.get(changedId)!.changedIn).toEqual([2012]);
    expect(byId.get(ITEMS[0]!.id)!.changedIn).toEqual([]);
    expect(byId.get(removed.id)!.byYear).toEqual({
      2011: formatCenti(a2011.review.items.at(-1)!.points),
      2012: null,
    });
    expect(byId.get(ITEMS[0]!.id)!.byYear).toEqual({
      2011: formatCenti(a2011.review.items[0]!.points),
      2012: formatCenti(a2012.review.items[0]!.points),
    });
    // The removed item comes after the latest rubric's items.
    expect(all.items.at(-1)!.itemId).toBe(removed.id);

    const own = await yearOverYear(db(), { unitId: unit.unitId, approvedOnly: true });
    expect(own.cycles.map((c) => c.year)).toEqual([2011]);
    expect(own.items.every((i) => Object.keys(i.byYear).join() === '2011')).toBe(true);
    expect(await yearOverYear(db(), { unitId: 'no-such-unit', approvedOnly: false })).toEqual({
      unitId: 'no-such-unit',
      cycles: [],
      items: [],
    });
  });
});
