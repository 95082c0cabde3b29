import { getUserForLogin, listRubrics } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import { expect, it } from 'vitest';
import { ensureAdmin, ensureOrganisation } from './bootstrap.ts';
import { verifyPassword } from './password.ts';

describeEachEngine('first start', ({ db }) => {
  const auditCount = async () =>
    Number(
      (
        await db()
          .selectFrom('auditEvents')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('publishes the 2011 rubric with its departments and unit types, once', async () => {
    await ensureOrganisation(db());
    const events = await auditCount();
    await ensureOrganisation(db());
    expect(await auditCount()).toBe(events);
    const rubrics = await listRubrics(db());
    expect(rubrics.map((r) => [r.year, r.status])).toEqual([[2011, 'published']]);
    const departments = await db().selectFrom('departments').select('id').execute();
    expect(departments).toHaveLength(12);
  });

  it('takes the first admin’s password from the environment, not to be changed', async () => {
    const result = await ensureAdmin(db(), 'from-the-environment-2011');
    expect(result).toEqual({ generatedAdminPassword: null, adminCreated: true });
    const admin = (await getUserForLogin(db(), 'admin'))!;
    expect(admin).toMatchObject({ role: 'admin', mustChangePassword: false });
    expect(await verifyPassword('from-the-environment-2011', admin.passwordHash)).toBe(true);
    expect(admin.passwordHash).not.toContain('from-the-environment');
    await db().deleteFrom('users').where('id', '=', 'admin').execute();
  });

  it('otherwise generates one, returned once to be printed, and asks for a change', async () => {
    const first = await ensureAdmin(db(), undefined);
    expect(first.adminCreated).toBe(true);
    expect(first.generatedAdminPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    const admin = (await getUserForLogin(db(), 'admin'))!;
    expect(admin.mustChangePassword).toBe(true);
    expect(await verifyPassword(first.generatedAdminPassword!, admin.passwordHash)).toBe(true);

    // The next start finds the admin and neither prints nor changes anything.
    const again = await ensureAdmin(db(), 'a-different-password-now');
    expect(again).toEqual({ generatedAdminPassword: null, adminCreated: false });
    const still = (await getUserForLogin(db(), 'admin'))!;
    expect(still.passwordHash).toBe(admin.passwordHash);
  });
});
