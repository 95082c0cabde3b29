import { DomainError } from '@kaohe/domain';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { listAuditEvents } from './audit-repository.ts';
import {
  listDepartments,
  listUnits,
  listUnitTypes,
  upsertUnits,
} from './organisation-repository.ts';
import {
  countLoginFailures,
  createSession,
  getActiveSession,
  pruneLoginAttempts,
  recordLoginAttempt,
  revokeSession,
  revokeUserSessions,
  touchSession,
} from './session-repository.ts';
import { ADMIN, describeEachEngine, seedOrganisation } from './testing.ts';
import {
  getUser,
  getUserForLogin,
  listUsers,
  setUserPassword,
  upsertUsers,
} from './user-repository.ts';

describeEachEngine('organisation, users and sessions', ({ db }) => {
  it('upserts the organisation and records only real changes', async () => {
    await seedOrganisation(db());
    await seedOrganisation(db()); // idempotent
    const departments = await listDepartments(db());
    expect(departments.find((d) => d.id === 'chairman')).toEqual({
      id: 'chairman',
      name: '主席室',
      isChairmanOffice: true,
    });
    expect(departments.filter((d) => d.isChairmanOffice)).toHaveLength(1);
    expect((await listUnitTypes(db())).map((t) => t.id)).toEqual(['bureau', 'devZone', 'district']);
    expect(await listAuditEvents(db(), { entityType: 'department', entityId: 'org' })).toHaveLength(
      1,
    );

    const first = await upsertUnits(db(), ADMIN, [
      { id: 'org-u1', name: '南开区总工会', unitTypeId: 'district', memberCount: 1200 },
    ]);
    expect(first.created).toHaveLength(1);
    // Omitted fields keep what is stored.
    const second = await upsertUnits(db(), ADMIN, [
      { id: 'org-u1', name: '南开区总工会', unitTypeId: 'district' },
      { id: 'org-u2', name: '滨海新区总工会', unitTypeId: 'devZone' },
    ]);
    expect(second).toMatchObject({
      unchanged: 1,
      created: [{ id: 'org-u2', memberCount: 0, active: true }],
    });
    await upsertUnits(db(), ADMIN, [
      { id: 'org-u1', name: '南开区总工会', unitTypeId: 'district', active: false },
    ]);
    expect((await listUnits(db(), { active: false })).map((u) => u.id)).toContain('org-u1');
    const events = await listAuditEvents(db(), { entityType: 'unit', entityId: 'org-u1' });
    expect(events.map((e) => e.action)).toEqual(['unit.update', 'unit.create']);
    expect(events[0]).toMatchObject({
      before: { active: true },
      after: { active: false, memberCount: 1200 },
    });
  });

  it('keeps password hashes out of lists and out of the audit trail', async () => {
    await seedOrganisation(db());
    await upsertUnits(db(), ADMIN, [
      { id: 'usr-u1', name: '红桥区总工会', unitTypeId: 'district' },
    ]);
    const created = await upsertUsers(db(), ADMIN, [
      {
        id: 'usr-1',
        username: 'HongQiao',
        displayName: '红桥区',
        role: 'unit',
        unitId: 'usr-u1',
        passwordHash: 'hash-1',
      },
    ]);
    expect(created.created[0]).not.toHaveProperty('passwordHash');
    expect((await getUserForLogin(db(), 'hongqiao'))?.passwordHash).toBe('hash-1');
    expect(await getUser(db(), 'usr-1')).not.toHaveProperty('passwordHash');
    expect((await listUsers(db(), { unitId: 'usr-u1' })).map((u) => u.id)).toEqual(['usr-1']);

    await setUserPassword(db(), ADMIN, {
      userId: 'usr-1',
      passwordHash: 'hash-2',
      mustChangePassword: true,
      reason: '重置',
    });
    expect((await getUserForLogin(db(), 'HONGQIAO'))?.passwordHash).toBe('hash-2');
    // An upsert without a hash keeps the current one.
    await upsertUsers(db(), ADMIN, [
      {
        id: 'usr-1',
        username: 'HongQiao',
        displayName: '红桥区总工会',
        role: 'unit',
        unitId: 'usr-u1',
      },
    ]);
    expect((await getUserForLogin(db(), 'hongqiao'))?.passwordHash).toBe('hash-2');

    const events = await listAuditEvents(db(), { entityType: 'user', entityId: 'usr-1' });
    expect(events.map((e) => e.action)).toEqual([
      'user.update',
      'user.resetPassword',
      'user.create',
    ]);
    expect(JSON.stringify(events)).not.toContain('hash-');
    expect(events[1]!.after).toMatchObject({ passwordChanged: true });
  });

  it('enforces usernames and role scopes in the database', async () => {
    await seedOrganisation(db());
    const attempt = (user: Parameters<typeof upsertUsers>[2][number]) =>
      upsertUsers(db(), ADMIN, [user]).then(
        () => null,
        (e: unknown) => e,
      );
    // usr-x, username x1, display name x: one of each, as the scope checks need no more.
    const user = (k: string) => ({ id: `usr-${k}`, username: `${k}1`, displayName: k });
    const duplicate = await attempt({
      id: 'usr-dup',
      username: 'ADMIN',
      displayName: 'x',
      role: 'admin',
      passwordHash: 'h',
    });
    expect(duplicate).toBeInstanceOf(DomainError);
    expect((duplicate as DomainError).code).toBe('CONFLICT');
    const unitWithoutUnit = await attempt({ ...user('x'), role: 'unit', passwordHash: 'h' });
    expect(unitWithoutUnit).toMatchObject({ constraint: 'users_unit_scope_check' });
    const deptWithoutDept = await attempt({ ...user('y'), role: 'department', passwordHash: 'h' });
    expect(deptWithoutDept).toMatchObject({ constraint: 'users_department_scope_check' });
    const noPassword = await attempt({ ...user('z'), role: 'admin' });
    expect((noPassword as DomainError).code).toBe('INVALID_INPUT');
    const badRole = await sql`
      insert into users (id, username, display_name, password_hash, role)
      values ('usr-r', 'r1', 'r', 'h', 'superuser')`
      .execute(db())
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(badRole).toMatchObject({ constraint: 'users_role_check' });
  });

  it('creates, reads, touches and revokes sessions', async () => {
    await seedOrganisation(db());
    const actor = ADMIN;
    const now = new Date();
    const expiresAt = new Date(now.getTime() + 3600_000);
    const session = await createSession(db(), actor, {
      id: 'a'.repeat(64),
      userId: ADMIN.userId,
      expiresAt,
      ip: '10.0.0.1',
      userAgent: 'vitest',
    });
    expect(session.revokedAt).toBeNull();
    const active = await getActiveSession(db(), session.id);
    expect(active?.user).toMatchObject({ id: ADMIN.userId, role: 'admin' });
    expect(active?.user).not.toHaveProperty('passwordHash');
    expect(
      await getActiveSession(db(), session.id, new Date(expiresAt.getTime() + 1)),
    ).toBeUndefined();

    const later = new Date(now.getTime() + 60_000);
    await touchSession(db(), session.id, {
      now: later,
      expiresAt: new Date(later.getTime() + 3600_000),
    });
    expect((await getActiveSession(db(), session.id))?.session.lastSeenAt.getTime()).toBe(
      later.getTime(),
    );

    await revokeSession(db(), actor, { sessionId: session.id, reason: 'logout' });
    expect(await getActiveSession(db(), session.id)).toBeUndefined();
    await expect(revokeSession(db(), actor, { sessionId: session.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    await createSession(db(), actor, { id: 'b'.repeat(64), userId: ADMIN.userId, expiresAt });
    await createSession(db(), actor, { id: 'c'.repeat(64), userId: ADMIN.userId, expiresAt });
    expect(
      await revokeUserSessions(db(), actor, { userId: ADMIN.userId, reason: '密码重置' }),
    ).toBe(2);
    expect(await revokeUserSessions(db(), actor, { userId: ADMIN.userId })).toBe(0);
    const actions = (
      await listAuditEvents(db(), { entityType: 'user', entityId: ADMIN.userId })
    ).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith('session.'))).toEqual([
      'session.revokeAll',
      'session.create',
      'session.create',
      'session.revoke',
      'session.create',
    ]);
  });

  it('counts failed sign-ins as a number, by name or address', async () => {
    const since = new Date(Date.now() - 60_000);
    for (let i = 0; i < 3; i++)
      await recordLoginAttempt(db(), { username: 'Throttle', ip: '10.9.9.9', succeeded: false });
    await recordLoginAttempt(db(), { username: 'throttle', ip: '10.9.9.8', succeeded: true });
    await recordLoginAttempt(db(), { username: 'other', ip: '10.9.9.9', succeeded: false });
    const byName = await countLoginFailures(db(), { username: 'THROTTLE', since });
    expect(byName).toBe(3);
    expect(typeof byName).toBe('number');
    expect(await countLoginFailures(db(), { ip: '10.9.9.9', since })).toBe(4);
    expect(await countLoginFailures(db(), { username: 'throttle', ip: '10.9.9.9', since })).toBe(4);
    expect(
      await countLoginFailures(db(), {
        username: 'throttle',
        since: new Date(Date.now() + 60_000),
      }),
    ).toBe(0);
    expect(await pruneLoginAttempts(db(), new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(5);
  });
});
