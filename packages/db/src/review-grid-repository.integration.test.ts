import { reviewingDepartments, rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { updateAssessmentWorkflow } from './assessment-repository.ts';
import { returnItem, saveReviewScore, saveSelfScore } from './item-score-repository.ts';
import { reviewGrid } from './review-grid-repository.ts';
import { departmentActor, describeEachEngine, seedCycle } from './testing.ts';

const LEGAL_ITEMS = rubricItems(rubric2011)
  .filter(({ item }) => reviewingDepartments(item).includes('legal'))
  .map(({ item }) => item);

describeEachEngine('review grid', ({ db }) => {
  it('returns every unit of the cycle × the items the department reviews, with scores and status', async () => {
    expect(LEGAL_ITEMS.map((i) => i.number)).toEqual([7, 10, 11, 21]);
    const seeded = await seedCycle(db(), { unitCount: 5 });
    const other = await seedCycle(db(), { unitCount: 2 }); // another cycle: must not show
    const legal = departmentActor('legal');
    const [u1, u2, u3] = seeded.units;

    await saveSelfScore(db(), u1!.actor, {
      assessmentId: u1!.assessmentId,
      itemId: 'dispute-mediation',
      inputs: {},
      selfScore: '2.5',
      explanation: null,
      expectedVersion: 1,
    });
    await saveSelfScore(db(), u1!.actor, {
      assessmentId: u1!.assessmentId,
      itemId: 'collective-contracts',
      inputs: {},
      selfScore: '9',
      explanation: null,
      expectedVersion: 1,
    });
    await saveReviewScore(db(), legal, {
      assessmentId: u1!.assessmentId,
      itemId: 'dispute-mediation',
      departmentId: 'legal',
      inputs: {},
      reviewScore: '2',
      itemReviewScore: '2',
      remarks: null,
      expectedVersion: 1,
    });
    // Item 11 is shared with 女工部: the grid shows legal's share and the combined score.
    await saveReviewScore(db(), legal, {
      assessmentId: u1!.assessmentId,
      itemId: 'collective-contracts',
      departmentId: 'legal',
      inputs: {},
      reviewScore: '6.5',
      itemReviewScore: '8.5',
      remarks: null,
      expectedVersion: 1,
    });
    await returnItem(db(), legal, {
      assessmentId: u2!.assessmentId,
      itemId: 'stability',
      departmentId: 'legal',
      reason: '请补充维稳台账',
      returnDeadline: null,
      expectedVersion: 1,
    });
    // Another department's work never appears in legal's grid.
    await saveReviewScore(db(), departmentActor('org'), {
      assessmentId: u3!.assessmentId,
      itemId: 'party-union-cobuilding',
      departmentId: 'org',
      inputs: {},
      reviewScore: '6',
      itemReviewScore: '6',
      remarks: null,
      expectedVersion: 1,
    });

    const { items, rows: grid } = await reviewGrid(db(), {
      cycleId: seeded.cycleId,
      departmentId: 'legal',
    });
    expect(items).toEqual([
      { itemId: 'dispute-mediation', number: 7, baseScore: '3' },
      { itemId: 'legal-person-registration', number: 10, baseScore: '3' },
      { itemId: 'collective-contracts', number: 11, baseScore: '10' },
      { itemId: 'stability', number: 21, baseScore: '5' },
    ]);
    expect(grid).toHaveLength(5);
    const sortedIds = [...seeded.units]
      .sort((a, b) => a.unitId.localeCompare(b.unitId))
      .map((u) => u.assessmentId);
    expect(grid.map((r) => r.assessmentId).sort()).toEqual([...sortedIds].sort());
    // By code point: the same order on both engines whatever their collation.
    const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    expect(grid.map((r) => r.unitName)).toEqual([...grid.map((r) => r.unitName)].sort(byCodePoint));
    for (const row of grid) {
      expect(row.cells.map((c) => c.number)).toEqual([7, 10, 11, 21]);
      expect(row.cells.map((c) => c.baseScore)).toEqual(['3', '3', '10', '5']);
      expect(other.units.map((u) => u.assessmentId)).not.toContain(row.assessmentId);
    }

    const r1 = grid.find((r) => r.assessmentId === u1!.assessmentId)!;
    expect(r1).toMatchObject({
      unitId: u1!.unitId,
      unitTypeId: u1!.unitTypeId,
      stage: 'selfScoring',
      // The seeded snapshot has no departments yet.
      departmentStatus: null,
      version: 1,
      selfTotal: '11.5',
      reviewTotal: '8.5',
      pendingCount: 2,
      scoredCount: 2,
      returnedCount: 0,
    });
    expect(r1.cells[0]).toEqual({
      itemId: 'dispute-mediation',
      number: 7,
      baseScore: '3',
      selfScore: '2.5',
      reviewScore: '2',
      itemReviewScore: '2',
      status: 'scored',
      version: 2,
      // 2 against a self score of 2.5, without 备注: 完成考评 would be refused (issue 16).
      remarksMissing: true,
    });
    expect(r1.cells[2]).toMatchObject({
      selfScore: '9',
      reviewScore: '6.5',
      itemReviewScore: '8.5',
    });
    expect(r1.cells[3]).toMatchObject({
      selfScore: null,
      reviewScore: null,
      status: 'pending',
      version: 1,
    });

    const r2 = grid.find((r) => r.assessmentId === u2!.assessmentId)!;
    expect(r2).toMatchObject({
      selfTotal: null,
      reviewTotal: null,
      pendingCount: 3,
      returnedCount: 1,
    });
    expect(r2.cells[3]).toMatchObject({ itemId: 'stability', status: 'returned' });

    const { rows: returned } = await reviewGrid(db(), {
      cycleId: seeded.cycleId,
      departmentId: 'legal',
      status: 'returned',
    });
    expect(returned.map((r) => r.assessmentId)).toEqual([u2!.assessmentId]);
    expect(returned[0]!.cells).toHaveLength(4);

    const { rows: bureau } = await reviewGrid(db(), {
      cycleId: seeded.cycleId,
      departmentId: 'legal',
      unitTypeId: 'bureau',
    });
    expect(bureau.map((r) => r.unitTypeId)).toEqual(['bureau', 'bureau']);

    const a = (await db()
      .selectFrom('assessments')
      .select('version')
      .where('id', '=', u3!.assessmentId)
      .executeTakeFirstOrThrow())!;
    await updateAssessmentWorkflow(db(), u3!.actor, {
      assessmentId: u3!.assessmentId,
      expectedVersion: a.version,
      stage: 'review',
      snapshot: {
        value: 'review',
        context: { departments: { legal: 'returned', org: 'complete' } },
      },
      machineVersion: 1,
      action: 'assessment.submit',
      submittedAt: 'now',
    });
    const { rows: inReview } = await reviewGrid(db(), {
      cycleId: seeded.cycleId,
      departmentId: 'legal',
      stage: 'review',
    });
    expect(inReview.map((r) => r.assessmentId)).toEqual([u3!.assessmentId]);
    // Each department sees its own step of the workflow, and the assessment's new version.
    expect(inReview[0]).toMatchObject({ departmentStatus: 'returned', version: a.version + 1 });

    const org = await reviewGrid(db(), { cycleId: seeded.cycleId, departmentId: 'org' });
    expect(org.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    const orgRow = org.rows.find((r) => r.assessmentId === u3!.assessmentId)!;
    expect(orgRow).toMatchObject({ departmentStatus: 'complete', version: a.version + 1 });
    expect(orgRow.cells[0]).toMatchObject({
      reviewScore: '6',
      itemReviewScore: '6',
      status: 'scored',
    });
    expect(await reviewGrid(db(), { cycleId: seeded.cycleId, departmentId: 'chairman' })).toEqual({
      items: [],
      rows: [],
      total: 0,
    });
  });
});

describeEachEngine('review grid copies', ({ db }) => {
  it('keeps the copies in item_reviews equal to item_scores, whoever writes', async () => {
    const { units, cycleId } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor } = units[0]!;
    await saveSelfScore(db(), actor, {
      assessmentId,
      itemId: 'stability',
      inputs: {},
      selfScore: '4.5',
      explanation: null,
      expectedVersion: 1,
    });
    // Straight SQL too: the copy is the database's job, not the repository's.
    await sql`update item_scores set review_score = 3.5
      where assessment_id = ${assessmentId} and item_id = 'stability'`.execute(db());
    const rows = await db()
      .selectFrom('itemReviews')
      .select(['departmentId', 'selfScore', 'itemReviewScore', 'version', 'cycleId'])
      .where('assessmentId', '=', assessmentId)
      .where('itemId', '=', 'stability')
      .orderBy('departmentId')
      .execute();
    expect(rows).toEqual([
      { departmentId: 'legal', selfScore: '4.50', itemReviewScore: '3.50', version: 1, cycleId },
      { departmentId: 'office', selfScore: '4.50', itemReviewScore: '3.50', version: 1, cycleId },
    ]);
    const wrongCycle = await sql`update item_reviews set cycle_id = 'another'
      where assessment_id = ${assessmentId}`
      .execute(db())
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(wrongCycle).toMatchObject({ constraint: 'item_reviews_assessment_cycle_fkey' });
  });
});
