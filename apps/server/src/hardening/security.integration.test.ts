/**
 * Hardening (issue 8): denied attempts land in `security_event` (and nowhere else), the
 * server enforces "choose your own password" before anything else, a department acts only
 * on what it owns, and the security headers are on every kind of response.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listSecurityEvents } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../http/app.ts';
import { assessmentAt, RETURN_DEADLINE, RETURNED_ITEM } from '../testing/drive.ts';
import {
  createHarness,
  fingerprint,
  type Harness,
  outcome,
  UNITS,
  USERS,
} from '../testing/harness.ts';
import { HOST, HttpClient, multipartBody, signedIn } from '../testing/http.ts';

describeEachEngine('hardening', ({ db }) => {
  let h: Harness;
  let app: FastifyInstance;
  let inReview = '';

  beforeAll(async () => {
    h = await createHarness(db());
    inReview = await assessmentAt(h, 'review');
    const web = mkdtempSync(join(tmpdir(), 'kaohe-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>考核</title>');
    app = await buildApp(h.deps, { webDist: web });
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await h?.dispose();
  });

  describe('denied attempts are recorded in security_event', () => {
    it('a forbidden write leaves the business tables identical and adds one security_event', async () => {
      const before = await fingerprint(h.db);
      const eventsBefore = await listSecurityEvents(h.db, { limit: 1000 });
      const result = await outcome(
        h.as(USERS.unitB).assessment.saveSelfScore({
          assessmentId: h.assessments[UNITS.a.id]!,
          itemId: RETURNED_ITEM,
          inputs: {},
          explanation: '越权修改',
          expectedVersion: 1,
        }),
      );
      expect(result).toBe('FORBIDDEN');
      expect(await fingerprint(h.db)).toEqual(before);
      const events = await listSecurityEvents(h.db, { limit: 1000 });
      expect(events).toHaveLength(eventsBefore.length + 1);
      const [event] = events;
      expect(event).toMatchObject({
        actorUserId: USERS.unitB,
        actorRole: 'unit',
        procedure: 'assessment.saveSelfScore',
        targetId: `${h.assessments[UNITS.a.id]}/${RETURNED_ITEM}`,
        code: 'FORBIDDEN',
      });
      expect(event!.reason).toMatch(/[\u4e00-\u9fff]/);
      expect(event!.at.getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
    });

    it('records an anonymous call with its address, and only admins may read the list', async () => {
      const client = new HttpClient(app, { remoteAddress: '203.0.113.7' });
      const refused = await client.query('assessment.byId', { id: inReview });
      expect(refused.ok).toBe(false);
      const [event] = await listSecurityEvents(h.db, { limit: 1 });
      expect(event).toMatchObject({
        actorUserId: null,
        procedure: 'assessment.byId',
        targetId: inReview,
        code: 'UNAUTHENTICATED',
        ip: '203.0.113.7',
      });
      const listed = await h.as(USERS.admin).audit.securityEvents({ code: 'UNAUTHENTICATED' });
      expect(listed[0]).toMatchObject({ procedure: 'assessment.byId', ip: '203.0.113.7' });
      expect(await outcome(h.as(USERS.chairman).audit.securityEvents({}))).toBe('FORBIDDEN');
    });

    it('an allowed call and a refusal of another kind (a stale version) record nothing', async () => {
      const count = async () => (await listSecurityEvents(h.db, { limit: 1000 })).length;
      const n = await count();
      await h.as(USERS.unitA).assessment.byId({ id: h.assessments[UNITS.a.id]! });
      expect(
        await outcome(
          h.as(USERS.dept('legal')).review.completeUnit({
            assessmentId: inReview,
            expectedVersion: 1,
            command: { type: 'COMPLETE_REVIEW' },
          }),
        ),
      ).toBe('CONFLICT');
      expect(await count()).toBe(n);
    });
  });

  describe('a department acts only on what it owns: FORBIDDEN, not a workflow refusal', () => {
    const version = async (id: string) => (await h.as(USERS.admin).assessment.byId({ id })).version;

    it('returning an item another department owns', async () => {
      const before = await fingerprint(h.db);
      const result = await h
        .as(USERS.dept('finance'))
        .review.returnItems({
          assessmentId: inReview,
          expectedVersion: await version(inReview),
          command: {
            type: 'RETURN_ITEMS',
            itemIds: [RETURNED_ITEM],
            reason: '越权退回',
            deadline: RETURN_DEADLINE,
          },
        })
        .then(
          () => null,
          (e: { data?: unknown; message: string; domainCode?: string }) => e,
        );
      expect(result?.domainCode).toBe('FORBIDDEN');
      expect(result?.message).toContain('不负责第7项');
      expect(await fingerprint(h.db)).toEqual(before);
    });

    it('completing the review of a unit it does not review', async () => {
      expect(
        await outcome(
          h.as(USERS.logistics).review.completeUnit({
            assessmentId: inReview,
            expectedVersion: await version(inReview),
            command: { type: 'COMPLETE_REVIEW' },
          }),
        ),
      ).toBe('FORBIDDEN');
    });
  });

  describe('an account on the password the office gave it', () => {
    it('may only see who it is, sign out or change the password; the rest is PASSWORD_CHANGE_REQUIRED', async () => {
      const { password } = await h.as(USERS.admin).admin.createUser({
        username: 'fresh-unit-user',
        displayName: '新账号',
        role: 'unit',
        unitId: UNITS.a.id,
        password: 'first-password-2011',
      });
      const client = new HttpClient(app);
      expect((await client.login('fresh-unit-user', password)).ok).toBe(true);
      const me = await client.query<{ user: { mustChangePassword: boolean } }>('auth.me');
      expect(me.ok && me.data.user.mustChangePassword).toBe(true);

      for (const [path, input] of [
        ['todo.mine', undefined],
        ['assessment.byId', { id: h.assessments[UNITS.a.id] }],
      ] as const) {
        const refused = await client.query(path, input);
        expect(refused.ok, path).toBe(false);
        if (refused.ok) continue;
        expect(refused.status).toBe(403);
        expect(refused.error.data.domainCode).toBe('PASSWORD_CHANGE_REQUIRED');
        expect(refused.error.data.text.zh).toContain('修改初始密码');
        expect(refused.error.data.text.en).toContain('password');
      }
      const english = await client.query('todo.mine', undefined, { 'x-kaohe-lang': 'en' });
      expect(!english.ok && english.error.message).toBe(
        'Choose your own password before you go on',
      );
      const [event] = await listSecurityEvents(h.db, { limit: 1 });
      expect(event).toMatchObject({ procedure: 'todo.mine', code: 'PASSWORD_CHANGE_REQUIRED' });

      // The plain HTTP routes (evidence, exports, rubric files) hold the same line.
      const evidenceUrl = `/api/evidence/${h.assessments[UNITS.a.id]}/workers-home`;
      const evidence = await app.inject({
        method: 'GET',
        url: evidenceUrl,
        headers: { host: HOST, ...client.cookieHeader() },
      });
      expect(evidence.statusCode).toBe(403);
      expect(evidence.json().text.zh).toContain('修改初始密码');
      const [httpEvent] = await listSecurityEvents(h.db, { limit: 1 });
      expect(httpEvent).toMatchObject({
        procedure: 'GET /api/evidence/:assessmentId/:itemId',
        code: 'PASSWORD_CHANGE_REQUIRED',
        actorRole: 'unit',
      });

      const changed = await client.mutation('auth.changePassword', {
        currentPassword: password,
        newPassword: 'my-own-password-2011',
      });
      expect(changed.ok).toBe(true);
      expect((await client.query('todo.mine')).ok).toBe(true);
      const evidenceAfter = await app.inject({
        method: 'GET',
        url: evidenceUrl,
        headers: { host: HOST, ...client.cookieHeader() },
      });
      expect(evidenceAfter.statusCode).toBe(200);
      // Signing out stays possible (checked last: it ends the session).
      expect((await client.mutation('auth.logout')).ok).toBe(true);
    });
  });

  describe('security headers', () => {
    const expectHeaders = (response: LightMyRequestResponse, what: string) => {
      const csp = String(response.headers['content-security-policy'] ?? '');
      expect(csp, what).toContain("frame-ancestors 'none'");
      expect(csp, what).toContain("default-src 'self'");
      expect(response.headers['x-content-type-options'], what).toBe('nosniff');
      expect(response.headers['referrer-policy'], what).toBe('same-origin');
    };

    it('are on HTML, API, error and download responses', async () => {
      const html = await app.inject({ method: 'GET', url: '/', headers: { host: HOST } });
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toMatch(/text\/html/);
      expectHeaders(html, 'index.html');
      const route = await app.inject({
        method: 'GET',
        url: '/assessments/x',
        headers: { host: HOST },
      });
      expect(route.headers['content-type']).toMatch(/text\/html/);
      expectHeaders(route, 'a client-side route');

      const unit = await signedIn(app, USERS.unitA);
      const api = await unit.query('todo.mine');
      expect(api.ok).toBe(true);
      expectHeaders(api.response, 'API');
      const refused = await new HttpClient(app).query('todo.mine');
      expectHeaders(refused.response, 'API refusal');
      expectHeaders(await app.inject({ method: 'GET', url: '/healthz' }), 'healthz');

      const assessmentId = h.assessments[UNITS.a.id]!;
      const file = multipartBody({
        filename: '名录.txt',
        type: 'text/plain',
        content: Buffer.from('调解组织名录'),
      });
      const uploaded = await unit.inject({
        method: 'POST',
        url: `/api/evidence/${assessmentId}/${RETURNED_ITEM}`,
        headers: { ...unit.writeHeaders(), 'content-type': file.contentType },
        payload: file.body,
      });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      expectHeaders(uploaded, 'upload');
      const download = await unit.inject({
        method: 'GET',
        url: `/api/evidence/file/${(uploaded.json() as { id: string }).id}`,
        headers: { host: HOST, ...unit.cookieHeader() },
      });
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-disposition']).toMatch(/^attachment/);
      expectHeaders(download, 'download');
    });
  });
});
