/**
 * Accounts. A password hash is stored, never returned by a list, and never written to
 * the audit trail: events say that a password changed, not what to.
 */
import type { Actor, ListResult, Role } from '@kaohe/domain';
import { DomainError } from '@kaohe/domain';
import { sql } from 'kysely';
import type { AuditEntry } from './audit-repository.ts';
import { ENTITY, notFound } from './errors.ts';
import type { User } from './schema.ts';
import { matchesTerm, type PageRequest, searchPage } from './search.ts';
import { type DbOrTx, withAudit } from './transaction.ts';

/** Without the hash, and without phone and email (the lists do not show them). */
export type PublicUser = Omit<User, 'passwordHash' | 'phone'>;

export interface UserInput {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId?: string | null;
  departmentId?: string | null;
  active?: boolean;
  /** Required for a new user; omitted for an existing one keeps the current hash. */
  passwordHash?: string;
  mustChangePassword?: boolean;
  /** Omitted keeps the stored value. */
  phone?: string | null;
  /** Where email copies of messages go; omitted keeps the current one, null removes it. */
  email?: string | null;
}

const PUBLIC_COLUMNS = [
  'id',
  'username',
  'displayName',
  'role',
  'unitId',
  'departmentId',
  'active',
  'mustChangePassword',
  'createdAt',
  'email',
] as const;

export function publicUser(user: User): PublicUser {
  const { passwordHash: _, phone: _phone, ...rest } = user;
  return rest;
}

const CHUNK = 1000;

export interface UserUpsertResult {
  created: PublicUser[];
  updated: PublicUser[];
  unchanged: number;
}

/** Creates or updates users by id; one audit event per new or changed user. */
export function upsertUsers(
  db: DbOrTx,
  actor: Actor,
  users: readonly UserInput[],
): Promise<UserUpsertResult> {
  return withAudit(db, actor, async (trx) => {
    const existing = new Map<string, User>();
    const ids = users.map((u) => u.id);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const found = await trx
        .selectFrom('users')
        .selectAll()
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute();
      for (const u of found) existing.set(u.id, u);
    }
    const result: UserUpsertResult = { created: [], updated: [], unchanged: 0 };
    const audit: AuditEntry[] = [];
    const writes: Array<Omit<User, 'createdAt'>> = [];
    for (const input of users) {
      const old = existing.get(input.id);
      const passwordHash = input.passwordHash ?? old?.passwordHash;
      if (passwordHash === undefined) {
        throw new DomainError('INVALID_INPUT', {
          zh: `新用户 ${input.username} 需要初始密码`,
          en: `New user ${input.username} needs an initial password`,
        });
      }
      const row = {
        id: input.id,
        username: input.username.trim(),
        displayName: input.displayName,
        passwordHash,
        role: input.role,
        unitId: input.unitId ?? null,
        departmentId: input.departmentId ?? null,
        active: input.active ?? old?.active ?? true,
        mustChangePassword: input.mustChangePassword ?? old?.mustChangePassword ?? true,
        phone: input.phone !== undefined ? input.phone : (old?.phone ?? null),
        email: input.email !== undefined ? input.email : (old?.email ?? null),
      };
      if (old && (Object.keys(row) as Array<keyof typeof row>).every((k) => old[k] === row[k])) {
        result.unchanged++;
        continue;
      }
      writes.push(row);
      const after = publicUser({ ...row, createdAt: old?.createdAt ?? new Date() });
      (old ? result.updated : result.created).push(after);
      audit.push({
        action: old ? 'user.update' : 'user.create',
        entityType: 'user',
        entityId: row.id,
        before: old ? { ...publicUser(old), phone: old.phone, email: old.email } : null,
        after: {
          ...after,
          phone: row.phone,
          email: row.email,
          passwordChanged: old ? old.passwordHash !== passwordHash : true,
        },
      });
    }
    for (let i = 0; i < writes.length; i += CHUNK) {
      await trx
        .insertInto('users')
        .values(writes.slice(i, i + CHUNK))
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            username: eb.ref('excluded.username'),
            displayName: eb.ref('excluded.displayName'),
            passwordHash: eb.ref('excluded.passwordHash'),
            role: eb.ref('excluded.role'),
            unitId: eb.ref('excluded.unitId'),
            departmentId: eb.ref('excluded.departmentId'),
            active: eb.ref('excluded.active'),
            mustChangePassword: eb.ref('excluded.mustChangePassword'),
            phone: eb.ref('excluded.phone'),
            email: eb.ref('excluded.email'),
          })),
        )
        .execute();
    }
    return { result, audit };
  });
}

/** With the hash: for signing in only. */
export function getUserForLogin(db: DbOrTx, username: string): Promise<User | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql<string>`lower(username)`, '=', username.trim().toLowerCase())
    .executeTakeFirst();
}

export function getUser(db: DbOrTx, id: string): Promise<PublicUser | undefined> {
  return db.selectFrom('users').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export interface UserFilter {
  role?: Role;
  unitId?: string;
  departmentId?: string;
  active?: boolean;
}

export function listUsers(db: DbOrTx, filter: UserFilter = {}): Promise<PublicUser[]> {
  let q = db.selectFrom('users').select(PUBLIC_COLUMNS);
  if (filter.role !== undefined) q = q.where('role', '=', filter.role);
  if (filter.unitId !== undefined) q = q.where('unitId', '=', filter.unitId);
  if (filter.departmentId !== undefined) q = q.where('departmentId', '=', filter.departmentId);
  if (filter.active !== undefined) q = q.where('active', '=', filter.active);
  return q.orderBy('username').execute();
}

export interface UserSearch extends PageRequest, UserFilter {
  /** Part of the account (username) or the name. */
  q?: string | undefined;
}

/** One page of accounts by username, with the count of all that match. */
export async function searchUsers(db: DbOrTx, s: UserSearch): Promise<ListResult<PublicUser>> {
  const filtered = () =>
    db
      .selectFrom('users')
      .where(matchesTerm([sql.ref('username'), sql.ref('displayName')], s.q))
      .$if(s.role !== undefined, (q) => q.where('role', '=', s.role!))
      .$if(s.unitId !== undefined, (q) => q.where('unitId', '=', s.unitId!))
      .$if(s.departmentId !== undefined, (q) => q.where('departmentId', '=', s.departmentId!))
      .$if(s.active !== undefined, (q) => q.where('active', '=', s.active!));
  return searchPage(
    filtered,
    (q) => q.select(PUBLIC_COLUMNS).orderBy(sql`username collate "C"`).orderBy('id'),
    s,
  );
}

/** A new password hash (the user's own change, or an admin's reset with mustChange). */
export function setUserPassword(
  db: DbOrTx,
  actor: Actor,
  input: { userId: string; passwordHash: string; mustChangePassword: boolean; reason?: string },
): Promise<PublicUser> {
  return withAudit(db, actor, async (trx) => {
    const before = await trx
      .selectFrom('users')
      .select(PUBLIC_COLUMNS)
      .where('id', '=', input.userId)
      .executeTakeFirst();
    if (!before) throw notFound(ENTITY.user, input.userId);
    const after = await trx
      .updateTable('users')
      .set({ passwordHash: input.passwordHash, mustChangePassword: input.mustChangePassword })
      .where('id', '=', input.userId)
      .returning(PUBLIC_COLUMNS)
      .executeTakeFirstOrThrow();
    return {
      result: after,
      audit: {
        action: actor.userId === input.userId ? 'user.changePassword' : 'user.resetPassword',
        entityType: 'user',
        entityId: input.userId,
        before,
        after: { ...after, passwordChanged: true },
        reason: input.reason ?? null,
      },
    };
  });
}
