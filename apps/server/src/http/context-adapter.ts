import type { Locale } from '@kaohe/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AppDeps, type Context, createContextInner } from '../context.ts';
import { resolveSession, SESSION_COOKIE } from '../services/auth-service.ts';

/** The interface language: the client's explicit choice, else the browser's, else Chinese. */
export function localeOf(request: FastifyRequest): Locale {
  const explicit = request.headers['x-kaohe-lang'];
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
  if (token && !session) res.clearCookie(SESSION_COOKIE, cookieOptions);
  if (token && session) {
    // The cookie follows the session's sliding expiry.
    res.setCookie(SESSION_COOKIE, token, { ...cookieOptions, expires: session.expiresAt });
  }
  return createContextInner(deps, {
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    meta: {
      ip: req.ip ?? null,
      userAgent: req.headers['user-agent'] ?? null,
      locale: localeOf(req),
    },
    cookies: {
      set: (value, expires) => res.setCookie(SESSION_COOKIE, value, { ...cookieOptions, expires }),
      clear: () => res.clearCookie(SESSION_COOKIE, cookieOptions),
    },
  });
}
