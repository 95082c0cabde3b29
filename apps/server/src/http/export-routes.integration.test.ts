/**
 * Excel downloads over HTTP: each file read back with exceljs and checked cell by cell
 * against the domain engine (the unit's 考核表) or the SQL reports (ranking, matrix,
 * review grid), merged ranges included; and who may fetch what.
 */
import { backfillTotals, rankingReport, reportMatrix, reviewGrid } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import { formatCenti, rubricItems, scoreAssessment, toCenti } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { NOT_APPROVED, RUBRIC_SHEET } from '@kaohe/rubric-io';
import { fullInputs } from '@kaohe/workflow/testing';
import ExcelJS from 'exceljs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentAt, cycleOf } from '../testing/drive.ts';
import { createHarness, type Harness, UNITS, USERS } from '../testing/harness.ts';
import { HOST, type HttpClient, signedInCast } from '../testing/http.ts';
import { buildApp } from './app.ts';

const ITEMS = rubricItems(rubric2011);

async function workbookOf(response: LightMyRequestResponse): Promise<ExcelJS.Workbook> {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  expect(response.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
  return workbook;
}

const num = (score: string | null) => (score === null ? null : Number(score));
const cells = (sheet: ExcelJS.Worksheet, r: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => sheet.getCell(r, from + i).value ?? null);

describeEachEngine('HTTP: xlsx exports', ({ db }) => {
  let h: Harness;
  let app: FastifyInstance;
  let clients: Record<string, HttpClient>;
  /** Unit a's assessment of a cycle of its own, driven through the API to 'approved'. */
  let approvedId: string;
  let approvedCycle: string;

  const get = (who: string | null, url: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: { host: HOST, ...(who ? clients[who]!.cookieHeader() : {}) },
    });

  beforeAll(async () => {
    h = await createHarness(db());
    app = await buildApp(h.deps, { webDist: null });
    clients = await signedInCast(app, '10.7.0.1');
    approvedId = await assessmentAt(h, 'approved');
    approvedCycle = await cycleOf(h, approvedId);
  }, 180_000);

  afterAll(async () => {
    await app.close();
    await h.dispose();
  });

  describe('one unit’s 考核表', () => {
    // What the drive entered: every department scored full inputs; one bonus point.
    const expected = scoreAssessment(rubric2011, {
      unitType: UNITS.a.unitTypeId,
      items: Object.fromEntries(ITEMS.map(({ item }) => [item.id, fullInputs(item)])),
      bonus: [{ bonusItemId: 'bonus-excellence', points: 1 }],
    });

    it('every 考评分 and 合计, 加分项, 总计 equal the domain engine’s, in the official layout', async () => {
      const sheet = (
        await workbookOf(await get('chairman', `/api/export/assessment/${approvedId}.xlsx`))
      ).getWorksheet(RUBRIC_SHEET)!;
      expect(sheet.getCell('A1').value).toBe(`${rubric2011.title}（${UNITS.a.name}）`);
      expect(sheet.model.merges).toContain('A1:H1');
      let r = 3;
      for (const category of rubric2011.categories) {
        expect(sheet.model.merges).toContain(`A${r}:A${r + category.items.length - 1}`);
        r += category.items.length;
      }
      for (const [i, { item }] of ITEMS.entries()) {
        expect(cells(sheet, 3 + i, 2, 2)).toEqual([item.number]);
        expect(sheet.getCell(3 + i, 7).value).toBe(Number(formatCenti(expected.items[i]!.points)));
      }
      const subtotalRow = 3 + ITEMS.length;
      expect(cells(sheet, subtotalRow, 3, 3)).toEqual(['合计']);
      expect(sheet.getCell(subtotalRow, 7).value).toBe(Number(formatCenti(expected.subtotal)));
      const k = rubric2011.bonusItems.findIndex((b) => b.id === 'bonus-excellence');
      expect(cells(sheet, subtotalRow + 1 + k, 7, 8)).toEqual([1, '创先争优有特色']);
      const totalRow = subtotalRow + 1 + rubric2011.bonusItems.length;
      expect(cells(sheet, totalRow, 3, 3)).toEqual(['总计']);
      expect(sheet.getCell(totalRow, 7).value).toBe(Number(formatCenti(expected.total)));
    });

    it('a changed review score and a remark show, and the totals follow', async () => {
      const first = ITEMS[0]!.item;
      await sql`update item_scores set review_score = review_score - 1.5
                where assessment_id = ${approvedId} and item_id = ${first.id}`.execute(h.db);
      await backfillTotals(h.db, sql`a.id = ${approvedId}`);
      await sql`update item_reviews set remarks = '宣传报道偏少'
                where assessment_id = ${approvedId} and item_id = ${first.id}`.execute(h.db);
      const workbook = await workbookOf(
        await get('unitA', `/api/export/assessment/${approvedId}.xlsx`),
      );
      const sheet = workbook.getWorksheet(RUBRIC_SHEET)!;
      const reviewers = (
        await h.db
          .selectFrom('itemReviews')
          .select('departmentId')
          .where('assessmentId', '=', approvedId)
          .where('itemId', '=', first.id)
          .execute()
      ).length;
      expect(sheet.getCell(3, 7).value).toBe(Number(formatCenti(toCenti(first.baseScore) - 150)));
      expect(String(sheet.getCell(3, 8).value)).toContain('宣传报道偏少');
      if (reviewers === 1) expect(sheet.getCell(3, 8).value).toBe('宣传报道偏少');
      const [ranked] = await rankingReport(h.db, { cycleId: approvedCycle });
      const totalRow = 4 + ITEMS.length + rubric2011.bonusItems.length;
      expect(sheet.getCell(3 + ITEMS.length, 7).value).toBe(num(ranked!.subtotal));
      expect(sheet.getCell(totalRow, 7).value).toBe(num(ranked!.total));
      expect(ranked!.total).toBe(formatCenti(expected.total - 150));
    });
  });

  describe('ranking and matrix', () => {
    it('the ranking file: one block per unit type in the rubric’s order under its heading, every row of the report; the unapproved marked, not ranked', async () => {
      const rows = await rankingReport(h.db, { cycleId: h.cycleId });
      expect(rows.length).toBe(2);
      const sheet = (
        await workbookOf(await get('admin', `/api/export/ranking.xlsx?cycleId=${h.cycleId}`))
      ).getWorksheet('排名')!;
      const heading = (text: string) => Array.from({ length: 8 }, () => text);
      // 区县 before 局（产业）, as the rubric and the reports page list them.
      const expected = rubric2011.unitTypes.flatMap((u) => {
        const mine = rows.filter((r) => r.unitTypeId === u.id);
        if (mine.length === 0) return [];
        return [
          heading(`${u.name}（已排名0个，未审定${mine.length}个）`),
          ...mine.map((r) => [
            NOT_APPROVED,
            r.unitName,
            u.name,
            num(r.subtotal),
            num(r.bonus),
            num(r.total),
            null,
            null,
          ]),
        ];
      });
      expect(expected[0]![0]).toContain('区县');
      expect(
        Array.from({ length: sheet.rowCount - 2 }, (_, i) => cells(sheet, 3 + i, 1, 8)),
      ).toEqual(expected);
      expect([...sheet.model.merges].sort()).toEqual(['A1:H1', 'A3:H3', 'A5:H5']);
      const approved = (
        await workbookOf(
          await get(
            'chairman',
            `/api/export/ranking.xlsx?cycleId=${approvedCycle}&unitTypeId=district`,
          ),
        )
      ).getWorksheet('排名')!;
      expect(cells(approved, 3, 1, 1)).toEqual(['区县工会（已排名1个）']);
      expect(cells(approved, 4, 1, 2)).toEqual([1, UNITS.a.name]);
      expect(String(approved.getCell('A1').value)).toContain('区');
    });

    it('the matrix file: units × items, 自评 and 考评 per item, merged item headers, totals', async () => {
      const matrix = await reportMatrix(h.db, { cycleId: approvedCycle });
      const sheet = (
        await workbookOf(await get('chairman', `/api/export/matrix.xlsx?cycleId=${approvedCycle}`))
      ).getWorksheet('明细')!;
      const n = matrix.items.length;
      const lastCol = 3 + 2 * n + 6;
      expect(sheet.model.merges).toContain(`A1:${sheet.getColumn(lastCol).letter}1`);
      expect(sheet.model.merges).toContain('D2:E2');
      expect(sheet.model.merges.filter((m) => /^[A-Z]+2:[A-Z]+2$/.test(m))).toHaveLength(n);
      const row = matrix.rows[0]!;
      expect(cells(sheet, 4, 1, 3)).toEqual([UNITS.a.name, expect.any(String), '已审定']);
      for (const i of matrix.items.keys()) {
        expect(cells(sheet, 4, 4 + 2 * i, 5 + 2 * i)).toEqual([
          num(row.self[i] ?? null),
          num(row.review[i] ?? null),
        ]);
      }
      expect(cells(sheet, 4, 4 + 2 * n, lastCol)).toEqual([
        num(row.selfTotal),
        num(row.reviewTotal),
        num(row.bonus),
        num(row.total),
        null,
        null,
      ]);
    });

    it('grades and the honours bar in the ranking, the matrix and the results notice (xlsx cell by cell, docx opened)', async () => {
      const admin = h.as(USERS.admin);
      await admin.grades.setBands({
        cycleId: approvedCycle,
        unitTypeId: 'district',
        bands: { mode: 'total', bands: [{ label: '优秀', bound: '1' }], otherwise: '达标' },
      });
      const { id: barId } = await h.as(USERS.chairman).grades.bar({
        assessmentId: approvedId,
        condition: '发生重大安全责任事故',
        reason: '经主席室研究',
      });
      try {
        const ranking = (
          await workbookOf(await get('admin', `/api/export/ranking.xlsx?cycleId=${approvedCycle}`))
        ).getWorksheet('排名')!;
        expect(cells(ranking, 2, 7, 8)).toEqual(['等次', '不予评先']);
        expect(cells(ranking, 4, 1, 2)).toEqual([1, UNITS.a.name]);
        expect(cells(ranking, 4, 7, 8)).toEqual(['优秀', '不予评先']);
        const matrix = (
          await workbookOf(await get('admin', `/api/export/matrix.xlsx?cycleId=${approvedCycle}`))
        ).getWorksheet('明细')!;
        expect(cells(matrix, 4, matrix.columnCount - 1, matrix.columnCount)).toEqual([
          '优秀',
          '不予评先',
        ]);

        const url = `/api/export/results-notice.xlsx?cycleId=${approvedCycle}&date=2012-01-20`;
        const notice = (await workbookOf(await get('chairman', url))).getWorksheet('结果通报')!;
        const [row] = await rankingReport(h.db, { cycleId: approvedCycle });
        expect(cells(notice, 3, 1, 1)).toEqual(['一、区县工会（1个）']);
        expect(cells(notice, 4, 1, 5)).toEqual(['名次', '单位', '总计', '等次', '不予评先']);
        expect(cells(notice, 5, 1, 5)).toEqual([
          1,
          UNITS.a.name,
          num(row!.total),
          '优秀',
          '发生重大安全责任事故',
        ]);
        expect(cells(notice, notice.rowCount - 1, 4, 4)).toEqual(['主席室（签章）']);
        expect(cells(notice, notice.rowCount, 4, 4)).toEqual(['2012年1月20日']);

        const docx = await get('admin', url.replace('.xlsx', '.docx'));
        expect(docx.statusCode).toBe(200);
        expect(docx.headers['content-type']).toContain('wordprocessingml');
        const xml = await (await JSZip.loadAsync(docx.rawPayload))
          .file('word/document.xml')!
          .async('string');
        const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
          .map((m) => m[1])
          .join('|');
        expect(text).toContain(`1|${UNITS.a.name}|${row!.total}|优秀|发生重大安全责任事故`);
        expect(text).toContain('主席室（签章）|2012年1月20日');
        // Only the chairman's office and the admin.
        expect((await get('unitA', url)).statusCode).toBe(403);
        expect((await get('legal', url.replace('.xlsx', '.docx'))).statusCode).toBe(403);
      } finally {
        await h.as(USERS.admin).grades.lift({ barId, reason: '测试结束' });
        await admin.grades.clearBands({ cycleId: approvedCycle, unitTypeId: 'district' });
      }
    });
  });

  describe('a department’s review grid', () => {
    it('holds exactly its own items and the submitted units', async () => {
      for (const dept of ['legal', 'finance'] as const) {
        const grid = await reviewGrid(h.db, { cycleId: approvedCycle, departmentId: dept });
        const sheet = (
          await workbookOf(await get(dept, `/api/export/review-grid.xlsx?cycleId=${approvedCycle}`))
        ).getWorksheet('考评表')!;
        const headers = grid.items.map((_, i) => sheet.getCell(2, 3 + 3 * i).value);
        expect(sheet.getCell(2, 3 + 3 * grid.items.length).value).toBe('自评合计');
        // Issue 15: who is late on the unit, last; an approved assessment is nobody's.
        expect(sheet.getCell(2, 5 + 3 * grid.items.length).value).toBe('逾期');
        expect(sheet.getCell(4, 5 + 3 * grid.items.length).value || null).toBeNull();
        expect(headers).toEqual(grid.items.map((i) => `第${i.number}项`));
        expect(cells(sheet, 4, 1, 1)).toEqual([UNITS.a.name]);
        grid.rows[0]!.cells.forEach((c, i) => {
          expect(cells(sheet, 4, 3 + 3 * i, 5 + 3 * i)).toEqual([
            num(c.selfScore),
            num(c.reviewScore),
            '已评',
          ]);
        });
      }
      // The harness cycle's units are still self-scoring: not in a department's grid.
      const sheet = (
        await workbookOf(await get('legal', `/api/export/review-grid.xlsx?cycleId=${h.cycleId}`))
      ).getWorksheet('考评表')!;
      expect(sheet.rowCount).toBe(3);
    });
  });

  describe('who may download', () => {
    it('anonymous: 401 on every download', async () => {
      for (const url of [
        `/api/export/assessment/${approvedId}.xlsx`,
        `/api/export/ranking.xlsx?cycleId=${h.cycleId}`,
        `/api/export/matrix.xlsx?cycleId=${h.cycleId}`,
        `/api/export/review-grid.xlsx?cycleId=${h.cycleId}`,
      ]) {
        const response = await get(null, url);
        expect(response.statusCode, url).toBe(401);
        expect(response.json().domainCode).toBe('UNAUTHENTICATED');
      }
    });

    it('a unit cannot fetch another unit’s sheet, nor its own before approval', async () => {
      const other = await get('unitB', `/api/export/assessment/${approvedId}.xlsx`);
      expect(other.statusCode).toBe(403);
      expect(other.json().domainCode).toBe('FORBIDDEN');
      const early = await get('unitA', `/api/export/assessment/${h.assessments[UNITS.a.id]}.xlsx`);
      expect(early.statusCode).toBe(403);
      expect(early.json().message).toContain('审定');
    });

    it('departments, units and the chairman each get only their own kind of file', async () => {
      const refused: Array<[string, string]> = [
        ['legal', `/api/export/assessment/${approvedId}.xlsx`],
        ['legal', `/api/export/ranking.xlsx?cycleId=${approvedCycle}`],
        ['finance', `/api/export/matrix.xlsx?cycleId=${approvedCycle}`],
        ['unitA', `/api/export/ranking.xlsx?cycleId=${approvedCycle}`],
        ['unitA', `/api/export/review-grid.xlsx?cycleId=${approvedCycle}`],
        ['chairman', `/api/export/review-grid.xlsx?cycleId=${approvedCycle}`],
      ];
      for (const [who, url] of refused) {
        const response = await get(who, url);
        expect(response.statusCode, `${who} ${url}`).toBe(403);
      }
    });

    it('bad or unknown targets: 400 and 404, in the user’s language', async () => {
      expect((await get('chairman', '/api/export/ranking.xlsx')).statusCode).toBe(400);
      expect((await get('chairman', '/api/export/assessment/x.pdf')).statusCode).toBe(400);
      const missing = await get('chairman', '/api/export/matrix.xlsx?cycleId=no-such-cycle');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().message).toBe('找不到该考核周期');
      expect((await get('chairman', '/api/export/assessment/no-such.xlsx')).statusCode).toBe(404);
    });
  });
});
