/**
 * Signing in and out. Sessions live in the database (any server process can serve any
 * request); the browser holds only a random token in an HttpOnly cookie, the database only
 * its sha-256. Password checks (sign-in, and the current password of a password change)
 * are throttled per account and per address, each reserved in the database before the
 * hash runs (reservePasswordCheck), so parallel requests cannot outrun the limit.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  createSession,
  getActiveSession,
  getUserForLogin,
  markLoginAttemptSucceeded,
  type PublicUser,
  publicUser,
  reservePasswordCheck,
  revokeSession,
  revokeUserSessions,
  setUserPassword,
  touchSession,
} from '@kaohe/db';
import { type Actor, DomainError, type LocalizedText } from '@kaohe/domain';
import type { AppDeps, RequestMeta } from '../context.ts';
import { actorOf } from '../context.ts';
import { chosenPasswordProblem, hashPassword, verifyPassword } from '../password.ts';

export const SESSION_COOKIE = 'kaohe_session';
const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 30;
const TOUCH_EVERY_MS = 60_000;

/** Compared against when the account does not exist, so timing does not reveal which accounts do. */
let dummyHash: Promise<string> | null = null;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const BAD_CREDENTIALS = { zh: '用户名或密码错误', en: 'Wrong username or password' };

/**
 * Reserves one password check for the account and the caller's address, or refuses with
 * RATE_LIMITED. The attempt counts as a failure until `markLoginAttemptSucceeded`.
 */
async function reserveCheck(
  deps: AppDeps,
  username: string,
  ip: string | null,
  refusal: { text: LocalizedText; details?: unknown },
): Promise<number> {
  const now = deps.now();
  const reservation = await reservePasswordCheck(deps.db, {
    username,
    ip,
    at: now,
    since: new Date(now.getTime() - WINDOW_MS),
    maxFailuresPerAccount: MAX_FAILURES_PER_ACCOUNT,
    maxFailuresPerAddress: MAX_FAILURES_PER_ADDRESS,
  });
  if (!reservation.reserved) throw new DomainError('RATE_LIMITED', refusal.text, refusal.details);
  return reservation.attemptId;
}

export async function login(
  deps: AppDeps,
  meta: RequestMeta,
  input: { username: string; password: string },
): Promise<{ token: string; expiresAt: Date; user: PublicUser }> {
  const attemptId = await reserveCheck(deps, input.username, meta.ip, {
    text: {
      zh: '登录失败次数过多，请15分钟后再试',
      en: 'Too many failed sign-ins; try again in 15 minutes',
    },
  });
  const user = await getUserForLogin(deps.db, input.username);
  dummyHash ??= hashPassword('not-a-real-password');
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok || !user.active) {
    throw new DomainError(
      'UNAUTHENTICATED',
      user && ok && !user.active
        ? { zh: '该账号已停用', en: 'This account is disabled' }
        : BAD_CREDENTIALS,
    );
  }
  await markLoginAttemptSucceeded(deps.db, attemptId);
  const now = deps.now();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(
    now.getTime() + Math.min(deps.config.sessionIdleMs, deps.config.sessionAbsoluteMs),
  );
  const actor = actorOf(publicUser(user));
  await createSession(deps.db, actor, {
    id: hashToken(token),
    userId: user.id,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
  });
  return { token, expiresAt, user: publicUser(user) };
}

/**
 * The user behind a session token, if the session is live. Each use slides the idle
 * expiry forward, never past the absolute limit from sign-in.
 */
export async function resolveSession(
  deps: AppDeps,
  token: string,
): Promise<{ user: PublicUser; sessionId: string; expiresAt: Date } | null> {
  const id = hashToken(token);
  const now = deps.now();
  const active = await getActiveSession(deps.db, id, now);
  if (!active) return null;
  const absolute = active.session.createdAt.getTime() + deps.config.sessionAbsoluteMs;
  const expiresAt = new Date(Math.min(now.getTime() + deps.config.sessionIdleMs, absolute));
  // Sliding the expiry is a write; once a minute is precise enough for a 30-minute idle
  // timeout and keeps a write off every API call.
  if (now.getTime() - active.session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await touchSession(deps.db, id, { now, expiresAt });
    return { user: active.user, sessionId: id, expiresAt };
  }
  return { user: active.user, sessionId: id, expiresAt: active.session.expiresAt };
}

export async function logout(deps: AppDeps, actor: Actor, sessionId: string): Promise<void> {
  await revokeSession(deps.db, actor, { sessionId, reason: 'logout' }).catch((e: unknown) => {
    // Already revoked or expired: signing out twice is not an error for the user.
    if (!(e instanceof DomainError && e.code === 'NOT_FOUND')) throw e;
  });
}

/**
 * A user chooses a new password. The new one is checked first (no hash needed, nothing
 * about the current one revealed); the current one is a password check like a sign-in,
 * throttled and counted with sign-ins of the same account. A refusal names its field in
 * `details.field` for the form.
 */
export async function changePassword(
  deps: AppDeps,
  actor: Actor,
  meta: Pick<RequestMeta, 'ip'>,
  input: { currentPassword: string; newPassword: string; keepSessionId: string | null },
): Promise<PublicUser> {
  const { username } = await deps.db
    .selectFrom('users')
    .select(['username'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  const problem = await chosenPasswordProblem(input.newPassword, username);
  if (problem) throw new DomainError('INVALID_INPUT', problem, { field: 'newPassword' });
  const attemptId = await reserveCheck(deps, username, meta.ip, {
    text: {
      zh: '当前密码输错次数过多，请15分钟后再试',
      en: 'Too many wrong current passwords; try again in 15 minutes',
    },
    details: { field: 'currentPassword' },
  });
  const user = await getUserForLogin(deps.db, username);
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new DomainError(
      'INVALID_INPUT',
      { zh: '当前密码不正确', en: 'The current password is wrong' },
      { field: 'currentPassword' },
    );
  }
  await markLoginAttemptSucceeded(deps.db, attemptId);
  if (input.newPassword.normalize('NFC') === input.currentPassword.normalize('NFC')) {
    throw new DomainError(
      'INVALID_INPUT',
      {
        zh: '新密码不能与当前密码相同',
        en: 'The new password must differ from the current one',
      },
      { field: 'newPassword' },
    );
  }
  const updated = await setUserPassword(deps.db, actor, {
    userId: actor.userId,
    passwordHash: await hashPassword(input.newPassword),
    mustChangePassword: false,
  });
  // Other sessions end with the old password; this one goes on.
  await deps.db
    .updateTable('sessions')
    .set({ revokedAt: deps.now() })
    .where('userId', '=', actor.userId)
    .where('revokedAt', 'is', null)
    .$if(input.keepSessionId !== null, (q) => q.where('id', '!=', input.keepSessionId!))
    .execute();
  return updated;
}

export { revokeUserSessions };
