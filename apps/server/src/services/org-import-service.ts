/**
 * The organisation from Excel (issue 15): what an import would do (the preview), doing it
 * in one transaction, and the export of what is stored in the same layout. Units and
 * departments are matched by code, users by account (case-insensitive), so the same file
 * again changes nothing and issues no password. Each new account gets a generated initial
 * password, returned once, and must change it at first sign-in.
 */
import {
  type AuditEntry,
  type DbOrTx,
  inTransaction,
  upsertDepartments,
  upsertUnits,
  upsertUsers,
  withAudit,
} from '@kaohe/db';
import { type Actor, DomainError, type LocalizedText, type Role } from '@kaohe/domain';
import {
  type AccountRow,
  checkOrgReferences,
  DEPARTMENT_COLUMNS,
  ORG_SHEETS,
  type OrgExportData,
  type OrgProblem,
  type OrgReadResult,
  type OrgWorkbook,
  UNIT_COLUMNS,
  USER_COLUMNS,
} from '@kaohe/rubric-io';
import type { OrgChangeView, OrgImportPreview, OrgProblemView } from '../http/org-import-view.ts';
import { chosenPasswordProblem, generatePassword, hashGeneratedPassword } from '../password.ts';

/** A user as the import reads it from the database and writes it back. */
interface OrgUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  departmentId: string | null;
  phone: string | null;
  email: string | null;
}

interface OrgState {
  unitTypes: Array<{ id: string; name: string }>;
  units: Map<string, { id: string; name: string; unitTypeId: string }>;
  departments: Map<string, { id: string; name: string }>;
  /** By lower-case account. */
  users: Map<string, OrgUser>;
}

async function loadState(db: DbOrTx): Promise<OrgState> {
  const [unitTypes, units, departments, users] = [
    await db.selectFrom('unitTypes').select(['id', 'name']).orderBy('id').execute(),
    await db.selectFrom('units').select(['id', 'name', 'unitTypeId']).execute(),
    await db.selectFrom('departments').select(['id', 'name']).execute(),
    await db
      .selectFrom('users')
      .select(['id', 'username', 'displayName', 'role', 'unitId', 'departmentId', 'phone', 'email'])
      .execute(),
  ];
  return {
    unitTypes,
    units: new Map(units.map((u) => [u.id, u])),
    departments: new Map(departments.map((d) => [d.id, d])),
    users: new Map(users.map((u) => [u.username.toLowerCase(), u])),
  };
}

interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

interface Plan {
  problems: OrgProblem[];
  departments: Array<{ id: string; name: string }>;
  units: Array<{ id: string; name: string; unitTypeId: string }>;
  /** New accounts and changed ones; `created` marks the new. */
  users: Array<{ user: OrgUser; created: boolean; orgName: string }>;
  summary: { units: Counts; departments: Counts; users: Counts };
  changes: OrgChangeView[];
}

const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

/**
 * What importing the workbook into `state` would do; problems if any row is refused.
 * `listed` are the codes the file names on rows refused for another reason.
 */
function plan(
  workbook: OrgWorkbook,
  listed: OrgReadResult['listed'],
  state: OrgState,
  actor: Actor,
): Plan {
  const { problems, unitTypeIds } = checkOrgReferences(workbook, {
    unitTypes: state.unitTypes,
    unitCodes: [...state.units.keys(), ...listed.unitCodes],
    departmentCodes: [...state.departments.keys(), ...listed.departmentCodes],
  });
  const result: Plan = {
    problems,
    departments: [],
    units: [],
    users: [],
    summary: { units: zero(), departments: zero(), users: zero() },
    changes: [],
  };
  const change = (
    sheet: OrgChangeView['sheet'],
    row: number,
    kind: OrgChangeView['kind'],
    code: string,
    name: string,
    fields: string[],
  ) => result.changes.push({ sheet, row, kind, code, name, fields });

  for (const d of workbook.departments) {
    const old = state.departments.get(d.code);
    if (old && old.name === d.name) {
      result.summary.departments.unchanged++;
      continue;
    }
    result.departments.push({ id: d.code, name: d.name });
    result.summary.departments[old ? 'updated' : 'created']++;
    change('部门', d.row, old ? 'update' : 'create', d.code, d.name, old ? ['部门名称'] : []);
  }

  for (const u of workbook.units) {
    const unitTypeId = unitTypeIds.get(u.row);
    if (unitTypeId === undefined) continue;
    const old = state.units.get(u.code);
    const fields = old
      ? [
          ...(old.name !== u.name ? ['单位名称'] : []),
          ...(old.unitTypeId !== unitTypeId ? ['单位类型'] : []),
        ]
      : [];
    if (old && fields.length === 0) {
      result.summary.units.unchanged++;
      continue;
    }
    result.units.push({ id: u.code, name: u.name, unitTypeId });
    result.summary.units[old ? 'updated' : 'created']++;
    change('单位', u.row, old ? 'update' : 'create', u.code, u.name, fields);
  }

  const unitNames = new Map(workbook.units.map((u) => [u.code, u.name]));
  const departmentNames = new Map(workbook.departments.map((d) => [d.code, d.name]));
  const unitName = (id: string) => unitNames.get(id) ?? state.units.get(id)?.name ?? id;
  const departmentName = (id: string) =>
    departmentNames.get(id) ?? state.departments.get(id)?.name ?? id;
  for (const u of workbook.users) {
    const unitId = u.role === 'unit' ? u.orgCode : null;
    const departmentId = u.role === 'department' || u.role === 'chairman' ? u.orgCode : null;
    const old = state.users.get(u.account.toLowerCase());
    if (old && old.id === actor.userId && old.role !== u.role) {
      problems.push({
        sheet: '用户',
        row: u.row,
        column: '角色',
        message: {
          zh: '不能通过导入更改自己账号的角色',
          en: 'An import cannot change the role of your own account',
        },
      });
      continue;
    }
    const next: OrgUser = {
      id: old?.id ?? crypto.randomUUID(),
      username: u.account,
      displayName: u.name,
      role: u.role,
      unitId,
      departmentId,
      phone: u.phone,
      email: u.email,
    };
    const fields = old
      ? [
          ...(old.username !== next.username ? ['账号'] : []),
          ...(old.displayName !== next.displayName ? ['姓名'] : []),
          ...(old.role !== next.role ? ['角色'] : []),
          ...(old.unitId !== unitId || old.departmentId !== departmentId ? ['单位或部门编码'] : []),
          ...(old.phone !== next.phone ? ['手机'] : []),
          ...(old.email !== next.email ? ['邮箱'] : []),
        ]
      : [];
    if (old && fields.length === 0) {
      result.summary.users.unchanged++;
      continue;
    }
    const orgName = unitId ? unitName(unitId) : departmentId ? departmentName(departmentId) : '';
    result.users.push({ user: next, created: !old, orgName });
    result.summary.users[old ? 'updated' : 'created']++;
    change('用户', u.row, old ? 'update' : 'create', u.account, u.name, fields);
  }
  result.changes.sort(
    (a, b) => SHEET_ORDER.indexOf(a.sheet) - SHEET_ORDER.indexOf(b.sheet) || a.row - b.row,
  );
  return result;
}

const problemView = (p: OrgProblem): OrgProblemView => ({
  sheet: p.sheet,
  row: p.row,
  column: p.column,
  zh: p.message.zh,
  en: p.message.en,
});

/** The rows of the preview: enough to see what changes; the counts say the rest. */
const PREVIEW_ROWS = 2000;

/** What importing the workbook would do now, with every problem of the file; writes nothing. */
export async function previewOrgImport(
  db: DbOrTx,
  actor: Actor,
  fileName: string,
  read: OrgReadResult,
): Promise<OrgImportPreview> {
  const p = plan(read.workbook, read.listed, await loadState(db), actor);
  const problems = [...read.problems, ...p.problems].sort(byPlace);
  return {
    fileName,
    problems: problems.map(problemView),
    truncated: read.truncated,
    summary: p.summary,
    changes: p.changes.slice(0, PREVIEW_ROWS),
    changesShown: Math.min(p.changes.length, PREVIEW_ROWS),
    changesTotal: p.changes.length,
  };
}

const SHEET_ORDER: readonly string[] = [ORG_SHEETS.units, ORG_SHEETS.departments, ORG_SHEETS.users];
const COLUMN_ORDER: readonly string[] = [...UNIT_COLUMNS, ...DEPARTMENT_COLUMNS, ...USER_COLUMNS];

/** The file's problems first, then by sheet, row and column as they stand in the workbook. */
function byPlace(a: OrgProblem, b: OrgProblem): number {
  const sheet = (p: OrgProblem) => (p.sheet === null ? -1 : SHEET_ORDER.indexOf(p.sheet));
  const column = (p: OrgProblem) => (p.column === null ? -1 : COLUMN_ORDER.indexOf(p.column));
  return sheet(a) - sheet(b) || (a.row ?? 0) - (b.row ?? 0) || column(a) - column(b);
}

/**
 * A generated initial password that the password rules accept for this account (random,
 * so it nearly always is the first time).
 */
export async function initialPassword(username: string): Promise<string> {
  for (;;) {
    const password = generatePassword();
    if ((await chosenPasswordProblem(password, username)) === null) return password;
  }
}

export interface OrgImportOptions {
  fileName: string;
  /** The password hash; tests and benchmarks may pass a cheaper one. */
  hash?: (password: string) => Promise<string>;
}

export type OrgImportResult =
  | { ok: false; preview: OrgImportPreview }
  | {
      ok: true;
      summary: Plan['summary'];
      /** The new accounts with their initial passwords: shown this once, never stored. */
      accounts: AccountRow[];
    };

const CHANGED: LocalizedText = {
  zh: '组织数据在检查后被修改，请重新导入',
  en: 'The organisation changed while the file was checked; import it again',
};

/**
 * Imports the workbook in one transaction, or nothing when any row is refused. Passwords
 * are hashed before the transaction (scrypt is slow on purpose); the transaction checks
 * again against what it reads, so a change in between refuses rather than half-applies.
 */
export async function importOrganisation(
  db: DbOrTx,
  actor: Actor,
  read: OrgReadResult,
  options: OrgImportOptions,
): Promise<OrgImportResult> {
  const { workbook, listed } = read;
  const first = plan(workbook, listed, await loadState(db), actor);
  if (!read.ok || first.problems.length > 0) {
    return { ok: false, preview: await previewOrgImport(db, actor, options.fileName, read) };
  }
  const hash = options.hash ?? hashGeneratedPassword;
  const fresh = first.users.filter((u) => u.created);
  const passwords = new Map<string, { password: string; hash: string }>();
  await Promise.all(
    fresh.map(async ({ user }) => {
      const password = await initialPassword(user.username);
      passwords.set(user.username.toLowerCase(), { password, hash: await hash(password) });
    }),
  );

  const summary = await inTransaction(db, async (trx) => {
    const again = plan(workbook, listed, await loadState(trx), actor);
    if (
      again.problems.length > 0 ||
      again.users.some((u) => u.created && !passwords.has(u.user.username.toLowerCase()))
    ) {
      throw new DomainError('CONFLICT', CHANGED);
    }
    await upsertDepartments(trx, actor, again.departments);
    await upsertUnits(trx, actor, again.units);
    await upsertUsers(
      trx,
      actor,
      again.users.map(({ user, created }) =>
        created
          ? {
              ...user,
              passwordHash: passwords.get(user.username.toLowerCase())!.hash,
              mustChangePassword: true,
            }
          : user,
      ),
    );
    const audit: AuditEntry = {
      action: 'organisation.import',
      entityType: 'organisation',
      entityId: 'organisation',
      after: { fileName: options.fileName, ...again.summary },
    };
    return withAudit(trx, actor, async () => ({ result: again.summary, audit }));
  });

  const accounts = fresh.map(({ user, orgName }) => ({
    account: user.username,
    name: user.displayName,
    unit: orgName,
    password: passwords.get(user.username.toLowerCase())!.password,
  }));
  return { ok: true, summary, accounts };
}

/** What is stored, in the workbook's layout: import of it changes nothing. */
export async function exportOrganisation(db: DbOrTx): Promise<OrgExportData> {
  const state = await loadState(db);
  const typeName = new Map(state.unitTypes.map((t) => [t.id, t.name]));
  const byCode = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    units: [...state.units.values()].sort(byCode).map((u) => ({
      code: u.id,
      name: u.name,
      unitType: typeName.get(u.unitTypeId) ?? u.unitTypeId,
    })),
    departments: [...state.departments.values()]
      .sort(byCode)
      .map((d) => ({ code: d.id, name: d.name })),
    users: [...state.users.values()]
      .sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0))
      .map((u) => ({
        account: u.username,
        name: u.displayName,
        role: u.role,
        orgCode: u.role === 'unit' ? u.unitId : u.role === 'admin' ? null : u.departmentId,
        phone: u.phone,
        email: u.email,
      })),
  };
}
