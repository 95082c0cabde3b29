/**
 * Search and paging through the API (issue 15): every long list takes the one
 * ListQuerySchema and answers { rows, total }; the audit log through its procedure and its
 * xlsx download, read back with exceljs.
 */
import { rankingReport, SYSTEM_ACTOR, upsertUnits } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import { TRPCError } from '@trpc/server';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../http/app.ts';
import { createHarness, type Harness, outcome, UNITS, USERS } from '../testing/harness.ts';
import { HOST, type HttpClient, signedIn } from '../testing/http.ts';

describeEachEngine('API: search and paging', ({ db }) => {
  let h: Harness;
  let app: FastifyInstance;
  const clients: Record<string, HttpClient> = {};

  beforeAll(async () => {
    h = await createHarness(db());
    // 45 more units in one statement, as an import would bring them.
    await upsertUnits(
      db(),
      SYSTEM_ACTOR,
      Array.from({ length: 45 }, (_, i) => ({
        id: `bulk-${String(i).padStart(2, '0')}`,
        name: `批量工会${String(i).padStart(2, '0')}`,
        unitTypeId: 'bureau',
      })),
    );
    app = await buildApp(h.deps, { webDist: null });
    for (const [key, username] of Object.entries({ admin: USERS.admin, unitA: USERS.unitA })) {
      clients[key] = await signedIn(app, username, '10.7.0.2');
    }
  }, 120_000);

  afterAll(async () => {
    await app.close();
    await h.dispose();
  });

  it('admin.unitList: a unit on the last page is found by its name on the first', async () => {
    const admin = h.as(USERS.admin).admin;
    const first = await admin.unitList({ q: '批量', page: 1, pageSize: 20 });
    expect(first.total).toBe(45);
    expect(first.rows).toHaveLength(20);
    const third = await admin.unitList({ q: '批量', page: 3, pageSize: 20 });
    expect(third.rows.map((u) => u.id)).toEqual(
      Array.from({ length: 5 }, (_, i) => `bulk-${40 + i}`),
    );
    expect((await admin.unitList({ q: '批量工会44', page: 1, pageSize: 20 })).rows).toMatchObject([
      { id: 'bulk-44', name: '批量工会44' },
    ]);
    expect((await admin.unitList({ q: 'HEXI', page: 1, pageSize: 20 })).rows).toMatchObject([
      { id: UNITS.a.id },
    ]);
    // Wildcards are letters: "%" finds no unit, "_" none either.
    expect((await admin.unitList({ q: '%', page: 1, pageSize: 20 })).total).toBe(0);
    expect((await admin.unitList({ q: '批量工会4_', page: 1, pageSize: 20 })).total).toBe(0);
    // A blank search is every unit.
    expect((await admin.unitList({ q: '  ', page: 1, pageSize: 200 })).total).toBe(48);
  });

  it('refuses a page size beyond the bound in the user’s language, and a search too long', async () => {
    const admin = h.as(USERS.admin).admin;
    const refusal = await admin.unitList({ page: 1, pageSize: 201 }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(TRPCError);
    expect((refusal as TRPCError).code).toBe('BAD_REQUEST');
    expect((refusal as TRPCError).message).toContain('每页最多200行');
    expect(await outcome(admin.userList({ q: 'x'.repeat(101), page: 1, pageSize: 20 }))).toBe(
      'BAD_REQUEST',
    );
    expect(await outcome(admin.unitList({ page: 0, pageSize: 20 }))).toBe('BAD_REQUEST');
  });

  it('admin.userList searches the account and the name', async () => {
    const admin = h.as(USERS.admin).admin;
    const found = await admin.userList({ q: 'unit-', page: 1, pageSize: 2 });
    expect(found.total).toBe(3);
    expect(found.rows.map((u) => u.username)).toEqual([USERS.unitA, USERS.unitB]);
    expect((await admin.userList({ q: '考核办', page: 1, pageSize: 20 })).rows).toMatchObject([
      { username: USERS.admin },
    ]);
  });

  it('report.rankingPage: the rank of a unit found by name is its rank in the whole list', async () => {
    const chairman = h.as(USERS.chairman).report;
    const whole = await rankingReport(db(), { cycleId: h.cycleId });
    for (const row of whole) {
      const page = await chairman.rankingPage({
        cycleId: h.cycleId,
        q: row.unitName,
        page: 1,
        pageSize: 20,
      });
      expect(page.total).toBe(1);
      expect(page.rows[0]).toMatchObject({ unitId: row.unitId, rank: row.rank });
    }
    expect((await chairman.rankingPage({ cycleId: h.cycleId, page: 1, pageSize: 1 })).total).toBe(
      whole.length,
    );
  });

  it('assessment.listPage: the overview searched and paged, ranks and stage counts of the whole cycle', async () => {
    const chairman = h.as(USERS.chairman).assessment;
    const whole = await chairman.list({ cycleId: h.cycleId });
    const first = await chairman.listPage({ cycleId: h.cycleId, page: 1, pageSize: 1 });
    expect(first.total).toBe(whole.length);
    expect(first.rows).toHaveLength(1);
    const second = await chairman.listPage({ cycleId: h.cycleId, page: 2, pageSize: 1 });
    const onSecond = second.rows[0]!;
    // The unit on page 2 is found by its name, with the same rank and figures.
    const found = await chairman.listPage({
      cycleId: h.cycleId,
      q: onSecond.unitName,
      page: 1,
      pageSize: 20,
    });
    expect(found.rows).toEqual([onSecond]);
    expect(found.rows[0]).toEqual(whole.find((r) => r.id === onSecond.id));
    expect(Object.values(found.stageCounts).reduce((a, b) => a + b, 0)).toBe(whole.length);
    expect(
      (await chairman.listPage({ cycleId: h.cycleId, q: '_', page: 1, pageSize: 20 })).total,
    ).toBe(0);
  });

  it('the audit log: who, what, unit and time, refused attempts included, paged', async () => {
    const caller = h.as(USERS.admin);
    const admin = caller.audit;
    const saveUnit = caller.admin.saveUnit;
    const start = h.clock.now();
    await saveUnit({
      id: 'log-1',
      name: '日志工会一',
      unitTypeId: 'district',
      memberCount: 1,
    });
    await saveUnit({
      id: 'log-2',
      name: '日志工会二',
      unitTypeId: 'district',
      memberCount: 2,
    });
    await saveUnit({
      id: 'log-2',
      name: '日志工会二号',
      unitTypeId: 'district',
      memberCount: 2,
    });
    // A unit's user tries the admin's list: refused and recorded.
    expect(await outcome(h.as(USERS.unitA).admin.units())).toBe('FORBIDDEN');

    const created = await admin.log({
      q: '考核办',
      action: 'unit.create',
      unit: '日志工会',
      page: 1,
      pageSize: 1,
    });
    expect(created.total).toBe(2);
    expect(created.rows[0]).toMatchObject({
      kind: 'audit',
      action: 'unit.create',
      actionLabel: { zh: '新建单位', en: 'Unit created' },
      actorUsername: USERS.admin,
      unitId: 'log-2',
      unitName: '日志工会二号',
    });
    const second = await admin.log({
      q: '考核办',
      action: 'unit.create',
      unit: '日志工会',
      page: 2,
      pageSize: 1,
    });
    expect(second.rows.map((r) => r.unitId)).toEqual(['log-1']);
    const changed = await admin.log({
      action: 'unit.update',
      unit: 'log-2',
      page: 1,
      pageSize: 20,
    });
    expect(changed.rows).toHaveLength(1);

    const refused = await admin.log({
      action: 'security.FORBIDDEN',
      q: USERS.unitA,
      page: 1,
      pageSize: 20,
    });
    expect(refused.rows[0]).toMatchObject({
      kind: 'security',
      actorUsername: USERS.unitA,
      procedure: 'admin.units',
      unitId: UNITS.a.id,
      actionLabel: { zh: '越权访问被拒绝' },
    });
    // The unit's own filter finds the refusal by the unit of the account that tried.
    expect(
      (await admin.log({ unit: UNITS.a.name, action: 'security.FORBIDDEN', page: 1, pageSize: 20 }))
        .total,
    ).toBeGreaterThanOrEqual(1);
    expect(
      (await admin.log({ from: new Date(start.getTime() + 86_400_000), page: 1, pageSize: 20 }))
        .total,
    ).toBe(0);
    expect(
      await outcome(
        admin.log({ from: new Date(2026, 1, 2), to: new Date(2026, 1, 1), page: 1, pageSize: 20 }),
      ),
    ).toBe('BAD_REQUEST');
    const actions = await admin.logActions();
    expect(actions).toContainEqual({
      action: 'assessment.APPROVE',
      label: { zh: '审定', en: 'Approved' },
    });
  });

  it('exports the audit log as xlsx with the same filters; the admin only', async () => {
    const url = `/api/export/audit-log.xlsx?q=${encodeURIComponent('考核办')}&action=unit.create&unit=${encodeURIComponent('日志工会')}`;
    const response = await app.inject({
      method: 'GET',
      url,
      headers: { host: HOST, ...clients.admin!.cookieHeader() },
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('审计日志')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '时间',
      '账号',
      '姓名',
      '角色',
      '操作',
      '操作代码',
      '单位',
      '对象',
      '说明',
      'IP',
    ]);
    expect(sheet.rowCount).toBe(3);
    expect([2, 3].map((r) => sheet.getRow(r).getCell(7).value)).toEqual([
      '日志工会二号',
      '日志工会一',
    ]);
    expect(sheet.getRow(2).getCell(5).value).toBe('新建单位');
    expect(sheet.getRow(2).getCell(2).value).toBe(USERS.admin);
    expect(sheet.getRow(2).getCell(4).value).toBe('考核办（管理员）');

    const refused = await app.inject({
      method: 'GET',
      url,
      headers: { host: HOST, ...clients.unitA!.cookieHeader() },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('审计日志仅限管理员导出');
  });
});
