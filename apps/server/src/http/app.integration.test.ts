/**
 * The HTTP edge: the session cookie and its lifetime, sign-in throttling, CSRF refusals,
 * /healthz, and what an error may carry. Through `app.inject`, with the wire format the
 * web app uses (testing/http.ts) and a clock the tests move.
 */
import { createHash } from 'node:crypto';
import { describeEachEngine } from '@kaohe/db/testing';
import { SESSION_HINT_COOKIE } from '@kaohe/domain/http';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../config.ts';
import type { AppDeps } from '../context.ts';
import { INTERNAL_TEXT } from '../errors.ts';
import type { EvidenceStore } from '../services/evidence-store.ts';
import {
  createHarness,
  fingerprint,
  type Harness,
  MINUTE,
  TEST_PASSWORD,
  TestClock,
  UNITS,
  USERS,
} from '../testing/harness.ts';
import { HOST, HttpClient, multipartBody, sessionCookie } from '../testing/http.ts';
import { buildApp } from './app.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describeEachEngine('HTTP: sessions, throttling, CSRF, errors', ({ db }) => {
  let h: Harness;
  let app: FastifyInstance;
  const apps: FastifyInstance[] = [];

  /** Another app on the same database, with its own clock and configuration. */
  async function appWith(config: Partial<Config> = {}, deps: Partial<AppDeps> = {}) {
    const clock = new TestClock();
    const built = await buildApp(
      { ...h.deps, now: clock.now, ...deps, config: { ...h.deps.config, ...config } },
      { webDist: null },
    );
    apps.push(built);
    return { app: built, clock };
  }

  beforeAll(async () => {
    h = await createHarness(db());
    app = await buildApp(h.deps, { webDist: null });
    apps.push(app);
  });

  afterAll(async () => {
    for (const a of apps) await a.close();
    await h.dispose();
  });

  it('/healthz answers', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  describe('the session cookie', () => {
    it('sign-in sets an HttpOnly, SameSite=Strict cookie whose sha-256 alone is stored', async () => {
      const client = new HttpClient(app, { remoteAddress: '10.0.0.1' });
      const result = await client.login(USERS.unitA, TEST_PASSWORD);
      expect(result.ok).toBe(true);
      const cookie = sessionCookie(result.response)!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(cookie.secure).toBeFalsy();
      expect(cookie.value.length).toBeGreaterThanOrEqual(40);
      const expires = cookie.expires!.getTime() - h.clock.now().getTime();
      expect(expires).toBeGreaterThan(29 * MINUTE);
      expect(expires).toBeLessThanOrEqual(30 * MINUTE);
      const rows = await h.db
        .selectFrom('sessions')
        .select('id')
        .where('userId', '=', USERS.unitA)
        .execute();
      expect(rows.map((r) => r.id)).toContain(sha256(cookie.value));
      expect(rows.map((r) => r.id)).not.toContain(cookie.value);
      const me = await client.query<{ user: { id: string } }>('auth.me');
      expect(me.ok && me.data.user.id).toBe(USERS.unitA);
    });

    it('is Secure when the product is served over https', async () => {
      const { app: secure } = await appWith({ https: true });
      const result = await new HttpClient(secure).login(USERS.unitB, TEST_PASSWORD);
      expect(sessionCookie(result.response)!.secure).toBe(true);
    });

    it('every sign-in gets a new session id, even when the browser still holds one', async () => {
      const client = new HttpClient(app, { remoteAddress: '10.0.0.2' });
      await client.login(USERS.unitA, TEST_PASSWORD);
      const first = client.token!;
      const again = await client.login(USERS.unitA, TEST_PASSWORD);
      expect(again.ok).toBe(true);
      const second = sessionCookie(again.response)!.value;
      expect(second).not.toBe(first);
      expect(client.token).toBe(second);
      const other = await new HttpClient(app, { remoteAddress: '10.0.0.2' }).login(
        USERS.unitA,
        TEST_PASSWORD,
      );
      expect(sessionCookie(other.response)!.value).not.toBe(second);
    });

    it('sign-out revokes the session: the old cookie no longer works', async () => {
      const client = new HttpClient(app, { remoteAddress: '10.0.0.3' });
      await client.login(USERS.chairman, TEST_PASSWORD);
      const token = client.token!;
      const out = await client.mutation('auth.logout');
      expect(out.ok).toBe(true);
      const cleared = sessionCookie(out.response)!;
      expect(cleared.value).toBe('');
      expect(cleared.expires!.getTime()).toBeLessThan(Date.now());
      const row = await h.db
        .selectFrom('sessions')
        .select('revokedAt')
        .where('id', '=', sha256(token))
        .executeTakeFirstOrThrow();
      expect(row.revokedAt).not.toBeNull();

      // A copy of the old cookie, replayed.
      const replay = new HttpClient(app, { remoteAddress: '10.0.0.3' });
      replay.token = token;
      const me = await replay.query<{ user: unknown }>('auth.me');
      expect(me.ok && me.data.user).toBeNull();
      const todo = await replay.query('todo.mine');
      expect(todo.ok).toBe(false);
      expect(!todo.ok && todo.status).toBe(401);
      expect(!todo.ok && todo.error.data.domainCode).toBe('UNAUTHENTICATED');
    });

    it('ends after the idle timeout; every request slides it', async () => {
      const { app: timed, clock } = await appWith({ sessionIdleMs: 30 * MINUTE });
      const client = new HttpClient(timed, { remoteAddress: '10.0.0.4' });
      await client.login(USERS.unitB, TEST_PASSWORD);
      clock.advance(29 * MINUTE);
      const first = await client.query<{ user: unknown }>('auth.me');
      expect(first.ok && first.data.user).not.toBeNull();
      // The cookie follows the sliding expiry.
      const slid = sessionCookie(first.response)!.expires!.getTime();
      expect(slid - clock.now().getTime()).toBeGreaterThan(29 * MINUTE);
      clock.advance(29 * MINUTE);
      const second = await client.query<{ user: unknown }>('auth.me');
      expect(second.ok && second.data.user).not.toBeNull();
      clock.advance(31 * MINUTE);
      const third = await client.query<{ user: unknown }>('auth.me');
      expect(third.ok && third.data.user).toBeNull();
      expect(sessionCookie(third.response)?.value).toBe('');
    });

    it('goes with a page-readable hint that grants nothing, set and cleared with it', async () => {
      const { app: timed, clock } = await appWith({ sessionIdleMs: 30 * MINUTE });
      const hint = (r: { cookies: Array<{ name: string }> }) =>
        r.cookies.find((c) => c.name === SESSION_HINT_COOKIE) as
          | { value: string; httpOnly?: boolean; sameSite?: string; expires?: Date }
          | undefined;
      const client = new HttpClient(timed, { remoteAddress: '10.0.0.6' });
      const login = await client.login(USERS.unitB, TEST_PASSWORD);
      const session = sessionCookie(login.response)!;
      expect(hint(login.response)).toMatchObject({ value: 'unit', sameSite: 'Strict', path: '/' });
      expect(hint(login.response)!.httpOnly).toBeFalsy();
      expect(hint(login.response)!.expires).toEqual(session.expires);
      // It slides with the session…
      clock.advance(20 * MINUTE);
      const me = await client.query('auth.me');
      expect(hint(me.response)!.expires).toEqual(sessionCookie(me.response)!.expires);
      // …grants nothing by itself…
      const alone = await timed.inject({
        method: 'GET',
        url: '/trpc/todo.mine',
        headers: { host: HOST, cookie: `${SESSION_HINT_COOKIE}=admin` },
      });
      expect(alone.statusCode).toBe(401);
      expect(hint(alone)?.value).toBe('');
      // …and ends with it: at sign-out, and when the session has run out.
      const out = await client.mutation('auth.logout');
      expect(hint(out.response)?.value).toBe('');
      await client.login(USERS.unitB, TEST_PASSWORD);
      clock.advance(31 * MINUTE);
      const expired = await client.query<{ user: unknown }>('auth.me');
      expect(expired.ok && expired.data.user).toBeNull();
      expect(hint(expired.response)?.value).toBe('');
    });

    it('ends at the absolute timeout however active the user is', async () => {
      const { app: timed, clock } = await appWith({
        sessionIdleMs: 30 * MINUTE,
        sessionAbsoluteMs: 60 * MINUTE,
      });
      const client = new HttpClient(timed, { remoteAddress: '10.0.0.5' });
      await client.login(USERS.unitB, TEST_PASSWORD);
      for (let i = 0; i < 2; i++) {
        clock.advance(20 * MINUTE);
        const me = await client.query<{ user: unknown }>('auth.me');
        expect(me.ok && me.data.user, `after ${20 * (i + 1)} minutes`).not.toBeNull();
      }
      // At 40 minutes the sliding expiry stops at the absolute limit, 60 minutes after sign-in.
      clock.advance(15 * MINUTE);
      const last = await client.query<{ user: unknown }>('auth.me');
      expect(last.ok && last.data.user).not.toBeNull();
      const capped = sessionCookie(last.response)!.expires!.getTime();
      expect(capped - clock.now().getTime()).toBeLessThanOrEqual(6 * MINUTE);
      clock.advance(6 * MINUTE);
      const after = await client.query<{ user: unknown }>('auth.me');
      expect(after.ok && after.data.user).toBeNull();
    });
  });

  describe('sign-in throttling', () => {
    it('refuses an account after 5 failures in 15 minutes, even with the right password', async () => {
      const { app: throttled, clock } = await appWith();
      const attacker = new HttpClient(throttled, { remoteAddress: '192.0.2.10' });
      for (let i = 0; i < 5; i++) {
        const wrong = await attacker.login(USERS.dept('org'), `wrong-password-${i}`);
        expect(!wrong.ok && wrong.status).toBe(401);
        expect(!wrong.ok && wrong.error.message).toBe('用户名或密码错误');
      }
      // The account is closed from any address, to the right password too.
      const owner = new HttpClient(throttled, { remoteAddress: '192.0.2.11' });
      const refused = await owner.login(USERS.dept('org'), TEST_PASSWORD);
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.status).toBe(429);
      expect(!refused.ok && refused.error.data.code).toBe('TOO_MANY_REQUESTS');
      expect(!refused.ok && refused.error.data.domainCode).toBe('RATE_LIMITED');
      expect(!refused.ok && refused.error.message).toBe('登录失败次数过多，请15分钟后再试');
      expect(sessionCookie(refused.response)).toBeUndefined();
      // Usernames are matched as at sign-in: case does not open a second counter.
      const upper = await owner.login(USERS.dept('org').toUpperCase(), TEST_PASSWORD);
      expect(!upper.ok && upper.status).toBe(429);
      // Another account from the attacker's address is not affected by 5 failures.
      expect((await attacker.login(USERS.dept('women'), TEST_PASSWORD)).ok).toBe(true);
      // 15 minutes later the window has passed.
      clock.advance(16 * MINUTE);
      expect((await owner.login(USERS.dept('org'), TEST_PASSWORD)).ok).toBe(true);
    });

    it('refuses an address after 30 failures in 15 minutes, whatever the account', async () => {
      const { app: throttled } = await appWith();
      const spray = new HttpClient(throttled, { remoteAddress: '198.51.100.7' });
      for (let i = 0; i < 30; i++) {
        const wrong = await spray.login(`ghost-${i}`, 'not-the-password');
        expect(!wrong.ok && wrong.status, `attempt ${i + 1}`).toBe(401);
      }
      const refused = await spray.login(USERS.dept('finance'), TEST_PASSWORD);
      expect(!refused.ok && refused.status).toBe(429);
      expect(!refused.ok && refused.error.message).toBe('登录失败次数过多，请15分钟后再试');
      // The account itself is fine from elsewhere.
      const elsewhere = new HttpClient(throttled, { remoteAddress: '198.51.100.8' });
      expect((await elsewhere.login(USERS.dept('finance'), TEST_PASSWORD)).ok).toBe(true);
    });

    it('a client cannot escape the address limit with a forged X-Forwarded-For', async () => {
      const { app: throttled } = await appWith();
      for (let i = 0; i < 30; i++) {
        const forged = new HttpClient(throttled, {
          remoteAddress: '203.0.113.9',
          headers: { 'x-forwarded-for': `172.16.${i}.1` },
        });
        await forged.login(`ghost-forged-${i}`, 'not-the-password');
      }
      const next = new HttpClient(throttled, {
        remoteAddress: '203.0.113.9',
        headers: { 'x-forwarded-for': '172.16.99.1' },
      });
      const refused = await next.login(USERS.dept('security'), TEST_PASSWORD);
      expect(!refused.ok && refused.status).toBe(429);
    });

    it('behind a reverse proxy on this machine, the client’s own address counts', async () => {
      const { app: proxied } = await appWith();
      const client = new HttpClient(proxied, {
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': '192.0.2.77' },
      });
      const result = await client.login(USERS.dept('economic'), TEST_PASSWORD);
      expect(result.ok).toBe(true);
      const session = await h.db
        .selectFrom('sessions')
        .select('ip')
        .where('id', '=', sha256(client.token!))
        .executeTakeFirstOrThrow();
      expect(session.ip).toBe('192.0.2.77');
    });
  });

  describe('CSRF: writes need JSON, the custom header and an allowed Origin', () => {
    let admin: HttpClient;
    beforeAll(async () => {
      admin = new HttpClient(app, { remoteAddress: '10.0.1.1' });
      expect((await admin.login(USERS.admin, TEST_PASSWORD)).ok).toBe(true);
    });

    const input = { id: 'csrf-type', name: '跨站伪造' };
    const json = JSON.stringify({ json: input });
    const refusals: Array<[string, () => Record<string, string | undefined>, string, number]> = [
      [
        'an HTML form post',
        () => ({ 'content-type': 'application/x-www-form-urlencoded' }),
        'id=csrf-type&name=x',
        415,
      ],
      [
        'a multipart form post',
        () => ({ 'content-type': 'multipart/form-data; boundary=x' }),
        '--x--',
        415,
      ],
      ['a text/plain post', () => ({ 'content-type': 'text/plain' }), json, 415],
      ['JSON without the x-kaohe-csrf header', () => ({ 'x-kaohe-csrf': undefined }), json, 403],
      ['JSON from a foreign Origin', () => ({ origin: 'http://evil.example' }), json, 403],
      [
        'JSON from a look-alike Origin',
        () => ({ origin: `http://${HOST}.evil.example` }),
        json,
        403,
      ],
      ['JSON without an Origin', () => ({ origin: undefined }), json, 403],
    ];

    for (const [what, headers, payload, status] of refusals) {
      it(`refuses ${what}, and changes nothing`, async () => {
        const before = await fingerprint(h.db);
        const response = await admin.post('/trpc/admin.saveUnitType', payload, headers());
        expect(response.statusCode).toBe(status);
        expect(response.json()).toMatchObject({ domainCode: 'FORBIDDEN' });
        expect(await fingerprint(h.db)).toEqual(before);
      });
    }

    it('refuses a sign-in posted by a cross-site form (login CSRF)', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        headers: { host: HOST, 'content-type': 'application/x-www-form-urlencoded' },
        payload: `username=${USERS.admin}&password=${TEST_PASSWORD}`,
        remoteAddress: '10.0.1.2',
      });
      expect(response.statusCode).toBe(415);
      expect(sessionCookie(response)).toBeUndefined();
    });

    it('refuses a mutation sent as GET, and changes nothing', async () => {
      const before = await fingerprint(h.db);
      const response = await admin.query('admin.saveUnitType', input);
      expect(response.ok).toBe(false);
      expect(response.status).toBe(405);
      expect(await fingerprint(h.db)).toEqual(before);
    });

    it('accepts the same write from our own page, and from a configured origin', async () => {
      const ok = await admin.mutation('admin.saveUnitType', input);
      expect(ok.ok).toBe(true);
      expect(
        await h.db
          .selectFrom('unitTypes')
          .select('name')
          .where('id', '=', 'csrf-type')
          .executeTakeFirst(),
      ).toEqual({ name: '跨站伪造' });

      const { app: allowed } = await appWith({ allowedOrigins: ['https://kaohe.example.org'] });
      const client = new HttpClient(allowed, { remoteAddress: '10.0.1.3' });
      client.token = admin.token;
      const fromConfigured = await client.mutation(
        'admin.saveUnitType',
        { id: 'csrf-type-2', name: '配置的来源' },
        { origin: 'https://kaohe.example.org' },
      );
      expect(fromConfigured.ok).toBe(true);
    });
  });

  describe('errors', () => {
    it('carry zod field errors in the user’s language', async () => {
      const admin = new HttpClient(app, { remoteAddress: '10.0.2.1' });
      await admin.login(USERS.admin, TEST_PASSWORD);
      const input = { username: 'new-unit-user', displayName: '新用户', role: 'unit' };
      const zh = await admin.mutation('admin.createUser', input);
      expect(!zh.ok && zh.status).toBe(400);
      expect(!zh.ok && zh.error.data.domainCode).toBe('INVALID_INPUT');
      expect(!zh.ok && zh.error.data.fieldErrors).toEqual({ unitId: ['单位用户须指定单位'] });
      expect(!zh.ok && zh.error.message).toBe('输入有误：unitId：单位用户须指定单位');
      const en = await admin.mutation('admin.createUser', input, { 'x-kaohe-lang': 'en' });
      expect(!en.ok && en.error.data.fieldErrors).toEqual({ unitId: ['a unit user needs a unit'] });
      expect(!en.ok && en.error.message).toBe('Invalid input: unitId: a unit user needs a unit');
    });

    it('carry a conflict’s current value', async () => {
      const admin = new HttpClient(app, { remoteAddress: '10.0.2.2' });
      await admin.login(USERS.admin, TEST_PASSWORD);
      const cycle = await admin.query<Array<{ id: string; version: number }>>('cycle.list');
      const current = cycle.ok ? cycle.data.find((c) => c.id === h.cycleId)! : null;
      const stale = await admin.mutation('cycle.setDeadlines', {
        cycleId: h.cycleId,
        deadlines: { bonus: '2011-12-26' },
        expectedVersion: current!.version + 5,
      });
      expect(!stale.ok && stale.status).toBe(409);
      expect(!stale.ok && stale.error.data.domainCode).toBe('CONFLICT');
      expect(!stale.ok && stale.error.data.details).toMatchObject({
        current: { id: h.cycleId, version: current!.version },
      });
    });

    const leak = new Error(
      'relation "secret_table" does not exist: select password_hash from users where id = $1 (at /srv/kaohe/apps/server/src/services/auth-service.ts:42:7)',
    );
    const leaky = () => {
      throw leak;
    };

    it('in production, an internal error carries no stack, SQL or path', async () => {
      const { app: production } = await appWith({ env: 'production' }, { now: leaky });
      const response = await new HttpClient(production).login(USERS.admin, TEST_PASSWORD);
      expect(response.status).toBe(500);
      expect(!response.ok && response.error.message).toBe(INTERNAL_TEXT.zh);
      expect(!response.ok && response.error.data.text).toEqual(INTERNAL_TEXT);
      expect(!response.ok && 'stack' in response.error.data).toBe(false);
      const body = response.response.body;
      for (const secret of ['secret_table', 'select', 'password_hash', '/srv/', '.ts', 'at ']) {
        expect(body).not.toContain(secret);
      }
    });

    it('in production, an internal error of the upload route carries no path either', async () => {
      const failing: EvidenceStore = {
        save: async (stream) => {
          stream.resume();
          throw new Error("EACCES: permission denied, open '/srv/kaohe/data/evidence/1f2e.part'");
        },
        open: () => {
          throw new Error('not used');
        },
        remove: async () => {},
        files: async () => [],
        has: async () => false,
        put: async () => {},
        where: 'folder /srv/kaohe/data/evidence',
      };
      const { app: production } = await appWith({ env: 'production' }, { evidence: failing });
      const unit = new HttpClient(production, { remoteAddress: '10.0.2.3' });
      expect((await unit.login(USERS.unitA, TEST_PASSWORD)).ok).toBe(true);
      const { body, contentType } = multipartBody({
        filename: 'a.pdf',
        type: 'application/pdf',
        content: Buffer.from('%PDF-1.4'),
      });
      const response = await unit.inject({
        method: 'POST',
        url: `/api/evidence/${h.assessments[UNITS.a.id]}/dispute-mediation`,
        headers: { ...unit.writeHeaders(), 'content-type': contentType },
        payload: body,
      });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({
        message: INTERNAL_TEXT.zh,
        domainCode: null,
        text: INTERNAL_TEXT,
        fieldErrors: null,
        details: null,
      });
      expect(await h.db.selectFrom('evidence').select('id').execute()).toEqual([]);
    });

    it('outside production the same error shows its stack to the developer', async () => {
      const { app: development } = await appWith({ env: 'development' }, { now: leaky });
      const response = await new HttpClient(development).login(USERS.admin, TEST_PASSWORD);
      expect(response.status).toBe(500);
      expect(!response.ok && response.error.data.stack).toContain('secret_table');
    });
  });
});
