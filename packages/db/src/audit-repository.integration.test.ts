import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { listAuditEvents } from './audit-repository.ts';
import { upsertUnitTypes } from './organisation-repository.ts';
import { ADMIN, describeEachEngine } from './testing.ts';
import { withAudit } from './transaction.ts';

const REFUSED = /audit events are append-only: (UPDATE|DELETE|TRUNCATE) refused/;

describeEachEngine('audit trail', ({ db }) => {
  it('refuses UPDATE, DELETE and TRUNCATE with a clear message', async () => {
    await upsertUnitTypes(db(), ADMIN, [{ id: 'audit-probe', name: '探针' }]);
    const [event] = await listAuditEvents(db(), {
      entityType: 'unitType',
      entityId: 'audit-probe',
    });
    expect(event).toBeDefined();

    const attempts = [
      sql`update audit_events set reason = 'tampered' where id = ${event!.id}`,
      sql`delete from audit_events where id = ${event!.id}`,
      sql`truncate audit_events`,
    ];
    for (const attempt of attempts) {
      const e = await attempt.execute(db()).then(
        () => null,
        (err: unknown) => err as { message: string; code: string },
      );
      expect(e?.message).toMatch(REFUSED);
      expect(e?.message).toContain('审计记录只能追加，不能修改或删除');
      expect(e?.code).toBe('KH001');
    }
    const [after] = await listAuditEvents(db(), {
      entityType: 'unitType',
      entityId: 'audit-probe',
    });
    expect(after).toEqual(event);
  });

  it('records the actor, the entity, before and after, and the time', async () => {
    await upsertUnitTypes(db(), ADMIN, [{ id: 'audit-history', name: '甲' }]);
    await upsertUnitTypes(db(), ADMIN, [{ id: 'audit-history', name: '乙' }]);
    await upsertUnitTypes(db(), ADMIN, [{ id: 'audit-history', name: '乙' }]); // unchanged: no event
    const events = await listAuditEvents(db(), {
      entityType: 'unitType',
      entityId: 'audit-history',
    });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      action: 'unitType.update',
      actorUserId: ADMIN.userId,
      actorRole: 'admin',
      before: { id: 'audit-history', name: '甲' },
      after: { id: 'audit-history', name: '乙' },
    });
    expect(events[1]).toMatchObject({ action: 'unitType.create', before: null });
    expect(events[0]!.at).toBeInstanceOf(Date);
    expect(events[0]!.id).toBeGreaterThan(events[1]!.id);

    const page = await listAuditEvents(
      db(),
      { entityType: 'unitType', entityId: 'audit-history' },
      { limit: 1, beforeId: events[0]!.id },
    );
    expect(page.map((e) => e.action)).toEqual(['unitType.create']);
    const byActor = await listAuditEvents(db(), { actorUserId: ADMIN.userId }, { limit: 1000 });
    expect(byActor.length).toBeGreaterThanOrEqual(2);
  });

  it('commits a change and its event together or neither', async () => {
    const failing = withAudit(db(), ADMIN, async (trx) => {
      await trx.insertInto('unitTypes').values({ id: 'audit-rollback', name: '回滚' }).execute();
      // The second statement breaks a check constraint after the first succeeded.
      await trx.insertInto('unitTypes').values({ id: 'audit-rollback-2', name: '  ' }).execute();
      return {
        result: null,
        audit: { action: 'test', entityType: 'unitType', entityId: 'audit-rollback' },
      };
    });
    await expect(failing).rejects.toMatchObject({ constraint: 'unit_types_name_check' });
    const rows = await db()
      .selectFrom('unitTypes')
      .selectAll()
      .where('id', 'like', 'audit-rollback%')
      .execute();
    expect(rows).toEqual([]);
    expect(
      await listAuditEvents(db(), { entityType: 'unitType', entityId: 'audit-rollback' }),
    ).toEqual([]);

    // An error thrown after the audit-worthy work but before commit rolls back too.
    const thrown = withAudit(db(), ADMIN, async (trx) => {
      await trx.insertInto('unitTypes').values({ id: 'audit-rollback', name: '回滚' }).execute();
      throw new Error('boom');
    });
    await expect(thrown).rejects.toThrow('boom');
    expect(
      await db().selectFrom('unitTypes').selectAll().where('id', '=', 'audit-rollback').execute(),
    ).toEqual([]);
  });

  it('joins an existing transaction instead of opening a second one', async () => {
    await db()
      .transaction()
      .execute(async (trx) => {
        await upsertUnitTypes(trx, ADMIN, [{ id: 'audit-join-1', name: '一' }]);
        await upsertUnitTypes(trx, ADMIN, [{ id: 'audit-join-2', name: '二' }]);
      });
    const joined = await listAuditEvents(db(), {
      entityType: 'unitType',
      entityId: 'audit-join-2',
    });
    expect(joined).toHaveLength(1);

    // When the outer transaction fails, both writes and both events are gone.
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await upsertUnitTypes(trx, ADMIN, [{ id: 'audit-join-3', name: '三' }]);
          await upsertUnitTypes(trx, ADMIN, [{ id: 'audit-join-4', name: '四' }]);
          throw new Error('outer failure');
        }),
    ).rejects.toThrow('outer failure');
    for (const id of ['audit-join-3', 'audit-join-4']) {
      expect(await listAuditEvents(db(), { entityType: 'unitType', entityId: id })).toEqual([]);
    }
  });
});
