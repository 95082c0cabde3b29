/**
 * Departments, unit types and units: the admin's lists. Upserts take whole rows and
 * record one audit event per row that is new or changed; rows equal to what is stored
 * are left alone and leave no trace.
 */
import type { Actor, ListResult } from '@kaohe/domain';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { AuditEntry } from './audit-repository.ts';
import type { Database, Department, Unit, UnitType } from './schema.ts';
import { matchesTerm, type PageRequest, searchPage } from './search.ts';
import { type DbOrTx, withAudit } from './transaction.ts';

export interface DepartmentInput {
  id: string;
  name: string;
  isChairmanOffice?: boolean;
}

export interface UnitTypeInput {
  id: string;
  name: string;
}

export interface UnitInput {
  id: string;
  name: string;
  unitTypeId: string;
  memberCount?: number;
  active?: boolean;
}

type Keyed = { id: string };

/** Rows per statement in batched reads and writes. */
const CHUNK = 1000;

export interface UpsertResult<Row> {
  created: Row[];
  updated: Row[];
  unchanged: number;
}

/**
 * Shared by the three lists, which differ only in columns. Typed loosely inside, because
 * Kysely cannot be generic over a table name; the exported functions are typed exactly.
 */
async function upsertById<Input extends Keyed, Row extends Keyed>(
  trx: Transaction<Database>,
  table: 'departments' | 'unitTypes' | 'units',
  entityType: string,
  rows: readonly Input[],
  /** The row to store: an omitted optional field keeps its stored value, else its default. */
  complete: (input: Input, existing: Row | undefined) => Row,
): Promise<{ result: UpsertResult<Row>; audit: AuditEntry[] }> {
  // biome-ignore lint/suspicious/noExplicitAny: one body for three tables, see above
  const loose = trx as unknown as Kysely<any>;
  const existing = new Map<string, Row>();
  const ids = [...new Set(rows.map((r) => r.id))];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const found = (await loose
      .selectFrom(table)
      .selectAll()
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute()) as Row[];
    for (const r of found) existing.set(r.id, r);
  }
  const result: UpsertResult<Row> = { created: [], updated: [], unchanged: 0 };
  const audit: AuditEntry[] = [];
  const writes: Row[] = [];
  for (const input of rows) {
    const before = existing.get(input.id);
    const after = complete(input, before);
    if (before && sameRow(before, after)) {
      result.unchanged++;
      continue;
    }
    writes.push(after);
    existing.set(after.id, after);
    (before ? result.updated : result.created).push(after);
    audit.push({
      action: `${entityType}.${before ? 'update' : 'create'}`,
      entityType,
      entityId: after.id,
      before: before ?? null,
      after,
    });
  }
  for (let i = 0; i < writes.length; i += CHUNK) {
    const chunk = writes.slice(i, i + CHUNK);
    const columns = Object.keys(chunk[0]!).filter((c) => c !== 'id');
    await loose
      .insertInto(table)
      .values(chunk)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) =>
            Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)])),
          ),
      )
      .execute();
  }
  return { result, audit };
}

function sameRow(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return Object.keys(rb).every((k) => ra[k] === rb[k]);
}

export function upsertDepartments(
  db: DbOrTx,
  actor: Actor,
  departments: readonly DepartmentInput[],
): Promise<UpsertResult<Department>> {
  return withAudit(db, actor, (trx) =>
    upsertById<DepartmentInput, Department>(
      trx,
      'departments',
      'department',
      departments,
      (d, old) => ({
        id: d.id,
        name: d.name,
        isChairmanOffice: d.isChairmanOffice ?? old?.isChairmanOffice ?? false,
      }),
    ),
  );
}

export function upsertUnitTypes(
  db: DbOrTx,
  actor: Actor,
  unitTypes: readonly UnitTypeInput[],
): Promise<UpsertResult<UnitType>> {
  return withAudit(db, actor, (trx) =>
    upsertById<UnitTypeInput, UnitType>(trx, 'unitTypes', 'unitType', unitTypes, (t) => ({
      id: t.id,
      name: t.name,
    })),
  );
}

export function upsertUnits(
  db: DbOrTx,
  actor: Actor,
  units: readonly UnitInput[],
): Promise<UpsertResult<Unit>> {
  return withAudit(db, actor, (trx) =>
    upsertById<UnitInput, Unit>(trx, 'units', 'unit', units, (u, old) => ({
      id: u.id,
      name: u.name,
      unitTypeId: u.unitTypeId,
      memberCount: u.memberCount ?? old?.memberCount ?? 0,
      active: u.active ?? old?.active ?? true,
    })),
  );
}

export function listDepartments(db: DbOrTx): Promise<Department[]> {
  return db.selectFrom('departments').selectAll().orderBy('id').execute();
}

export function listUnitTypes(db: DbOrTx): Promise<UnitType[]> {
  return db.selectFrom('unitTypes').selectAll().orderBy('id').execute();
}

export interface UnitFilter {
  unitTypeId?: string;
  active?: boolean;
}

export function listUnits(db: DbOrTx, filter: UnitFilter = {}): Promise<Unit[]> {
  let q = db.selectFrom('units').selectAll();
  if (filter.unitTypeId !== undefined) q = q.where('unitTypeId', '=', filter.unitTypeId);
  if (filter.active !== undefined) q = q.where('active', '=', filter.active);
  return q.orderBy('name').orderBy('id').execute();
}

export function getUnit(db: DbOrTx, id: string): Promise<Unit | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface UnitSearch extends PageRequest {
  /** Part of the unit's name or code (its id). */
  q?: string | undefined;
  unitTypeId?: string | undefined;
}

/** One page of units by name (then code), with the count of all that match. */
export async function searchUnits(db: DbOrTx, s: UnitSearch): Promise<ListResult<Unit>> {
  const filtered = () =>
    db
      .selectFrom('units')
      .where(matchesTerm([sql.ref('name'), sql.ref('id')], s.q))
      .$if(s.unitTypeId !== undefined, (q) => q.where('unitTypeId', '=', s.unitTypeId!));
  return searchPage(filtered, (q) => q.selectAll().orderBy(sql`name collate "C"`).orderBy('id'), s);
}
