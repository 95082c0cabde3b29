import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { answerAppeal, createPublication, fileAppeal } from './appeal-repository.ts';
import { listAssessments, updateAssessmentWorkflow } from './assessment-repository.ts';
import { listAuditEvents } from './audit-repository.ts';
import {
  BACKUP_FORMAT_VERSION,
  BackupError,
  backupDatabase,
  readBackupHeader,
  restoreDatabase,
  writeRotatingBackup,
} from './backup.ts';
import { awardBonus, revokeBonus } from './bonus-repository.ts';
import { createDb, type Engine } from './client.ts';
import { addEvidence, deleteEvidence } from './evidence-repository.ts';
import { barFromHonours, liftHonoursBar, setGradeBands } from './grade-repository.ts';
import { returnItem, saveReviewScore, saveSelfScore } from './item-score-repository.ts';
import { enqueueMail } from './mail-outbox-repository.ts';
import { appliedMigrations } from './migrate.ts';
import { createNotifications, markNotificationsRead } from './notification-repository.ts';
import { upsertUnitTypes } from './organisation-repository.ts';
import { rankingReport } from './report-repository.ts';
import { reviewGrid } from './review-grid-repository.ts';
import type { Database } from './schema.ts';
import { recordSecurityEvent } from './security-event-repository.ts';
import { createSession, recordLoginAttempt } from './session-repository.ts';
import {
  ADMIN,
  CHAIRMAN,
  createTestDb,
  departmentActor,
  describeEachEngine,
  type SeededCycle,
  seedCycle,
  TEST_DATABASE_URL,
  type TestDb,
} from './testing.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-backup-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let fileNo = 0;
const tmpFile = (name = 'backup') => path.join(tmp, `${name}-${++fileNo}.ndjson.gz`);

/**
 * A database with something in every table, and values that are easy to get wrong:
 * half points, text with quotes, backslashes, newlines and CJK, nested jsonb, arrays,
 * NULLs, microsecond timestamps, a revoked award, a deleted file, a read notification.
 */
async function seedEverything(db: Kysely<Database>): Promise<SeededCycle> {
  const seeded = await seedCycle(db, { unitCount: 3 });
  const [u1, u2, u3] = seeded.units;
  const legal = departmentActor('legal');
  await saveSelfScore(db, u1!.actor, {
    assessmentId: u1!.assessmentId,
    itemId: 'collective-contracts',
    inputs: { criteria: { 'c-1': true, nested: { list: [1, 2.5, null, '全'] } } },
    selfScore: '8.5',
    explanation: '说明："引号"、反斜杠 \\ 与换行\n第二行\ttab',
    expectedVersion: 1,
    indicators: [{ indicatorId: 'contract-rate', numerator: 45, denominator: 50 }],
  });
  await saveSelfScore(db, u2!.actor, {
    assessmentId: u2!.assessmentId,
    itemId: 'dispute-mediation',
    inputs: {},
    selfScore: '1.5',
    explanation: null,
    expectedVersion: 1,
  });
  await saveReviewScore(db, legal, {
    assessmentId: u1!.assessmentId,
    itemId: 'collective-contracts',
    departmentId: 'legal',
    inputs: { snake_key: { inner_key: [true, false] } },
    reviewScore: '6.5',
    itemReviewScore: '8.25',
    remarks: '备注 remarks',
    expectedVersion: 1,
  });
  await returnItem(db, legal, {
    assessmentId: u2!.assessmentId,
    itemId: 'stability',
    departmentId: 'legal',
    reason: '请补充维稳台账',
    returnDeadline: new Date('2012-02-01T09:30:00.123Z'),
    expectedVersion: 1,
  });
  const assessment = await db
    .selectFrom('assessments')
    .select('version')
    .where('id', '=', u3!.assessmentId)
    .executeTakeFirstOrThrow();
  await updateAssessmentWorkflow(db, u3!.actor, {
    assessmentId: u3!.assessmentId,
    expectedVersion: assessment.version,
    stage: 'review',
    snapshot: { value: 'review', context: { departments: ['legal', 'org'] } },
    machineVersion: 1,
    action: 'assessment.SUBMIT',
    submittedAt: 'now',
  });
  const award = await awardBonus(db, CHAIRMAN, {
    assessmentId: u1!.assessmentId,
    bonusItemId: 'bonus-excellence',
    points: '2.5',
    reason: '表现突出',
  });
  await awardBonus(db, CHAIRMAN, {
    assessmentId: u1!.assessmentId,
    bonusItemId: 'bonus-breakthrough',
    points: '1',
    reason: '工作创新',
  });
  await revokeBonus(db, CHAIRMAN, { awardId: award.id, reason: '重复加分' });
  // 等次 and 不予评先 (migration 0011): the restored ranking carries the same grades and bars.
  await setGradeBands(db, ADMIN, {
    cycleId: seeded.cycleId,
    unitTypeId: u1!.unitTypeId,
    bands: { mode: 'share', bands: [{ label: '优秀', bound: '33.33' }], otherwise: '良好' },
  });
  const bar = await barFromHonours(db, CHAIRMAN, {
    assessmentId: u2!.assessmentId,
    condition: '违纪',
    reason: '经研究',
  });
  await liftHonoursBar(db, ADMIN, { barId: bar.id, reason: '撤销' });
  await barFromHonours(db, CHAIRMAN, {
    assessmentId: u2!.assessmentId,
    condition: '发生安全事故',
    reason: '经研究',
  });
  const evidence = await addEvidence(db, u1!.actor, {
    assessmentId: u1!.assessmentId,
    itemId: 'collective-contracts',
    fileName: '集体合同.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 123_456,
    sha256: 'a'.repeat(64),
    storagePath: 'ab/cd/abcd',
  });
  await addEvidence(db, u1!.actor, {
    assessmentId: u1!.assessmentId,
    itemId: 'collective-contracts',
    fileName: 'old.docx',
    mimeType: 'application/msword',
    sizeBytes: 0,
    sha256: 'b'.repeat(64),
    storagePath: 'ef/gh/efgh',
  });
  await deleteEvidence(db, u1!.actor, { evidenceId: evidence.id, reason: '上传错了' });
  const [notification] = await createNotifications(db, [
    { target: { unitId: u2!.unitId }, kind: 'item.returned', payload: { itemId: 'stability' } },
    { target: { departmentId: 'legal' }, kind: 'deadline.near', payload: { days: 3 } },
  ]);
  await markNotificationsRead(db, u2!.actor.userId, [notification!.id]);
  await enqueueMail(
    db,
    [
      {
        notificationId: notification!.id,
        userId: u2!.actor.userId,
        toAddress: 'unit@example.org',
        subject: '【考核系统】退回修改',
        body: '退回修改\n\nReturned for revision',
      },
    ],
    new Date('2011-12-01T00:00:00Z'),
  );
  // 公示 and 申诉 (migration 0010): a publication, an answered appeal with a file.
  const publication = await createPublication(db, ADMIN, {
    cycleId: seeded.cycleId,
    unitTypeId: null,
    periodStart: new Date('2012-01-10T00:00:00.123Z'),
    periodEnd: new Date('2012-01-17T09:00:00Z'),
    showRanking: true,
    assessmentIds: [u1!.assessmentId],
  });
  const appeal = await fileAppeal(db, u1!.actor, {
    publicationId: publication.id,
    assessmentId: u1!.assessmentId,
    target: 'collective-contracts',
    reason: '申诉："引号" 与换行\n第二行',
    evidenceIds: [evidence.id],
    at: new Date('2012-01-11T08:00:00Z'),
  });
  await answerAppeal(db, legal, {
    id: appeal.id,
    expectedVersion: appeal.version,
    answer: 'changed',
    remark: '改为8.5分',
    departmentId: 'legal',
    scoreBefore: '6.5',
    scoreAfter: '8.5',
    at: new Date('2012-01-12T08:00:00Z'),
  });
  await createSession(db, ADMIN, {
    id: 'f'.repeat(64),
    userId: ADMIN.userId,
    expiresAt: new Date('2030-01-01T00:00:00Z'),
    ip: '127.0.0.1',
    userAgent: 'vitest',
  });
  // Microseconds, which a JavaScript Date cannot hold: a backup must keep them.
  await sql`update sessions set last_seen_at = '2029-12-31T23:59:59.123456+08:00'`.execute(db);
  // jsonb holding JSON null (not SQL NULL), and numbers no JavaScript number can hold.
  await sql`update item_scores set self_inputs = 'null'::jsonb
    where assessment_id = ${u2!.assessmentId} and item_id = 'dispute-mediation'`.execute(db);
  await sql`update item_reviews
    set review_inputs = '{"big": 12345678901234567890.5, "scaled": 1.50, "tiny": 1e-30}'::jsonb
    where assessment_id = ${u1!.assessmentId} and item_id = 'collective-contracts'`.execute(db);
  await recordLoginAttempt(db, { username: 'Admin', ip: '::1', succeeded: false });
  await recordLoginAttempt(db, { username: 'admin', ip: null, succeeded: true });
  await recordSecurityEvent(db, {
    actorUserId: u2!.actor.userId,
    actorRole: 'unit',
    procedure: 'assessment.byId',
    targetId: u1!.assessmentId,
    code: 'FORBIDDEN',
    reason: '只能查看本单位的考核',
    ip: '10.0.0.7',
  });
  // 等次 and 不予评先 (issue 14), where the seeding above left them empty.
  await sql`insert into grade_bands (cycle_id, unit_type_id, bands, updated_by)
    values (${seeded.cycleId}, 'district',
      '{"mode":"total","bands":[{"label":"优秀","bound":"110"}],"otherwise":"达标"}'::jsonb,
      ${ADMIN.userId})
    on conflict do nothing`.execute(db);
  await sql`insert into honours_bars (id, assessment_id, condition, reason, barred_by)
    select 'bar-1', ${u2!.assessmentId}, '发生重大安全责任事故', '经核实', ${ADMIN.userId}
    where not exists (select 1 from honours_bars)`.execute(db);
  return seeded;
}

/**
 * Every row of every table as PostgreSQL's own text of the row, independent of the
 * backup's encoding: numerics with their scale, timestamps to the microsecond (in UTC),
 * jsonb as stored, and SQL NULL (an empty field) apart from a jsonb JSON null.
 */
async function allRows(db: Kysely<Database>): Promise<Record<string, string[]>> {
  return db.transaction().execute(async (trx) => {
    await sql`set local time zone 'UTC'`.execute(trx);
    const { rows: tables } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'
        and table_name not like 'kysely\\_%' order by table_name`.execute(trx);
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await sql<{ j: string }>`
        select x::text as j from ${sql.table(name)} x order by x::text collate "C"`.execute(
        trx.withoutPlugins(),
      );
      out[name] = rows.map((r) => r.j);
    }
    return out;
  });
}

/** What people see: the overview, a department's grid, the ranking, an assessment's trail. */
async function views(db: Kysely<Database>, seeded: SeededCycle) {
  return {
    assessments: await listAssessments(db, { cycleId: seeded.cycleId }),
    legalGrid: await reviewGrid(db, { cycleId: seeded.cycleId, departmentId: 'legal' }),
    orgGrid: await reviewGrid(db, { cycleId: seeded.cycleId, departmentId: 'org' }),
    ranking: await rankingReport(db, { cycleId: seeded.cycleId }),
    trail: await listAuditEvents(db, { assessmentId: seeded.units[0]!.assessmentId }),
  };
}

/** The rows of a backup file without its header (which names the time and the engine). */
function bodyOf(file: string): string {
  return zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').slice(1).join('\n');
}

function rewrite(file: string, change: (lines: string[]) => string[]): string {
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
  const out = tmpFile('rewritten');
  fs.writeFileSync(out, zlib.gzipSync(change(lines).join('\n')));
  return out;
}

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

async function rowCount(db: Kysely<Database>): Promise<number> {
  const rows = await allRows(db);
  return Object.values(rows).reduce((s, r) => s + r.length, 0);
}

describeEachEngine('backup and restore', ({ db, engine }) => {
  let seeded: SeededCycle;
  let file: string;
  let restoredInto: Kysely<Database>;
  const targets: TestDb[] = [];
  afterAll(async () => {
    for (const t of targets) await t.dispose();
  });
  const freshTarget = async () => {
    const t = await createTestDb(engine);
    targets.push(t);
    return t.handle.db;
  };

  it('restores every row into an empty database; what people see is the same', async () => {
    seeded = await seedEverything(db());
    file = tmpFile();
    const summary = await backupDatabase(db(), file);
    expect(summary.file).toBe(file);
    expect(summary.migrations).toEqual(await appliedMigrations(db()));
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    const before = await allRows(db());
    // Every table has rows: nothing in the schema escapes the test.
    for (const [name, rows] of Object.entries(before)) expect(rows.length, name).toBeGreaterThan(0);
    expect(Object.keys(before).sort()).toEqual(summary.tables.map((t) => t.name).sort());

    const header = await readBackupHeader(file);
    expect(header).toMatchObject({ formatVersion: BACKUP_FORMAT_VERSION, engine });
    // Parents before children.
    const order = header.tables.map((t) => t.name);
    expect(order.indexOf('units')).toBeLessThan(order.indexOf('cycle_units'));
    expect(order.indexOf('item_scores')).toBeLessThan(order.indexOf('item_reviews'));

    const target = await freshTarget();
    restoredInto = target;
    const restored = await restoreDatabase(target, file);
    expect(restored.rows).toBe(summary.rows);
    expect(restored.replaced).toEqual([]);
    expect(await allRows(target)).toEqual(before);
    expect(await views(target, seeded)).toEqual(await views(db(), seeded));
    // The values that are easy to get wrong, read back through the repositories.
    const session = await target.selectFrom('sessions').select('lastSeenAt').executeTakeFirst();
    expect(session?.lastSeenAt).toEqual(new Date('2029-12-31T15:59:59.123Z'));
    const { rows: inputs } = await sql<{ selfInputs: string; isNull: boolean }>`
      select self_inputs::text as self_inputs, self_inputs is null as is_null from item_scores
      where item_id = 'dispute-mediation' and assessment_id = ${seeded.units[1]!.assessmentId}`.execute(
      target,
    );
    expect(inputs).toEqual([{ selfInputs: 'null', isNull: false }]);
    const { rows: exact } = await sql<{ text: string }>`
      select review_inputs::text as text from item_reviews where review_inputs ? 'big'`.execute(
      target,
    );
    expect(exact.map((r) => r.text)).toEqual([
      '{"big": 12345678901234567890.5, "tiny": 0.000000000000000000000000000001, "scaled": 1.50}',
      '{"big": 12345678901234567890.5, "tiny": 0.000000000000000000000000000001, "scaled": 1.50}',
    ]);

    // A backup of the restored database has the same rows, byte for byte.
    const again = tmpFile();
    await backupDatabase(target, again);
    expect(bodyOf(again)).toBe(bodyOf(file));

    // New audit events continue after the restored ones.
    const { rows: max } = await sql<{ id: number }>`select max(id) as id from audit_events`.execute(
      db(),
    );
    await upsertUnitTypes(target, ADMIN, [{ id: `after-restore-${engine}`, name: '恢复后' }]);
    const [latest] = await listAuditEvents(target, {
      entityType: 'unitType',
      entityId: `after-restore-${engine}`,
    });
    expect(latest!.id).toBe(max[0]!.id + 1);
  });

  it('refuses a database that holds data; with replace, replaces it, audit trail included', async () => {
    const target = restoredInto;
    await upsertUnitTypes(target, ADMIN, [{ id: 'only-in-target', name: '仅在目标库' }]);
    const error = await refusal(restoreDatabase(target, file));
    expect(error.code).toBe('NOT_EMPTY');
    expect(error.text.zh).toMatch(/^目标数据库已有数据（audit_events, departments, .*），未恢复/);
    expect(error.text.en).toContain('add --force to replace all of its data');
    expect(await target.selectFrom('unitTypes').select('id').execute()).toContainEqual({
      id: 'only-in-target',
    });

    const replaced = await restoreDatabase(target, file, { replace: true });
    expect(replaced.replaced).toContain('audit_events');
    expect(await allRows(target)).toEqual(await allRows(db()));
    // The trail refuses changes again: the trigger was only off inside the restore.
    await expect(sql`delete from audit_events`.execute(target)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_events`.execute(target)).rejects.toThrow(/append-only/);
    const { rows } = await sql<{ enabled: string }>`
      select tgenabled::text as enabled from pg_trigger
      where tgname in ('audit_events_append_only', 'audit_events_no_truncate')`.execute(target);
    expect(rows.map((r) => r.enabled)).toEqual(['O', 'O']);
  });

  it('refuses a newer schema, a newer format, a file that is not a backup or is cut short', async () => {
    const target = await freshTarget();
    const newer = rewrite(file, ([head, ...rest]) => {
      const header = JSON.parse(head!);
      header.migrations.push('9999-from-the-future');
      return [JSON.stringify(header), ...rest];
    });
    const schema = await refusal(restoreDatabase(target, newer));
    expect(schema.code).toBe('NEWER_SCHEMA');
    expect(schema.text.zh).toBe(
      '备份来自更新版本的系统（本程序不认识数据库迁移 9999-from-the-future）：请先升级系统再恢复',
    );
    const format = rewrite(file, ([head, ...rest]) => [
      JSON.stringify({ ...JSON.parse(head!), formatVersion: BACKUP_FORMAT_VERSION + 1 }),
      ...rest,
    ]);
    expect((await refusal(restoreDatabase(target, format))).code).toBe('NEWER_FORMAT');
    const otherColumns = rewrite(file, ([head, ...rest]) => {
      const header = JSON.parse(head!);
      header.tables[0].columns[0].type = 'integer';
      return [JSON.stringify(header), ...rest];
    });
    const other = await refusal(restoreDatabase(target, otherColumns));
    expect(other.code).toBe('OTHER_SCHEMA');
    expect(other.text.en).toContain('audit_events.id integer');

    const text = path.join(tmp, 'notes.txt');
    fs.writeFileSync(text, '这不是备份\n');
    expect((await refusal(restoreDatabase(target, text))).text.zh).toBe(
      '这不是考核系统的备份文件：不是 gzip 压缩文件',
    );
    const json = tmpFile('json');
    fs.writeFileSync(json, zlib.gzipSync('{"hello":"world"}\n'));
    expect((await refusal(restoreDatabase(target, json))).text.en).toBe(
      'This is not a kaohe backup file: it has no backup header',
    );
    const missing = await refusal(restoreDatabase(target, path.join(tmp, 'nope.gz')));
    expect(missing.code).toBe('NOT_FOUND');

    const bytes = fs.readFileSync(file);
    const cut = tmpFile('cut');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    expect((await refusal(restoreDatabase(target, cut))).code).toBe('INCOMPLETE');
    const noEnd = rewrite(file, (lines) => lines.filter((l) => !l.startsWith('{"end"')));
    const end = await refusal(restoreDatabase(target, noEnd));
    expect(end.text.en).toBe(
      'The backup file is incomplete or damaged (the end line is missing); nothing was restored',
    );
    const lostRow = rewrite(file, (lines) => lines.filter((_, i) => i !== lines.length - 3));
    expect((await refusal(restoreDatabase(target, lostRow))).code).toBe('INCOMPLETE');

    // A row the database refuses, late in the file: the whole restore is rolled back.
    const badScore = rewrite(file, (lines) => {
      const at = lines.indexOf('{"table":"item_scores"}') + 1;
      const row = JSON.parse(lines[at]!);
      row[4] = '99.00'; // self_score above the base score
      return lines.map((l, i) => (i === at ? JSON.stringify(row) : l));
    });
    const bad = await refusal(restoreDatabase(target, badScore));
    expect(bad.code).toBe('BAD_DATA');
    expect(bad.text.zh).toMatch(
      /^恢复失败，未恢复任何数据：表 item_scores（备份文件第\d+–\d+行）：/,
    );
    expect(bad.text.en).toContain('item_scores_self_score_range');
    expect(await rowCount(target)).toBe(0);
    // And after all that, the good file still restores into it.
    await restoreDatabase(target, file);
    expect(await allRows(target)).toEqual(await allRows(db()));
  });

  it('keeps the newest N scheduled backups and nothing else of its own', async () => {
    const dir = path.join(tmp, `scheduled-${engine}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'unrelated.txt'), 'keep me');
    let clock = Date.parse('2026-01-24T13:37:00.000Z');
    const now = () => new Date(clock);
    const written: string[] = [];
    for (let i = 0; i < 4; i++) {
      const result = await writeRotatingBackup(db(), dir, 2, now);
      written.push(path.basename(result.file));
      clock += 3_600_000;
    }
    expect(written[0]).toBe('kaohe-2026-01-24T13-37-00-000Z.ndjson.gz');
    expect(fs.readdirSync(dir).sort()).toEqual([...written.slice(2), 'unrelated.txt']);
    await expect(writeRotatingBackup(db(), dir, 0)).rejects.toThrow(RangeError);
  });
});

describe('backup', () => {
  it('refuses to back up a database that was never migrated', async () => {
    const empty = await createDb({ dataDir: 'memory://' });
    try {
      expect((await refusal(backupDatabase(empty.db, tmpFile()))).code).toBe('NOT_MIGRATED');
    } finally {
      await empty.close();
    }
  });
});

describe.skipIf(!TEST_DATABASE_URL)('a backup restored into the other engine', () => {
  const opened: TestDb[] = [];
  afterAll(async () => {
    for (const t of opened) await t.dispose();
  });
  const open = async (engine: Engine) => {
    const t = await createTestDb(engine);
    opened.push(t);
    return t.handle.db;
  };

  it('PGlite → PostgreSQL → PGlite: the same rows, byte-identical backups, the same views', async () => {
    const pglite = await open('pglite');
    const seeded = await seedEverything(pglite);
    const fromPglite = tmpFile('from-pglite');
    await backupDatabase(pglite, fromPglite);

    const postgres = await open('postgres');
    await restoreDatabase(postgres, fromPglite);
    expect(await allRows(postgres)).toEqual(await allRows(pglite));
    expect(await views(postgres, seeded)).toEqual(await views(pglite, seeded));

    // A write on PostgreSQL first (its clock has microseconds, PGlite's milliseconds), so
    // that the way back carries values PGlite never made itself.
    await upsertUnitTypes(postgres, ADMIN, [{ id: 'written-on-postgres', name: '在PG上写入' }]);
    const fromPostgres = tmpFile('from-postgres');
    await backupDatabase(postgres, fromPostgres);

    // Into a PGlite database that was never migrated: migrated to the backup's version.
    const back = await createDb({ dataDir: 'memory://' });
    try {
      const restored = await restoreDatabase(back.db, fromPostgres);
      expect(restored.migrated.before).toEqual(await appliedMigrations(postgres));
      expect(restored.header.engine).toBe('postgres');
      expect(await allRows(back.db)).toEqual(await allRows(postgres));
      expect(await views(back.db, seeded)).toEqual(await views(postgres, seeded));
      const roundTrip = tmpFile('round-trip');
      await backupDatabase(back.db, roundTrip);
      expect(bodyOf(roundTrip)).toBe(bodyOf(fromPostgres));
    } finally {
      await back.close();
    }
  });
});
