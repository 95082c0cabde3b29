/**
 * Signing in and out. Sessions live in the database (any server process can serve any
 * request); the browser holds only a random token in an HttpOnly cookie, the database only
 * its sha-256. Failed sign-ins are throttled per account and per address.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  countLoginFailures,
  createSession,
  getActiveSession,
  getUserForLogin,
  type PublicUser,
  publicUser,
  recordLoginAttempt,
  revokeSession,
  revokeUserSessions,
  setUserPassword,
  touchSession,
} from '@kaohe/db';
import { type Actor, DomainError } from '@kaohe/domain';
import type { AppDeps, RequestMeta } from '../context.ts';
import { actorOf } from '../context.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../password.ts';

export const SESSION_COOKIE = 'kaohe_session';
const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 30;
const TOUCH_EVERY_MS = 60_000;

/** Compared against when the account does not exist, so timing does not reveal which accounts do. */
let dummyHash: Promise<string> | null = null;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const BAD_CREDENTIALS = { zh: '用户名或密码错误', en: 'Wrong username or password' };

export async function login(
  deps: AppDeps,
  meta: RequestMeta,
  input: { username: string; password: string },
): Promise<{ token: string; expiresAt: Date; user: PublicUser }> {
  const now = deps.now();
  const since = new Date(now.getTime() - WINDOW_MS);
  const [forAccount, forAddress] = await Promise.all([
    countLoginFailures(deps.db, { username: input.username, since }),
    meta.ip ? countLoginFailures(deps.db, { ip: meta.ip, since }) : Promise.resolve(0),
  ]);
  if (forAccount >= MAX_FAILURES_PER_ACCOUNT || forAddress >= MAX_FAILURES_PER_ADDRESS) {
    throw new DomainError('RATE_LIMITED', {
      zh: '登录失败次数过多，请15分钟后再试',
      en: 'Too many failed sign-ins; try again in 15 minutes',
    });
  }
  const user = await getUserForLogin(deps.db, input.username);
  dummyHash ??= hashPassword('not-a-real-password');
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok || !user.active) {
    await recordLoginAttempt(deps.db, { username: input.username, ip: meta.ip, succeeded: false });
    throw new DomainError(
      'UNAUTHENTICATED',
      user && ok && !user.active
        ? { zh: '该账号已停用', en: 'This account is disabled' }
        : BAD_CREDENTIALS,
    );
  }
  await recordLoginAttempt(deps.db, { username: input.username, ip: meta.ip, succeeded: true });
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

export async function changePassword(
  deps: AppDeps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; keepSessionId: string | null },
): Promise<PublicUser> {
  const problem = passwordProblem(input.newPassword);
  if (problem) throw new DomainError('INVALID_INPUT', problem);
  const current = await deps.db
    .selectFrom('users')
    .select(['username'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  const user = await getUserForLogin(deps.db, current.username);
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new DomainError('INVALID_INPUT', {
      zh: '当前密码不正确',
      en: 'The current password is wrong',
    });
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
