/**
 * Test harness for the server: one seeded organisation on a migrated test database, a
 * controllable clock, and a tRPC caller per user (`createCaller` with the pure context,
 * as tRPC's own tests do). The HTTP tests build the app on the same deps.
 *
 * Organisation: the 2011 rubric published by `ensureOrganisation`, a department that
 * reviews nothing in it (后勤部), three units of three types, one user per role and
 * department, all with one password hashed once per process (scrypt is deliberately slow).
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Database,
  getUser,
  type PublicUser,
  SYSTEM_ACTOR,
  upsertDepartments,
  upsertUnits,
  upsertUsers,
} from '@kaohe/db';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { TRPCError } from '@trpc/server';
import { type Kysely, sql } from 'kysely';
import { ensureOrganisation } from '../bootstrap.ts';
import type { Config } from '../config.ts';
import { type AppDeps, createContextInner, type RequestMeta } from '../context.ts';
import { AppTrpcError } from '../errors.ts';
import { hashPassword } from '../password.ts';
import { appRouter } from '../routers/app.router.ts';
import { type EvidenceStore, folderEvidenceStore } from '../services/evidence-store.ts';
import { createCallerFactory } from '../trpc.ts';

export const TEST_PASSWORD = 'kaohe-test-password-2011';

let passwordHash: Promise<string> | undefined;
/** The one scrypt hash every test user shares. */
export const testPasswordHash = () => {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
};

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kaohe-server-test-'));
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  const dataDir = overrides.dataDir ?? tempDir();
  return {
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir,
    // Not the product's default (decision 030): the server's tests keep the worker's path
    // covered; the e2e server, the CLI's and the database package's tests run the default.
    pgliteWorker: true,
    adminPassword: undefined,
    publicUrl: null,
    allowedOrigins: [],
    sessionIdleMs: 30 * 60_000,
    sessionAbsoluteMs: 12 * 3_600_000,
    uploadMaxBytes: 1024 * 1024,
    evidenceMaxFilesPerItem: 20,
    evidenceMaxBytesPerAssessment: 500 * 1024 * 1024,
    https: false,
    trustProxy: 'loopback',
    seedDemo: false,
    smtpUrl: null,
    mailFrom: 'kaohe@localhost',
    s3: null,
    backup: { auto: false, dir: join(dataDir, 'backups'), time: { hour: 2, minute: 0 }, keep: 14 },
    ...overrides,
  };
}

/** A clock the tests move. Starts at the real time unless told otherwise. */
export class TestClock {
  private t: number;
  constructor(start: Date | number = Date.now()) {
    this.t = typeof start === 'number' ? start : start.getTime();
  }
  readonly now = (): Date => new Date(this.t);
  advance(ms: number): void {
    this.t += ms;
  }
  set(at: Date): void {
    this.t = at.getTime();
  }
}

export const MINUTE = 60_000;

export const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

/** A procedure called by its path ('report.ranking'), for tables of procedures. */
export type Procedure = (input?: unknown) => Promise<unknown>;
export const procedureAt = (c: Caller, path: string): Procedure =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], c) as Procedure;

/** The units of the seeded organisation: two district/bureau units and a spare one. */
export const UNITS = {
  a: { id: 'hexi', name: '河西区总工会', unitTypeId: 'district', memberCount: 120_000 },
  b: { id: 'jianwei', name: '市建委工会', unitTypeId: 'bureau', memberCount: 80_000 },
  spare: { id: 'tianbao', name: '天保开发区工会', unitTypeId: 'devZone', memberCount: 20_000 },
} as const;

/** A department of the federation that reviews no item of the 2011 rubric. */
export const LOGISTICS = { id: 'logistics', name: '后勤部' } as const;

export const REVIEWING_DEPARTMENTS = rubric2011.departments
  .map((d) => d.id)
  .filter((id) => id !== 'chairman');

/** Usernames of the seeded users; the user id is the username. */
export const USERS = {
  admin: 'admin',
  chairman: 'chairman',
  unitA: `unit-${UNITS.a.id}`,
  unitB: `unit-${UNITS.b.id}`,
  unitSpare: `unit-${UNITS.spare.id}`,
  logistics: `dept-${LOGISTICS.id}`,
  dept: (departmentId: string) => `dept-${departmentId}`,
};

export interface Harness {
  deps: AppDeps;
  db: Kysely<Database>;
  clock: TestClock;
  rubricId: string;
  /** The cycle created through `cycle.create` for units a and b. */
  cycleId: string;
  /** Assessment ids of that cycle by unit id. */
  assessments: Record<string, string>;
  user(username: string): PublicUser;
  /** A caller signed in as that user, or anonymous for null. */
  as(username: string | null, meta?: Partial<RequestMeta>): Caller;
  /** Removes the data folder (evidence files); the database is the suite's to close. */
  dispose(): Promise<void>;
}

export interface HarnessOptions {
  config?: Partial<Config>;
  clock?: TestClock;
  /** Deadlines of the harness cycle (ISO dates). */
  deadlines?: Partial<Record<'selfScoring' | 'review' | 'bonus' | 'finalApproval', string>>;
  /** The evidence store (default: the folder in the data directory), e.g. an S3 one. */
  evidence?: (config: Config) => EvidenceStore | Promise<EvidenceStore>;
}

export async function createHarness(
  db: Kysely<Database>,
  options: HarnessOptions = {},
): Promise<Harness> {
  const clock = options.clock ?? new TestClock();
  const config = testConfig(options.config);
  const deps: AppDeps = {
    db,
    config,
    now: clock.now,
    evidence: options.evidence
      ? await options.evidence(config)
      : folderEvidenceStore(join(config.dataDir, 'evidence')),
  };
  await ensureOrganisation(db);
  await upsertDepartments(db, SYSTEM_ACTOR, [{ ...LOGISTICS, isChairmanOffice: false }]);
  await upsertUnits(db, SYSTEM_ACTOR, Object.values(UNITS));
  const hash = await testPasswordHash();
  const base = { passwordHash: hash, mustChangePassword: false };
  await upsertUsers(db, SYSTEM_ACTOR, [
    { ...base, id: USERS.admin, username: USERS.admin, displayName: '考核办', role: 'admin' },
    {
      ...base,
      id: USERS.chairman,
      username: USERS.chairman,
      displayName: '主席室',
      role: 'chairman',
      departmentId: 'chairman',
    },
    ...[...REVIEWING_DEPARTMENTS, LOGISTICS.id].map((departmentId) => ({
      ...base,
      id: USERS.dept(departmentId),
      username: USERS.dept(departmentId),
      displayName: `${departmentId}考评员`,
      role: 'department' as const,
      departmentId,
    })),
    ...Object.values(UNITS).map((u) => ({
      ...base,
      id: `unit-${u.id}`,
      username: `unit-${u.id}`,
      displayName: `${u.name}填报员`,
      role: 'unit' as const,
      unitId: u.id,
    })),
  ]);
  const users = new Map<string, PublicUser>();
  for (const row of await db.selectFrom('users').select('id').execute()) {
    users.set(row.id, (await getUser(db, row.id))!);
  }
  const user = (username: string) => {
    const found = users.get(username);
    if (!found) throw new Error(`no test user ${username}`);
    return found;
  };
  const as = (username: string | null, meta?: Partial<RequestMeta>) =>
    createCaller(
      createContextInner(deps, { user: username === null ? null : user(username), meta }),
    );

  const rubric = await as(USERS.admin).rubric.get({ year: 2011 });
  const cycle = await as(USERS.admin).cycle.create({
    name: '2011年度工会工作目标管理考核（测试）',
    rubricId: rubric.id,
    unitIds: [UNITS.a.id, UNITS.b.id],
    deadlines: {
      selfScoring: '2011-12-10',
      review: '2011-12-20',
      bonus: '2011-12-25',
      finalApproval: '2011-12-31',
      ...options.deadlines,
    },
  });
  const rows = await db
    .selectFrom('assessments')
    .select(['id', 'unitId'])
    .where('cycleId', '=', cycle.id)
    .execute();
  return {
    deps,
    db,
    clock,
    rubricId: rubric.id,
    cycleId: cycle.id,
    assessments: Object.fromEntries(rows.map((r) => [r.unitId, r.id])),
    user,
    as,
    dispose: () => rm(config.dataDir, { recursive: true, force: true }),
  };
}

/**
 * A fingerprint of everything a write could change: row counts and an md5 of every row
 * of the tables that hold assessments, scores, reviews, bonus points, evidence, the
 * organisation, accounts, sessions and the audit trail. Computed in SQL, one query.
 * `security_event` is left out on purpose: a refusal adds its row there and must leave
 * everything listed here as it was.
 */
export async function fingerprint(db: Kysely<Database>): Promise<Record<string, string>> {
  const tables = [
    'assessments',
    'item_scores',
    'item_reviews',
    'indicator_values',
    'bonus_awards',
    'grade_bands',
    'honours_bars',
    'evidence',
    'cycles',
    'cycle_units',
    'cycle_deadlines',
    'rubrics',
    'units',
    'unit_types',
    'departments',
    'users',
    'sessions',
    'notifications',
    'audit_events',
  ];
  // A session's last-seen time and sliding expiry move on every request, refused or not:
  // activity, not a change a request makes.
  const row = (t: string) =>
    t === 'sessions' ? '(t.id, t.user_id, t.created_at, t.revoked_at)::text' : 't::text';
  // The audit trail is append-only: its count and last id say whether anything was added.
  const value = (t: string) =>
    t === 'audit_events'
      ? `count(*)::text || ':' || coalesce(max(t.id)::text, '')`
      : `count(*)::text || ':' || coalesce(md5(string_agg(${row(t)}, '|' order by ${row(t)})), '')`;
  const parts = tables.map((t) => `select '${t}' as name, ${value(t)} as value from ${t} t`);
  const result = await sql<{
    name: string;
    value: string;
  }>`${sql.raw(parts.join(' union all '))}`.execute(db);
  return Object.fromEntries(result.rows.map((r) => [r.name, r.value]));
}

/**
 * How a call ended: 'allowed', the domain code of a refusal (FORBIDDEN, LOCKED, …), or
 * the tRPC code of an input refusal (BAD_REQUEST).
 */
export function outcome(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'allowed',
    (e: unknown) => {
      if (e instanceof AppTrpcError) return e.domainCode;
      if (e instanceof TRPCError) return e.code;
      throw e;
    },
  );
}
