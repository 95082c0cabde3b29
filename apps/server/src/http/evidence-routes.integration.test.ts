/**
 * 佐证材料 over HTTP: multipart upload with size and type limits and a sha-256 checksum,
 * stored under the data folder by id; listed and downloaded under the assessment's own
 * rules (another unit, a department that does not review the item, or anyone before
 * the unit submits: refused); no upload once the self-assessment is submitted, and none
 * after approval (LOCKED).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSecurityEvents } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentAt, RETURNED_ITEM, selfScoreAll, version } from '../testing/drive.ts';
import { createHarness, fingerprint, type Harness, UNITS, USERS } from '../testing/harness.ts';
import { HOST, type HttpClient, signedInCast, uploadFile } from '../testing/http.ts';
import { buildApp } from './app.ts';
import type { EvidenceView } from './evidence-routes.ts';

const MAX_BYTES = 2048;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const PDF = Buffer.from(`%PDF-1.4\n% 调解组织名录\n${'1 0 obj << >> endobj\n'.repeat(20)}%%EOF\n`);

describeEachEngine('HTTP: evidence', ({ db }) => {
  let h: Harness;
  let app: FastifyInstance;
  let clients: Record<string, HttpClient>;
  /** Unit a's assessment of the harness cycle: self-scoring, later submitted. */
  let assessmentId: string;
  let uploaded: EvidenceView;

  const evidenceFolder = () => join(h.deps.config.dataDir, 'evidence');
  const storedFiles = () => (existsSync(evidenceFolder()) ? readdirSync(evidenceFolder()) : []);

  function upload(
    client: HttpClient | null,
    target: { assessmentId: string; itemId: string },
    file: { filename: string; type: string; content: Buffer },
    headers: Record<string, string | undefined> = {},
  ): Promise<LightMyRequestResponse> {
    const url = `/api/evidence/${target.assessmentId}/${target.itemId}`;
    return uploadFile(app, client, url, file, headers);
  }

  const list = (client: HttpClient | null, target: { assessmentId: string; itemId: string }) =>
    app.inject({
      method: 'GET',
      url: `/api/evidence/${target.assessmentId}/${target.itemId}`,
      headers: { host: HOST, ...(client?.cookieHeader() ?? {}) },
    });

  const download = (client: HttpClient | null, id: string) =>
    app.inject({
      method: 'GET',
      url: `/api/evidence/file/${id}`,
      headers: { host: HOST, ...(client?.cookieHeader() ?? {}) },
    });

  const remove = (client: HttpClient, id: string) =>
    app.inject({
      method: 'POST',
      url: `/api/evidence/file/${id}/delete`,
      headers: client.writeHeaders(),
      payload: '{}',
    });

  beforeAll(async () => {
    h = await createHarness(db(), { config: { uploadMaxBytes: MAX_BYTES } });
    app = await buildApp(h.deps, { webDist: null });
    assessmentId = h.assessments[UNITS.a.id]!;
    clients = await signedInCast(app, '10.1.0.1', [
      'unitA',
      'unitB',
      'legal',
      'finance',
      'chairman',
    ]);
  });

  afterAll(async () => {
    await app.close();
    await h.dispose();
  });

  const item7 = () => ({ assessmentId, itemId: RETURNED_ITEM });
  /** security_event rows added since there were `count`, newest first. */
  const eventsSince = async (count: number) => {
    const all = await listSecurityEvents(h.db, { limit: 1000 });
    return all.slice(0, all.length - count);
  };

  describe('while the unit self-scores', () => {
    it('the unit uploads a PDF: 201, its sha-256 and size recorded, stored by id', async () => {
      const response = await upload(clients.unitA!, item7(), {
        filename: '调解组织名录.pdf',
        type: 'application/pdf',
        content: PDF,
      });
      expect(response.statusCode).toBe(201);
      uploaded = response.json();
      expect(uploaded).toMatchObject({
        itemId: RETURNED_ITEM,
        fileName: '调解组织名录.pdf',
        mimeType: 'application/pdf',
        sizeBytes: PDF.length,
        sha256: sha256(PDF),
        uploadedBy: USERS.unitA,
      });
      const row = await h.db
        .selectFrom('evidence')
        .selectAll()
        .where('id', '=', uploaded.id)
        .executeTakeFirstOrThrow();
      expect(row.sha256).toBe(sha256(PDF));
      expect(row.storagePath).toMatch(/^[0-9a-f-]{36}$/);
      expect(readFileSync(join(evidenceFolder(), row.storagePath))).toEqual(PDF);
      expect(storedFiles()).toEqual([row.storagePath]);
    });

    it('a file name cannot reach outside the evidence folder', async () => {
      const response = await upload(clients.unitA!, item7(), {
        filename: '../../../etc/passwd.txt',
        type: 'text/plain',
        content: Buffer.from('root:x:0:0'),
      });
      expect(response.statusCode).toBe(201);
      const view = response.json() as EvidenceView;
      expect(view.fileName).not.toContain('/');
      expect(storedFiles()).toHaveLength(2);
      expect((await remove(clients.unitA!, view.id)).statusCode).toBe(200);
    });

    it('refuses a file over the size limit (413) and keeps nothing of it', async () => {
      const before = await fingerprint(h.db);
      const files = storedFiles();
      const response = await upload(clients.unitA!, item7(), {
        filename: '扫描件.pdf',
        type: 'application/pdf',
        content: Buffer.concat([PDF, Buffer.alloc(MAX_BYTES + 1 - PDF.length, 0x41)]),
      });
      expect(response.statusCode).toBe(413);
      expect(response.json().message).toContain('过大');
      expect(await fingerprint(h.db)).toEqual(before);
      expect(storedFiles()).toEqual(files);
    });

    it('accepts a file of exactly the limit', async () => {
      const response = await upload(clients.unitA!, item7(), {
        filename: 'exact.txt',
        type: 'text/plain',
        content: Buffer.alloc(MAX_BYTES, 0x42),
      });
      expect(response.statusCode).toBe(201);
      expect((await remove(clients.unitA!, (response.json() as EvidenceView).id)).statusCode).toBe(
        200,
      );
    });

    it.each([
      ['an executable', 'setup.exe', 'application/x-msdownload', '不支持该文件类型'],
      ['HTML named .pdf', 'report.pdf', 'text/html', '文件内容与扩展名不符'],
      ['a file with no extension', 'README', 'text/plain', '不支持该文件类型'],
      ['an SVG image', 'logo.svg', 'image/svg+xml', '不支持该文件类型'],
    ])('refuses %s (400) and keeps nothing of it', async (_what, filename, type, message) => {
      const before = await fingerprint(h.db);
      const files = storedFiles();
      const response = await upload(clients.unitA!, item7(), {
        filename,
        type,
        content: Buffer.from('<script>alert(1)</script>'),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ domainCode: 'INVALID_INPUT' });
      expect(response.json().message).toContain(message);
      expect(await fingerprint(h.db)).toEqual(before);
      expect(storedFiles()).toEqual(files);
    });

    it('refuses an upload without the CSRF header or from a foreign origin', async () => {
      const before = await fingerprint(h.db);
      const file = { filename: 'a.pdf', type: 'application/pdf', content: PDF };
      expect(
        (await upload(clients.unitA!, item7(), file, { 'x-kaohe-csrf': undefined })).statusCode,
      ).toBe(403);
      expect(
        (await upload(clients.unitA!, item7(), file, { origin: 'http://evil.example' })).statusCode,
      ).toBe(403);
      expect(await fingerprint(h.db)).toEqual(before);
    });

    it('another unit can neither upload to, list nor download from this assessment', async () => {
      const before = await fingerprint(h.db);
      const eventsBefore = await listSecurityEvents(h.db, { limit: 1000 });
      const file = { filename: 'b.pdf', type: 'application/pdf', content: PDF };
      expect((await upload(clients.unitB!, item7(), file)).statusCode).toBe(403);
      expect((await list(clients.unitB!, item7())).statusCode).toBe(403);
      const stolen = await download(clients.unitB!, uploaded.id);
      expect(stolen.statusCode).toBe(403);
      expect(stolen.body).not.toContain('PDF');
      expect(await fingerprint(h.db)).toEqual(before);
      // Each refusal is in security_event, as a refused tRPC call is: who, which route, what.
      const added = await eventsSince(eventsBefore.length);
      expect(
        added
          .map((e) => ({
            actorUserId: e.actorUserId,
            actorRole: e.actorRole,
            procedure: e.procedure,
            targetId: e.targetId,
            code: e.code,
          }))
          .reverse(),
      ).toEqual([
        {
          actorUserId: USERS.unitB,
          actorRole: 'unit',
          procedure: 'POST /api/evidence/:assessmentId/:itemId',
          targetId: `${assessmentId}/${RETURNED_ITEM}`,
          code: 'FORBIDDEN',
        },
        {
          actorUserId: USERS.unitB,
          actorRole: 'unit',
          procedure: 'GET /api/evidence/:assessmentId/:itemId',
          targetId: `${assessmentId}/${RETURNED_ITEM}`,
          code: 'FORBIDDEN',
        },
        {
          actorUserId: USERS.unitB,
          actorRole: 'unit',
          procedure: 'GET /api/evidence/file/:id',
          targetId: uploaded.id,
          code: 'FORBIDDEN',
        },
      ]);
      expect(added.every((e) => e.reason.length > 0 && e.ip === '127.0.0.1')).toBe(true);
    });

    it('nobody signed in gets anything', async () => {
      const eventsBefore = await listSecurityEvents(h.db, { limit: 1000 });
      expect((await list(null, item7())).statusCode).toBe(401);
      expect((await download(null, uploaded.id)).statusCode).toBe(401);
      expect(
        (await upload(null, item7(), { filename: 'c.pdf', type: 'application/pdf', content: PDF }))
          .statusCode,
      ).toBe(401);
      const added = await eventsSince(eventsBefore.length);
      expect(added.map((e) => [e.code, e.actorUserId])).toEqual([
        ['UNAUTHENTICATED', null],
        ['UNAUTHENTICATED', null],
        ['UNAUTHENTICATED', null],
      ]);
    });

    it('the unit lists and downloads the same bytes; a department sees nothing before submission', async () => {
      const listed = await list(clients.unitA!, item7());
      expect(listed.statusCode).toBe(200);
      expect((listed.json() as EvidenceView[]).map((e) => [e.id, e.sha256])).toEqual([
        [uploaded.id, sha256(PDF)],
      ]);
      const file = await download(clients.unitA!, uploaded.id);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload).toEqual(PDF);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent('调解组织名录.pdf')}`,
      );
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect((await list(clients.legal!, item7())).statusCode).toBe(403);
      expect((await download(clients.legal!, uploaded.id)).statusCode).toBe(403);
    });
  });

  describe('after the unit submits', () => {
    beforeAll(async () => {
      await selfScoreAll(h, assessmentId, USERS.unitA);
      await h.as(USERS.unitA).assessment.submit({
        assessmentId,
        expectedVersion: await version(h, assessmentId),
        command: { type: 'SUBMIT' },
      });
    });

    it('the owning department lists and downloads it; the chairman’s office too', async () => {
      for (const client of [clients.legal!, clients.chairman!]) {
        const listed = await list(client, item7());
        expect(listed.statusCode).toBe(200);
        expect((listed.json() as EvidenceView[]).map((e) => e.id)).toEqual([uploaded.id]);
        const file = await download(client, uploaded.id);
        expect(file.statusCode).toBe(200);
        expect(sha256(file.rawPayload)).toBe(uploaded.sha256);
      }
    });

    it('a department that does not review the item is refused', async () => {
      expect((await list(clients.finance!, item7())).statusCode).toBe(403);
      expect((await download(clients.finance!, uploaded.id)).statusCode).toBe(403);
      expect(
        (await list(clients.legal!, { assessmentId, itemId: 'dues-collection' })).statusCode,
      ).toBe(403);
    });

    it('the unit can no longer add or remove evidence', async () => {
      const before = await fingerprint(h.db);
      const response = await upload(clients.unitA!, item7(), {
        filename: '补充.pdf',
        type: 'application/pdf',
        content: PDF,
      });
      expect(response.statusCode).toBe(403);
      const files = storedFiles();
      expect((await remove(clients.unitA!, uploaded.id)).statusCode).toBe(403);
      expect(await fingerprint(h.db)).toEqual(before);
      expect(storedFiles()).toEqual(files);
    });
  });

  describe('after approval', () => {
    let approved: string;
    let stored: EvidenceView;

    beforeAll(async () => {
      // Evidence attached while self-scoring, then the assessment goes all the way.
      approved = await assessmentAt(h, 'approved', {
        whileSelfScoring: async (id) => {
          const response = await upload(
            clients.unitA!,
            { assessmentId: id, itemId: 'research' },
            {
              filename: '调研报告.docx',
              type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
              content: Buffer.from('PK\u0003\u0004 调研报告'),
            },
          );
          expect(response.statusCode).toBe(201);
          stored = response.json();
        },
      });
    });

    it('refuses an upload and a removal as LOCKED (412), changing nothing', async () => {
      const before = await fingerprint(h.db);
      const files = storedFiles();
      const response = await upload(
        clients.unitA!,
        { assessmentId: approved, itemId: 'research' },
        {
          filename: '迟交.pdf',
          type: 'application/pdf',
          content: PDF,
        },
      );
      expect(response.statusCode).toBe(412);
      expect(response.json()).toMatchObject({ domainCode: 'LOCKED' });
      expect(response.json().message).toContain('已审定锁定');
      const removal = await remove(clients.unitA!, stored.id);
      expect(removal.statusCode).toBe(412);
      expect(await fingerprint(h.db)).toEqual(before);
      expect(storedFiles()).toEqual(files);
    });

    it('the evidence stays readable to those who may see the assessment', async () => {
      const file = await download(clients.unitA!, stored.id);
      expect(file.statusCode).toBe(200);
      expect(sha256(file.rawPayload)).toBe(stored.sha256);
      expect((await download(clients.unitB!, stored.id)).statusCode).toBe(403);
    });
  });
});
