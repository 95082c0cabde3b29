/**
 * A small HTTP client over `app.inject` that speaks our tRPC wire format (superjson) and
 * keeps a session cookie, as a browser would. Requests carry what the web app sends: JSON,
 * the CSRF header and the site's own Origin; tests strip or change them to check refusals.
 */
import { randomBytes } from 'node:crypto';
import { CSRF_HEADER } from '@kaohe/domain/http';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import superjson from 'superjson';
import { SESSION_COOKIE } from '../services/auth-service.ts';
import { TEST_PASSWORD, USERS } from './harness.ts';

export const HOST = 'kaohe.test';
export const ORIGIN = `http://${HOST}`;

export interface TrpcErrorBody {
  message: string;
  code: number;
  data: {
    code: string;
    httpStatus: number;
    path?: string;
    domainCode: string | null;
    text: { zh: string; en: string };
    details: unknown;
    fieldErrors: Record<string, string[]> | null;
    stack?: string;
  };
}

export type TrpcResult<T = unknown> =
  | { ok: true; status: number; data: T; response: LightMyRequestResponse }
  | { ok: false; status: number; error: TrpcErrorBody; response: LightMyRequestResponse };

export interface ClientOptions {
  /** The peer address of the connection (default 127.0.0.1). */
  remoteAddress?: string;
  headers?: Record<string, string>;
}

export class HttpClient {
  /** The session cookie's value, as the browser holds it. */
  token: string | null = null;

  constructor(
    readonly app: FastifyInstance,
    readonly options: ClientOptions = {},
  ) {}

  /** The headers a browser on our own page sends with a write. */
  writeHeaders(): Record<string, string> {
    return {
      host: HOST,
      origin: ORIGIN,
      'content-type': 'application/json',
      [CSRF_HEADER]: '1',
      ...this.cookieHeader(),
      ...this.options.headers,
    };
  }

  cookieHeader(): Record<string, string> {
    return this.token ? { cookie: `${SESSION_COOKIE}=${this.token}` } : {};
  }

  async inject(options: InjectOptions): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      remoteAddress: this.options.remoteAddress,
      ...options,
    });
    const cookie = sessionCookie(response);
    if (cookie) this.token = cookie.value === '' ? null : cookie.value;
    return response;
  }

  /** A write from our own page, with `headers` changed or taken away (undefined). */
  post(
    url: string,
    payload: string,
    headers: Record<string, string | undefined> = {},
  ): Promise<LightMyRequestResponse> {
    return this.inject({
      method: 'POST',
      url,
      headers: present({ ...this.writeHeaders(), ...headers }),
      payload,
    });
  }

  async mutation<T = unknown>(
    path: string,
    input?: unknown,
    headers: Record<string, string | undefined> = {},
  ): Promise<TrpcResult<T>> {
    return parse<T>(
      await this.post(`/trpc/${path}`, JSON.stringify(superjson.serialize(input)), headers),
    );
  }

  async query<T = unknown>(
    path: string,
    input?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TrpcResult<T>> {
    const query =
      input === undefined
        ? ''
        : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
    const response = await this.inject({
      method: 'GET',
      url: `/trpc/${path}${query}`,
      headers: { host: HOST, ...this.cookieHeader(), ...this.options.headers, ...headers },
    });
    return parse<T>(response);
  }

  async login(username: string, password: string) {
    return this.mutation<{ user: { id: string } }>('auth.login', { username, password });
  }
}

/** The headers that have a value (a test takes one away by setting it undefined). */
function present(headers: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}

/**
 * A file upload as the web app posts it from our own page: host, Origin, the CSRF header and
 * the client's session (none without a client), straight to the app; `headers` change or take
 * away (undefined) any of them.
 */
export function uploadFile(
  app: FastifyInstance,
  client: HttpClient | null,
  url: string,
  file: { filename: string; type: string; content: Buffer },
  headers: Record<string, string | undefined> = {},
): Promise<LightMyRequestResponse> {
  const { body, contentType } = multipartBody(file);
  return app.inject({
    method: 'POST',
    url,
    headers: present({
      host: HOST,
      origin: ORIGIN,
      [CSRF_HEADER]: '1',
      ...(client?.cookieHeader() ?? {}),
      'content-type': contentType,
      ...headers,
    }),
    payload: body,
  });
}

/** A client (from `remoteAddress`, by default the inject default), signed in as `username` with the test password. */
export async function signedIn(
  app: FastifyInstance,
  username: string,
  remoteAddress?: string,
): Promise<HttpClient> {
  const client = new HttpClient(app, { remoteAddress });
  const result = await client.login(username, TEST_PASSWORD);
  if (!result.ok) throw new Error(`cannot sign in as ${username}`);
  return client;
}

/** The users the HTTP tests sign in, by the key a test names its client with. */
export const CAST = {
  unitA: USERS.unitA,
  unitB: USERS.unitB,
  legal: USERS.dept('legal'),
  finance: USERS.dept('finance'),
  chairman: USERS.chairman,
  admin: USERS.admin,
};

/** A signed-in client for each of `keys` of the cast, from one address. */
export async function signedInCast(
  app: FastifyInstance,
  remoteAddress: string,
  keys: Array<keyof typeof CAST> = Object.keys(CAST) as Array<keyof typeof CAST>,
): Promise<Record<string, HttpClient>> {
  const clients: Record<string, HttpClient> = {};
  for (const key of keys) clients[key] = await signedIn(app, CAST[key], remoteAddress);
  return clients;
}

export function sessionCookie(response: LightMyRequestResponse) {
  const all = response.cookies.filter((c) => c.name === SESSION_COOKIE);
  if (all.length > 1) throw new Error(`${all.length} session cookies in one response`);
  return all[0];
}

export function parse<T>(response: LightMyRequestResponse): TrpcResult<T> {
  const body = response.json() as {
    result?: { data: { json: unknown; meta?: unknown } };
    error?: { json: unknown; meta?: unknown };
  };
  if (body.result) {
    return {
      ok: true,
      status: response.statusCode,
      data: superjson.deserialize(body.result.data as never) as T,
      response,
    };
  }
  if (body.error) {
    return {
      ok: false,
      status: response.statusCode,
      error: superjson.deserialize(body.error as never) as TrpcErrorBody,
      response,
    };
  }
  throw new Error(`not a tRPC response: ${response.body}`);
}

/** A multipart/form-data body with one file, built by hand as a browser would send it. */
export function multipartBody(file: { filename: string; type: string; content: Buffer }) {
  const boundary = `----kaohe${randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      'utf8',
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
