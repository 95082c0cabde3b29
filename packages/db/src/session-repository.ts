/**
 * Sign-in sessions and the record of sign-in attempts. Creating and revoking a session is
 * audited; `touchSession` (every request) and login attempts (their own log) are not.
 */
import type { Actor } from '@kaohe/domain';
import { sql } from 'kysely';
import { ENTITY, notFound } from './errors.ts';
import type { Session } from './schema.ts';
import { type DbOrTx, inTransaction, withAudit } from './transaction.ts';
import type { PublicUser } from './user-repository.ts';

export interface NewSessionInput {
  /** sha-256 of the token; the token itself never reaches the database. */
  id: string;
  userId: string;
  expiresAt: Date;
  ip?: string | null;
  userAgent?: string | null;
}

export function createSession(db: DbOrTx, actor: Actor, input: NewSessionInput): Promise<Session> {
  return withAudit(db, actor, async (trx) => {
    const session = await trx
      .insertInto('sessions')
      .values({
        id: input.id,
        userId: input.userId,
        expiresAt: input.expiresAt,
        ip: input.ip ?? null,
        userAgent: input.userAgent ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      result: session,
      audit: {
        action: 'session.create',
        entityType: 'user',
        entityId: input.userId,
        after: { ip: session.ip, userAgent: session.userAgent, expiresAt: session.expiresAt },
      },
    };
  });
}

export interface ActiveSession {
  session: Session;
  user: PublicUser;
}

/** The session and its user, if the session is live: not revoked, not expired, user active. */
export async function getActiveSession(
  db: DbOrTx,
  id: string,
  now: Date = new Date(),
): Promise<ActiveSession | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .select([
      's.id',
      's.userId',
      's.createdAt',
      's.lastSeenAt',
      's.expiresAt',
      's.revokedAt',
      's.ip',
      's.userAgent',
      'u.username',
      'u.displayName',
      'u.role',
      'u.unitId',
      'u.departmentId',
      'u.active',
      'u.mustChangePassword',
      'u.createdAt as userCreatedAt',
      'u.email',
    ])
    .where('s.id', '=', id)
    .where('s.revokedAt', 'is', null)
    .where('s.expiresAt', '>', now)
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    session: {
      id: row.id,
      userId: row.userId,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      expiresAt: row.expiresAt,
      revokedAt: row.revokedAt,
      ip: row.ip,
      userAgent: row.userAgent,
    },
    user: {
      id: row.userId,
      username: row.username,
      displayName: row.displayName,
      role: row.role,
      unitId: row.unitId,
      departmentId: row.departmentId,
      active: row.active,
      mustChangePassword: row.mustChangePassword,
      createdAt: row.userCreatedAt,
      email: row.email,
    },
  };
}

/** Records activity and optionally slides the expiry. Not audited: it happens on every request. */
export async function touchSession(
  db: DbOrTx,
  id: string,
  options: { now?: Date; expiresAt?: Date } = {},
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({
      lastSeenAt: options.now ?? new Date(),
      ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}),
    })
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .execute();
}

/** Signs one session out. Revoking a revoked session is NOT_FOUND. */
export function revokeSession(
  db: DbOrTx,
  actor: Actor,
  input: { sessionId: string; reason?: string },
): Promise<Session> {
  return withAudit(db, actor, async (trx) => {
    const session = await trx
      .updateTable('sessions')
      .set({ revokedAt: new Date() })
      .where('id', '=', input.sessionId)
      .where('revokedAt', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!session) throw notFound(ENTITY.session, input.sessionId.slice(0, 8));
    return {
      result: session,
      audit: {
        action: 'session.revoke',
        entityType: 'user',
        entityId: session.userId,
        after: { revokedAt: session.revokedAt },
        reason: input.reason ?? null,
      },
    };
  });
}

/** Signs a user out everywhere (after a password reset or deactivation); returns how many. */
export function revokeUserSessions(
  db: DbOrTx,
  actor: Actor,
  input: { userId: string; reason?: string },
): Promise<number> {
  return withAudit(db, actor, async (trx) => {
    const revoked = await trx
      .updateTable('sessions')
      .set({ revokedAt: new Date() })
      .where('userId', '=', input.userId)
      .where('revokedAt', 'is', null)
      .returning('id')
      .execute();
    return {
      result: revoked.length,
      audit:
        revoked.length === 0
          ? []
          : {
              action: 'session.revokeAll',
              entityType: 'user',
              entityId: input.userId,
              after: { revokedSessions: revoked.length },
              reason: input.reason ?? null,
            },
    };
  });
}

export async function recordLoginAttempt(
  db: DbOrTx,
  input: { username: string; ip?: string | null; succeeded: boolean },
): Promise<void> {
  await db
    .insertInto('loginAttempts')
    .values({
      username: input.username.trim().toLowerCase(),
      ip: input.ip ?? null,
      succeeded: input.succeeded,
    })
    .execute();
}

/**
 * Advisory lock classes (the first key of `pg_advisory_xact_lock(int, int)`) that serialize
 * password checks per account and per address; the second key is the name's hash. Two
 * names with one hash only wait for each other.
 */
const LOCK_ACCOUNT = 0x6b680001;
const LOCK_ADDRESS = 0x6b680002;

export interface PasswordCheckRequest {
  username: string;
  ip: string | null;
  /** When the check happens; attempts since `since` count. */
  at: Date;
  since: Date;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

export type PasswordCheckReservation =
  | { reserved: true; attemptId: number }
  | { reserved: false; limit: 'account' | 'address' };

/**
 * Reserves one password check, or refuses it when the account or the address has had its
 * failures in the window. The attempt is recorded *before* the (slow) password hash, as a
 * failure, and only `markLoginAttemptSucceeded` turns it into a success: so a check in
 * flight counts against the limit, and a burst of parallel requests gets at most the limit
 * of checks. Count and insert run under transaction-scoped advisory locks on the account
 * and the address, taken in that order (no deadlock), which serialize them across every
 * connection and every server process on one database; the locks are held for two short
 * statements, never during the hash. A server that dies mid-check leaves a failure.
 */
export async function reservePasswordCheck(
  db: DbOrTx,
  input: PasswordCheckRequest,
): Promise<PasswordCheckReservation> {
  const username = input.username.trim().toLowerCase();
  return inTransaction(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(${LOCK_ACCOUNT}::int, hashtext(${username}))`.execute(
      trx,
    );
    if (input.ip !== null) {
      await sql`select pg_advisory_xact_lock(${LOCK_ADDRESS}::int, hashtext(${input.ip}))`.execute(
        trx,
      );
    }
    const ip = input.ip;
    const counts = await trx
      .selectFrom('loginAttempts')
      .select((eb) => [
        eb.fn.countAll<number>().filterWhere('username', '=', username).as('account'),
        (ip === null ? eb.lit(0) : eb.fn.countAll<number>().filterWhere('ip', '=', ip)).as(
          'address',
        ),
      ])
      .where('succeeded', '=', false)
      .where('at', '>=', input.since)
      .where((eb) =>
        ip === null
          ? eb('username', '=', username)
          : eb.or([eb('username', '=', username), eb('ip', '=', ip)]),
      )
      .executeTakeFirstOrThrow();
    if (Number(counts.account) >= input.maxFailuresPerAccount) {
      return { reserved: false, limit: 'account' } as const;
    }
    if (Number(counts.address) >= input.maxFailuresPerAddress) {
      return { reserved: false, limit: 'address' } as const;
    }
    const row = await trx
      .insertInto('loginAttempts')
      .values({ username, ip, at: input.at, succeeded: false })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { reserved: true, attemptId: Number(row.id) } as const;
  });
}

/** The reserved check found the right password: it no longer counts as a failure. */
export async function markLoginAttemptSucceeded(db: DbOrTx, attemptId: number): Promise<void> {
  await db
    .updateTable('loginAttempts')
    .set({ succeeded: true })
    .where('id', '=', attemptId)
    .execute();
}

/** Failed attempts since `since` for a username, an address, or either. For throttling. */
export async function countLoginFailures(
  db: DbOrTx,
  input: { username?: string; ip?: string; since: Date },
): Promise<number> {
  let q = db
    .selectFrom('loginAttempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('succeeded', '=', false)
    .where('at', '>=', input.since);
  const { username, ip } = input;
  if (username !== undefined && ip !== undefined) {
    q = q.where((eb) =>
      eb.or([eb('username', '=', username.trim().toLowerCase()), eb('ip', '=', ip)]),
    );
  } else if (username !== undefined) {
    q = q.where('username', '=', username.trim().toLowerCase());
  } else if (ip !== undefined) {
    q = q.where('ip', '=', ip);
  }
  const row = await q.executeTakeFirstOrThrow();
  return row.n;
}

/** Forgets attempts older than `before`; returns how many. */
export async function pruneLoginAttempts(db: DbOrTx, before: Date): Promise<number> {
  const r = await db.deleteFrom('loginAttempts').where('at', '<', before).executeTakeFirst();
  return Number(r.numDeletedRows);
}
