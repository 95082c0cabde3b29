/**
 * 站内消息 (issue 15): what a message says, who gets it, its email copy, the periodic
 * deadline reminders and the 催办. A message is a row of `notifications` (to a user, a
 * unit or a department); when KAOHE_SMTP_URL is set, each active recipient with an email
 * address also gets a `mail_outbox` row in the same transaction, which the sender
 * (mail-sender.ts) delivers after commit.
 *
 * Reminders carry a dedupe key, so the job and a 催办 never write the same one twice:
 *   deadline.near/passed — per assessment (a unit) or per cycle and department, and the
 *     deadline's date: a moved deadline is a new reminder;
 *   reminder (催办) — per sender, target, assessment and day: at most one a day.
 */
import {
  createNotifications,
  type DbOrTx,
  enqueueMail,
  inTransaction,
  type JsonValue,
  type NewMail,
  type NewNotification,
  type Notification,
  type NotificationTarget,
} from '@kaohe/db';
import { type Actor, DomainError, type LocalizedText } from '@kaohe/domain';
import { type OpenReturn, STAGE_NAMES } from '@kaohe/workflow';
import { sql } from 'kysely';
import type { AppDeps } from '../context.ts';
import { localDate, overdueWork, returnsDue } from './deadline-service.ts';

type MessageDeps = Pick<AppDeps, 'db' | 'config' | 'now'> & Partial<Pick<AppDeps, 'mail'>>;

const DAY = 86_400_000;
/** "Deadlines three days ahead". */
export const NEAR_DAYS = 3;

export interface Names {
  units: Map<string, string>;
  departments: Map<string, string>;
}

const str = (p: Record<string, unknown>, k: string) =>
  typeof p[k] === 'string' ? (p[k] as string) : '';

function stageName(stage: string): LocalizedText {
  return STAGE_NAMES[stage as keyof typeof STAGE_NAMES] ?? { zh: stage, en: stage };
}

/** What a message says, in both languages, from its kind and payload. */
export function messageText(kind: string, payload: JsonValue, names: Names): LocalizedText {
  const p = (payload ?? {}) as Record<string, unknown>;
  const unit = names.units.get(str(p, 'unitId')) ?? str(p, 'unitName');
  const department = names.departments.get(str(p, 'departmentId')) ?? str(p, 'departmentId');
  const stage = stageName(str(p, 'stage'));
  const due = str(p, 'dueDate');
  switch (kind) {
    case 'assessment.submitted':
      return {
        zh: `${unit}已提交自评，请考评`,
        en: `${unit} submitted its self-assessment for review`,
      };
    case 'items.returned': {
      const n = Array.isArray(p.itemIds) ? p.itemIds.length : 0;
      return {
        zh: `${department}退回了${n}个项目，请在${str(p, 'deadline')}前修改后重新提交：${str(p, 'reason')}`,
        en: `${department} returned ${n} item(s); revise and resubmit by ${str(p, 'deadline')}: ${str(p, 'reason')}`,
      };
    }
    case 'items.resubmitted':
      return {
        zh: `${unit}已修改并重新提交退回的项目`,
        en: `${unit} revised and resubmitted the returned items`,
      };
    case 'assessment.sentBack':
      return {
        zh: `主席室将${unit}退回重新考评：${str(p, 'reason')}`,
        en: `The chairman's office sent ${unit} back for review: ${str(p, 'reason')}`,
      };
    case 'assessment.approved':
      return { zh: `${unit}的考核已审定`, en: `${unit}'s assessment is approved` };
    case 'deadline.near':
    case 'deadline.passed': {
      const count = typeof p.count === 'number' ? p.count : 0;
      const what =
        count > 0
          ? { zh: `还有${count}个单位未完成`, en: `${count} unit(s) still open` }
          : { zh: unit, en: unit };
      if (kind === 'deadline.near') {
        const days = typeof p.days === 'number' ? p.days : NEAR_DAYS;
        return {
          zh: `${stage.zh}将于${due}截止（还有${days}天）：${what.zh}`,
          en: `${stage.en} is due on ${due} (${days} day(s) left): ${what.en}`,
        };
      }
      return {
        zh: `${stage.zh}已于${due}截止，尚未完成（逾期）：${what.zh}`,
        en: `${stage.en} was due on ${due} and is not done (overdue): ${what.en}`,
      };
    }
    case 'reminder': {
      const sender = str(p, 'senderName');
      return {
        zh: `催办：${sender}提醒您尽快完成${unit}的${stage.zh}（截止日期${due}已过）`,
        en: `Reminder from ${sender}: please finish ${stage.en} of ${unit} (due ${due}, overdue)`,
      };
    }
    case 'results.published':
      return {
        zh: `${str(p, 'cycleName')}的考核结果已公布`,
        en: `The results of ${str(p, 'cycleName')} are published`,
      };
    default:
      return { zh: kind, en: kind };
  }
}

/** The unit and department names the payloads of these notifications refer to. */
export async function namesFor(db: DbOrTx, payloads: readonly JsonValue[]): Promise<Names> {
  const unitIds = new Set<string>();
  const departmentIds = new Set<string>();
  for (const payload of payloads) {
    const p = (payload ?? {}) as Record<string, unknown>;
    if (typeof p.unitId === 'string') unitIds.add(p.unitId);
    if (typeof p.departmentId === 'string') departmentIds.add(p.departmentId);
  }
  const namesOf = async (table: 'units' | 'departments', ids: Set<string>) =>
    new Map(
      ids.size
        ? (
            await db
              .selectFrom(table)
              .select(['id', 'name'])
              .where('id', 'in', [...ids])
              .execute()
          ).map((r) => [r.id, r.name])
        : [],
    );
  return {
    units: await namesOf('units', unitIds),
    departments: await namesOf('departments', departmentIds),
  };
}

const CHUNK = 1000;

/** The email copies of just-written notifications, one per active recipient with an address. */
async function mailCopies(
  db: DbOrTx,
  deps: Pick<AppDeps, 'config'>,
  created: readonly Notification[],
): Promise<NewMail[]> {
  const names = await namesFor(
    db,
    created.map((n) => n.payload),
  );
  const byUser = new Map<string, string[]>();
  const byUnit = new Map<string, string[]>();
  const byDepartment = new Map<string, string[]>();
  for (const n of created) {
    const [map, key] = n.userId
      ? [byUser, n.userId]
      : n.unitId
        ? [byUnit, n.unitId]
        : [byDepartment, n.departmentId!];
    map.set(key, [...(map.get(key) ?? []), n.id]);
  }
  const recipients: Array<{
    id: string;
    email: string | null;
    unitId: string | null;
    departmentId: string | null;
  }> = [];
  const collect = async (column: 'id' | 'unitId' | 'departmentId', keys: string[]) => {
    for (let i = 0; i < keys.length; i += CHUNK) {
      recipients.push(
        ...(await db
          .selectFrom('users')
          .select(['id', 'email', 'unitId', 'departmentId'])
          .where('active', '=', true)
          .where('email', 'is not', null)
          .where(column, 'in', keys.slice(i, i + CHUNK))
          .execute()),
      );
    }
  };
  await collect('id', [...byUser.keys()]);
  await collect('unitId', [...byUnit.keys()]);
  await collect('departmentId', [...byDepartment.keys()]);
  const byId = new Map(created.map((n) => [n.id, n]));
  const link = deps.config.publicUrl ? `\n\n${deps.config.publicUrl}/messages` : '';
  const mails: NewMail[] = [];
  const seen = new Set<string>();
  for (const r of recipients) {
    const ids = [
      ...(byUser.get(r.id) ?? []),
      ...(r.unitId ? (byUnit.get(r.unitId) ?? []) : []),
      ...(r.departmentId ? (byDepartment.get(r.departmentId) ?? []) : []),
    ];
    for (const id of ids) {
      if (seen.has(`${id}/${r.id}`)) continue;
      seen.add(`${id}/${r.id}`);
      const n = byId.get(id)!;
      const text = messageText(n.kind, n.payload, names);
      mails.push({
        notificationId: n.id,
        userId: r.id,
        toAddress: r.email!,
        subject: `【考核系统】${text.zh}`.slice(0, 200),
        body: `${text.zh}\n\n${text.en}${link}`,
      });
    }
  }
  return mails;
}

/**
 * Writes messages and, with SMTP configured, their email copies, in the caller's
 * transaction. Returns the messages written (a reminder written before is skipped).
 */
export async function notify(
  trx: DbOrTx,
  deps: Pick<AppDeps, 'config' | 'now'>,
  notes: readonly NewNotification[],
): Promise<Notification[]> {
  const created = await createNotifications(trx, notes);
  if (deps.config.smtpUrl && created.length > 0) {
    await enqueueMail(trx, await mailCopies(trx, deps, created), deps.now());
  }
  return created;
}

/** After a commit that may have queued email: let the sender look now. */
export function afterCommit(deps: Partial<Pick<AppDeps, 'mail'>>): void {
  deps.mail?.kick();
}

/**
 * "Results published" (for the appeals/publication work to call): a message to every unit
 * of the cycle, once per cycle and unit however often it is called. Joins `db` if it is a
 * transaction; call `afterCommit(deps)` once that commits, or pass the root db.
 */
export async function notifyResultsPublished(
  deps: MessageDeps,
  input: { cycleId: string; unitTypeId?: string | null; db?: DbOrTx },
): Promise<number> {
  const db = input.db ?? deps.db;
  const created = await inTransaction(db, async (trx) => {
    const cycle = await trx
      .selectFrom('cycles')
      .select(['id', 'name'])
      .where('id', '=', input.cycleId)
      .executeTakeFirst();
    if (!cycle)
      throw new DomainError('NOT_FOUND', { zh: '找不到该考核年度', en: 'Cycle not found' });
    const units = await trx
      .selectFrom('cycleUnits')
      .select('unitId')
      .where('cycleId', '=', cycle.id)
      // A publication of one unit type tells that type's units only.
      .$if(!!input.unitTypeId, (q) => q.where('unitTypeId', '=', input.unitTypeId!))
      .execute();
    return notify(
      trx,
      deps,
      units.map((u) => ({
        target: { unitId: u.unitId },
        kind: 'results.published',
        payload: { cycleId: cycle.id, cycleName: cycle.name, unitId: u.unitId },
        dedupeKey: `results.published/${cycle.id}/${u.unitId}`,
      })),
    );
  });
  if (!db.isTransaction) afterCommit(deps);
  return created.length;
}

/**
 * The periodic job: "deadline in three days" and "deadline passed" to whoever must act —
 * the unit (self-scoring, a revision), each department still reviewing (one message per
 * cycle), the chairman's office (bonus, final approval; one per cycle). Idempotent.
 */
export async function runDeadlineReminders(deps: MessageDeps): Promise<number> {
  const now = deps.now();
  const t = now.getTime();
  const rows = await deps.db
    .selectFrom('assessments as a')
    // Left: a revision runs to its return's deadline even in a cycle without deadlines.
    .leftJoin('cycleDeadlines as d', 'd.cycleId', 'a.cycleId')
    .select([
      'a.id',
      'a.cycleId',
      'a.unitId',
      'a.stage',
      'd.stage as deadlineStage',
      'd.dueAt',
      sql<Record<string, string> | null>`a.snapshot->'context'->'departments'`.as('departments'),
      sql<OpenReturn[] | null>`a.snapshot->'context'->'returns'`.as('returns'),
    ])
    .where('a.stage', 'in', ['selfScoring', 'review', 'returned', 'bonus', 'finalApproval'])
    .execute();
  const chairmanOffice = await deps.db
    .selectFrom('departments')
    .select('id')
    .where('isChairmanOffice', '=', true)
    .executeTakeFirst();
  const notes: NewNotification[] = [];
  /** near or passed, or nothing yet */
  const phase = (due: Date) =>
    due.getTime() < t ? 'passed' : due.getTime() - t <= NEAR_DAYS * DAY ? 'near' : null;
  const daysLeft = (due: Date) => Math.max(0, Math.ceil((due.getTime() - t) / DAY));
  const groups = new Map<
    string,
    { target: NotificationTarget; payload: Record<string, JsonValue>; key: string; kind: string }
  >();
  /** One reminder per department, cycle, stage and due date, counting its assessments. */
  const remindDepartment = (cycleId: string, departmentId: string, stage: string, dueAt: Date) => {
    const when = phase(dueAt);
    if (!when) return;
    const key = `deadline.${when}/${cycleId}/${stage}/${departmentId}/${localDate(dueAt)}`;
    const g = groups.get(key);
    if (g) g.payload.count = (g.payload.count as number) + 1;
    else
      groups.set(key, {
        key,
        kind: `deadline.${when}`,
        target: { departmentId },
        payload: {
          cycleId,
          departmentId,
          stage,
          dueDate: localDate(dueAt),
          days: daysLeft(dueAt),
          count: 1,
        },
      });
  };
  const revisions = new Set<string>();
  for (const r of rows) {
    const returns = r.returns ?? [];
    // The unit: self-scoring by the cycle's deadline, a revision by the return's (once per
    // assessment, whichever deadline row this is).
    const firstRevisionRow = r.stage === 'returned' && !revisions.has(r.id);
    if (firstRevisionRow) revisions.add(r.id);
    const unitDue =
      r.stage === 'selfScoring' && r.deadlineStage === 'selfScoring'
        ? r.dueAt
        : firstRevisionRow
          ? returnsDue(returns)
          : null;
    if (unitDue) {
      const when = phase(unitDue);
      const stage = r.stage;
      if (when) {
        notes.push({
          target: { unitId: r.unitId },
          kind: `deadline.${when}`,
          payload: {
            assessmentId: r.id,
            cycleId: r.cycleId,
            unitId: r.unitId,
            stage,
            dueDate: localDate(unitDue),
            days: daysLeft(unitDue),
          },
          dedupeKey: `deadline.${when}/${r.id}/${stage}/${localDate(unitDue)}`,
        });
      }
    }
    // Departments still reviewing, per cycle.
    if (
      (r.stage === 'review' || r.stage === 'returned') &&
      r.deadlineStage === 'review' &&
      r.dueAt
    ) {
      for (const [departmentId, status] of Object.entries(r.departments ?? {})) {
        if (status === 'reviewing') remindDepartment(r.cycleId, departmentId, 'review', r.dueAt);
      }
    }
    // The chairman's office: bonus and final approval, per cycle.
    if (
      chairmanOffice &&
      (r.stage === 'bonus' || r.stage === 'finalApproval') &&
      r.deadlineStage === r.stage &&
      r.dueAt
    ) {
      remindDepartment(r.cycleId, chairmanOffice.id, r.stage, r.dueAt);
    }
  }
  for (const g of groups.values()) {
    notes.push({ target: g.target, kind: g.kind, payload: g.payload, dedupeKey: g.key });
  }
  let written = 0;
  for (let i = 0; i < notes.length; i += CHUNK) {
    const chunk = notes.slice(i, i + CHUNK);
    written += (await inTransaction(deps.db, (trx) => notify(trx, deps, chunk))).length;
  }
  if (written > 0) afterCommit(deps);
  return written;
}

export interface RemindResult {
  /** Reminders written now. */
  sent: number;
  /** Asked for, but already reminded today by this sender, or no longer overdue. */
  skipped: number;
}

/**
 * 催办: the admin reminds whoever is overdue on the chosen assessments (the unit, and each
 * department still reviewing past the review deadline); a department reminds the units it
 * reviews. One reminder per sender, target and assessment a day.
 */
export async function remindOverdue(
  deps: MessageDeps,
  actor: Actor & { displayName: string },
  assessmentIds: readonly string[],
  /** Only the units, or only the departments (the admin's two lists); default both. */
  to?: 'unit' | 'department',
): Promise<RemindResult> {
  const ids = [...new Set(assessmentIds)];
  const now = deps.now();
  const departmentId = actor.role === 'department' ? actor.departmentId! : undefined;
  if (actor.role !== 'admin' && actor.role !== 'department') {
    throw new DomainError('FORBIDDEN', {
      zh: '只有考核办和职能部门可以催办',
      en: 'Only the assessment office and departments may send reminders',
    });
  }
  const found = new Map<string, Record<string, string> | null>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await deps.db
      .selectFrom('assessments')
      .select([
        'id',
        sql<Record<string, string> | null>`snapshot->'context'->'departments'`.as('departments'),
      ])
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) found.set(r.id, r.departments);
  }
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new DomainError('NOT_FOUND', {
      zh: `找不到考核：${missing.slice(0, 5).join('、')}`,
      en: `Assessment not found: ${missing.slice(0, 5).join(', ')}`,
    });
  }
  if (departmentId) {
    const foreign = ids.filter((id) => !(departmentId in (found.get(id) ?? {})));
    if (foreign.length > 0) {
      throw new DomainError('FORBIDDEN', {
        zh: '只能催办本部门考评的单位',
        en: 'A department may only remind the units it reviews',
      });
    }
  }
  const overdue = await overdueWork(deps.db, now, departmentId ? { departmentId } : {});
  const wanted = new Set(ids);
  const day = localDate(now);
  const sender = departmentId ?? 'admin';
  const base = { senderName: actor.displayName, senderRole: actor.role };
  const notes: NewNotification[] = [];
  const covered = new Set<string>();
  for (const u of to === 'department' ? [] : overdue.units) {
    if (!wanted.has(u.assessmentId)) continue;
    covered.add(u.assessmentId);
    notes.push({
      target: { unitId: u.unitId },
      kind: 'reminder',
      payload: {
        ...base,
        assessmentId: u.assessmentId,
        cycleId: u.cycleId,
        unitId: u.unitId,
        stage: u.stage,
        dueDate: localDate(u.dueAt),
      },
      dedupeKey: `reminder/${sender}/unit/${u.unitId}/${u.assessmentId}/${day}`,
    });
  }
  if (!departmentId && to !== 'unit') {
    for (const d of overdue.departments) {
      for (const [i, assessmentId] of d.assessmentIds.entries()) {
        if (!wanted.has(assessmentId)) continue;
        covered.add(assessmentId);
        notes.push({
          target: { departmentId: d.departmentId },
          kind: 'reminder',
          payload: {
            ...base,
            assessmentId,
            cycleId: d.cycleId,
            departmentId: d.departmentId,
            unitName: d.unitNames[i] ?? '',
            stage: 'review',
            dueDate: localDate(d.dueAt),
          },
          dedupeKey: `reminder/${sender}/department/${d.departmentId}/${assessmentId}/${day}`,
        });
      }
    }
  }
  const created = notes.length
    ? await inTransaction(deps.db, (trx) => notify(trx, deps, notes))
    : [];
  if (created.length > 0) afterCommit(deps);
  return {
    sent: created.length,
    skipped: notes.length - created.length + (ids.length - covered.size),
  };
}
