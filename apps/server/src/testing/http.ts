/**
 * A small HTTP client over `app.inject` that speaks our tRPC wire format (superjson) and
 * keeps a session cookie, as a browser would. Requests carry what the web app sends: JSON,
 * the CSRF header and the site's own Origin; tests strip or change them to check refusals.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import superjson from 'superjson';
import { CSRF_HEADER } from '../http/csrf.ts';
import { SESSION_COOKIE } from '../services/auth-service.ts';

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

  async mutation<T = unknown>(
    path: string,
    input?: unknown,
    headers: Record<string, string | undefined> = {},
  ): Promise<TrpcResult<T>> {
    const merged = { ...this.writeHeaders(), ...headers };
    const response = await this.inject({
      method: 'POST',
      url: `/trpc/${path}`,
      headers: Object.fromEntries(
        Object.entries(merged).filter(([, v]) => v !== undefined),
      ) as Record<string, string>,
      payload: JSON.stringify(superjson.serialize(input)),
    });
    return parse<T>(response);
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
