/**
 * 佐证材料 and the disk: every accepted type (small real files of each) is stored as it
 * is and served back only as an attachment; a file whose content lies about its
 * extension is refused, saying so; quotas per item and per assessment hold, also for two
 * uploads racing for the last slot; a deleted file leaves the disk once the deletion has
 * committed and not if it fails; the sweep at start removes what no live row needs.
 */
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describeEachEngine } from '@kaohe/db/testing';
import { EVIDENCE_TYPES } from '@kaohe/domain';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../config.ts';
import { sweepEvidence } from '../services/evidence-service.ts';
import type { EvidenceStore } from '../services/evidence-store.ts';
import { s3EvidenceStore } from '../services/evidence-store-s3.ts';
import { newAssessment } from '../testing/drive.ts';
import { LIARS, pdf, SAMPLES, text } from '../testing/evidence-files.ts';
import {
  createHarness,
  fingerprint,
  type Harness,
  MINUTE,
  TEST_PASSWORD,
  USERS,
} from '../testing/harness.ts';
import { HOST, HttpClient, multipartBody, ORIGIN } from '../testing/http.ts';
import { startTestS3, type TestS3 } from '../testing/s3.ts';
import { buildApp } from './app.ts';
import type { EvidenceView } from './evidence-routes.ts';

const MAX_FILES = 3;
const MAX_ASSESSMENT_BYTES = 10_000;
const ITEM = 'dispute-mediation';
const OTHER_ITEM = 'research';

/** A PDF of exactly `size` bytes. */
const pdfOf = (size: number) => {
  const head = pdf();
  return Buffer.concat([head, Buffer.alloc(size - head.length, 0x20)]);
};

/**
 * The same tests on both stores. What differs is only how a test looks into the store
 * and leaves a stray file there: S3 cannot backdate an object, so a planted object's age
 * is told by wrapping the store's listing (the sweep reads nothing else of it), and S3
 * shows no partial uploads, so `.part` names do not apply there.
 */
interface Backend {
  name: string;
  partials: boolean;
  store?: (config: Config) => Promise<EvidenceStore>;
  /** Names in the store (folder: every file; S3: our whole objects). */
  list(h: Harness): Promise<string[]>;
  plant(h: Harness, name: string, content: string, at: Date): Promise<void>;
  /** Makes an existing file look this old. */
  age(h: Harness, name: string, at: Date): Promise<void>;
}

const planted = new Map<string, Date>();
let s3: TestS3 | undefined;
beforeAll(async () => {
  s3 = await startTestS3();
});
afterAll(async () => {
  await s3?.close();
});

const folderOf = (h: Harness) => join(h.deps.config.dataDir, 'evidence');
const BACKENDS: Backend[] = [
  {
    name: 'folder',
    partials: true,
    list: async (h) => (existsSync(folderOf(h)) ? readdirSync(folderOf(h)).sort() : []),
    async plant(h, name, content, at) {
      mkdirSync(folderOf(h), { recursive: true });
      writeFileSync(join(folderOf(h), name), content);
      utimesSync(join(folderOf(h), name), at, at);
    },
    async age(h, name, at) {
      utimesSync(join(folderOf(h), name), at, at);
    },
  },
  {
    name: 's3',
    partials: false,
    store: async () => {
      const real = await s3EvidenceStore(s3!.config());
      return {
        ...real,
        files: async () =>
          (await real.files()).map((f) => ({
            ...f,
            modifiedAt: planted.get(f.storagePath) ?? f.modifiedAt,
          })),
      };
    },
    list: async (h) => (await h.deps.evidence.files()).map((f) => f.storagePath).sort(),
    async plant(h, name, content, at) {
      await h.deps.evidence.put(name, Readable.from([Buffer.from(content)]));
      planted.set(name, at);
    },
    async age(_h, name, at) {
      planted.set(name, at);
    },
  },
];

for (const backend of BACKENDS)
  describeEachEngine(`HTTP: evidence files in the ${backend.name} store`, ({ db }) => {
    let h: Harness;
    let app: FastifyInstance;
    const unit = () => clients.unit!;
    const clients: Record<string, HttpClient> = {};
    /** Left in the folder by the first test; the last test's sweep removes it. */
    const stray = crypto.randomUUID();

    const storedFiles = () => backend.list(h);
    const storagePathOf = async (id: string) =>
      (
        await h.db
          .selectFrom('evidence')
          .select('storagePath')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).storagePath;
    const liveFiles = async () =>
      (
        await h.db
          .selectFrom('evidence')
          .select('storagePath')
          .where('deletedAt', 'is', null)
          .execute()
      )
        .map((r) => r.storagePath)
        .sort();

    function upload(
      target: { assessmentId: string; itemId: string },
      file: { filename: string; content: Buffer; type?: string },
      headers: Record<string, string> = {},
    ): Promise<LightMyRequestResponse> {
      const { body, contentType } = multipartBody({ type: 'application/octet-stream', ...file });
      return unit().inject({
        method: 'POST',
        url: `/api/evidence/${target.assessmentId}/${target.itemId}`,
        headers: {
          host: HOST,
          origin: ORIGIN,
          'x-kaohe-csrf': '1',
          ...unit().cookieHeader(),
          'content-type': contentType,
          ...headers,
        },
        payload: body,
      });
    }

    const download = (id: string) =>
      unit().inject({
        method: 'GET',
        url: `/api/evidence/file/${id}`,
        headers: { host: HOST, ...unit().cookieHeader() },
      });

    const remove = (id: string) =>
      unit().inject({
        method: 'POST',
        url: `/api/evidence/file/${id}/delete`,
        headers: unit().writeHeaders(),
        payload: '{}',
      });

    beforeAll(async () => {
      h = await createHarness(db(), {
        ...(backend.store ? { evidence: backend.store } : {}),
        config: {
          uploadMaxBytes: 8192,
          evidenceMaxFilesPerItem: MAX_FILES,
          evidenceMaxBytesPerAssessment: MAX_ASSESSMENT_BYTES,
        },
      });
      app = await buildApp(h.deps, { webDist: null });
      clients.unit = new HttpClient(app, { remoteAddress: '10.3.0.1' });
      if (!(await unit().login(USERS.unitA, TEST_PASSWORD)).ok) throw new Error('cannot sign in');
    });

    afterAll(async () => {
      await app.close();
      await h.dispose();
    });

    describe('the sweep at start, on a database with no evidence yet', () => {
      it('removes nothing: files next to an empty database mean the wrong folder', async () => {
        await backend.plant(h, stray, 'from another installation', new Date(2020, 0, 1));
        const result = await sweepEvidence(h.deps);
        expect(result.removed).toEqual([]);
        expect(result.skipped.map((s) => s.reason)).toEqual(['empty database']);
        expect(await storedFiles()).toContain(stray);
      });
    });

    describe('types', () => {
      let assessmentId: string;
      beforeAll(async () => {
        assessmentId = await newAssessment(h);
      });

      it.each(SAMPLES.map((s) => [s.extension, s.what, s] as const))(
        'accepts .%s (%s), stores it as it is and serves it only as an attachment',
        async (extension, _what, sample) => {
          const content = sample.content();
          const fileName = `佐证材料.${extension}`;
          // What the browser declares does not matter: often nothing useful for .ofd or .wps.
          const response = await upload(
            { assessmentId, itemId: ITEM },
            { filename: fileName, content },
          );
          expect(response.statusCode, response.body).toBe(201);
          const view = response.json() as EvidenceView;
          expect(view).toMatchObject({
            fileName,
            mimeType: EVIDENCE_TYPES[extension].mimeType,
            sizeBytes: content.length,
          });
          const file = await download(view.id);
          expect(file.statusCode).toBe(200);
          expect(file.rawPayload).toEqual(content);
          expect(file.headers['content-type']).toBe(EVIDENCE_TYPES[extension].mimeType);
          expect(file.headers['content-disposition']).toBe(
            `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
          );
          expect(file.headers['x-content-type-options']).toBe('nosniff');
          expect((await remove(view.id)).statusCode).toBe(200);
        },
      );

      it.each(LIARS.map((l) => [l.extension, l.really, l] as const))(
        'refuses a .%s that is really %s, saying so, and keeps nothing of it',
        async (extension, _really, liar) => {
          const before = await fingerprint(h.db);
          const files = await storedFiles();
          const response = await upload(
            { assessmentId, itemId: ITEM },
            { filename: `证明.${extension}`, content: liar.content(), type: 'application/pdf' },
          );
          expect(response.statusCode).toBe(400);
          expect(response.json()).toMatchObject({ domainCode: 'INVALID_INPUT' });
          expect(response.json().message).toContain(
            `文件内容与扩展名不符：“证明.${extension}”不是`,
          );
          expect(await fingerprint(h.db)).toEqual(before);
          expect(await storedFiles()).toEqual(files);
        },
      );

      it('says what a lying file looks like, in English too', async () => {
        const response = await upload(
          { assessmentId, itemId: ITEM },
          { filename: 'report.pdf', content: LIARS[0]!.content() },
          { 'x-kaohe-lang': 'en' },
        );
        expect(response.statusCode).toBe(400);
        expect(response.json().message).toBe(
          'The file\'s content does not match its extension: "report.pdf" is not a PDF document; it looks like an executable program. Upload the original file rather than renaming it',
        );
        const zh = await upload(
          { assessmentId, itemId: ITEM },
          { filename: '报告.pdf', content: LIARS[0]!.content() },
        );
        expect(zh.json().message).toBe(
          '文件内容与扩展名不符：“报告.pdf”不是PDF 文档，看起来是可执行程序。请上传原文件，不要只改扩展名',
        );
      });

      it('refuses an empty file', async () => {
        const response = await upload(
          { assessmentId, itemId: ITEM },
          { filename: '空白.docx', content: Buffer.alloc(0) },
        );
        expect(response.statusCode).toBe(400);
        expect(response.json().message).toContain('是空的');
      });
    });

    describe('quotas', () => {
      let assessmentId: string;
      beforeAll(async () => {
        assessmentId = await newAssessment(h);
      });

      it(`takes ${MAX_FILES} files per item, then refuses the next with a clear message`, async () => {
        const ids: string[] = [];
        for (let i = 1; i <= MAX_FILES; i++) {
          const response = await upload(
            { assessmentId, itemId: ITEM },
            { filename: `第${i}页.txt`, content: text() },
          );
          expect(response.statusCode).toBe(201);
          ids.push((response.json() as EvidenceView).id);
        }
        const before = await fingerprint(h.db);
        const files = await storedFiles();
        const refused = await upload(
          { assessmentId, itemId: ITEM },
          { filename: '第4页.txt', content: text() },
        );
        expect(refused.statusCode).toBe(413);
        expect(refused.json()).toMatchObject({ domainCode: 'PAYLOAD_TOO_LARGE' });
        expect(refused.json().message).toBe(
          `每个项目最多上传${MAX_FILES}个佐证文件，该项目已有${MAX_FILES}个；请先删除不需要的文件`,
        );
        const english = await upload(
          { assessmentId, itemId: ITEM },
          { filename: 'page4.txt', content: text() },
          { 'accept-language': 'en-GB,en;q=0.9' },
        );
        expect(english.json().message).toBe(
          `An item takes at most ${MAX_FILES} evidence files and this one has ${MAX_FILES}; delete one you no longer need first`,
        );
        expect(await fingerprint(h.db)).toEqual(before);
        expect(await storedFiles()).toEqual(files);
        // Another item of the same assessment has its own count; a deletion frees a slot.
        const other = await upload(
          { assessmentId, itemId: OTHER_ITEM },
          { filename: '调研.txt', content: text() },
        );
        expect(other.statusCode).toBe(201);
        expect((await remove(ids[0]!)).statusCode).toBe(200);
        const again = await upload(
          { assessmentId, itemId: ITEM },
          { filename: '第4页.txt', content: text() },
        );
        expect(again.statusCode).toBe(201);
      });

      it('refuses a file that would take the assessment past its bytes, naming both', async () => {
        const id = await newAssessment(h);
        const first = await upload(
          { assessmentId: id, itemId: ITEM },
          { filename: '扫描件1.pdf', content: pdfOf(6000) },
        );
        expect(first.statusCode).toBe(201);
        const files = await storedFiles();
        const before = await fingerprint(h.db);
        const refused = await upload(
          { assessmentId: id, itemId: OTHER_ITEM },
          { filename: '扫描件2.pdf', content: pdfOf(4100) },
        );
        expect(refused.statusCode).toBe(413);
        expect(refused.json().message).toBe(
          '本考核的佐证材料合计不能超过9.8KB（已用5.9KB，本文件4KB）；请先删除不需要的文件或压缩后再上传',
        );
        const english = await upload(
          { assessmentId: id, itemId: OTHER_ITEM },
          { filename: 'scan2.pdf', content: pdfOf(4100) },
          { 'x-kaohe-lang': 'en' },
        );
        expect(english.json().message).toBe(
          "An assessment's evidence may total at most 9.8 KB (5.9 KB used; this file is 4 KB); delete files you no longer need or compress this one",
        );
        expect(await fingerprint(h.db)).toEqual(before);
        expect(await storedFiles()).toEqual(files);
        // Exactly up to the limit is fine; a deleted file's bytes no longer count.
        const fits = await upload(
          { assessmentId: id, itemId: OTHER_ITEM },
          { filename: '扫描件2.pdf', content: pdfOf(MAX_ASSESSMENT_BYTES - 6000) },
        );
        expect(fits.statusCode).toBe(201);
        const full = await upload(
          { assessmentId: id, itemId: 'union-founding' },
          { filename: '扫描件3.pdf', content: pdfOf(200) },
        );
        expect(full.statusCode).toBe(413);
        expect(full.json().message).toContain('本考核的佐证材料合计不能超过');
        expect((await remove((first.json() as EvidenceView).id)).statusCode).toBe(200);
        const afterDelete = await upload(
          { assessmentId: id, itemId: 'union-founding' },
          { filename: '扫描件3.pdf', content: pdfOf(200) },
        );
        expect(afterDelete.statusCode).toBe(201);
      });

      it('two uploads racing for the last slot: exactly one is recorded, and only its file stays', async () => {
        const id = await newAssessment(h);
        for (let i = 1; i < MAX_FILES; i++) {
          const response = await upload(
            { assessmentId: id, itemId: ITEM },
            { filename: `${i}.txt`, content: text() },
          );
          expect(response.statusCode).toBe(201);
        }
        const racing = await Promise.all(
          ['甲', '乙', '丙'].map((who) =>
            upload({ assessmentId: id, itemId: ITEM }, { filename: `${who}.txt`, content: text() }),
          ),
        );
        expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 413, 413]);
        const rows = await h.db
          .selectFrom('evidence')
          .select('id')
          .where('assessmentId', '=', id)
          .where('itemId', '=', ITEM)
          .where('deletedAt', 'is', null)
          .execute();
        expect(rows).toHaveLength(MAX_FILES);
        // The losers' files are gone: on disk is exactly what the live rows name.
        expect((await storedFiles()).filter((f) => f !== stray)).toEqual(await liveFiles());
      });

      it('the web reads the limits it shows', async () => {
        const response = await unit().inject({
          method: 'GET',
          url: '/api/evidence/limits',
          headers: { host: HOST, ...unit().cookieHeader() },
        });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual({
          maxFileBytes: 8192,
          maxFilesPerItem: MAX_FILES,
          maxBytesPerAssessment: MAX_ASSESSMENT_BYTES,
        });
        const anonymous = await app.inject({
          method: 'GET',
          url: '/api/evidence/limits',
          headers: { host: HOST },
        });
        expect(anonymous.statusCode).toBe(401);
      });
    });

    describe('deletion', () => {
      let assessmentId: string;
      beforeAll(async () => {
        assessmentId = await newAssessment(h);
      });

      it('removes the bytes once the deletion commits; the trail keeps what was removed', async () => {
        const content = pdfOf(1000);
        const response = await upload(
          { assessmentId, itemId: ITEM },
          { filename: '作废.pdf', content },
        );
        const view = response.json() as EvidenceView;
        const path = await storagePathOf(view.id);
        expect(await storedFiles()).toContain(path);
        expect((await remove(view.id)).statusCode).toBe(200);
        expect(await storedFiles()).not.toContain(path);
        const row = await h.db
          .selectFrom('evidence')
          .selectAll()
          .where('id', '=', view.id)
          .executeTakeFirstOrThrow();
        expect(row.deletedAt).not.toBeNull();
        expect(row.deletedBy).toBe(USERS.unitA);
        const trail = await h.db
          .selectFrom('auditEvents')
          .select(['action', 'after'])
          .where('entityId', '=', view.id)
          .orderBy('id')
          .execute();
        expect(trail.map((e) => e.action)).toEqual(['evidence.add', 'evidence.delete']);
        expect(trail[1]!.after).toMatchObject({ sha256: view.sha256, storagePath: path });
        expect((await download(view.id)).statusCode).toBe(404);
      });

      it('keeps the file when the deletion does not commit', async () => {
        const response = await upload(
          { assessmentId, itemId: ITEM },
          { filename: '保留.pdf', content: pdfOf(900) },
        );
        const view = response.json() as EvidenceView;
        const path = await storagePathOf(view.id);
        // The deletion's audit record cannot be written: the whole transaction rolls back.
        await sql`create function evidence_test_refuse() returns trigger language plpgsql as $$
        begin raise exception 'refused by the test'; end $$`.execute(h.db);
        await sql`create trigger evidence_test_refuse before insert on audit_events
        for each row when (new.action = 'evidence.delete')
        execute function evidence_test_refuse()`.execute(h.db);
        try {
          expect((await remove(view.id)).statusCode).toBe(500);
        } finally {
          await sql`drop trigger evidence_test_refuse on audit_events`.execute(h.db);
          await sql`drop function evidence_test_refuse()`.execute(h.db);
        }
        expect(await storedFiles()).toContain(path);
        expect((await download(view.id)).rawPayload).toEqual(pdfOf(900));
        expect((await remove(view.id)).statusCode).toBe(200);
        expect(await storedFiles()).not.toContain(path);
      });
    });

    describe('the sweep at start', () => {
      it('removes deleted rows’ files and old files nobody owns; never a live row’s file', async () => {
        const assessmentId = await newAssessment(h);
        const kept = (await upload(
          { assessmentId, itemId: ITEM },
          { filename: '保留.pdf', content: pdfOf(500) },
        ).then((r) => r.json())) as EvidenceView;
        const deleted = (await upload(
          { assessmentId, itemId: ITEM },
          { filename: '删除.pdf', content: pdfOf(500) },
        ).then((r) => r.json())) as EvidenceView;
        const keptPath = await storagePathOf(kept.id);
        const deletedPath = await storagePathOf(deleted.id);
        // A deletion whose file removal failed after the commit (as if the disk refused).
        const store = h.deps.evidence;
        const failingRemove = { ...h.deps, evidence: { ...store, remove: async () => {} } };
        const failing = await buildApp(failingRemove, { webDist: null });
        try {
          const response = await failing.inject({
            method: 'POST',
            url: `/api/evidence/file/${deleted.id}/delete`,
            headers: unit().writeHeaders(),
            payload: '{}',
          });
          expect(response.statusCode).toBe(200);
        } finally {
          await failing.close();
        }
        expect(await storedFiles()).toContain(deletedPath);

        const now = h.clock.now();
        const old = new Date(now.getTime() - 2 * 60 * MINUTE);
        const recent = new Date(now.getTime() - 5 * MINUTE);
        const make = async (name: string, at: Date) => {
          await backend.plant(h, name, 'leftover', at);
          return name;
        };
        const oldOrphan = await make(crypto.randomUUID(), old);
        const recentOrphan = await make(crypto.randomUUID(), recent);
        // Partial uploads and names the store did not write: only a folder has them.
        const oldPart = backend.partials ? await make(`${crypto.randomUUID()}.part`, old) : null;
        const recentPart = backend.partials
          ? await make(`${crypto.randomUUID()}.part`, recent)
          : null;
        const foreign = backend.partials ? await make('README.txt', old) : null;
        // A live row's file, however old, stays.
        await backend.age(h, keptPath, old);

        const before = await fingerprint(h.db);
        const result = await sweepEvidence(h.deps);
        const removed = result.removed.map((e) => e.storagePath);
        expect(removed).toEqual(
          expect.arrayContaining([deletedPath, oldOrphan, ...(oldPart ? [oldPart] : [])]),
        );
        expect(removed).not.toContain(keptPath);
        const files = await storedFiles();
        expect(files).toContain(keptPath);
        expect(files).toContain(recentOrphan);
        if (recentPart) expect(files).toContain(recentPart);
        if (foreign) expect(files).toContain(foreign);
        expect(files).not.toContain(oldOrphan);
        if (oldPart) expect(files).not.toContain(oldPart);
        expect(files).not.toContain(deletedPath);
        // Every live row's file is still there; the rows and the trail are untouched.
        expect(files).toEqual(expect.arrayContaining(await liveFiles()));
        expect(await fingerprint(h.db)).toEqual(before);
        const download_ = await download(kept.id);
        expect(download_.rawPayload).toEqual(pdfOf(500));
      });
    });
  });
