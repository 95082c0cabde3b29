/**
 * CSRF: every write must be JSON (or, for the upload route, multipart), carry our custom
 * header and come from an allowed Origin. A cross-site form cannot set the header, and a
 * cross-site script cannot pass the Origin check, so neither can change anything. Each
 * refusal is recorded in security_event (code CSRF) with the route, the address and, when
 * the request carried a live session cookie, whose session it was: the victim a forged
 * request tried to act as.
 */
import { getActiveSession, recordSecurityEvent } from '@kaohe/db';
import { CSRF_HEADER } from '@kaohe/domain/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../context.ts';
import { plainErrorBody } from '../errors.ts';
import { hashToken, SESSION_COOKIE } from '../services/auth-service.ts';
import { localeOf } from './context-adapter.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The code of a CSRF refusal in security_event; the answer itself says FORBIDDEN. */
export const CSRF_REFUSED = 'CSRF';

async function refuse(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  text: { zh: string; en: string },
  detail: string,
) {
  await recordCsrfRefusal(deps, request, `${text.zh}（${detail}）`);
  return reply.status(status).send(plainErrorBody(localeOf(request), 'FORBIDDEN', text));
}

/**
 * Read-only: the session is looked up, not touched (a refused request must not keep a
 * session alive). A failure to record never changes the answer.
 */
async function recordCsrfRefusal(deps: AppDeps, request: FastifyRequest, reason: string) {
  try {
    const token = request.cookies?.[SESSION_COOKIE];
    const session = token ? await getActiveSession(deps.db, hashToken(token), deps.now()) : null;
    await recordSecurityEvent(deps.db, {
      at: deps.now(),
      actorUserId: session?.user.id ?? null,
      actorRole: session?.user.role ?? null,
      procedure: `${request.method} ${request.url.split('?')[0]}`,
      targetId: null,
      code: CSRF_REFUSED,
      reason,
      ip: request.ip ?? null,
    });
  } catch (e) {
    console.error('could not record a security event', e);
  }
}

export function csrfGuard(deps: AppDeps) {
  const { config } = deps;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (SAFE.has(request.method)) return;
    const type = String(request.headers['content-type'] ?? '').toLowerCase();
    const upload =
      request.url.startsWith('/api/evidence') ||
      request.url.startsWith('/api/rubric/import') ||
      request.url.startsWith('/api/org/preview') ||
      request.url.startsWith('/api/org/import');
    const typeOk =
      type.startsWith('application/json') || (upload && type.startsWith('multipart/form-data'));
    if (!typeOk) {
      return refuse(
        deps,
        request,
        reply,
        415,
        { zh: '请求格式不被接受', en: 'This request format is not accepted' },
        `Content-Type: ${type || '—'}`,
      );
    }
    if (request.headers[CSRF_HEADER] !== '1') {
      return refuse(
        deps,
        request,
        reply,
        403,
        {
          zh: '请求缺少安全标记，已拒绝',
          en: 'The request lacks its security header and was refused',
        },
        `${CSRF_HEADER}: ${String(request.headers[CSRF_HEADER] ?? '—')}`,
      );
    }
    const origin = request.headers.origin;
    const host = request.headers.host;
    const allowed =
      origin !== undefined &&
      (config.allowedOrigins.includes(origin) ||
        (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)));
    if (!allowed) {
      return refuse(
        deps,
        request,
        reply,
        403,
        {
          zh: '请求来源不被允许，已拒绝',
          en: 'The request origin is not allowed and was refused',
        },
        `Origin: ${origin ?? '—'}`,
      );
    }
  };
}
