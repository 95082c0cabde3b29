/**
 * The request context, in two parts (tRPC's own pattern): `createContextInner` is pure and
 * what tests call through `createCaller`; `http/context-adapter.ts` builds it from a
 * Fastify request (cookie → session → user).
 */
import type { Database, PublicUser } from '@kaohe/db';
import type { Actor, Locale, Role } from '@kaohe/domain';
import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { BackupScheduler } from './services/backup-scheduler.ts';
import type { EvidenceStore } from './services/evidence-store.ts';

export interface SessionCookies {
  /** The session cookie, and its page-readable hint naming the role (decision 032). */
  set(token: string, expires: Date, role: Role): void;
  clear(): void;
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  locale: Locale;
}

export interface AppDeps {
  db: Kysely<Database>;
  config: Config;
  /** The clock; tests move it to check timeouts and deadlines. */
  now: () => Date;
  evidence: EvidenceStore;
  /** The email sender, when KAOHE_SMTP_URL is set: `kick` after a commit that queued email. */
  mail?: { kick(): void };
  /** Scheduled backups (embedded mode): told when an assessment changes stage. */
  backups?: BackupScheduler;
}

export interface Context extends AppDeps {
  user: PublicUser | null;
  actor: Actor | null;
  /** The hashed id of the current session, for logout. */
  sessionId: string | null;
  meta: RequestMeta;
  cookies: SessionCookies;
}

export const NO_COOKIES: SessionCookies = { set() {}, clear() {} };

export function actorOf(user: PublicUser): Actor {
  return {
    userId: user.id,
    role: user.role,
    unitId: user.unitId,
    departmentId: user.departmentId,
  };
}

export function createContextInner(
  deps: AppDeps,
  opts: {
    user?: PublicUser | null;
    sessionId?: string | null;
    meta?: Partial<RequestMeta>;
    cookies?: SessionCookies;
  } = {},
): Context {
  const user = opts.user ?? null;
  return {
    ...deps,
    user,
    actor: user ? actorOf(user) : null,
    sessionId: opts.sessionId ?? null,
    meta: { ip: null, userAgent: null, locale: 'zh', ...opts.meta },
    cookies: opts.cookies ?? NO_COOKIES,
  };
}
