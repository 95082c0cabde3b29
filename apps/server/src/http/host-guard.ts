/**
 * With KAOHE_PUBLIC_URL set, only requests for that host name are answered. A page on
 * another site whose name an attacker points at this server (DNS rebinding) would
 * otherwise be same-origin with it and could drive the API from a browser on the
 * intranet. The port is not compared: a proxy's `Host $host` drops it, and a rebinding
 * page cannot choose its host name to be ours.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { plainErrorBody } from '../errors.ts';
import { localeOf } from './context-adapter.ts';

/** Answers any Host: it says only "ok" or "unavailable", and load balancers ask by address. */
const ANY_HOST = new Set(['/healthz']);

export function hostGuard(config: Config) {
  const publicUrl = config.publicUrl;
  if (!publicUrl) return null;
  const expected = new URL(publicUrl).hostname.toLowerCase();
  return async (request: FastifyRequest, reply: FastifyReply) => {
    // Behind a trusted proxy Fastify reads X-Forwarded-Host; from anyone else, Host.
    if (request.hostname.toLowerCase() === expected) return;
    if (ANY_HOST.has(request.url.split('?')[0]!)) return;
    const text = {
      zh: `此地址不是本系统的访问地址，请通过 ${publicUrl} 访问`,
      en: `This is not the address of this system; open it at ${publicUrl}`,
    };
    // 421 Misdirected Request: this server does not answer for that host name.
    return reply.status(421).send(plainErrorBody(localeOf(request), 'FORBIDDEN', text));
  };
}
