/**
 * Rubric files over HTTP: import parses and persists nothing (seed text, a .docx made
 * here, the exported xlsx and JSON), a bad file is a 400 with its problems, exports carry
 * RFC 5987 file names, and the comparison downloads as a worksheet. Admin only, except a
 * published rubric's export, which anyone signed in may download.
 */
import { readFileSync } from 'node:fs';
import { describeEachEngine } from '@kaohe/db/testing';
import { rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { DIFF_SHEET } from '@kaohe/rubric-io';
import ExcelJS from 'exceljs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeJson } from '../services/rubric-service.ts';
import { createHarness, fingerprint, type Harness, USERS } from '../testing/harness.ts';
import { HOST, type HttpClient, signedIn, uploadFile } from '../testing/http.ts';
import { buildApp } from './app.ts';
import type { ImportView } from './rubric-import-view.ts';
import { rubricDocx } from './rubric-routes.fixtures.ts';

const SEED_TEXT = readFileSync(
  new URL('../../../../packages/rubric-io/src/fixtures/2011-table.txt', import.meta.url),
);
const MAX_BYTES = 512 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeEachEngine('HTTP: rubric files', ({ db }) => {
  let h: Harness;
  let app: FastifyInstance;
  let admin: HttpClient;
  let unit: HttpClient;

  function upload(
    client: HttpClient | null,
    file: { filename: string; type?: string; content: Buffer },
    headers: Record<string, string | undefined> = {},
  ): Promise<LightMyRequestResponse> {
    const typed = { type: 'application/octet-stream', ...file };
    return uploadFile(app, client, '/api/rubric/import', typed, headers);
  }

  const get = (client: HttpClient | null, url: string) =>
    app.inject({ method: 'GET', url, headers: { host: HOST, ...(client?.cookieHeader() ?? {}) } });

  beforeAll(async () => {
    h = await createHarness(db(), { config: { uploadMaxBytes: MAX_BYTES } });
    app = await buildApp(h.deps, { webDist: null });
    admin = await signedIn(app, USERS.admin, '10.2.0.1');
    unit = await signedIn(app, USERS.unitA, '10.2.0.2');
  });

  afterAll(async () => {
    await app.close();
    await h.dispose();
  });

  describe('import', () => {
    let fromText: ImportView;

    it('the seed text: 30 items, every criterion shown with its rule, nothing stored', async () => {
      const before = await fingerprint(h.db);
      const response = await upload(admin, { filename: '2011年度考核表.txt', content: SEED_TEXT });
      expect(response.statusCode).toBe(200);
      fromText = response.json() as ImportView;
      expect(fromText.format).toBe('text');
      expect(fromText.summary).toEqual({ items: 30, parsed: 30, partial: 0, manual: 0 });
      expect(fromText.report).toHaveLength(30);
      const item1 = fromText.report[0]!;
      expect(item1).toMatchObject({ number: 1, status: 'parsed', needsConfirmation: true });
      expect(item1.title).toBe(rubric2011.categories[0]!.items[0]!.content);
      expect(item1.location?.zh).toMatch(/^第\d+行（表格第2行）$/);
      expect(item1.criteria).toEqual([
        expect.objectContaining({
          text: '建立相应领导机构和工作机构得2分',
          status: 'parsed',
          rule: expect.objectContaining({ kind: 'award', points: 2 }),
        }),
        expect.objectContaining({
          text: '以创先争优推动工会工作成效明显得4分',
          status: 'parsed',
          rule: expect.objectContaining({ kind: 'award', points: 4 }),
        }),
      ]);
      // Every criterion parsed into a rule; base scores and departments as in 2011.
      const all = fromText.report.flatMap((i) => i.criteria);
      expect(all.filter((c) => c.rule === null)).toEqual([]);
      const doc = fromText.document!;
      const items = doc.categories.flatMap((c) => c.items);
      expect(items.map((i) => i.baseScore)).toEqual(
        rubricItems(rubric2011).map(({ item }) => item.baseScore),
      );
      expect(items.map((i) => i.departments)).toEqual(
        rubricItems(rubric2011).map(({ item }) => item.departments),
      );
      expect(fromText.problems.every((p) => p.severity === 'warning')).toBe(true);
      expect(fromText.problems[0]?.location?.zh).toMatch(/^第\d+行/);
      expect(await fingerprint(h.db)).toEqual(before);
    });

    it('a .docx made from the 2011 table imports the same as the text', async () => {
      const response = await upload(admin, {
        filename: '2011年度考核表.docx',
        content: rubricDocx(rubric2011),
      });
      expect(response.statusCode).toBe(200);
      const fromDocx = response.json() as ImportView;
      expect(fromDocx.format).toBe('docx');
      expect(fromDocx.document).toEqual(fromText.document);
      const summary = (v: ImportView) =>
        v.report.map((i) => [i.itemId, i.status, i.criteria.map((c) => [c.text, c.rule])]);
      expect(summary(fromDocx)).toEqual(summary(fromText));
      expect(fromDocx.report[0]!.location?.zh).toMatch(/^表格第2行（第\d+段）$/);
    });

    it('a bad file is a 400 with its problems, and changes nothing', async () => {
      const before = await fingerprint(h.db);
      const garbage = Buffer.from('PK\u0003\u0004 this is not really a workbook');
      const xlsx = await upload(admin, { filename: 'broken.xlsx', content: garbage });
      expect(xlsx.statusCode).toBe(400);
      const body = xlsx.json() as ImportView & { domainCode: string; message: string };
      expect(body).toMatchObject({ domainCode: 'INVALID_RUBRIC', format: 'xlsx', document: null });
      expect(body.problems).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'unreadableFile',
          zh: '文件不是有效的 Excel（.xlsx）文件',
        }),
      ]);
      expect(body.message).toBe('无法导入：文件不是有效的 Excel（.xlsx）文件');

      const noTable = await upload(admin, {
        filename: 'notes.txt',
        content: Buffer.from('2012年度考核表\n没有表格'),
      });
      expect(noTable.statusCode).toBe(400);
      expect((noTable.json() as ImportView).problems.map((p) => p.code)).toEqual(['noTable']);

      const pdf = await upload(admin, { filename: 'rubric.pdf', content: Buffer.from('%PDF-1.4') });
      expect(pdf.statusCode).toBe(400);
      expect((pdf.json() as { text: { zh: string } }).text.zh).toContain('不支持该文件类型');

      const json = await upload(admin, {
        filename: 'rubric.json',
        content: Buffer.from('{"year":'),
      });
      expect(json.statusCode).toBe(400);
      expect((json.json() as ImportView).problems[0]!.zh).toMatch(/^文件不是有效的 JSON/);

      const shape = await upload(
        admin,
        { filename: 'rubric.json', content: Buffer.from(JSON.stringify({ year: 2012 })) },
        { 'accept-language': 'en' },
      );
      expect(shape.statusCode).toBe(400);
      const shapeBody = shape.json() as ImportView & { message: string };
      expect(shapeBody.problems.length).toBeGreaterThan(0);
      expect(shapeBody.problems[0]!.location).not.toBeNull();
      expect(shapeBody.message).toMatch(/^Cannot import: /);

      const big = await upload(admin, {
        filename: 'big.xlsx',
        content: Buffer.alloc(MAX_BYTES + 10, 1),
      });
      expect(big.statusCode).toBe(413);
      expect((big.json() as { text: { zh: string } }).text.zh).toBe('文件超过大小上限（0.5MB）');
      expect(await fingerprint(h.db)).toEqual(before);
    });

    it('is the admin’s, and a write like any other (CSRF header, multipart only here)', async () => {
      const content = SEED_TEXT;
      expect((await upload(unit, { filename: 'a.txt', content })).statusCode).toBe(403);
      expect((await upload(null, { filename: 'a.txt', content })).statusCode).toBe(401);
      expect(
        (await upload(admin, { filename: 'a.txt', content }, { 'x-kaohe-csrf': undefined }))
          .statusCode,
      ).toBe(403);
      // A broken form is the client's fault: 400, not 500.
      const broken = await app.inject({
        method: 'POST',
        url: '/api/rubric/import',
        headers: {
          ...admin.writeHeaders(),
          'content-type': 'multipart/form-data; boundary=----nope',
        },
        payload: 'not a form at all',
      });
      expect(broken.statusCode).toBe(400);
      expect((await get(admin, '/api/rubric/a%00b/export.json')).statusCode).toBe(400);
    });
  });

  describe('export', () => {
    it('xlsx export → import gives back the identical rubric, under its Chinese file name', async () => {
      const response = await get(admin, `/api/rubric/${h.rubricId}/export.xlsx`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(XLSX_TYPE);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="rubric-2011.xlsx"; filename*=UTF-8''${encodeURIComponent('2011年度工会工作目标管理考核表.xlsx')}`,
      );
      const back = await upload(admin, { filename: 'x.xlsx', content: response.rawPayload });
      expect(back.statusCode).toBe(200);
      const view = back.json() as ImportView;
      expect(view.format).toBe('xlsx');
      expect(view.document).toEqual(rubric2011);
      expect(view.problems.filter((p) => p.source === 'validation')).toEqual([]);
    });

    it('JSON export is what the CLI prints; import → createDraft gives the identical document', async () => {
      // Anyone signed in may download a published rubric.
      const response = await get(unit, `/api/rubric/${h.rubricId}/export.json`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.body).toBe(exchangeJson(rubric2011));
      expect(response.headers['content-disposition']).toContain('filename="rubric-2011.json"');

      const imported = await upload(admin, {
        filename: '2011.json',
        content: response.rawPayload,
      });
      expect(imported.statusCode).toBe(200);
      const view = imported.json() as ImportView;
      expect(view).toMatchObject({ format: 'json', problems: [] });
      expect(view.summary).toEqual({ items: 30, parsed: 30, partial: 0, manual: 0 });
      const created = await admin.mutation<{ id: string }>('rubric.createDraft', {
        document: view.document,
      });
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      const got = await admin.query<{ document: unknown; status: string }>('rubric.get', {
        id: created.data.id,
      });
      if (!got.ok) throw new Error(JSON.stringify(got.error));
      expect(got.data).toMatchObject({ status: 'draft', document: rubric2011 });

      // A draft is the admin's: others get 404, as rubric.get answers.
      expect((await get(unit, `/api/rubric/${created.data.id}/export.json`)).statusCode).toBe(404);
      const draftXlsx = await get(admin, `/api/rubric/${created.data.id}/export.xlsx`);
      expect(draftXlsx.statusCode).toBe(200);
      expect(draftXlsx.headers['content-disposition']).toContain(
        encodeURIComponent('2011年度工会工作目标管理考核表（草稿）.xlsx'),
      );
      expect((await get(null, `/api/rubric/${h.rubricId}/export.json`)).statusCode).toBe(401);
      expect((await get(admin, '/api/rubric/nope/export.json')).statusCode).toBe(404);
    });

    it('the comparison downloads as a worksheet, for the admin only', async () => {
      const clone = await admin.mutation<{ id: string; version: number }>('rubric.clone', {
        sourceId: h.rubricId,
        year: 2012,
      });
      if (!clone.ok) throw new Error(JSON.stringify(clone.error));
      const next = structuredClone(rubric2011);
      next.year = 2012;
      next.title = '2012年度工会工作目标管理考核表';
      next.categories[0]!.items[0]!.baseScore = 7;
      next.total = 121;
      const b = next.categories[0]!.items[0]!.rule.criteria[1]!;
      if (b.kind === 'award') b.points = 5;
      const saved = await admin.mutation('rubric.saveDraft', {
        id: clone.data.id,
        expectedVersion: clone.data.version,
        document: next,
      });
      expect(saved.ok).toBe(true);

      const url = `/api/rubric/diff.xlsx?from=${h.rubricId}&to=${clone.data.id}`;
      const response = await get(admin, url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain(
        'filename="rubric-diff-2011-2012.xlsx"',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet(DIFF_SHEET)!;
      const rows: unknown[][] = [];
      sheet.eachRow((row, n) => {
        if (n > 2) rows.push((row.values as unknown[]).slice(1));
      });
      const content = rubric2011.categories[0]!.items[0]!.content;
      expect(rows).toEqual([
        ['修改', '', '考核表', '标题', rubric2011.title, next.title],
        ['修改', '', '考核表', '合计', 120, 121],
        ['修改', 1, content, '基本分值', 6, 7],
        ['修改', 1, content, '评分规则（rule.criteria[b].points）', 4, 5],
      ]);
      expect((await get(unit, url)).statusCode).toBe(403);
      expect((await get(admin, `/api/rubric/diff.xlsx?from=${h.rubricId}`)).statusCode).toBe(400);
    });
  });
});
