/**
 * Issue 15, deadlines and reminders through the API with a controllable clock, on both
 * engines: deadline order refused in words; late steps accepted and marked 逾期 (the
 * assessment, the history event); the admin's and a department's overdue lists and the
 * department's split 待办; the periodic reminders written once; 催办 in bulk with who may
 * send it; and email copies delivered exactly once to a real SMTP server the test starts,
 * retried with backoff while it refuses.
 */
import type { AddressInfo } from 'node:net';
import { describeEachEngine } from '@kaohe/db/testing';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppTrpcError } from './errors.ts';
import { drainOutbox, FIRST_RETRY_MS, smtpTransport } from './services/mail-sender.ts';
import { notifyResultsPublished, runDeadlineReminders } from './services/message-service.ts';
import { returnItem7, selfScoreAll, version } from './testing/drive.ts';
import {
  createHarness,
  fingerprint,
  type Harness,
  outcome,
  TestClock,
  UNITS,
  USERS,
} from './testing/harness.ts';

/** Harness deadlines: 自评 2011-12-10, 考评 12-20, 加分 12-25, 终审 12-31 (end of day, +08:00). */
const at = (local: string) => new Date(`${local}+08:00`);

const failure = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as AppTrpcError,
  );

async function submit(h: Harness, unitId: string) {
  const id = h.assessments[unitId]!;
  const user = `unit-${unitId}`;
  await selfScoreAll(h, id, user);
  await h.as(user).assessment.submit({
    assessmentId: id,
    expectedVersion: await version(h, id),
    command: { type: 'SUBMIT' },
  });
  return id;
}

const lastEvent = (h: Harness, assessmentId: string, action: string) =>
  h.db
    .selectFrom('auditEvents')
    .select(['after'])
    .where('assessmentId', '=', assessmentId)
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();

describeEachEngine('deadlines and reminders (issue 15)', ({ db }) => {
  let h: Harness;
  const clock = new TestClock(at('2011-12-01T10:00:00'));
  const admin = () => h.as(USERS.admin);

  beforeAll(async () => {
    h = await createHarness(db(), { clock });
  });
  afterAll(() => h.dispose());

  it('refuses deadlines out of order, in both languages, and changes nothing', async () => {
    const rubric = await admin().rubric.get({ year: 2011 });
    const before = await fingerprint(h.db);
    const e = await failure(
      admin().cycle.create({
        name: '顺序错误的考核',
        rubricId: rubric.id,
        unitIds: [UNITS.spare.id],
        deadlines: { selfScoring: '2011-12-10', review: '2011-12-05' },
      }),
    );
    expect(e.domainCode).toBe('INVALID_INPUT');
    expect(e.text.zh).toContain('部门考评（2011-12-05）不能早于单位自评（2011-12-10）');
    expect(e.text.en).toContain('Department review (2011-12-05) cannot be before Self-scoring');
    const cycle = (await admin().cycle.list()).find((c) => c.id === h.cycleId)!;
    const moved = await failure(
      admin().cycle.setDeadlines({
        cycleId: cycle.id,
        expectedVersion: cycle.version,
        deadlines: { finalApproval: '2011-12-22' },
      }),
    );
    expect(moved.text.zh).toContain('终审（2011-12-22）不能早于主席室加分（2011-12-25）');
    expect(await fingerprint(h.db)).toEqual(before);
    // Removing one deadline and moving another consistently is fine.
    const ok = await admin().cycle.setDeadlines({
      cycleId: cycle.id,
      expectedVersion: cycle.version,
      deadlines: { bonus: null, finalApproval: '2011-12-22' },
    });
    await admin().cycle.setDeadlines({
      cycleId: cycle.id,
      expectedVersion: ok.version,
      deadlines: { bonus: '2011-12-25', finalApproval: '2011-12-31' },
    });
  });

  it('writes "three days ahead" once, however often the job runs', async () => {
    clock.set(at('2011-12-08T09:00:00'));
    expect(await runDeadlineReminders(h.deps)).toBe(2); // both units' self-scoring
    expect(await runDeadlineReminders(h.deps)).toBe(0);
    const list = await h.as(USERS.unitB).message.list();
    expect(list.unread).toBe(1);
    expect(list.messages[0]!.text.zh).toBe('单位自评将于2011-12-10截止（还有3天）：市建委工会');
  });

  it('accepts a submission on time unmarked, and a late one marked 逾期', async () => {
    const a = await submit(h, UNITS.a.id);
    expect((await lastEvent(h, a, 'assessment.SUBMIT')).after).not.toHaveProperty('late');
    clock.set(at('2011-12-11T09:00:00'));
    const b = h.assessments[UNITS.b.id]!;
    const overdue = await h.as(USERS.unitB).assessment.byId({ id: b });
    expect(overdue.deadline).toMatchObject({ stage: 'selfScoring', overdue: true });
    await submit(h, UNITS.b.id);
    expect((await lastEvent(h, b, 'assessment.SUBMIT')).after).toMatchObject({
      late: { stage: 'selfScoring', dueAt: at('2011-12-10T23:59:59').toISOString() },
    });
    const detail = await admin().assessment.byId({ id: b });
    expect(detail.submittedLate).toBe(true);
    expect(detail.deadline).toMatchObject({ stage: 'review', overdue: false });
    expect((await admin().assessment.byId({ id: a })).submittedLate).toBe(false);
  });

  it('keeps a return within the review stage', async () => {
    const a = h.assessments[UNITS.a.id]!;
    const e = await failure(returnItem7(h, a, { reason: '请核实', deadline: '2011-12-25' }));
    expect(e.text.zh).toBe('整改期限（2011-12-25）不能晚于部门考评截止日期（2011-12-20）');
    await returnItem7(h, a, { reason: '请核实', deadline: '2011-12-15' });
    const unitMessages = await h.as(USERS.unitA).message.list();
    expect(unitMessages.messages[0]!.text.zh).toContain('请在2011-12-15前修改后重新提交：请核实');
  });

  it("splits a department's 待办: what it must do, what waits on the unit", async () => {
    const a = h.assessments[UNITS.a.id]!;
    const legalTodo = await h.as(USERS.dept('legal')).todo.mine();
    expect(legalTodo.find((t) => t.assessmentId === a)).toMatchObject({
      kind: 'waitUnit',
      deadline: at('2011-12-15T23:59:59'),
    });
    expect(
      (await h.as(USERS.dept('org')).todo.mine()).find((t) => t.assessmentId === a)?.kind,
    ).toBe('review');
  });

  it("lists every overdue unit and department for the admin, and a department's own", async () => {
    clock.set(at('2011-12-21T09:00:00'));
    const all = await admin().todo.overdue();
    // 河西 is late with its revision (due 12-15); every department still reviewing is late.
    expect(all.units.map((u) => [u.unitName, u.stage])).toEqual([['河西区总工会', 'returned']]);
    expect(all.departments.map((d) => d.departmentId)).toContain('org');
    const org = all.departments.find((d) => d.departmentId === 'org')!;
    expect(org.unitNames.sort()).toEqual(['市建委工会', '河西区总工会'].sort());
    const legal = await h.as(USERS.dept('legal')).todo.overdue();
    expect(legal.units.map((u) => u.unitId)).toEqual([UNITS.a.id]);
    expect(legal.departments.every((d) => d.departmentId === 'legal')).toBe(true);
    expect(await outcome(h.as(USERS.unitA).todo.overdue())).toBe('FORBIDDEN');
    // The overview marks both: 河西 (its revision), 市建委 (its reviews).
    const overview = await admin().assessment.list({ cycleId: h.cycleId });
    expect(overview.map((r) => r.overdue)).toEqual([true, true]);
  });

  it('writes "deadline passed" once, to the unit and to each late department', async () => {
    const written = await runDeadlineReminders(h.deps);
    expect(written).toBeGreaterThan(1);
    expect(await runDeadlineReminders(h.deps)).toBe(0);
    const org = await h.as(USERS.dept('org')).message.list();
    expect(org.messages.map((m) => m.text.zh)).toContain(
      '部门考评已于2011-12-20截止，尚未完成（逾期）：还有2个单位未完成',
    );
    const unit = await h.as(USERS.unitA).message.list();
    expect(unit.messages[0]!.text.zh).toBe(
      '退回修改已于2011-12-15截止，尚未完成（逾期）：河西区总工会',
    );
  });

  it('sends 催办 in bulk to the overdue, once a day per sender, only where allowed', async () => {
    const a = h.assessments[UNITS.a.id]!;
    const b = h.assessments[UNITS.b.id]!;
    const first = await admin().message.remind({ assessmentIds: [a, b] });
    // 河西 (late revision) and each department still reviewing either unit.
    expect(first.sent).toBeGreaterThan(2);
    expect(await admin().message.remind({ assessmentIds: [a, b] })).toEqual({
      sent: 0,
      skipped: first.sent,
    });
    const unitA = await h.as(USERS.unitA).message.list();
    expect(unitA.messages[0]!.text.zh).toBe(
      '催办：考核办提醒您尽快完成河西区总工会的退回修改（截止日期2011-12-15已过）',
    );
    // A department reminds the units it reviews; another day, another reminder.
    expect((await h.as(USERS.dept('legal')).message.remind({ assessmentIds: [a] })).sent).toBe(1);
    clock.set(at('2011-12-22T09:00:00'));
    expect((await admin().message.remind({ assessmentIds: [a] })).sent).toBeGreaterThan(0);
    const before = await fingerprint(h.db);
    expect(await outcome(h.as(USERS.unitA).message.remind({ assessmentIds: [a] }))).toBe(
      'FORBIDDEN',
    );
    expect(await outcome(h.as(USERS.logistics).message.remind({ assessmentIds: [a] }))).toBe(
      'FORBIDDEN',
    );
    expect(await outcome(h.as(USERS.chairman).message.remind({ assessmentIds: [a] }))).toBe(
      'FORBIDDEN',
    );
    expect(await fingerprint(h.db)).toEqual(before);
  });

  it('marks messages read, one or all', async () => {
    const unit = h.as(USERS.unitA);
    const list = await unit.message.list();
    expect(list.unread).toBeGreaterThan(1);
    const { unread } = await unit.message.markRead({ ids: [list.messages[0]!.id] });
    expect(unread).toBe(list.unread - 1);
    // Another user's message id is ignored.
    const other = (await h.as(USERS.unitB).message.list()).messages[0]!.id;
    await unit.message.markRead({ ids: [other] });
    expect(await h.as(USERS.unitB).message.unreadCount()).toBeGreaterThan(0);
    await unit.message.markAllRead();
    expect(await unit.message.unreadCount()).toBe(0);
  });

  it('tells every unit of the cycle once that results are published', async () => {
    expect(await notifyResultsPublished(h.deps, { cycleId: h.cycleId })).toBe(2);
    expect(await notifyResultsPublished(h.deps, { cycleId: h.cycleId })).toBe(0);
    const b = await h.as(USERS.unitB).message.list({ unreadOnly: true, limit: 1, offset: 0 });
    expect(b.messages[0]!.text.zh).toBe('2011年度工会工作目标管理考核（测试）的考核结果已公布');
  });
});

/** An SMTP server on 127.0.0.1 that refuses the first `refuse` messages with 451. */
async function startSmtp() {
  const received: string[] = [];
  const state = { refuse: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let data = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        data += chunk;
      });
      stream.on('end', () => {
        if (state.refuse > 0) {
          state.refuse--;
          const e = Object.assign(new Error('try again later'), { responseCode: 451 });
          callback(e);
          return;
        }
        received.push(data);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeEachEngine('email copies (issue 15)', ({ db }) => {
  let h: Harness;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const clock = new TestClock(at('2011-12-12T09:00:00'));
  const transport = () => smtpTransport(smtp.url);
  const outbox = () =>
    h.db.selectFrom('mailOutbox').selectAll().orderBy('createdAt').orderBy('id').execute();

  beforeAll(async () => {
    smtp = await startSmtp();
    h = await createHarness(db(), {
      clock,
      config: { smtpUrl: smtp.url, mailFrom: '考核系统 <kaohe@example.org>' },
    });
    await h.db
      .updateTable('users')
      .set({ email: 'hexi@example.org' })
      .where('id', '=', USERS.unitA)
      .execute();
    await h.db
      .updateTable('users')
      .set({ email: 'jianwei@example.org' })
      .where('id', '=', USERS.unitB)
      .execute();
  });
  afterAll(async () => {
    await h.dispose();
    await smtp.close();
  });

  it('queues a copy with the message and delivers it exactly once', async () => {
    await h.as(USERS.admin).message.remind({ assessmentIds: [h.assessments[UNITS.a.id]!] });
    const queued = await outbox();
    expect(queued.map((m) => [m.toAddress, m.status])).toEqual([['hexi@example.org', 'pending']]);
    // Two senders at once (two server processes): one claims the row, the other finds nothing.
    const results = await Promise.all([
      drainOutbox(h.deps, transport()),
      drainOutbox(h.deps, transport()),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(await drainOutbox(h.deps, transport())).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toContain('hexi@example.org');
    const [sent] = await outbox();
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    const admin = await h.as(USERS.admin).message.mailOutbox();
    expect(admin).toMatchObject({ enabled: true, total: 1, counts: { sent: 1, pending: 0 } });
  });

  it('retries with backoff while the server refuses, then sends once', async () => {
    smtp.state.refuse = 2;
    await h.as(USERS.admin).message.remind({ assessmentIds: [h.assessments[UNITS.b.id]!] });
    expect(await drainOutbox(h.deps, transport())).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let row = (await outbox()).find((m) => m.toAddress === 'jianwei@example.org')!;
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.lastError).toContain('try again later');
    // Not due yet: nothing is attempted before the backoff has passed.
    expect(await drainOutbox(h.deps, transport())).toEqual({ sent: 0, retrying: 0, failed: 0 });
    clock.advance(FIRST_RETRY_MS);
    expect(await drainOutbox(h.deps, transport())).toEqual({ sent: 0, retrying: 1, failed: 0 });
    row = (await outbox()).find((m) => m.toAddress === 'jianwei@example.org')!;
    expect(row.nextAttemptAt.getTime() - clock.now().getTime()).toBe(2 * FIRST_RETRY_MS);
    clock.advance(2 * FIRST_RETRY_MS);
    expect(await drainOutbox(h.deps, transport())).toEqual({ sent: 1, retrying: 0, failed: 0 });
    row = (await outbox()).find((m) => m.toAddress === 'jianwei@example.org')!;
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
    expect(smtp.received.filter((m) => m.includes('jianwei@example.org'))).toHaveLength(1);
    const failedView = await h
      .as(USERS.admin)
      .message.mailOutbox({ status: 'sent', limit: 10, offset: 0 });
    expect(failedView.rows).toHaveLength(2);
  });

  it('sends no copy without an address, and none for a reminder already written', async () => {
    const before = (await outbox()).length;
    await h.as(USERS.admin).message.remind({ assessmentIds: [h.assessments[UNITS.b.id]!] });
    expect((await outbox()).length).toBe(before);
  });
});

describe('mail settings', () => {
  it('are off without KAOHE_SMTP_URL', async () => {
    const { loadConfig } = await import('./config.ts');
    expect(loadConfig({}).smtpUrl).toBeNull();
  });
});
