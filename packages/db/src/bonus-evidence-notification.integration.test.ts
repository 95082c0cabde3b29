import type { DomainError } from '@kaohe/domain';
import { expect, it } from 'vitest';
import { listAuditEvents } from './audit-repository.ts';
import { awardBonus, listBonusAwards, revokeBonus } from './bonus-repository.ts';
import { addEvidence, deleteEvidence, listEvidence } from './evidence-repository.ts';
import {
  countUnreadNotifications,
  createNotifications,
  listNotifications,
  markNotificationsRead,
} from './notification-repository.ts';
import { CHAIRMAN, departmentActor, describeEachEngine, seedCycle } from './testing.ts';

const SHA = 'ab'.repeat(32);

describeEachEngine('bonus awards, evidence and notifications', ({ db }) => {
  it('awards and revokes bonus points with reasons', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId } = units[0]!;
    const award1 = (points: string, reason: string) =>
      awardBonus(db(), CHAIRMAN, { assessmentId, bonusItemId: 'bonus-1', points, reason });
    const award = await award1('1.50', '获全国五一劳动奖状');
    expect(award).toMatchObject({ points: '1.5', awardedBy: CHAIRMAN.userId, revokedAt: null });
    await expect(award1('-1', 'x')).rejects.toMatchObject({ code: 'INVALID_SCORE' });
    await expect(award1('1', ' ')).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    const revoked = await revokeBonus(db(), CHAIRMAN, { awardId: award.id, reason: '重复加分' });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    const again = await revokeBonus(db(), CHAIRMAN, { awardId: award.id, reason: 'x' }).then(
      () => null,
      (e: DomainError) => e,
    );
    expect(again?.code).toBe('CONFLICT');
    expect(await listBonusAwards(db(), assessmentId)).toEqual([]);
    expect(await listBonusAwards(db(), assessmentId, { includeRevoked: true })).toHaveLength(1);
    const events = await listAuditEvents(db(), { entityType: 'bonusAward', entityId: award.id });
    expect(events.map((e) => [e.action, e.reason])).toEqual([
      ['bonus.revoke', '重复加分'],
      ['bonus.award', '获全国五一劳动奖状'],
    ]);
  });

  it('keeps evidence metadata and deletes it softly', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor } = units[0]!;
    const file = await addEvidence(db(), actor, {
      assessmentId,
      itemId: 'union-founding',
      fileName: '建会情况统计表.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      sizeBytes: 3_000_000_000,
      sha256: SHA,
      storagePath: `evidence/${SHA}`,
    });
    expect(file.sizeBytes).toBe(3_000_000_000);
    expect(typeof file.sizeBytes).toBe('number');
    await expect(
      addEvidence(db(), actor, {
        assessmentId,
        itemId: 'union-founding',
        fileName: 'x.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 1,
        sha256: 'not-a-hash',
        storagePath: 'x',
      }),
    ).rejects.toMatchObject({ constraint: 'evidence_sha256_check' });
    expect(await listEvidence(db(), { assessmentId, itemId: 'union-founding' })).toHaveLength(1);

    await deleteEvidence(db(), actor, { evidenceId: file.id, reason: '传错文件' });
    expect(await listEvidence(db(), { assessmentId })).toEqual([]);
    const all = await listEvidence(db(), { assessmentId, includeDeleted: true });
    expect(all[0]).toMatchObject({ id: file.id, deletedBy: actor.userId });
    await expect(deleteEvidence(db(), actor, { evidenceId: file.id })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const events = await listAuditEvents(db(), { assessmentId });
    expect(events.map((e) => e.action).slice(0, 2)).toEqual(['evidence.delete', 'evidence.add']);
  });

  it('delivers notifications to a user, a unit or a department, read per user', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { unitId, actor } = units[0]!;
    const legal = departmentActor('legal');
    await createNotifications(db(), [
      {
        target: { unitId },
        kind: 'item.returned',
        payload: { itemId: 'stability', reason: '请补充' },
      },
      { target: { departmentId: 'legal' }, kind: 'assessment.submitted', payload: { unitId } },
      {
        target: { userId: actor.userId },
        kind: 'deadline.near',
        payload: { stage: 'selfScoring' },
      },
    ]);
    const unitRecipient = { userId: actor.userId, unitId, departmentId: null };
    const forUnit = await listNotifications(db(), unitRecipient);
    expect(forUnit.map((n) => n.kind).sort()).toEqual(['deadline.near', 'item.returned']);
    expect(forUnit.every((n) => n.readAt === null)).toBe(true);
    const legalRecipient = { userId: legal.userId, unitId: null, departmentId: 'legal' };
    expect((await listNotifications(db(), legalRecipient)).map((n) => n.kind)).toEqual([
      'assessment.submitted',
    ]);

    const unread = await countUnreadNotifications(db(), unitRecipient);
    expect(unread).toBe(2);
    await markNotificationsRead(db(), actor.userId, [forUnit[0]!.id]);
    await markNotificationsRead(db(), actor.userId, [forUnit[0]!.id]);
    expect(await countUnreadNotifications(db(), unitRecipient)).toBe(1);
    expect(await listNotifications(db(), unitRecipient, { unreadOnly: true })).toHaveLength(1);
    // Reading a unit's notice is per user: the department's count is untouched.
    expect(await countUnreadNotifications(db(), legalRecipient)).toBe(1);
  });
});
