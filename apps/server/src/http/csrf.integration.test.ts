/**
 * CSRF refusals are recorded (issue 13): each kind of refused cross-site write adds one
 * security_event with code CSRF, the route, the address and the session it rode on, and
 * leaves the business tables as they were; a write from our own page records nothing.
 */
import { listSecurityEvents } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, fingerprint, type Harness, USERS } from '../testing/harness.ts';
import { HOST, type HttpClient, signedIn } from '../testing/http.ts';
import { buildApp } from './app.ts';
import { CSRF_REFUSED } from './csrf.ts';

describeEachEngine('CSRF refusals in security_event', ({ db }) => {
  let h: Harness;
  let app: FastifyInstance;
  let admin: HttpClient;

  beforeAll(async () => {
    h = await createHarness(db());
    app = await buildApp(h.deps, { webDist: null });
    admin = await signedIn(app, USERS.admin, '10.9.0.1');
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await h?.dispose();
  });

  const csrfEvents = () => listSecurityEvents(h.db, { code: CSRF_REFUSED, limit: 1000 });
  const json = JSON.stringify({ json: { id: 'csrf-probe', name: '跨站伪造' } });
  const cases: Array<[string, Record<string, string | undefined>, string, number, string]> = [
    [
      'an HTML form post',
      { 'content-type': 'application/x-www-form-urlencoded' },
      'id=csrf-probe',
      415,
      '请求格式不被接受（Content-Type: application/x-www-form-urlencoded）',
    ],
    [
      'JSON without the x-kaohe-csrf header',
      { 'x-kaohe-csrf': undefined },
      json,
      403,
      '请求缺少安全标记，已拒绝（x-kaohe-csrf: —）',
    ],
    [
      'JSON from a foreign Origin',
      { origin: 'http://evil.example' },
      json,
      403,
      '请求来源不被允许，已拒绝（Origin: http://evil.example）',
    ],
  ];

  for (const [what, headers, payload, status, reason] of cases) {
    it(`records ${what} with the victim's session, and changes nothing else`, async () => {
      const before = await fingerprint(h.db);
      const count = (await csrfEvents()).length;
      const response = await admin.post('/trpc/admin.saveUnitType?batch=1', payload, headers);
      expect(response.statusCode).toBe(status);
      expect(response.json()).toMatchObject({ domainCode: 'FORBIDDEN' });
      expect(await fingerprint(h.db)).toEqual(before);
      const events = await csrfEvents();
      expect(events).toHaveLength(count + 1);
      expect(events[0]).toMatchObject({
        actorUserId: USERS.admin,
        actorRole: 'admin',
        procedure: 'POST /trpc/admin.saveUnitType',
        targetId: null,
        code: CSRF_REFUSED,
        reason,
        ip: '10.9.0.1',
      });
    });
  }

  it('records a cross-site sign-in form with no session, and only admins read it', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { host: HOST, 'content-type': 'text/plain' },
      payload: `username=${USERS.admin}&password=guess`,
      remoteAddress: '10.9.0.2',
    });
    expect(response.statusCode).toBe(415);
    const [event] = await csrfEvents();
    expect(event).toMatchObject({
      actorUserId: null,
      procedure: 'POST /trpc/auth.login',
      ip: '10.9.0.2',
    });
    const listed = await h.as(USERS.admin).audit.securityEvents({ code: CSRF_REFUSED });
    expect(listed[0]).toMatchObject({ id: event!.id, procedure: 'POST /trpc/auth.login' });
  });

  it('records nothing for a write from our own page', async () => {
    const count = (await listSecurityEvents(h.db, { limit: 1000 })).length;
    expect((await admin.mutation('admin.saveUnitType', { id: 'csrf-ok', name: '本站' })).ok).toBe(
      true,
    );
    expect(await listSecurityEvents(h.db, { limit: 1000 })).toHaveLength(count);
  });
});
