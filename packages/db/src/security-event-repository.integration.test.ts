import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { listSecurityEvents, recordSecurityEvent } from './security-event-repository.ts';
import { describeEachEngine } from './testing.ts';

const REFUSED = /security events are append-only: (UPDATE|DELETE|TRUNCATE) refused/;

describeEachEngine('security events', ({ db }) => {
  it('are append-only: UPDATE, DELETE and TRUNCATE are refused with a clear message', async () => {
    await recordSecurityEvent(db(), {
      actorUserId: 'intruder',
      actorRole: 'unit',
      procedure: 'assessment.saveSelfScore',
      targetId: 'a/7',
      code: 'FORBIDDEN',
      reason: '无权修改其他单位的自评',
      ip: '203.0.113.9',
    });
    const [event] = await listSecurityEvents(db(), { actorUserId: 'intruder' });
    expect(event).toBeDefined();

    const attempts = [
      sql`update security_event set reason = 'nothing happened' where id = ${event!.id}`,
      sql`delete from security_event where id = ${event!.id}`,
      sql`truncate security_event`,
    ];
    for (const attempt of attempts) {
      const e = await attempt.execute(db()).then(
        () => null,
        (err: unknown) => err as { message: string; code: string },
      );
      expect(e?.message).toMatch(REFUSED);
      expect(e?.message).toContain('安全事件记录只能追加，不能修改或删除');
      expect(e?.code).toBe('KH001');
    }
    expect(await listSecurityEvents(db(), { actorUserId: 'intruder' })).toEqual([event]);
  });
});
