import type { Locale, Role } from '@kaohe/domain';
import { LANG_HEADER, SESSION_HINT_COOKIE } from '@kaohe/domain/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AppDeps, type Context, createContextInner } from '../context.ts';
import { resolveSession, SESSION_COOKIE } from '../services/auth-service.ts';

/** The interface language: the client's explicit choice, else the browser's, else Chinese. */
export function localeOf(request: FastifyRequest): Locale {
  const explicit = request.headers[LANG_HEADER];
  if (explicit === 'en' || explicit === 'zh') return explicit;
  const accept = String(request.headers['accept-language'] ?? '');
  return /^en\b/i.test(accept) ? 'en' : 'zh';
}

export async function contextFromRequest(
  deps: AppDeps,
  req: FastifyRequest,
  res: FastifyReply,
): Promise<Context> {
  const token = req.cookies[SESSION_COOKIE];
  const session = token ? await resolveSession(deps, token) : null;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: deps.config.https,
  };
  // The session cookie, and beside it the page-readable hint that one exists and for which
  // role (decision 032): it grants nothing, the page only starts loading sooner.
  const setSession = (value: string, expires: Date, role: Role) => {
    res.setCookie(SESSION_COOKIE, value, { ...cookieOptions, expires });
    res.setCookie(SESSION_HINT_COOKIE, role, { ...cookieOptions, httpOnly: false, expires });
  };
  const clearSession = () => {
    res.clearCookie(SESSION_COOKIE, cookieOptions);
    res.clearCookie(SESSION_HINT_COOKIE, { ...cookieOptions, httpOnly: false });
  };
  if (token && !session) clearSession();
  // The cookies follow the session's sliding expiry.
  if (token && session) setSession(token, session.expiresAt, session.user.role);
  if (!token && req.cookies[SESSION_HINT_COOKIE]) clearSession();
  return createContextInner(deps, {
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    meta: {
      ip: req.ip ?? null,
      userAgent: req.headers['user-agent'] ?? null,
      locale: localeOf(req),
    },
    cookies: { set: setSession, clear: clearSession },
  });
}
