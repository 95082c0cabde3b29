import { formatCenti, reviewingDepartments, rubricItems, toCenti } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createPublication, fileAppeal } from './appeal-repository.ts';
import { storeDomainScores } from './fixtures/report-scores.ts';
import { itemAnalyticsReport, itemAnalyticsSheets } from './item-analytics-report.ts';
import {
  criterionFigures,
  departmentChanges,
  itemFigures,
  recordedAnswers,
  returnReasons,
} from './item-analytics-repository.ts';
import { ADMIN, describeEachEngine, seedCycle } from './testing.ts';
import { backfillTotalsOf } from './totals-repository.ts';

const ITEMS = rubricItems(rubric2011).map(({ item }) => item);
const UNION_FOUNDING = ITEMS.find((i) => i.id === 'union-founding')!; // base 10, org
const INFORMATION = ITEMS.find((i) => i.id === 'information')!; // base 4, office

/** Pearson's r, by the textbook formula, for the hand check. */
function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** A rate of counts rounded half away from zero to four places, as numeric round() does. */
const rateOf = (num: number, den: number) => Math.round((num * 10_000) / den) / 10_000;
/** Hundredths divided by n, rounded half away from zero to 0.01, as decimal text. */
const meanOf = (centi: number, n: number) =>
  formatCenti(Math.sign(centi) * Math.round(Math.abs(centi) / n));

describeEachEngine('item analytics', ({ db }) => {
  it('figures of a small cycle match a hand computation', async () => {
    const seeded = await seedCycle(db(), { unitCount: 4 });
    const ids = seeded.units.map((u) => u.assessmentId);
    // Every item full marks (self and review), then union-founding and information by hand.
    await sql`update item_scores set review_score = base_score, self_score = base_score
              where assessment_id in (${sql.join(ids)})`.execute(db());
    const founding = [
      ['10', '10'],
      ['10', '10'],
      ['6', '0'],
      ['10', '7.5'],
    ]; // [self, review] per unit
    const information = ['4', '2', '3', '1'];
    for (let i = 0; i < 4; i++) {
      await sql`update item_scores set self_score = ${founding[i]![0]}::numeric,
                review_score = ${founding[i]![1]}::numeric
                where assessment_id = ${ids[i]} and item_id = ${UNION_FOUNDING.id}`.execute(db());
      await sql`update item_scores set review_score = ${information[i]}::numeric
                where assessment_id = ${ids[i]} and item_id = ${INFORMATION.id}`.execute(db());
    }
    // Written around the repositories: the kept totals brought up to date as a backfill would.
    await backfillTotalsOf(db(), ids);
    // Two returns of union-founding (one unit twice, same words), one of information.
    for (const [a, item, dept, reason] of [
      [ids[2], UNION_FOUNDING.id, 'org', '材料不全 '],
      [ids[2], UNION_FOUNDING.id, 'org', '材料不全'],
      [ids[3], UNION_FOUNDING.id, 'org', '数据有误'],
      [ids[0], INFORMATION.id, 'office', '缺少报送记录'],
    ] as const) {
      await sql`insert into audit_events (action, entity_type, entity_id, assessment_id, reason)
                values ('itemReview.return', 'itemReview', ${`${a}/${item}/${dept}`}, ${a}, ${reason})`.execute(
        db(),
      );
    }
    // Evidence: two files for unit 1 on union-founding, one deleted file for unit 2.
    for (const [a, name, deleted] of [
      [ids[0], 'a.pdf', false],
      [ids[0], 'b.pdf', false],
      [ids[1], 'c.pdf', true],
    ] as const) {
      await sql`insert into evidence (id, assessment_id, item_id, file_name, mime_type, size_bytes,
                  sha256, storage_path, uploaded_by, deleted_at, deleted_by)
                values (${`ev-${a}-${name}`}, ${a}, ${UNION_FOUNDING.id}, ${name}, 'application/pdf',
                  10, ${'0'.repeat(64)}, ${`x/${a}/${name}`}, 'u-admin',
                  ${deleted ? new Date() : null}, ${deleted ? 'u-admin' : null})`.execute(db());
    }

    const rows = await itemFigures(db(), { cycleIds: [seeded.cycleId] });
    expect(rows).toHaveLength(ITEMS.length);
    expect(rows.map((r) => r.number)).toEqual(ITEMS.map((i) => i.number));
    const f = rows.find((r) => r.itemId === UNION_FOUNDING.id)!;
    // Reviews 10, 10, 0, 7.5 of 10; self 10, 10, 6, 10.
    expect(f).toMatchObject({
      number: 2,
      baseScore: '10',
      units: 4,
      reviewed: 4,
      fullMarkCount: 2,
      fullMarkRate: 0.5,
      zeroCount: 1,
      zeroRate: 0.25,
      mean: '6.88', // 27.5 / 4 = 6.875, half away from zero
      // deviations 3.125, 3.125, −6.875, 0.625: Σ² = 67.1875, / 4 = 16.796875, √ = 4.0984
      spread: '4.1',
      compared: 4,
      changedCount: 2,
      changedRate: 0.5,
      meanCut: '2.13', // (0 + 0 + 6 + 2.5) / 4 = 2.125
      returns: 3,
      unitsReturned: 2,
      appeals: 0,
      files: 2,
      unitsWithEvidence: 1,
      unitsWithoutEvidence: 3,
    });
    // The rest of the total: the full base of every other item, less information's cut.
    const base = ITEMS.reduce((a, i) => a + toCenti(i.baseScore), 0) / 100;
    const rest = [0, 1, 2, 3].map(
      (i) => base - 10 - 4 + Number(information[i]) - 0 /* union-founding excluded */,
    );
    const review = founding.map((r) => Number(r[1]));
    expect(f.discrimination).toBeCloseTo(pearson(review, rest), 3);
    // One item across every cycle (by its stable id): the same figures, that item only.
    const trend = await itemFigures(db(), { itemId: UNION_FOUNDING.id });
    expect(trend.find((r) => r.cycleId === seeded.cycleId)).toEqual(f);
    expect(new Set(trend.map((r) => r.itemId))).toEqual(new Set([UNION_FOUNDING.id]));
    const info = rows.find((r) => r.itemId === INFORMATION.id)!;
    expect(info).toMatchObject({ fullMarkRate: 0.25, zeroRate: 0, mean: '2.5', returns: 1 });
    // An item everyone maxes out separates no one: no correlation at all.
    const flat = rows.find((r) => r.itemId === ITEMS[0]!.id)!;
    expect(flat).toMatchObject({ fullMarkRate: 1, spread: '0', discrimination: null });

    expect(await returnReasons(db(), { cycleId: seeded.cycleId })).toEqual([
      { itemId: INFORMATION.id, departmentId: 'office', reason: '缺少报送记录', count: 1 },
      { itemId: UNION_FOUNDING.id, departmentId: 'org', reason: '材料不全', count: 2 },
      { itemId: UNION_FOUNDING.id, departmentId: 'org', reason: '数据有误', count: 1 },
    ]);
    const depts = await departmentChanges(db(), { cycleId: seeded.cycleId });
    expect(depts.find((d) => d.departmentId === 'org' && d.itemId === UNION_FOUNDING.id)).toEqual({
      itemId: UNION_FOUNDING.id,
      departmentId: 'org',
      compared: 4,
      changedCount: 2,
      changedRate: 0.5,
      meanCut: '2.13',
    });
    // org over all its items: only union-founding changed.
    const orgItems = ITEMS.filter((i) => reviewingDepartments(i).includes('org')).length;
    const org = depts.find((d) => d.departmentId === 'org' && d.itemId === null)!;
    expect(org.compared).toBe(4 * orgItems);
    expect(org.changedCount).toBe(2);
    expect(org.changedRate).toBe(rateOf(2, 4 * orgItems));

    // By unit type: the first unit alone (district with the fifth would be, here one).
    const district = seeded.units.filter((u) => u.unitTypeId === seeded.units[0]!.unitTypeId);
    const typed = await itemFigures(db(), {
      cycleIds: [seeded.cycleId],
      unitTypeId: district[0]!.unitTypeId,
    });
    expect(typed.find((r) => r.itemId === UNION_FOUNDING.id)!.units).toBe(district.length);
  });

  it('counts the appeals (申诉) filed on each item of the cycle', async () => {
    const seeded = await seedCycle(db(), { unitCount: 2 });
    const [u1, u2] = seeded.units;
    const publication = await createPublication(db(), ADMIN, {
      cycleId: seeded.cycleId,
      unitTypeId: null,
      periodStart: new Date('2012-01-10T00:00:00Z'),
      periodEnd: new Date('2012-01-17T00:00:00Z'),
      showRanking: false,
      assessmentIds: [u1!.assessmentId, u2!.assessmentId],
    });
    for (const [u, target] of [
      [u1!, 'collective-contracts'],
      [u2!, 'collective-contracts'],
      [u2!, 'bonus'],
    ] as const) {
      await fileAppeal(db(), u.actor, {
        publicationId: publication.id,
        assessmentId: u.assessmentId,
        target,
        reason: '请复核',
        evidenceIds: [],
        at: new Date('2012-01-11T00:00:00Z'),
      });
    }
    const rows = await itemFigures(db(), { cycleIds: [seeded.cycleId] });
    const appeals = (itemId: string) => rows.find((r) => r.itemId === itemId)?.appeals;
    expect(appeals('collective-contracts')).toBe(2);
    expect(appeals('dispute-mediation')).toBe(0);
  });

  it('figures of an engine-scored cycle equal those computed from the domain engine', async () => {
    const seeded = await seedCycle(db(), { unitCount: 9 });
    const scored = [];
    for (const [k, u] of seeded.units.entries()) {
      scored.push(
        await storeDomainScores(db(), {
          assessmentId: u.assessmentId,
          rubric: rubric2011,
          unitTypeId: u.unitTypeId,
          k,
        }),
      );
    }
    const rows = await itemFigures(db(), { cycleIds: [seeded.cycleId] });
    for (const [index, item] of ITEMS.entries()) {
      const review = scored.map((s) => s.review.items[index]!.points);
      const self = scored.map((s) => s.self.items[index]!.points);
      const base = toCenti(item.baseScore);
      const n = review.length;
      const sum = review.reduce((a, b) => a + b, 0);
      const cut = self.reduce((a, s, i) => a + s - review[i]!, 0);
      const row = rows.find((r) => r.itemId === item.id)!;
      expect(row.reviewed).toBe(n);
      expect(row.fullMarkCount).toBe(review.filter((r) => r === base).length);
      expect(row.zeroCount).toBe(review.filter((r) => r === 0).length);
      expect(row.fullMarkRate).toBe(rateOf(row.fullMarkCount, n));
      expect(row.mean).toBe(meanOf(sum, n));
      expect(row.changedCount).toBe(self.filter((s, i) => s !== review[i]).length);
      expect(row.meanCut).toBe(meanOf(cut, n));
      const rest = scored.map((s, i) => s.review.subtotal - review[i]!);
      const constant = new Set(review).size === 1 || new Set(rest).size === 1;
      if (constant) expect(row.discrimination).toBeNull();
      else expect(row.discrimination).toBeCloseTo(pearson(review, rest), 3);
    }
  });

  it('reads the recorded review inputs per criterion and for the what-if, merged across departments', async () => {
    const seeded = await seedCycle(db(), { unitCount: 2 });
    const [a, b] = seeded.units.map((u) => u.assessmentId);
    const set = (assessmentId: string, itemId: string, dept: string, inputs: unknown) =>
      sql`update item_reviews set review_inputs = ${JSON.stringify(inputs)}::jsonb
          where assessment_id = ${assessmentId} and item_id = ${itemId} and department_id = ${dept}`.execute(
        db(),
      );
    await set(a!, 'dues-collection', 'finance', { a: { levelId: 'growth' } });
    await set(b!, 'dues-collection', 'finance', { a: { levelId: null } });
    await set(a!, 'collective-contracts', 'legal', { a: { met: true } });
    await set(a!, 'collective-contracts', 'women', { b: { met: false }, c: { met: true } });
    await set(a!, 'information', 'office', {
      a: { value: '2.5' },
      k: { count: 1 },
      r: { numerator: 1, denominator: 3 },
    });
    await set(b!, 'information', 'office', {
      a: { value: 3 },
      k: { count: 2 },
      r: { numerator: 1, denominator: 3 },
    });
    // The same inputs recorded twice are counted twice.
    await set(b!, 'collective-contracts', 'legal', { a: { met: true } });
    await set(b!, 'collective-contracts', 'women', { b: { met: false }, c: { met: false } });

    const criteria = await criterionFigures(db(), { cycleId: seeded.cycleId });
    expect(criteria.find((c) => c.itemId === 'dues-collection')).toMatchObject({
      answered: 2,
      levels: { growth: 1, '': 1 },
    });
    expect(criteria.find((c) => c.itemId === 'information')).toMatchObject({
      answered: 2,
      meanValue: '2.75',
    });
    const of = (itemId: string, criterionId: string) =>
      criteria.find((c) => c.itemId === itemId && c.criterionId === criterionId);
    expect(of('information', 'k')).toMatchObject({ answered: 2, meanCount: '1.5' });
    // 100 × 1 / 3 = 33.333…, for both units.
    expect(of('information', 'r')).toMatchObject({ answered: 2, meanRatePercent: '33.33' });
    expect(of('collective-contracts', 'a')).toMatchObject({ answered: 2, metRate: 1 });
    expect(of('collective-contracts', 'b')).toMatchObject({ answered: 2, metRate: 0 });
    expect(of('collective-contracts', 'c')).toMatchObject({ answered: 2, metRate: 0.5 });
    const answers = await recordedAnswers(db(), seeded.cycleId);
    expect(answers.find((x) => x.assessmentId === a)!.inputs['collective-contracts']).toEqual({
      a: { met: true },
      b: { met: false },
      c: { met: true },
    });

    const report = (await itemAnalyticsReport(db(), { cycleId: seeded.cycleId }))!;
    expect(report.items[0]!.content).toBe(ITEMS[0]!.content);
    const sheets = itemAnalyticsSheets(report);
    expect(sheets.map((s) => s.name)).toEqual(['项目', '部门改分', '退回理由', '评分标准']);
    expect(sheets[0]!.rows).toHaveLength(ITEMS.length);
  });
});
