/**
 * Who is signed in, for route guards. The `_app` layout's `beforeLoad` asks the server
 * (cached by React Query) and sends anyone not signed in to /login with the address they
 * wanted, so they come back to it afterwards. A role a page is not for gets a plain
 * refusal instead of a page of errors.
 */
import type { Role } from '@kaohe/domain';
import { SESSION_HINT_COOKIE } from '@kaohe/domain/http';
import { redirect } from '@tanstack/react-router';
import type { RouterContext } from '../routes/__root.tsx';
import type { inferOutput, Trpc } from '../trpc.ts';
import { forbiddenPage } from './app-error.ts';

export type SessionUser = NonNullable<inferOutput<Trpc['auth']['me']>['user']>;

export async function requireUser(
  context: RouterContext,
  location: { href: string },
): Promise<SessionUser> {
  const { user } = await context.queryClient.ensureQueryData(context.trpc.auth.me.queryOptions());
  if (!user) throw redirect({ to: '/login', search: { redirect: location.href } });
  return user;
}

export function requireRole(user: SessionUser, ...roles: Role[]): void {
  if (!roles.includes(user.role)) throw forbiddenPage();
}

/** Only an address inside this app: a crafted link cannot send a user elsewhere after sign-in. */
export function safeRedirect(target: unknown): string {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//')
    ? target
    : '/';
}

/**
 * The role the server says this browser's session has: its page-readable hint cookie,
 * set and cleared with the HttpOnly session cookie (decision 032). A guess, never a
 * grant: the session check still decides.
 */
export function sessionHint(cookies: string = document.cookie): Role | null {
  for (const cookie of cookies.split(';')) {
    const [name, value] = cookie.trim().split('=');
    if (name === SESSION_HINT_COOKIE && HINTED_ROLES.has(value ?? '')) return value as Role;
  }
  return null;
}

// The roles by name, without the domain's zod schemas: this runs in the entry chunk.
const HINTED_ROLES = new Set<string>(['unit', 'department', 'chairman', 'admin'] satisfies Role[]);

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /**
     * Starts the page's queries without waiting for the session check: on a cold visit
     * with the hint, main.tsx calls it beside `auth.me`, and the batch link sends them in
     * one request. The loader then finds them under way.
     */
    prefetch?: (context: RouterContext, params: Record<string, string>, role: Role) => void;
    /**
     * Starts downloading the role's screen on the same cold visit, once that request is
     * on its way (main.tsx says why after).
     */
    prefetchCode?: (role: Role) => void;
  }
}
