import { describeEachEngine } from '@kaohe/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  createHarness,
  type Harness,
  outcome,
  TEST_PASSWORD,
  UNITS,
  USERS,
} from '../testing/harness.ts';

const refused = outcome;

describeEachEngine('admin router', ({ db }) => {
  let h: Harness;
  let admin: Caller;

  const login = (username: string, password: string) =>
    h.as(null, { ip: '10.3.0.1' }).auth.login({ username, password });

  const liveSessions = async (userId: string) =>
    (
      await h.db
        .selectFrom('sessions')
        .select('id')
        .where('userId', '=', userId)
        .where('revokedAt', 'is', null)
        .execute()
    ).length;

  beforeAll(async () => {
    h = await createHarness(db());
    admin = h.as(USERS.admin);
  });

  afterAll(() => h.dispose());

  describe('accounts (no self-registration: only an admin creates them)', () => {
    it('creates a unit user with a generated password shown once, to be changed at first sign-in', async () => {
      const { user, password } = await admin.admin.createUser({
        username: 'hexi-clerk',
        displayName: '河西区总工会 王干事',
        role: 'unit',
        unitId: UNITS.a.id,
      });
      expect(user).toMatchObject({
        role: 'unit',
        unitId: UNITS.a.id,
        departmentId: null,
        mustChangePassword: true,
        active: true,
      });
      expect(password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
      expect((await login('hexi-clerk', password)).user.mustChangePassword).toBe(true);
      expect((await admin.admin.users({ role: 'unit' })).map((u) => u.username)).toContain(
        'hexi-clerk',
      );
    });

    it('keeps only the link that fits the role', async () => {
      const { user } = await admin.admin.createUser({
        username: 'legal-clerk',
        displayName: '法律部 李干事',
        role: 'department',
        departmentId: 'legal',
        unitId: UNITS.a.id,
        password: TEST_PASSWORD,
      });
      expect(user).toMatchObject({ role: 'department', departmentId: 'legal', unitId: null });
    });

    it('refuses a taken username in any case, a unit user without a unit, a short password', async () => {
      expect(
        await refused(
          admin.admin.createUser({
            username: 'HEXI-CLERK',
            displayName: 'x',
            role: 'unit',
            unitId: UNITS.a.id,
          }),
        ),
      ).toBe('CONFLICT');
      expect(
        await refused(
          admin.admin.createUser({ username: 'no-unit', displayName: 'x', role: 'unit' }),
        ),
      ).toBe('BAD_REQUEST');
      expect(
        await refused(
          admin.admin.createUser({
            username: 'short-pw',
            displayName: 'x',
            role: 'admin',
            password: 'short',
          }),
        ),
      ).toBe('INVALID_INPUT');
      expect(
        await refused(
          admin.admin.createUser({ username: 'bad name!', displayName: 'x', role: 'admin' }),
        ),
      ).not.toBe('allowed');
      expect((await admin.admin.users()).map((u) => u.username)).not.toContain('no-unit');
    });

    it('disabling an account ends its sessions and stops its sign-in; an admin cannot disable itself', async () => {
      await login(USERS.dept('publicity'), TEST_PASSWORD);
      expect(await liveSessions(USERS.dept('publicity'))).toBe(1);
      const disabled = await admin.admin.setUserActive({
        userId: USERS.dept('publicity'),
        active: false,
      });
      expect(disabled.active).toBe(false);
      expect(await liveSessions(USERS.dept('publicity'))).toBe(0);
      expect(await refused(login(USERS.dept('publicity'), TEST_PASSWORD))).toBe('UNAUTHENTICATED');
      await admin.admin.setUserActive({ userId: USERS.dept('publicity'), active: true });
      expect((await login(USERS.dept('publicity'), TEST_PASSWORD)).user.active).toBe(true);

      expect(await refused(admin.admin.setUserActive({ userId: USERS.admin, active: false }))).toBe(
        'INVALID_INPUT',
      );
      expect(
        await refused(admin.admin.setUserActive({ userId: 'no-such-user', active: false })),
      ).toBe('NOT_FOUND');
    });

    it('resetting a password gives a new one, ends the sessions, and the old one stops working', async () => {
      await login(USERS.dept('democracy'), TEST_PASSWORD);
      const { password } = await admin.admin.resetPassword({ userId: USERS.dept('democracy') });
      expect(await liveSessions(USERS.dept('democracy'))).toBe(0);
      expect(await refused(login(USERS.dept('democracy'), TEST_PASSWORD))).toBe('UNAUTHENTICATED');
      const signedIn = await login(USERS.dept('democracy'), password);
      expect(signedIn.user.mustChangePassword).toBe(true);
    });
  });

  describe('organisation', () => {
    it('saves and lists units, refusing an unknown unit type', async () => {
      await admin.admin.saveUnit({
        id: 'binhai',
        name: '滨海新区总工会',
        unitTypeId: 'district',
        memberCount: 300_000,
      });
      expect((await admin.admin.units()).find((u) => u.id === 'binhai')).toMatchObject({
        name: '滨海新区总工会',
        unitTypeId: 'district',
        active: true,
      });
      expect(
        await refused(
          admin.admin.saveUnit({
            id: 'nowhere',
            name: '无类型工会',
            unitTypeId: 'village',
            memberCount: 1,
          }),
        ),
      ).toBe('INVALID_INPUT');
      expect((await admin.admin.units()).map((u) => u.id)).not.toContain('nowhere');
    });

    it('saves departments and unit types', async () => {
      await admin.admin.saveDepartment({ id: 'archives', name: '档案室' });
      expect((await admin.admin.departments()).find((d) => d.id === 'archives')?.name).toBe(
        '档案室',
      );
      await admin.admin.saveUnitType({ id: 'township', name: '乡镇（街道）工会' });
      expect(await admin.admin.unitTypes()).toContainEqual({
        id: 'township',
        name: '乡镇（街道）工会',
      });
    });
  });
});
