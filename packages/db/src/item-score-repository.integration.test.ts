import { type DomainError, findItem, reviewingDepartments } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { listAuditEvents } from './audit-repository.ts';
import {
  getItemReview,
  getItemScore,
  lockItem,
  reopenItemReview,
  returnItem,
  saveReviewScore,
  saveSelfScore,
} from './item-score-repository.ts';
import { departmentActor, describeEachEngine, rejection, seedCycle } from './testing.ts';
import { inTransaction } from './transaction.ts';

describeEachEngine('item scores', ({ db }) => {
  it('saves a self score exactly and records it', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor } = units[0]!;
    // Item 23 is where half points come from: 1.5 + 1.5 + 1.
    const before = (await getItemScore(db(), { assessmentId, itemId: 'party-union-cobuilding' }))!;
    expect(before).toMatchObject({ baseScore: '6', selfScore: null, version: 1 });

    const saved = await saveSelfScore(db(), actor, {
      assessmentId,
      itemId: 'party-union-cobuilding',
      inputs: { a: { met: true }, b: { met: false } },
      selfScore: '2.50',
      explanation: '已建立领导机构',
      expectedVersion: 1,
    });
    expect(saved.itemScore).toMatchObject({
      selfScore: '2.5',
      baseScore: '6',
      explanation: '已建立领导机构',
      selfInputs: { a: { met: true }, b: { met: false } },
      version: 2,
    });

    const events = await listAuditEvents(db(), {
      entityType: 'itemScore',
      entityId: `${assessmentId}/party-union-cobuilding`,
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorUserId: actor.userId,
      actorRole: 'unit',
      action: 'itemScore.saveSelfScore',
      assessmentId,
      before: { selfScore: null, version: 1 },
      after: { selfScore: '2.5', version: 2, explanation: '已建立领导机构' },
    });
    expect(typeof events[0]!.id).toBe('number');
  });

  it('refuses a stale version with CONFLICT carrying the current row, and writes nothing', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor } = units[0]!;
    const itemId = 'party-union-cobuilding';
    const save = (selfScore: string, expectedVersion: number) =>
      saveSelfScore(db(), actor, {
        assessmentId,
        itemId,
        inputs: {},
        selfScore,
        explanation: null,
        expectedVersion,
      });
    await save('2', 1);
    const e = await rejection(save('4', 1));
    expect(e.code).toBe('CONFLICT');
    expect(e.text.zh).toBe('数据已被他人修改，请刷新后重试');
    expect((e.details as { current: unknown }).current).toMatchObject({
      selfScore: '2',
      version: 2,
    });
    expect(await getItemScore(db(), { assessmentId, itemId })).toMatchObject({
      selfScore: '2',
      version: 2,
    });
    const events = await listAuditEvents(db(), { assessmentId });
    expect(events.filter((ev) => ev.action === 'itemScore.saveSelfScore')).toHaveLength(1);
  });

  it('lets exactly one of 10 concurrent saves of one item win', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor } = units[0]!;
    const itemId = 'party-union-cobuilding';
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        saveSelfScore(db(), actor, {
          assessmentId,
          itemId,
          inputs: { attempt: i },
          selfScore: String(i % 7),
          explanation: `attempt ${i}`,
          expectedVersion: 1,
        }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    for (const r of lost) expect((r.reason as DomainError).code).toBe('CONFLICT');
    const row = await getItemScore(db(), { assessmentId, itemId });
    expect(row?.version).toBe(2);
    const events = await listAuditEvents(db(), {
      entityType: 'itemScore',
      entityId: `${assessmentId}/${itemId}`,
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ explanation: row!.explanation });
  });

  it('has the database itself refuse a self score above the base score', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor } = units[0]!;
    // Straight SQL, past every check in TypeScript.
    const raw = await sql`
      update item_scores set self_score = 6.5
      where assessment_id = ${assessmentId} and item_id = 'party-union-cobuilding'`
      .execute(db())
      .then(
        () => null,
        (e: unknown) => e as { code?: string; constraint?: string },
      );
    expect(raw).toMatchObject({ code: '23514', constraint: 'item_scores_self_score_range' });
    const negative = await sql`
      update item_scores set self_score = -0.5
      where assessment_id = ${assessmentId} and item_id = 'party-union-cobuilding'`
      .execute(db())
      .then(
        () => null,
        (e: unknown) => e as { constraint?: string },
      );
    expect(negative?.constraint).toBe('item_scores_self_score_range');

    const viaRepository = await rejection(
      saveSelfScore(db(), actor, {
        assessmentId,
        itemId: 'party-union-cobuilding',
        inputs: {},
        selfScore: '6.5',
        explanation: null,
        expectedVersion: 1,
      }),
    );
    expect(viaRepository.code).toBe('INVALID_SCORE');
    expect(viaRepository.text.zh).toContain('自评分必须在0到基本分值之间');
    expect(await listAuditEvents(db(), { assessmentId })).toHaveLength(1); // assessment.create only
  });

  it('refuses a score that is not an exact decimal before touching the database', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor } = units[0]!;
    for (const selfScore of ['1.005', 'abc', '1e2']) {
      const e = await rejection(
        saveSelfScore(db(), actor, {
          assessmentId,
          itemId: 'party-union-cobuilding',
          inputs: {},
          selfScore,
          explanation: null,
          expectedVersion: 1,
        }),
      );
      expect(e.code).toBe('INVALID_SCORE');
    }
  });

  it('rolls back a write that fails after its first statement: no row, no audit event', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor } = units[0]!;
    const itemId = 'union-founding';
    // The score update succeeds, then the indicator violates numerator <= denominator.
    const e = await rejection(
      saveSelfScore(db(), actor, {
        assessmentId,
        itemId,
        inputs: { a: { numerator: 9, denominator: 10 } },
        selfScore: '5',
        explanation: '建会率90%',
        expectedVersion: 1,
        indicators: [
          { indicatorId: 'enterprise-union-rate', numerator: 9, denominator: 10 },
          { indicatorId: 'member-rate', numerator: 11, denominator: 10 },
        ],
      }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(await getItemScore(db(), { assessmentId, itemId })).toMatchObject({
      selfScore: null,
      version: 1,
    });
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from indicator_values where assessment_id = ${assessmentId}`.execute(
      db(),
    );
    expect(rows[0]!.n).toBe(0);
    const events = await listAuditEvents(db(), { assessmentId });
    expect(events.map((ev) => ev.action)).toEqual(['assessment.create']);
  });

  it('stores reported rates as indicator values', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor } = units[0]!;
    const saved = await saveSelfScore(db(), actor, {
      assessmentId,
      itemId: 'union-founding',
      inputs: {},
      selfScore: '5',
      explanation: null,
      expectedVersion: 1,
      indicators: [{ indicatorId: 'enterprise-union-rate', numerator: 85, denominator: 100 }],
    });
    expect(saved.indicators).toMatchObject([
      {
        indicatorId: 'enterprise-union-rate',
        source: 'self',
        numerator: 85,
        denominator: 100,
        version: 1,
      },
    ]);
    const again = await saveSelfScore(db(), actor, {
      assessmentId,
      itemId: 'union-founding',
      inputs: {},
      selfScore: '5',
      explanation: null,
      expectedVersion: 2,
      indicators: [{ indicatorId: 'enterprise-union-rate', numerator: 90, denominator: 100 }],
    });
    expect(again.indicators[0]).toMatchObject({ numerator: 90, version: 2 });
  });

  it('saves a department share and the combined review score of a shared item', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId } = units[0]!;
    // Item 11 is reviewed by 法律部 and 女工部, each judging its own criteria.
    const item = rubric2011.categories.flatMap((c) => c.items).find((i) => i.number === 11)!;
    const [first, second] = reviewingDepartments(item);
    expect(second).toBeDefined();

    const locked = await inTransaction(db(), (trx) =>
      lockItem(trx, { assessmentId, itemId: item.id }),
    );
    expect(locked.reviews.map((r) => r.departmentId).sort()).toEqual([first, second].sort());

    const saved = await saveReviewScore(db(), departmentActor(first!), {
      assessmentId,
      itemId: item.id,
      departmentId: first!,
      inputs: { x: { met: true } },
      reviewScore: '3.5',
      itemReviewScore: '3.5',
      remarks: '集体合同签订率达标',
      expectedVersion: 1,
      expectedItemVersion: locked.itemScore.version,
    });
    expect(saved.itemReview).toMatchObject({
      reviewScore: '3.5',
      status: 'scored',
      reviewerId: departmentActor(first!).userId,
      version: 2,
    });
    expect(saved.itemScore).toMatchObject({ reviewScore: '3.5', version: 2 });

    // The other department computed its combined score from the item before that save.
    const stale = await rejection(
      saveReviewScore(db(), departmentActor(second!), {
        assessmentId,
        itemId: item.id,
        departmentId: second!,
        inputs: {},
        reviewScore: '1',
        itemReviewScore: '1',
        remarks: null,
        expectedVersion: 1,
        expectedItemVersion: locked.itemScore.version,
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(
      await getItemReview(db(), { assessmentId, itemId: item.id, departmentId: second! }),
    ).toMatchObject({
      status: 'pending',
      version: 1,
    });

    // In one transaction, with the lock, nothing can slip in between.
    const combined = await inTransaction(db(), async (trx) => {
      const now = await lockItem(trx, { assessmentId, itemId: item.id });
      const shares = now.reviews.map((r) => r.reviewScore ?? '0');
      expect(shares).toContain('3.5');
      return saveReviewScore(trx, departmentActor(second!), {
        assessmentId,
        itemId: item.id,
        departmentId: second!,
        inputs: {},
        reviewScore: '1',
        itemReviewScore: '4.5',
        remarks: null,
        expectedVersion: 1,
        expectedItemVersion: now.itemScore.version,
      });
    });
    expect(combined.itemScore).toMatchObject({ reviewScore: '4.5', version: 3 });
    const base = findItem(rubric2011, item.id)!.baseScore;
    expect(Number(combined.itemScore.baseScore)).toBe(base);
  });

  it('returns an item with a reason and reopens it', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId } = units[0]!;
    const actor = departmentActor('org');
    const key = { assessmentId, itemId: 'party-union-cobuilding', departmentId: 'org' };
    const noReason = await rejection(
      returnItem(db(), actor, { ...key, reason: '  ', returnDeadline: null, expectedVersion: 1 }),
    );
    expect(noReason.code).toBe('INVALID_INPUT');
    const returned = await returnItem(db(), actor, {
      ...key,
      reason: '佐证材料不全',
      returnDeadline: new Date('2012-02-01T00:00:00Z'),
      expectedVersion: 1,
    });
    expect(returned).toMatchObject({
      status: 'returned',
      returnedReason: '佐证材料不全',
      version: 2,
    });
    expect(returned.returnDeadline?.toISOString()).toBe('2012-02-01T00:00:00.000Z');
    const reopened = await reopenItemReview(db(), actor, { ...key, expectedVersion: 2 });
    expect(reopened).toMatchObject({ status: 'pending', returnedReason: null, version: 3 });
    const events = await listAuditEvents(db(), {
      entityType: 'itemReview',
      entityId: `${assessmentId}/party-union-cobuilding/org`,
    });
    expect(events.map((e) => e.action)).toEqual(['itemReview.reopen', 'itemReview.return']);
    expect(events[1]!.reason).toBe('佐证材料不全');
  });
});
