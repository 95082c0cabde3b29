/**
 * The authorization matrix: every procedure of `appRouter` × who calls it (role and
 * relation to the record) × the workflow stage of the assessment it touches → allowed or
 * refused with which code. Every cell is one test through `createCaller`. A refused write
 * must leave the database exactly as it was (a fingerprint of every table a write could
 * touch); an allowed write must change it.
 *
 * Who, in column order:
 *   anon      nobody signed in
 *   unitOwn   a user of the assessed unit (河西区总工会, district)
 *   unitOther a user of another unit (市建委工会, bureau)
 *   deptOwner 法律部: owns the target item, item 7 调解组织 (dispute-mediation)
 *   deptOther 财务部: reviews this unit, but not item 7
 *   deptNone  后勤部: a department that reviews no item of the 2011 rubric
 *   chairman  主席室
 *   admin     考核办
 *
 * Cells: ✓ allowed · U UNAUTHENTICATED · F FORBIDDEN · L LOCKED (approved) ·
 * T INVALID_TRANSITION (the workflow machine refuses: wrong stage or condition) ·
 * C CONFLICT (the record's state refuses: a publication whose period has not ended).
 *
 * Stages are representative per procedure, not a full cross product: the stages where
 * the procedure is allowed, the ones around them, and 'approved'. Assessment fixtures are
 * driven to their stage through the API (testing/drive.ts); a shared one per stage serves
 * refused cells and allowed cells that do not move the workflow, and every allowed
 * workflow step gets a fresh assessment of its own.
 */
import { SYSTEM_ACTOR, upsertUsers } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import { rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import type { AssessmentStage } from '@kaohe/workflow';
import { fullInputs } from '@kaohe/workflow/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppTrpcError } from './errors.ts';
import { appRouter } from './routers/app.router.ts';
import { BackupScheduler } from './services/backup-scheduler.ts';
import {
  assessmentAt,
  cycleOf,
  openPeriod,
  RETURN_DEADLINE,
  RETURNED_ITEM,
} from './testing/drive.ts';
import {
  type Caller,
  createHarness,
  fingerprint,
  type Harness,
  procedureAt,
  TEST_PASSWORD,
  testPasswordHash,
  UNITS,
  USERS,
} from './testing/harness.ts';

const WHO = [
  'anon',
  'unitOwn',
  'unitOther',
  'deptOwner',
  'deptOther',
  'deptNone',
  'chairman',
  'admin',
] as const;
type Who = (typeof WHO)[number];

const USER_OF: Record<Who, string | null> = {
  anon: null,
  unitOwn: USERS.unitA,
  unitOther: USERS.unitB,
  deptOwner: USERS.dept('legal'),
  deptOther: USERS.dept('finance'),
  deptNone: USERS.logistics,
  chairman: USERS.chairman,
  admin: USERS.admin,
};

const CELL = {
  '✓': 'ok',
  U: 'UNAUTHENTICATED',
  F: 'FORBIDDEN',
  L: 'LOCKED',
  T: 'INVALID_TRANSITION',
  C: 'CONFLICT',
} as const;
type Outcome = (typeof CELL)[keyof typeof CELL];

/** '—' for procedures that touch no assessment. */
type Stage = AssessmentStage | '—';

const ITEM7 = rubricItems(rubric2011).find(({ item }) => item.id === RETURNED_ITEM)!.item;

/** What a cell's call may ask about its target. */
interface Target {
  h: Harness;
  assessmentId: string;
  /** The assessment's current version. */
  version(): Promise<number>;
  /** The current version of item 7's row, and of 法律部's review row of it. */
  itemVersion(): Promise<number>;
  reviewVersion(): Promise<number>;
  /** An active bonus award of the assessment (a new one while the bonus is open). */
  awardId(): Promise<string>;
  /** A fresh suffix for names that must be unique. */
  unique(): string;
}

/** A cell's call: the procedure at `path` (the row's key), called as `c`. */
type Call = (
  c: Caller,
  t: Target,
  prepared: Record<string, string>,
  path: string,
) => Promise<unknown>;

interface Row {
  /** [stage, the eight cells in WHO order]; one line of cells alone: the stage '—'. */
  cells: string | Array<[Stage, string]>;
  /** Arranges what the call needs, before the fingerprint is taken. */
  prepare?(t: Target): Promise<Record<string, string>>;
  call: Call;
  /** An allowed call of this write does not have to change anything (logout without a session). */
  allowedMayBeNoop?: boolean;
  /** A workflow step: each allowed call gets a fresh assessment, as it moves the workflow on. */
  step?: true;
}

const reason = '测试：授权矩阵';

// The lines of cells many procedures share.
// biome-ignore format: aligned by hand
const { EVERYONE, SIGNED_IN, LEADERS, ADMIN } = {
  //          anon unitOwn unitOther deptOwner deptOther deptNone chairman admin
  EVERYONE:  '✓    ✓       ✓         ✓         ✓         ✓        ✓        ✓',
  SIGNED_IN: 'U    ✓       ✓         ✓         ✓         ✓        ✓        ✓',
  LEADERS:   'U    F       F         F         F         F        ✓        ✓',
  ADMIN:     'U    F       F         F         F         F        F        ✓',
};

/** A call of the row's own procedure with an input made from the target. */
const input =
  (of: (t: Target) => unknown): Call =>
  (c, t, _p, path) =>
    procedureAt(c, path)(of(t));
const noInput = input(() => undefined);
const ofCycle = input((t) => ({ cycleId: t.h.cycleId }));
const ofAssessment = input((t) => ({ assessmentId: t.assessmentId }));
const searchCycle = input((t) => ({ cycleId: t.h.cycleId, q: '河西', page: 1, pageSize: 20 }));

/** A workflow step of the row's procedure on the target, at its current version. */
const command =
  (workflowCommand: { type: string; reason?: string }): Call =>
  async (c, t, _p, path) => {
    const expectedVersion = await t.version();
    return procedureAt(
      c,
      path,
    )({ assessmentId: t.assessmentId, expectedVersion, command: workflowCommand });
  };

/** Consecutive rows that share their cells and their call, by path (in table order). */
const alike = (row: Omit<Row, 'call'>, call: Call, ...paths: string[]): Record<string, Row> =>
  Object.fromEntries(paths.map((path) => [path, { ...row, call }]));

/**
 * 法律部 owns item 7: it decides it in review; out with the unit or after the review there is
 * nothing to decide (T); 财务部 reviews this unit but not item 7: FORBIDDEN (who) before any
 * stage question; approved is LOCKED.
 */
// biome-ignore format: aligned by hand
const ITEM7_DECISION: Array<[Stage, string]> = [
  ['selfScoring',             'U    F       F         F         F         F        F        F'],
  ['review',                  'U    F       F         ✓         F         F        F        F'],
  ['returned',                'U    F       F         T         F         F        F        F'],
  ['bonus',                   'U    F       F         T         F         F        F        F'],
  ['approved',                'U    F       F         L         L         F        F        F'],
];

/** Rubric rows: a fresh year per clone or publish, and a fresh draft per cell. */
/** Rubric rows: a fresh year per clone or publish, and a fresh draft per cell. */
let matrixYear = 2500;
async function matrixDraft(t: Target, year?: number): Promise<Record<string, string>> {
  const admin = t.h.as(USERS.admin);
  const draft = year
    ? await admin.rubric.clone({ sourceId: t.h.rubricId, year })
    : await admin.rubric.createDraft({ document: rubric2011 });
  return { id: draft.id, version: String(draft.version) };
}

// biome-ignore format: the table is aligned by hand
const MATRIX: Record<string, Row> = {
  //                               anon unitOwn unitOther deptOwner deptOther deptNone chairman admin
  'auth.login': {
    cells: EVERYONE,
    call: (c) => c.auth.login({ username: USERS.unitSpare, password: TEST_PASSWORD }),
  },
  'auth.logout':               { cells: SIGNED_IN, call: noInput, allowedMayBeNoop: true },
  'auth.me':                   { cells: EVERYONE, call: noInput },
  'auth.changePassword': {
    cells: SIGNED_IN,
    // The same password is refused as a new one: change it and back, as later cells sign in.
    call: async (c) => {
      await c.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'matrix-other-2012' });
      await c.auth.changePassword({ currentPassword: 'matrix-other-2012', newPassword: TEST_PASSWORD });
    },
  },
  'todo.mine':                 { cells: SIGNED_IN, call: noInput },
  'todo.overdue': {
    //                               anon unitOwn unitOther deptOwner deptOther deptNone chairman admin
    cells:                        'U    F       F         ✓         ✓         ✓        F        ✓',
    call: noInput,
  },
  ...alike({ cells: SIGNED_IN }, noInput, 'message.list', 'message.unreadCount'),
  'message.markRead': {
    cells: SIGNED_IN,
    call: (c) => c.message.markRead({ ids: ['no-such-message'] }),
    // Read marks are the reader's own bookkeeping, not a record the fingerprint covers.
    allowedMayBeNoop: true,
  },
  'message.markAllRead':       { cells: SIGNED_IN, call: noInput, allowedMayBeNoop: true },
  'message.remind': {
    // 催办: the admin, or a department that reviews the unit; a second one the same day is skipped.
    cells: [['returned',          'U    F       F         ✓         ✓         F        F        ✓']],
    call: (c, t) => c.message.remind({ assessmentIds: [t.assessmentId] }),
    allowedMayBeNoop: true,
  },
  'message.mailOutbox':        { cells: ADMIN, call: noInput },
  'rubric.get':                { cells: SIGNED_IN, call: (c) => c.rubric.get({ year: 2011 }) },
  'rubric.years':              { cells: SIGNED_IN, call: noInput },
  'rubric.list':               { cells: ADMIN, call: noInput },
  'rubric.clone': {
    cells: ADMIN,
    call: (c, t) => c.rubric.clone({ sourceId: t.h.rubricId, year: ++matrixYear }),
  },
  'rubric.createDraft':        { cells: ADMIN, call: (c) => c.rubric.createDraft({ document: rubric2011 }) },
  'rubric.saveDraft': {
    cells: ADMIN,
    prepare: (t) => matrixDraft(t),
    call: (c, _t, p) =>
      c.rubric.saveDraft({ id: p.id!, expectedVersion: Number(p.version), document: { ...rubric2011, title: '矩阵' } }),
  },
  'rubric.diff': {
    cells: ADMIN,
    call: (c, t) => c.rubric.diff({ fromId: t.h.rubricId, toId: t.h.rubricId }),
  },
  'rubric.publish': {
    cells: ADMIN,
    prepare: (t) => matrixDraft(t, ++matrixYear),
    call: (c, _t, p) => c.rubric.publish({ id: p.id!, expectedVersion: Number(p.version) }),
  },
  'rubric.discardDraft': {
    cells: ADMIN,
    prepare: (t) => matrixDraft(t),
    call: (c, _t, p) => c.rubric.discardDraft({ id: p.id!, expectedVersion: Number(p.version) }),
  },
  'cycle.list':                { cells: SIGNED_IN, call: noInput },
  'cycle.create': {
    cells: ADMIN,
    call: (c, t) =>
      c.cycle.create({ name: `矩阵 ${t.unique()}`, rubricId: t.h.rubricId, unitIds: [UNITS.spare.id] }),
  },
  'cycle.setDeadlines': {
    cells: ADMIN,
    call: async (c, t) => {
      const cycle = (await t.h.as(USERS.admin).cycle.list()).find((x) => x.id === t.h.cycleId)!;
      return c.cycle.setDeadlines({
        cycleId: cycle.id,
        // Within the order: self-scoring moves, still before the review (2011-12-20).
        deadlines: { selfScoring: `2011-12-${String(1 + (cycle.version % 18)).padStart(2, '0')}` },
        expectedVersion: cycle.version,
      });
    },
  },
  'assessment.mine': {
    //                               anon unitOwn unitOther deptOwner deptOther deptNone chairman admin
    cells:                        'U    ✓       ✓         F         F         F        F        F',
    call: noInput,
  },
  'assessment.list':           { cells: LEADERS, call: ofCycle },
  'assessment.listPage':       { cells: LEADERS, call: searchCycle },
  'review.grid': {
    cells:                        'U    F       F         ✓         ✓         ✓        F        F',
    call: (c, t) => c.review.grid({ cycleId: t.h.cycleId }),
  },
  ...alike({ cells: LEADERS }, ofCycle,
    'report.ranking', 'report.categories', 'report.disagreements', 'report.departmentProgress', 'report.bonusList'),
  'report.rankingPage':        { cells: LEADERS, call: searchCycle },
  'report.matrix':             { cells: LEADERS, call: ofCycle },
  'report.yearOverYear': {
    cells:                        'U    ✓       F         F         F         F        ✓        ✓',
    call: (c) => c.report.yearOverYear({ unitId: UNITS.a.id }),
  },
  'grades.bands':              { cells: LEADERS, call: ofCycle },
  'grades.setBands': {
    cells: ADMIN,
    call: (c, t) =>
      c.grades.setBands({ cycleId: t.h.cycleId, unitTypeId: 'district', bands: { mode: 'total', bands: [{ label: '优秀', bound: '110' }], otherwise: '达标' } }),
  },
  'grades.clearBands': {
    cells: ADMIN,
    prepare: async (t) => {
      await t.h.as(USERS.admin).grades.setBands({ cycleId: t.h.cycleId, unitTypeId: 'bureau', bands: { mode: 'share', bands: [{ label: '优秀', bound: 20 }], otherwise: '良好' } });
      return {};
    },
    call: (c, t) => c.grades.clearBands({ cycleId: t.h.cycleId, unitTypeId: 'bureau' }),
  },
  'grades.bars':               { cells: LEADERS, call: ofCycle },
  'grades.bar': {
    cells: [
      ['review',                  LEADERS],
      ['approved',                LEADERS],
    ],
    call: (c, t) => c.grades.bar({ assessmentId: t.assessmentId, condition: '发生重大安全责任事故', reason }),
  },
  'grades.lift': {
    cells: [['approved',          LEADERS]],
    prepare: async (t) => ({
      barId: (await t.h.as(USERS.chairman).grades.bar({ assessmentId: t.assessmentId, condition: '违纪', reason })).id,
    }),
    call: (c, _t, { barId }) => c.grades.lift({ barId: barId!, reason }),
  },
  'grades.ofAssessment': {
    cells: [
      ['review',                  'U    ✓       F         F         F         F        ✓        ✓'],
      ['approved',                'U    ✓       F         F         F         F        ✓        ✓'],
    ],
    call: ofAssessment,
  },
  'analytics.items':           { cells: LEADERS, call: ofCycle },
  'analytics.trend':           { cells: LEADERS, call: (c) => c.analytics.trend({ itemId: 'dues-collection' }) },
  'analytics.lastYear':        { cells: ADMIN, call: (c, t) => c.analytics.lastYear({ rubricId: t.h.rubricId }) },
  'analytics.whatIf': {
    cells: ADMIN,
    call: (c, t) => c.analytics.whatIf({ cycleId: t.h.cycleId, rubricId: t.h.rubricId }),
  },
  ...alike({ cells: ADMIN }, noInput, 'admin.users', 'backup.status'),
  // Writes a file, not a row.
  'backup.run':                { cells: ADMIN, call: noInput, allowedMayBeNoop: true },
  'admin.createUser': {
    cells: ADMIN,
    call: (c, t) =>
      c.admin.createUser({
        username: `matrix-${t.unique()}`,
        displayName: '矩阵测试',
        role: 'unit',
        unitId: UNITS.spare.id,
        password: TEST_PASSWORD,
      }),
  },
  'admin.setUserActive':       { cells: ADMIN, call: (c) => c.admin.setUserActive({ userId: 'throwaway', active: false }) },
  'admin.resetPassword':       { cells: ADMIN, call: (c) => c.admin.resetPassword({ userId: 'throwaway' }) },
  'admin.units':               { cells: ADMIN, call: noInput },
  'admin.unitList':            { cells: ADMIN, call: (c) => c.admin.unitList({ q: '河西', page: 1, pageSize: 20 }) },
  'admin.userList':            { cells: ADMIN, call: (c) => c.admin.userList({ q: 'unit', page: 1, pageSize: 20 }) },
  'admin.saveUnit': {
    cells: ADMIN,
    call: (c, t) =>
      c.admin.saveUnit({ id: `unit-${t.unique()}`, name: '新设工会', unitTypeId: 'district', memberCount: 10 }),
  },
  'admin.departments':         { cells: ADMIN, call: noInput },
  'admin.saveDepartment': {
    cells: ADMIN,
    call: (c, t) => c.admin.saveDepartment({ id: `dept-${t.unique()}`, name: '新设部门' }),
  },
  'admin.unitTypes':           { cells: ADMIN, call: noInput },
  'admin.saveUnitType': {
    cells: ADMIN,
    call: (c, t) => c.admin.saveUnitType({ id: `type-${t.unique()}`, name: '新类型' }),
  },


  //                               anon unitOwn unitOther deptOwner deptOther deptNone chairman admin
  'assessment.byId': {
    cells: [
      ['selfScoring',             'U    ✓       F         F         F         F        ✓        ✓'],
      ['review',                  'U    ✓       F         ✓         ✓         F        ✓        ✓'],
      ['returned',                'U    ✓       F         ✓         ✓         F        ✓        ✓'],
      ['bonus',                   'U    ✓       F         ✓         ✓         F        ✓        ✓'],
      ['finalApproval',           'U    ✓       F         ✓         ✓         F        ✓        ✓'],
      ['approved',                'U    ✓       F         ✓         ✓         F        ✓        ✓'],
    ],
    call: (c, t) => c.assessment.byId({ id: t.assessmentId }),
  },
  'audit.history': {
    cells: [
      ['selfScoring',             'U    ✓       F         F         F         F        ✓        ✓'],
      ['review',                  'U    ✓       F         ✓         F         F        ✓        ✓'],
      ['approved',                'U    ✓       F         ✓         F         F        ✓        ✓'],
    ],
    call: (c, t) => c.audit.history({ assessmentId: t.assessmentId, itemId: RETURNED_ITEM }),
  },
  'audit.securityEvents':     { cells: ADMIN, call: (c) => c.audit.securityEvents({ limit: 10 }) },
  'audit.log':                { cells: ADMIN, call: (c) => c.audit.log({ q: 'admin', action: 'unit.create', page: 1, pageSize: 20 }) },
  'audit.logActions':         { cells: ADMIN, call: noInput },
  'assessment.saveSelfScore': {
    cells: [
      ['selfScoring',             'U    ✓       F         F         F         F        F        F'],
      ['review',                  'U    F       F         F         F         F        F        F'],
      ['returned',                'U    ✓       F         F         F         F        F        F'],
      ['bonus',                   'U    F       F         F         F         F        F        F'],
      ['finalApproval',           'U    F       F         F         F         F        F        F'],
      ['approved',                'U    L       F         F         F         F        F        F'],
    ],
    call: async (c, t) =>
      c.assessment.saveSelfScore({
        assessmentId: t.assessmentId,
        itemId: RETURNED_ITEM,
        inputs: fullInputs(ITEM7),
        explanation: '调解组织名录已补充',
        expectedVersion: await t.itemVersion(),
      }),
  },
  'assessment.submit': {
    step: true,
    cells: [
      ['selfScoring',             'U    ✓       F         F         F         F        F        F'],
      ['review',                  'U    T       F         F         F         F        F        F'],
      ['approved',                'U    L       F         F         F         F        F        F'],
    ],
    call: command({ type: 'SUBMIT' }),
  },
  'assessment.resubmit': {
    step: true,
    cells: [
      ['review',                  'U    T       F         F         F         F        F        F'],
      ['returned',                'U    ✓       F         F         F         F        F        F'],
      ['approved',                'U    L       F         F         F         F        F        F'],
    ],
    call: command({ type: 'RESUBMIT' }),
  },
  'review.saveReviewScore': {
    cells: [
      ['selfScoring',             'U    F       F         F         F         F        F        F'],
      ['review',                  'U    F       F         ✓         F         F        F        F'],
      ['returned',                'U    F       F         F         F         F        F        F'],
      ['bonus',                   'U    F       F         F         F         F        F        F'],
      ['finalApproval',           'U    F       F         F         F         F        F        F'],
      ['approved',                'U    F       F         L         L         F        F        F'],
    ],
    call: async (c, t) =>
      c.review.saveReviewScore({
        assessmentId: t.assessmentId,
        itemId: RETURNED_ITEM,
        inputs: fullInputs(ITEM7, 'legal'),
        remarks: null,
        expectedVersion: await t.reviewVersion(),
      }),
  },
  'review.adoptSelfScores': {
    cells: ITEM7_DECISION,
    call: (c, t) =>
      c.review.adoptSelfScores({ assessmentIds: [t.assessmentId], itemIds: [RETURNED_ITEM] }),
  },
  'review.returnItems': {
    step: true,
    cells: ITEM7_DECISION,
    call: async (c, t) =>
      c.review.returnItems({
        assessmentId: t.assessmentId,
        expectedVersion: await t.version(),
        command: { type: 'RETURN_ITEMS', itemIds: [RETURNED_ITEM], reason, deadline: RETURN_DEADLINE },
      }),
  },
  'review.completeUnit': {
    step: true,
    cells: [
      ['selfScoring',             'U    F       F         F         F         F        F        F'],
      ['review',                  'U    F       F         ✓         ✓         F        F        F'],
      ['returned',                'U    F       F         T         ✓         F        F        F'],
      ['bonus',                   'U    F       F         T         T         F        F        F'],
      ['approved',                'U    F       F         L         L         F        F        F'],
    ],
    call: command({ type: 'COMPLETE_REVIEW' }),
  },
  'bonus.award': {
    cells: [
      ['review',                  'U    F       F         F         F         F        F        F'],
      ['bonus',                   'U    F       F         F         F         F        ✓        F'],
      ['finalApproval',           'U    F       F         F         F         F        F        F'],
      ['approved',                'U    F       F         F         F         F        L        F'],
    ],
    call: (c, t) =>
      c.bonus.award({ assessmentId: t.assessmentId, bonusItemId: 'bonus-breakthrough', points: 0.5, reason, confirmOverSubtotal: true }),
  },
  'bonus.revoke': {
    cells: [
      ['bonus',                   'U    F       F         F         F         F        ✓        F'],
      ['finalApproval',           'U    F       F         F         F         F        F        F'],
      ['approved',                'U    F       F         F         F         F        L        F'],
    ],
    prepare: async (t) => ({ awardId: await t.awardId() }),
    call: (c, t, { awardId }) => c.bonus.revoke({ assessmentId: t.assessmentId, awardId: awardId!, reason }),
  },
  'bonus.complete': {
    step: true,
    cells: [
      ['review',                  'U    F       F         F         F         F        T        F'],
      ['bonus',                   'U    F       F         F         F         F        ✓        F'],
      ['finalApproval',           'U    F       F         F         F         F        T        F'],
      ['approved',                'U    F       F         F         F         F        L        F'],
    ],
    call: command({ type: 'COMPLETE_BONUS' }),
  },
  'approval.approve': {
    step: true,
    cells: [
      ['bonus',                   'U    F       F         F         F         F        T        F'],
      ['finalApproval',           'U    F       F         F         F         F        ✓        F'],
      ['approved',                'U    F       F         F         F         F        L        F'],
    ],
    call: command({ type: 'APPROVE' }),
  },
  'approval.sendBack': {
    step: true,
    cells: [
      ['review',                  'U    F       F         F         F         F        T        F'],
      ['bonus',                   'U    F       F         F         F         F        ✓        F'],
      ['finalApproval',           'U    F       F         F         F         F        ✓        F'],
      ['approved',                'U    F       F         F         F         F        L        F'],
    ],
    call: async (c, t) =>
      c.approval.sendBack({
        assessmentId: t.assessmentId,
        expectedVersion: await t.version(),
        command: { type: 'SEND_BACK', departmentIds: ['legal'], reason },
      }),
  },
  // 公示 and 申诉 (issue 14)
  'appeal.publish': {
    step: true,
    cells: [['approved',          'U    F       F         F         F         F        F        ✓']],
    call: async (c, t) =>
      c.appeal.publish({ cycleId: await cycleOf(t.h, t.assessmentId), unitTypeId: null, ...openPeriod(t.h), showRanking: false }),
  },
  'appeal.publications':      { cells: LEADERS, call: ofCycle },
  'appeal.finalise': {
    cells: [['published',         'U    F       F         F         F         F        F        C']],
    prepare: async (t) => ({ id: (await t.h.as(USERS.admin).appeal.publications({ cycleId: await cycleOf(t.h, t.assessmentId) }))[0]!.id }),
    call: (c, _t, p) => c.appeal.finalise({ publicationId: p.id! }),
  },
  'appeal.file': {
    step: true,
    cells: [
      ['approved',                'U    L       F         F         F         F        F        F'],
      ['published',               'U    ✓       F         F         F         F        F        F'],
    ],
    call: (c, t) => c.appeal.file({ assessmentId: t.assessmentId, target: RETURNED_ITEM, reason: '矩阵申诉', evidenceIds: [] }),
  },
  'appeal.answer': {
    step: true,
    cells: [['published',         'U    F       F         ✓         F         F        F        F']],
    prepare: (t) => appealOf(t, false),
    call: (c, _t, p) =>
      c.appeal.answer({ appealId: p.id!, expectedVersion: Number(p.version), answer: 'upheld', remark: '维持原考评' }),
  },
  'appeal.decide': {
    step: true,
    cells: [['published',         'U    F       F         F         F         F        ✓        F']],
    prepare: (t) => appealOf(t, true),
    call: (c, _t, p) =>
      c.appeal.decide({ appealId: p.id!, expectedVersion: Number(p.version), decision: 'confirmed', reason: null }),
  },
  'appeal.list':               { cells: SIGNED_IN, call: (c) => c.appeal.list({}) },
  'appeal.result': {
    cells: [
      ['approved',                'U    F       F         F         F         F        ✓        ✓'],
      ['published',               'U    ✓       F         F         F         F        ✓        ✓'],
    ],
    call: ofAssessment,
  },
  'appeal.report':            { cells: LEADERS, call: ofCycle },
  'approval.reopen': {
    step: true,
    cells: [
      ['finalApproval',           'U    F       F         F         F         F        F        T'],
      ['approved',                'U    F       F         F         F         F        F        ✓'],
    ],
    call: command({ type: 'REOPEN', reason }),
  },
};

/** The unit's appeal on item 7 of the target (filed once), answered by 法律部 if asked. */
async function appealOf(t: Target, answered: boolean): Promise<Record<string, string>> {
  const list = () => t.h.as(USERS.admin).appeal.list({ assessmentId: t.assessmentId });
  if ((await list()).length === 0) {
    await t.h.as(USERS.unitA).appeal.file({
      assessmentId: t.assessmentId,
      target: RETURNED_ITEM,
      reason: '矩阵申诉',
      evidenceIds: [],
    });
  }
  let appeal = (await list())[0]!;
  if (answered && appeal.status === 'filed') {
    appeal = await t.h.as(USERS.dept('legal')).appeal.answer({
      appealId: appeal.id,
      expectedVersion: appeal.version,
      answer: 'upheld',
      remark: '维持原考评',
    });
  }
  return { id: appeal.id, version: String(appeal.version) };
}

function parseCells(cells: string): Record<Who, Outcome> {
  const marks = cells.trim().split(/\s+/);
  if (marks.length !== WHO.length)
    throw new Error(`"${cells}" has ${marks.length} cells, not ${WHO.length}`);
  return Object.fromEntries(
    marks.map((m, i) => {
      const outcome = CELL[m as keyof typeof CELL];
      if (!outcome) throw new Error(`unknown cell "${m}" in "${cells}"`);
      return [WHO[i], outcome];
    }),
  ) as Record<Who, Outcome>;
}

const stagesOf = (row: Row): Array<[Stage, string]> =>
  typeof row.cells === 'string' ? [['—', row.cells]] : row.cells;

const procedureType = (path: string): string =>
  (appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)[path]!._def
    .type;

describe('the authorization matrix itself', () => {
  it('names every procedure of appRouter, and only those', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(procedures);
  });

  it('has eight valid cells in every row', () => {
    for (const [path, row] of Object.entries(MATRIX)) {
      expect(stagesOf(row).length, path).toBeGreaterThan(0);
      for (const [, cells] of stagesOf(row)) expect(() => parseCells(cells), path).not.toThrow();
    }
  });
});

describeEachEngine('authorization matrix', ({ db }) => {
  let h: Harness;
  const shared = new Map<Stage, Promise<string>>();
  let counter = 0;

  beforeAll(async () => {
    h = await createHarness(db());
    // backup.run needs the embedded server's scheduler (its timers never fire here).
    h.deps.backups = new BackupScheduler(h.deps, {
      timers: { setTimeout: () => null, clearTimeout: () => {} },
    });
    // The account admin.setUserActive and admin.resetPassword act on.
    await upsertUsers(db(), SYSTEM_ACTOR, [
      {
        id: 'throwaway',
        username: 'throwaway',
        displayName: '临时账号',
        role: 'unit',
        unitId: UNITS.spare.id,
        passwordHash: await testPasswordHash(),
      },
    ]);
  });

  afterAll(() => h.dispose());

  const stageAssessment = (stage: Stage, fresh: boolean): Promise<string> => {
    if (stage === '—') return Promise.resolve(h.assessments[UNITS.a.id]!);
    if (fresh) return assessmentAt(h, stage);
    let found = shared.get(stage);
    if (!found) {
      found = assessmentAt(h, stage);
      shared.set(stage, found);
    }
    return found;
  };

  const target = (assessmentId: string): Target => {
    const detail = () => h.as(USERS.admin).assessment.byId({ id: assessmentId });
    const item7 = async () => (await detail()).items.find((i) => i.itemId === RETURNED_ITEM)!;
    return {
      h,
      assessmentId,
      version: async () => (await detail()).version,
      itemVersion: async () => (await item7()).version,
      reviewVersion: async () =>
        (await item7()).reviews.find((r) => r.departmentId === 'legal')!.version,
      awardId: async () => {
        const d = await detail();
        if (d.stage === 'bonus') {
          return (
            await h.as(USERS.chairman).bonus.award({
              assessmentId,
              bonusItemId: 'bonus-honours',
              points: 1,
              reason: '出色完成市总交办任务',
              confirmOverSubtotal: true,
            })
          ).id;
        }
        const active = d.bonusAwards.find((a) => a.revokedAt === null);
        if (!active) throw new Error('the fixture has no active award');
        return active.id;
      },
      unique: () => `${Date.now().toString(36)}-${++counter}`,
    };
  };

  for (const [path, row] of Object.entries(MATRIX)) {
    const write = procedureType(path) === 'mutation';
    describe(path, () => {
      for (const [stage, cells] of stagesOf(row)) {
        const expected = parseCells(cells);
        for (const who of WHO) {
          const outcome = expected[who];
          it(`${stage} · ${who} → ${outcome}`, async () => {
            const assessmentId = await stageAssessment(
              stage,
              outcome === 'ok' && row.step === true,
            );
            const t = target(assessmentId);
            const prepared = (await row.prepare?.(t)) ?? {};
            const before = write ? await fingerprint(h.db) : null;
            const result = await row.call(h.as(USER_OF[who]), t, prepared, path).then(
              () => ({ ok: true as const }),
              (error: unknown) => ({ ok: false as const, error }),
            );
            if (outcome === 'ok') {
              if (!result.ok) throw result.error;
              if (write && !row.allowedMayBeNoop) {
                expect(await fingerprint(h.db), 'an allowed write changes something').not.toEqual(
                  before,
                );
              }
              return;
            }
            expect(result.ok, `expected ${outcome}, but the call was allowed`).toBe(false);
            const error = (result as { error: unknown }).error;
            expect(error).toBeInstanceOf(TRPCError);
            expect(error instanceof AppTrpcError ? error.domainCode : String(error)).toBe(outcome);
            if (write)
              expect(await fingerprint(h.db), 'a refused write changes nothing').toEqual(before);
          });
        }
      }
    });
  }
});
