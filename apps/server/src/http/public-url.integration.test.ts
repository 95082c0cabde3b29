/**
 * How the product is reached decides its edge (decision 012): https-only headers and
 * Secure cookies only when KAOHE_PUBLIC_URL is https, other Host headers refused when it
 * is set, and its origin allowed to write. The public address comes through loadConfig,
 * as at start, so the derived settings are the ones tested.
 */
import { describeEachEngine } from '@kaohe/db/testing';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createHarness, type Harness, TEST_PASSWORD, USERS } from '../testing/harness.ts';
import { HttpClient, sessionCookie } from '../testing/http.ts';
import { buildApp } from './app.ts';

describeEachEngine('HTTP: the public address', ({ db }) => {
  let h: Harness;
  const apps: FastifyInstance[] = [];

  async function appAt(publicUrl: string | undefined) {
    const { publicUrl: url, https, allowedOrigins } = loadConfig({ KAOHE_PUBLIC_URL: publicUrl });
    const app = await buildApp(
      { ...h.deps, config: { ...h.deps.config, publicUrl: url, https, allowedOrigins } },
      { webDist: null },
    );
    apps.push(app);
    return app;
  }

  /** A browser on that origin: its Host and Origin headers. */
  function browserAt(app: FastifyInstance, origin: string, remoteAddress = '10.1.0.1') {
    return new HttpClient(app, {
      remoteAddress,
      headers: { host: new URL(origin).host, origin },
    });
  }

  const get = (app: FastifyInstance, options: Omit<InjectOptions, 'method'>) =>
    app.inject({ method: 'GET', ...options });

  beforeAll(async () => {
    h = await createHarness(db());
  });

  afterAll(async () => {
    for (const a of apps) await a.close();
    await h.dispose();
  });

  describe('unset: any host over plain http', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await appAt(undefined);
    });

    it('asks for nothing https-only', async () => {
      const response = await get(app, {
        url: '/healthz',
        headers: { host: 'kaohe.intranet:3000' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-security-policy']).not.toContain(
        'upgrade-insecure-requests',
      );
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['strict-transport-security']).toBeUndefined();
      expect(response.headers['cross-origin-opener-policy']).toBeUndefined();
    });

    it('signs in on any host name, with a cookie that is HttpOnly, SameSite=Strict, not Secure', async () => {
      const client = browserAt(app, 'http://kaohe.intranet:3000');
      const result = await client.login(USERS.unitA, TEST_PASSWORD);
      expect(result.ok).toBe(true);
      const cookie = sessionCookie(result.response)!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
      expect(cookie.secure).toBeFalsy();
    });
  });

  describe('https://kaohe.example.org', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await appAt('https://kaohe.example.org');
    });

    it('sends HSTS and upgrade-insecure-requests', async () => {
      const response = await get(app, { url: '/healthz', headers: { host: 'kaohe.example.org' } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
      expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    });

    it('sets a Secure, HttpOnly, SameSite=Strict cookie', async () => {
      const result = await browserAt(app, 'https://kaohe.example.org').login(
        USERS.unitB,
        TEST_PASSWORD,
      );
      expect(result.ok).toBe(true);
      expect(sessionCookie(result.response)).toMatchObject({
        secure: true,
        httpOnly: true,
        sameSite: 'Strict',
      });
    });

    it('refuses another Host with 421 in the user’s language, and changes nothing', async () => {
      const sessions = async () =>
        (await h.db.selectFrom('sessions').select('id').execute()).length;
      const before = await sessions();
      // A rebinding page: its own name and origin, pointed at this server.
      const rebound = browserAt(app, 'http://attacker.example:8080');
      const login = await rebound.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        headers: { ...rebound.writeHeaders(), 'accept-language': 'zh-CN' },
        payload: JSON.stringify({ json: { username: USERS.unitA, password: TEST_PASSWORD } }),
      });
      expect(login.statusCode).toBe(421);
      expect(login.json()).toEqual({
        domainCode: 'FORBIDDEN',
        message: '此地址不是本系统的访问地址，请通过 https://kaohe.example.org 访问',
        text: {
          zh: '此地址不是本系统的访问地址，请通过 https://kaohe.example.org 访问',
          en: 'This is not the address of this system; open it at https://kaohe.example.org',
        },
        fieldErrors: null,
        details: null,
      });
      expect(sessionCookie(login)).toBeUndefined();
      expect(await sessions()).toBe(before);

      const page = await get(app, {
        url: '/',
        headers: { host: '10.0.0.7:3000', 'accept-language': 'en-US' },
      });
      expect(page.statusCode).toBe(421);
      expect(page.json().message).toBe(
        'This is not the address of this system; open it at https://kaohe.example.org',
      );
      // Still with the security headers.
      expect(page.headers['x-content-type-options']).toBe('nosniff');
    });

    it('compares the host name only, in any case; /healthz answers any host', async () => {
      for (const host of ['kaohe.example.org', 'KAOHE.Example.ORG', 'kaohe.example.org:8443']) {
        const me = await get(app, { url: '/trpc/auth.me', headers: { host } });
        expect(me.statusCode, host).toBe(200);
      }
      const health = await get(app, { url: '/healthz', headers: { host: '10.0.0.7:3000' } });
      expect(health.statusCode).toBe(200);
      expect(health.json()).toEqual({ status: 'ok' });
      const healthQuery = await get(app, { url: '/healthz?x=1', headers: { host: 'other' } });
      expect(healthQuery.statusCode).toBe(200);
    });

    it('believes X-Forwarded-Host only from a trusted proxy', async () => {
      const headers = { host: '127.0.0.1:3000', 'x-forwarded-host': 'kaohe.example.org' };
      const viaProxy = await get(app, {
        url: '/trpc/auth.me',
        headers,
        remoteAddress: '127.0.0.1',
      });
      expect(viaProxy.statusCode).toBe(200);
      const direct = await get(app, { url: '/trpc/auth.me', headers, remoteAddress: '10.2.0.1' });
      expect(direct.statusCode).toBe(421);
    });
  });

  describe('a proxy that drops the port from Host', () => {
    it('still lets the public origin write: it is an allowed origin', async () => {
      const app = await appAt('https://kaohe.example.org:8443');
      const client = new HttpClient(app, {
        remoteAddress: '10.3.0.1',
        headers: { host: 'kaohe.example.org', origin: 'https://kaohe.example.org:8443' },
      });
      const result = await client.login(USERS.chairman, TEST_PASSWORD);
      expect(result.ok).toBe(true);
      // Another origin on the right host is still refused by the CSRF check.
      const evil = new HttpClient(app, {
        remoteAddress: '10.3.0.2',
        headers: { host: 'kaohe.example.org', origin: 'https://evil.example' },
      });
      const other = await evil.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        headers: evil.writeHeaders(),
        payload: JSON.stringify({ json: { username: USERS.chairman, password: TEST_PASSWORD } }),
      });
      expect(other.statusCode).toBe(403);
      expect(other.json().text.en).toBe('The request origin is not allowed and was refused');
    });
  });

  describe('http://kaohe.intranet:3000', () => {
    it('answers only that host, over plain http: no https-only header, no Secure cookie', async () => {
      const app = await appAt('http://kaohe.intranet:3000');
      const result = await browserAt(app, 'http://kaohe.intranet:3000').login(
        USERS.unitA,
        TEST_PASSWORD,
      );
      expect(result.ok).toBe(true);
      expect(sessionCookie(result.response)!.secure).toBeFalsy();
      expect(result.response.headers['content-security-policy']).not.toContain(
        'upgrade-insecure-requests',
      );
      expect(result.response.headers['strict-transport-security']).toBeUndefined();
      const other = await get(app, { url: '/trpc/auth.me', headers: { host: 'localhost:3000' } });
      expect(other.statusCode).toBe(421);
    });
  });
});
