/**
 * One Fastify process serves the API (/trpc), evidence files (/api/evidence), /healthz and
 * the built web app, on one port. Security at the edge: CSRF rules for every write,
 * security headers, no stack traces in production.
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { recordSecurityEvent } from '@kaohe/db';
import { isDomainError } from '@kaohe/domain';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { ZodError } from 'zod';
import type { AppDeps } from '../context.ts';
import { ERROR_TABLE, HTTP_STATUS, INTERNAL_TEXT, plainErrorBody } from '../errors.ts';
import { type AppRouter, appRouter } from '../routers/app.router.ts';
import { PASSWORD_CHANGE_REQUIRED } from '../trpc.ts';
import { contextFromRequest, localeOf } from './context-adapter.ts';
import { csrfGuard } from './csrf.ts';
import { evidenceRoutes } from './evidence-routes.ts';
import { exportRoutes } from './export-routes.ts';
import { hostGuard } from './host-guard.ts';
import { orgRoutes } from './org-routes.ts';
import { requestActor } from './request-actor.ts';
import { rubricRoutes } from './rubric-routes.ts';

export const WEB_DIST = new URL('../../../web/dist', import.meta.url).pathname;

export interface BuildAppOptions {
  /** Serve the built web app from this folder when it exists (default apps/web/dist). */
  webDist?: string | null;
  logger?: boolean;
}

export async function buildApp(
  deps: AppDeps,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // X-Forwarded-For only from a reverse proxy on this machine: trusted from anyone, a
    // client could name any address and escape the per-address sign-in throttle.
    // Only a known proxy may say who the client is (sign-in throttling counts per address).
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    // tRPC batches name every procedure in the path ("a,b,c…"); the default 100 gave 414s.
    routerOptions: { maxParamLength: 5000 },
    // Request ids in logs, not in responses.
    genReqId: () => crypto.randomUUID(),
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Over plain http (an intranet install) this would send every script to https:
        // a blank page. Only when the public address is https (decision 012).
        upgradeInsecureRequests: deps.config.https ? [] : null,
      },
    },
    strictTransportSecurity: deps.config.https,
    // Browsers ignore it on a plain-http origin other than localhost, and say so as an error.
    crossOriginOpenerPolicy: deps.config.https,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.uploadMaxBytes, files: 1, fields: 5, fieldSize: 1000 },
  });

  const host = hostGuard(deps.config);
  if (host) app.addHook('onRequest', host);
  app.addHook('onRequest', csrfGuard(deps));

  app.setErrorHandler(
    async (error: Error & { statusCode?: number; code?: string }, request, reply) => {
      const locale = localeOf(request);
      if (isDomainError(error)) {
        if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') {
          await recordRefusal(deps, request, error.code, error.text.zh, error.details);
        }
        const status = HTTP_STATUS[ERROR_TABLE[error.code]] ?? 400;
        return reply.status(status).send(plainErrorBody(locale, error.code, error.text));
      }
      if (error instanceof ZodError) {
        const text = { zh: '请求参数无效', en: 'Invalid request parameters' };
        return reply.status(400).send(plainErrorBody(locale, 'INVALID_INPUT', text));
      }
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
      if (status >= 500) request.log.error(error);
      const text =
        status === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE'
          ? { zh: '文件或请求过大', en: 'The file or request is too large' }
          : status >= 500
            ? INTERNAL_TEXT
            : { zh: '请求无效', en: 'Invalid request' };
      return reply
        .status(error.code === 'FST_REQ_FILE_TOO_LARGE' ? 413 : status)
        .send(plainErrorBody(locale, null, text));
    },
  );

  app.get('/healthz', async (_request, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
      return { status: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) => contextFromRequest(deps, req, res),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ path, err: error.cause ?? error });
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  await app.register(evidenceRoutes(deps), { prefix: '/api/evidence' });
  await app.register(rubricRoutes(deps), { prefix: '/api/rubric' });
  await app.register(exportRoutes(deps), { prefix: '/api/export' });
  await app.register(orgRoutes(deps), { prefix: '/api/org' });

  const webDist = options.webDist === undefined ? WEB_DIST : options.webDist;
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      // The build writes .br and .gz beside each file; the client's Accept-Encoding picks
      // one (Vary: Accept-Encoding is added), identity otherwise (decision 020).
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => reply.header('cache-control', cacheControlFor(webDist, path)),
    });
    // Client-side routes: any other GET that is not an API path gets the app.
    app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
      if (request.method === 'GET' && !/^\/(trpc|api|healthz)\b/.test(request.url)) {
        return reply.type('text/html').sendFile('index.html');
      }
      const locale = localeOf(request);
      const text = { zh: '找不到该地址', en: 'Not found' };
      return reply.status(404).send(plainErrorBody(locale, null, text));
    });
  }
  return app;
}

/**
 * Vite names every file under assets/ by a hash of its content: a new build makes new
 * names, so those may be kept for a year without asking again. Anything else (index.html,
 * which names the current hashes) is checked with the server on every use.
 */
export function cacheControlFor(webDist: string, path: string): string {
  return relative(webDist, path).startsWith(`assets${sep}`)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

/**
 * A refusal of who on a plain HTTP route (evidence, exports, rubric files) goes to
 * security_event like one from tRPC: the route and its ids, the actor if known. A failure
 * to record never changes the answer.
 */
async function recordRefusal(
  deps: AppDeps,
  request: FastifyRequest,
  code: string,
  reason: string,
  details: unknown,
) {
  const actor = requestActor(request);
  const params = Object.values((request.params ?? {}) as Record<string, unknown>).filter(
    (v): v is string => typeof v === 'string',
  );
  const passwordChange =
    typeof details === 'object' && details !== null && 'reason' in details
      ? details.reason === PASSWORD_CHANGE_REQUIRED
      : false;
  try {
    await recordSecurityEvent(deps.db, {
      at: deps.now(),
      actorUserId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      procedure: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
      targetId: params.length > 0 ? params.join('/') : null,
      code: passwordChange ? PASSWORD_CHANGE_REQUIRED : code,
      reason,
      ip: request.ip ?? null,
    });
  } catch (e) {
    console.error('could not record a security event', e);
  }
}
