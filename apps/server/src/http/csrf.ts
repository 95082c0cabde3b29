/**
 * CSRF: every write must be JSON (or, for the upload route, multipart), carry our custom
 * header and come from an allowed Origin. A cross-site form cannot set the header, and a
 * cross-site script cannot pass the Origin check, so neither can change anything.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { plainErrorBody } from '../errors.ts';
import { localeOf } from './context-adapter.ts';

export const CSRF_HEADER = 'x-kaohe-csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function refuse(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  zh: string,
  en: string,
) {
  const text = { zh, en };
  return reply.status(status).send(plainErrorBody(localeOf(request), 'FORBIDDEN', text));
}

export function csrfGuard(config: Config) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (SAFE.has(request.method)) return;
    const type = String(request.headers['content-type'] ?? '').toLowerCase();
    const upload =
      request.url.startsWith('/api/evidence') || request.url.startsWith('/api/rubric/import');
    const typeOk =
      type.startsWith('application/json') || (upload && type.startsWith('multipart/form-data'));
    if (!typeOk) {
      return refuse(request, reply, 415, '请求格式不被接受', 'This request format is not accepted');
    }
    if (request.headers[CSRF_HEADER] !== '1') {
      return refuse(
        request,
        reply,
        403,
        '请求缺少安全标记，已拒绝',
        'The request lacks its security header and was refused',
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
        request,
        reply,
        403,
        '请求来源不被允许，已拒绝',
        'The request origin is not allowed and was refused',
      );
    }
  };
}
