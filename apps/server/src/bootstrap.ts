/**
 * First start: the organisation from the 2011 rubric, the rubric itself (published), and
 * the first admin account. Idempotent: run on every start, it changes nothing the second time.
 */
import {
  createRubric,
  type DbOrTx,
  getPublishedRubric,
  listUsers,
  publishRubric,
  SYSTEM_ACTOR,
  upsertDepartments,
  upsertUnitTypes,
  upsertUsers,
} from '@kaohe/db';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { generatePassword, hashPassword } from './password.ts';

export interface BootstrapResult {
  /** Set only when the admin was created now with a generated password: print it once. */
  generatedAdminPassword: string | null;
  adminCreated: boolean;
}

export async function ensureOrganisation(db: DbOrTx): Promise<void> {
  await upsertDepartments(
    db,
    SYSTEM_ACTOR,
    rubric2011.departments.map((d) => ({ ...d, isChairmanOffice: d.id === 'chairman' })),
  );
  await upsertUnitTypes(db, SYSTEM_ACTOR, rubric2011.unitTypes);
  if (!(await getPublishedRubric(db, 2011))) {
    const created = await createRubric(db, SYSTEM_ACTOR, {
      id: 'rubric-2011',
      document: rubric2011,
    });
    await publishRubric(db, SYSTEM_ACTOR, {
      rubricId: created.id,
      expectedVersion: created.version,
    });
  }
}

export async function ensureAdmin(
  db: DbOrTx,
  adminPassword: string | undefined,
): Promise<BootstrapResult> {
  const admins = await listUsers(db, { role: 'admin' });
  if (admins.length > 0) return { generatedAdminPassword: null, adminCreated: false };
  const password = adminPassword ?? generatePassword();
  await upsertUsers(db, SYSTEM_ACTOR, [
    {
      id: 'admin',
      username: 'admin',
      displayName: '考核办管理员',
      role: 'admin',
      passwordHash: await hashPassword(password),
      mustChangePassword: adminPassword === undefined,
    },
  ]);
  return {
    generatedAdminPassword: adminPassword === undefined ? password : null,
    adminCreated: true,
  };
}
