import { type DomainError, reviewingDepartments, rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { listAuditEvents } from './audit-repository.ts';
import {
  addUnitsToCycle,
  createCycle,
  getCycle,
  listCycles,
  setCycleDeadlines,
} from './cycle-repository.ts';
import { upsertUnits } from './organisation-repository.ts';
import { createRubric } from './rubric-repository.ts';
import { ADMIN, describeEachEngine, INITIAL_WORKFLOW, seedCycle } from './testing.ts';

describeEachEngine('cycles', ({ db }) => {
  it('creates an assessment per unit with an item row per item and a review row per reviewing department', async () => {
    const seeded = await seedCycle(db(), { unitCount: 4 });
    const cycle = await getCycle(db(), seeded.cycleId);
    expect(cycle).toMatchObject({ year: 2011, assessmentCount: 4, version: 1 });
    expect(cycle?.deadlines.selfScoring?.toISOString()).toBe('2012-01-15T00:00:00.000Z');

    const items = rubricItems(rubric2011);
    const reviewRows = items.reduce((n, { item }) => n + reviewingDepartments(item).length, 0);
    const { rows } = await sql<{ scores: number; reviews: number; assessments: number }>`
      select
        (select count(*) from item_scores s join assessments a on a.id = s.assessment_id
          where a.cycle_id = ${seeded.cycleId}) as scores,
        (select count(*) from item_reviews r join assessments a on a.id = r.assessment_id
          where a.cycle_id = ${seeded.cycleId}) as reviews,
        (select count(*) from assessments where cycle_id = ${seeded.cycleId}) as assessments`.execute(
      db(),
    );
    expect(rows[0]).toEqual({ scores: 4 * 30, reviews: 4 * reviewRows, assessments: 4 });

    const a = await db()
      .selectFrom('assessments')
      .selectAll()
      .where('id', '=', seeded.units[0]!.assessmentId)
      .executeTakeFirstOrThrow();
    expect(a).toMatchObject({
      stage: 'selfScoring',
      machineVersion: 1,
      version: 1,
      snapshot: { value: 'selfScoring', context: {} },
    });

    const events = await listAuditEvents(db(), { assessmentId: a.id });
    expect(events.map((e) => e.action)).toEqual(['assessment.create']);
    expect(
      (await listAuditEvents(db(), { entityType: 'cycle', entityId: seeded.cycleId }))[0],
    ).toMatchObject({
      action: 'cycle.create',
      after: { unitCount: 4 },
    });
  });

  it('refuses an unpublished rubric, an unknown unit, and a unit assessed twice', async () => {
    const seeded = await seedCycle(db(), { unitCount: 1 });
    const draft = await createRubric(db(), ADMIN, { document: { ...rubric2011, year: 2040 } });
    const attempt = (rubricId: string, unitIds: string[]) =>
      createCycle(db(), ADMIN, {
        name: 'x',
        rubricId,
        unitIds,
        initialWorkflow: INITIAL_WORKFLOW,
      }).then(
        () => null,
        (e: DomainError) => e.code,
      );
    expect(await attempt(draft.id, [seeded.units[0]!.unitId])).toBe('INVALID_INPUT');
    expect(await attempt(seeded.rubricId, ['no-such-unit'])).toBe('NOT_FOUND');
    const dup = await addUnitsToCycle(db(), ADMIN, {
      cycleId: seeded.cycleId,
      unitIds: [seeded.units[0]!.unitId],
      initialWorkflow: INITIAL_WORKFLOW,
    }).then(
      () => null,
      (e: DomainError) => e,
    );
    expect(dup?.code).toBe('CONFLICT');
  });

  it('adds a unit to a running cycle and hands each assessment its own initial state', async () => {
    const seeded = await seedCycle(db(), { unitCount: 1 });
    await upsertUnits(db(), ADMIN, [
      { id: `${seeded.cycleId}-late`, name: '新建工会', unitTypeId: 'bureau' },
    ]);
    const [created] = await addUnitsToCycle(db(), ADMIN, {
      cycleId: seeded.cycleId,
      unitIds: [`${seeded.cycleId}-late`],
      initialWorkflow: (a) => ({
        stage: 'selfScoring',
        machineVersion: 2,
        snapshot: { id: a.assessmentId },
      }),
    });
    expect(created).toMatchObject({ unitTypeId: 'bureau' });
    const row = await db()
      .selectFrom('assessments')
      .select(['machineVersion', 'snapshot'])
      .where('id', '=', created!.assessmentId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ machineVersion: 2, snapshot: { id: created!.assessmentId } });
    expect((await getCycle(db(), seeded.cycleId))?.assessmentCount).toBe(2);
  });

  it('sets and removes deadlines with optimistic concurrency', async () => {
    const { cycleId } = await seedCycle(db(), { unitCount: 1 });
    const review = new Date('2012-02-15T00:00:00Z');
    const updated = await setCycleDeadlines(db(), ADMIN, {
      cycleId,
      deadlines: { review, selfScoring: null },
      expectedVersion: 1,
      reason: '延期',
    });
    expect(updated.version).toBe(2);
    expect(updated.deadlines).toEqual({ review });
    const stale = await setCycleDeadlines(db(), ADMIN, {
      cycleId,
      deadlines: { bonus: review },
      expectedVersion: 1,
    }).then(
      () => null,
      (e: DomainError) => e,
    );
    expect(stale?.code).toBe('CONFLICT');
    expect((await getCycle(db(), cycleId))?.deadlines).toEqual({ review });
    const listed = await listCycles(db(), { year: 2011 });
    expect(listed.find((c) => c.id === cycleId)?.assessmentCount).toBe(1);
  });
});
