/**
 * The organisation from Excel over HTTP (issue 15), on both engines: a 2,000-row workbook
 * with every kind of mistake is refused with every problem by sheet, row and column and
 * nothing written; a clean one previews, imports in one go with an initial password per
 * new account (which must be changed at first sign-in), exports back identical, and
 * imports again with no change and no new password. Admin only.
 */
import { describeEachEngine } from '@kaohe/db/testing';
import {
  type OrgExportData,
  readOrgWorkbook,
  writeOrgTemplate,
  writeOrgWorkbook,
} from '@kaohe/rubric-io';
import ExcelJS from 'exceljs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, fingerprint, type Harness, USERS } from '../testing/harness.ts';
import { HOST, HttpClient, multipartBody, ORIGIN, signedIn } from '../testing/http.ts';
import { buildApp } from './app.ts';
import type { OrgImportDone, OrgImportPreview } from './org-import-view.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 1,000 units and 1,000 users with one mistake of each kind, the 部门 sheet left out. */
async function faultyWorkbook(): Promise<{ bytes: Buffer; expected: string[] }> {
  const wb = new ExcelJS.Workbook();
  const units = wb.addWorksheet('单位');
  units.addRow(['单位编码', '单位名称', '单位类型']);
  for (let i = 0; i < 1000; i++) {
    let code: ExcelJS.CellValue = `U${i}`;
    let name: ExcelJS.CellValue = `第${i}单位工会`;
    let type: ExcelJS.CellValue = i % 2 ? '区县工会' : '局（产业）工会';
    if (i === 10) code = 'U5'; // a code twice
    if (i === 20) type = '街道工会'; // no such unit type
    if (i === 30) name = ''; // a required cell left blank
    if (i === 40) name = '长'.repeat(50_000); // far past the length limit
    if (i === 50) name = { formula: 'CONCAT("第","50")', result: '第50' }; // a formula
    if (i === 60) code = '单位60'; // not a code
    units.addRow([code, name, type]);
  }
  const users = wb.addWorksheet('用户');
  users.addRow(['账号', '姓名', '角色', '单位或部门编码', '手机', '邮箱']);
  for (let j = 0; j < 1000; j++) {
    const row: ExcelJS.CellValue[] = [
      `user${j}`,
      `用户${j}`,
      '被考核单位',
      `U${(j % 900) + 100}`,
      `1380000${String(j).padStart(4, '0')}`,
      `user${j}@example.cn`,
    ];
    if (j === 10) row[0] = 'USER5'; // an account twice (accounts ignore case)
    if (j === 20) row[2] = '会长'; // no such role
    if (j === 30) row[3] = 'NOPE'; // a unit neither in the file nor stored
    if (j === 40) row[1] = '';
    if (j === 50) row[4] = '电话'; // not a phone number
    if (j === 60) row[5] = 'user60@'; // not an email address
    if (j === 70) row[4] = { formula: 'A2&"1"', result: 'x' };
    users.addRow(row);
  }
  return {
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
    expected: [
      '单位:12:单位编码',
      '单位:22:单位类型',
      '单位:32:单位名称',
      '单位:42:单位名称',
      '单位:52:单位名称',
      '单位:62:单位编码',
      '部门:-:-',
      '用户:12:账号',
      '用户:22:角色',
      '用户:32:单位或部门编码',
      '用户:42:姓名',
      '用户:52:手机',
      '用户:62:邮箱',
      '用户:72:手机',
    ],
  };
}

const place = (p: { sheet: string | null; row: number | null; column: string | null }) =>
  `${p.sheet ?? '-'}:${p.row ?? '-'}:${p.column ?? '-'}`;

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

describeEachEngine('HTTP: the organisation from Excel', ({ db }) => {
  let h: Harness;
  let app: FastifyInstance;
  let admin: HttpClient;
  let unit: HttpClient;

  const send = (
    client: HttpClient,
    path: 'preview' | 'import',
    content: Buffer,
    filename = '组织机构.xlsx',
  ): Promise<LightMyRequestResponse> => {
    const { body, contentType } = multipartBody({ filename, type: XLSX_TYPE, content });
    return client.inject({
      method: 'POST',
      url: `/api/org/${path}`,
      headers: {
        host: HOST,
        origin: ORIGIN,
        'x-kaohe-csrf': '1',
        ...client.cookieHeader(),
        'content-type': contentType,
      },
      payload: body,
    });
  };
  const get = (client: HttpClient, url: string) =>
    client.inject({ method: 'GET', url, headers: { host: HOST, ...client.cookieHeader() } });

  async function exported(): Promise<OrgExportData> {
    const response = await get(admin, '/api/org/export.xlsx');
    expect(response.statusCode).toBe(200);
    const read = await readOrgWorkbook(response.rawPayload);
    expect(read.problems).toEqual([]);
    const { units, departments, users } = read.workbook;
    const strip = <T extends { row: number }>({ row: _, ...rest }: T) => rest;
    return {
      units: units.map(strip),
      departments: departments.map(strip),
      users: users.map(strip),
    };
  }

  async function accountsOf(done: OrgImportDone) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(done.accountsXlsx, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet('初始账号')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '账号', '姓名', '单位', '初始密码']);
    const rows: Array<{ account: string; name: string; unit: string; password: string }> = [];
    sheet.eachRow((row, r) => {
      if (r === 1) return;
      const [account, name, unitName, password] = (row.values as string[]).slice(1);
      rows.push({ account: account!, name: name!, unit: unitName!, password: password! });
    });
    return rows;
  }

  beforeAll(async () => {
    h = await createHarness(db());
    app = await buildApp(h.deps, { webDist: null });
    admin = await signedIn(app, USERS.admin, '10.3.0.1');
    unit = await signedIn(app, USERS.unitA, '10.3.0.2');
  });

  afterAll(async () => {
    await app.close();
    await h.dispose();
  });

  it('a fresh database holds the three unit types of the seed', async () => {
    const types = await h.db.selectFrom('unitTypes').select('name').orderBy('id').execute();
    expect(types.map((t) => t.name).sort()).toEqual(
      ['区县工会', '开发区工会', '局（产业）工会'].sort(),
    );
  });

  it('the template downloads with its sheets and headers; admin only', async () => {
    const response = await get(admin, '/api/org/template.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    expect(response.headers['content-disposition']).toContain(
      encodeURIComponent('组织机构导入模板.xlsx'),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['单位', '部门', '用户', '填写说明']);
    expect(wb.getWorksheet('用户')!.getRow(1).values).toEqual([
      undefined,
      '账号',
      '姓名',
      '角色',
      '单位或部门编码',
      '手机',
      '邮箱',
    ]);
    expect((await get(unit, '/api/org/template.xlsx')).statusCode).toBe(403);
    expect((await get(unit, '/api/org/export.xlsx')).statusCode).toBe(403);
    const before = await fingerprint(h.db);
    const refused = await send(unit, 'import', await writeOrgTemplate());
    expect(refused.statusCode).toBe(403);
    expect(await fingerprint(h.db)).toEqual(before);
  });

  it('a 2,000-row workbook with every kind of mistake: every problem listed, nothing written', async () => {
    const { bytes, expected } = await faultyWorkbook();
    const before = await fingerprint(h.db);
    for (const path of ['preview', 'import'] as const) {
      const response = await send(admin, path, bytes);
      expect(response.statusCode).toBe(400);
      const body = response.json() as OrgImportPreview & {
        domainCode: string;
        text: { zh: string; en: string };
      };
      expect(body.domainCode).toBe('INVALID_INPUT');
      expect(body.text.zh).toBe(`无法导入：工作簿有${expected.length}个问题，未写入任何内容`);
      expect(body.problems.map(place)).toEqual(expected);
      const long = body.problems.find((p) => place(p) === '单位:42:单位名称')!;
      expect(long.zh).toBe('不能超过200个字符（现有50000个）');
      expect(long.en).toBe('at most 200 characters (this has 50000)');
      expect(body.problems.find((p) => place(p) === '单位:22:单位类型')!.zh).toContain(
        '单位类型「街道工会」不存在',
      );
      expect(body.problems.find((p) => place(p) === '单位:52:单位名称')!.zh).toContain('含公式');
      expect(body.problems.find((p) => place(p) === '用户:32:单位或部门编码')!.en).toContain(
        'no unit "NOPE"',
      );
    }
    expect(await fingerprint(h.db)).toEqual(before);
  });

  it('not a workbook, a broken one and one past the size limit: one message, nothing written', async () => {
    const before = await fingerprint(h.db);
    const text = await send(admin, 'import', Buffer.from('账号,姓名\nzhang,张三\n'), 'org.csv');
    expect(text.statusCode).toBe(400);
    expect((text.json() as OrgImportPreview).problems[0]!.zh).toContain('不是有效的 Excel');
    const template = await writeOrgTemplate();
    const broken = await send(admin, 'import', template.subarray(0, 2000));
    expect(broken.statusCode).toBe(400);
    expect((broken.json() as OrgImportPreview).problems[0]!.zh).toContain('不是有效的 Excel');
    const huge = await send(admin, 'preview', Buffer.alloc(21 * 1024 * 1024, 1));
    expect(huge.statusCode).toBe(413);
    expect((huge.json() as { text: { zh: string } }).text.zh).toContain('文件超过大小上限');
    expect(await fingerprint(h.db)).toEqual(before);
  });

  it('a clean workbook: preview, import, export identical, import again changes nothing', async () => {
    const stored = await exported();
    const added: OrgExportData = {
      units: Array.from({ length: 30 }, (_, i) => ({
        code: `C${String(i).padStart(3, '0')}`,
        name: `第${i}区县工会`,
        unitType: i % 3 === 0 ? '开发区工会' : '区县工会',
      })),
      departments: [{ code: 'youth', name: '青工部' }],
      users: [
        ...Array.from({ length: 30 }, (_, i) => ({
          account: `c${String(i).padStart(3, '0')}.tb`,
          name: `填报员${i}`,
          role: 'unit' as const,
          orgCode: `C${String(i).padStart(3, '0')}`,
          phone: i % 2 ? `1390000${String(i).padStart(4, '0')}` : null,
          email: i % 2 ? null : `c${i}@example.cn`,
        })),
        {
          account: 'youth.kp',
          name: '青工部考评员',
          role: 'department' as const,
          orgCode: 'youth',
          phone: null,
          email: null,
        },
      ],
    };
    const file: OrgExportData = {
      units: [...stored.units, ...added.units].sort(byKey((u) => u.code)),
      departments: [...stored.departments, ...added.departments].sort(byKey((d) => d.code)),
      users: [...stored.users, ...added.users].sort(byKey((u) => u.account)),
    };
    const bytes = await writeOrgWorkbook(file);

    const before = await fingerprint(h.db);
    const preview = await send(admin, 'preview', bytes);
    expect(preview.statusCode).toBe(200);
    const plan = preview.json() as OrgImportPreview;
    expect(plan.problems).toEqual([]);
    expect(plan.summary).toEqual({
      units: { created: 30, updated: 0, unchanged: stored.units.length },
      departments: { created: 1, updated: 0, unchanged: stored.departments.length },
      users: { created: 31, updated: 0, unchanged: stored.users.length },
    });
    expect(plan.changesTotal).toBe(62);
    expect(plan.changes[0]).toMatchObject({ sheet: '单位', kind: 'create', code: 'C000' });
    expect(await fingerprint(h.db)).toEqual(before);

    const response = await send(admin, 'import', bytes);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const done = response.json() as OrgImportDone;
    expect(done.summary).toEqual(plan.summary);
    expect(done.accounts).toBe(31);
    const accounts = await accountsOf(done);
    expect(accounts.map((a) => a.account).sort()).toEqual(added.users.map((u) => u.account).sort());
    expect(accounts.find((a) => a.account === 'c001.tb')).toMatchObject({
      name: '填报员1',
      unit: '第1区县工会',
    });
    expect(accounts.find((a) => a.account === 'youth.kp')!.unit).toBe('青工部');
    expect(new Set(accounts.map((a) => a.password)).size).toBe(31);
    for (const a of accounts) expect(a.password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);

    // The new account signs in with its initial password and must change it first.
    const newcomer = new HttpClient(app, { remoteAddress: '10.3.0.3' });
    const first = accounts.find((a) => a.account === 'c001.tb')!;
    expect((await newcomer.login(first.account, first.password)).ok).toBe(true);
    const me = await h.db
      .selectFrom('users')
      .select(['mustChangePassword', 'unitId', 'phone', 'email'])
      .where('username', '=', 'c001.tb')
      .executeTakeFirstOrThrow();
    expect(me).toEqual({
      mustChangePassword: true,
      unitId: 'C001',
      phone: '13900000001',
      email: null,
    });
    const work = await newcomer.query('todo.mine');
    expect(work.ok).toBe(false);
    if (!work.ok) expect(work.error.data.text.zh).toBe('请先修改初始密码，然后才能继续使用系统');

    // One audit event for the import, one per row created.
    const events = await h.db
      .selectFrom('auditEvents')
      .select(['action', 'after'])
      .where('action', '=', 'organisation.import')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ fileName: '组织机构.xlsx', users: { created: 31 } });

    // The export is the file, row for row.
    expect(await exported()).toEqual(file);

    // The same file again: nothing changes, no password.
    const settled = await fingerprint(h.db);
    const again = await send(admin, 'import', bytes);
    expect(again.statusCode).toBe(200);
    const noop = again.json() as OrgImportDone;
    expect(noop.accounts).toBe(0);
    expect(noop.summary.users).toEqual({ created: 0, updated: 0, unchanged: file.users.length });
    expect(noop.summary.units).toEqual({ created: 0, updated: 0, unchanged: file.units.length });
    expect(await accountsOf(noop)).toEqual([]);
    const after = await fingerprint(h.db);
    // Only the import's own audit event is new.
    expect({ ...after, audit_events: '' }).toEqual({ ...settled, audit_events: '' });

    // A changed name and phone are updates; still no password.
    const changed: OrgExportData = {
      ...file,
      units: file.units.map((u) => (u.code === 'C002' ? { ...u, name: '第二区县工会' } : u)),
      users: file.users.map((u) => (u.account === 'c003.tb' ? { ...u, phone: '13911112222' } : u)),
    };
    const updatePlan = (
      await send(admin, 'preview', await writeOrgWorkbook(changed))
    ).json() as OrgImportPreview;
    expect(updatePlan.changes.map((c) => [c.sheet, c.kind, c.code, c.fields])).toEqual([
      ['单位', 'update', 'C002', ['单位名称']],
      ['用户', 'update', 'c003.tb', ['手机']],
    ]);
    const updated = (
      await send(admin, 'import', await writeOrgWorkbook(changed))
    ).json() as OrgImportDone;
    expect(updated.accounts).toBe(0);
    expect(updated.summary.units.updated).toBe(1);
    expect(updated.summary.users.updated).toBe(1);
    expect(await exported()).toEqual(changed);
  });
});
