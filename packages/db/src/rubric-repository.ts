/**
 * Rubrics (考核表): a draft is edited, validated and published; a published rubric is
 * frozen, and its items are written out to rubric_items so that SQL can reach them
 * (cycles copy base scores and reviewing departments from there).
 */
import {
  type Actor,
  DomainError,
  diffRubrics,
  type Rubric,
  RubricSchema,
  reviewingDepartments,
  rubricItems,
  toCenti,
  validateRubric,
} from '@kaohe/domain';
import { sql, type Transaction, type UpdateObject } from 'kysely';
import type { AuditEntry } from './audit-repository.ts';
import { conflict, ENTITY, notFound } from './errors.ts';
import { updateVersioned } from './optimistic.ts';
import type { Database, RubricItemRow, RubricRow, RubricStatus } from './schema.ts';
import { type DbOrTx, withAudit } from './transaction.ts';
import { canonicalScore, decimal, json } from './values.ts';

export type RubricRecord = Omit<RubricRow, 'document'> & { document: Rubric };
export type RubricSummary = Omit<RubricRow, 'document'> & { title: string };

function parseDocument(document: unknown): Rubric {
  const parsed = RubricSchema.safeParse(document);
  if (parsed.success) return parsed.data;
  const { problems } = validateRubric(document);
  throw new DomainError(
    'INVALID_RUBRIC',
    { zh: '考核表格式不正确', en: 'The rubric document is malformed' },
    { problems },
  );
}

function record(row: RubricRow): RubricRecord {
  // Stored documents were parsed on the way in; parsing again applies any defaults added since.
  return { ...row, document: RubricSchema.parse(row.document) };
}

const summaryOf = ({ document, ...rest }: RubricRecord | RubricRow) => rest;

export async function createRubric(
  db: DbOrTx,
  actor: Actor,
  input: { id?: string; document: unknown },
): Promise<RubricRecord> {
  const document = parseDocument(input.document);
  return withAudit(db, actor, async (trx) => {
    const row = await trx
      .insertInto('rubrics')
      .values({
        id: input.id ?? crypto.randomUUID(),
        year: document.year,
        document: json(document),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      result: record(row),
      audit: {
        action: 'rubric.create',
        entityType: 'rubric',
        entityId: row.id,
        after: { ...summaryOf(row), title: document.title },
      },
    };
  });
}

async function readRubric(trx: DbOrTx, id: string): Promise<RubricRecord | undefined> {
  const row = await trx.selectFrom('rubrics').selectAll().where('id', '=', id).executeTakeFirst();
  return row && record(row);
}

function lockedUnlessDraft(r: RubricRecord): void {
  if (r.status !== 'draft') {
    throw new DomainError('LOCKED', {
      zh: '考核表已发布或归档，不能修改；请复制为新草稿',
      en: 'This rubric is published or archived and cannot change; clone it into a new draft',
    });
  }
}

/**
 * A rubric's row moves on from `status` one way: a versioned update (updateVersioned)
 * that bumps the version; from a draft, LOCKED first if it is no longer one.
 */
function changeRubric(
  trx: Transaction<Database>,
  input: { rubricId: string; expectedVersion: number },
  status: RubricStatus,
  set: UpdateObject<Database, 'rubrics'>,
): Promise<{ before: RubricRecord; after: RubricRecord }> {
  return updateVersioned({
    what: ENTITY.rubric,
    id: input.rubricId,
    expectedVersion: input.expectedVersion,
    view: summaryOf,
    read: async () => {
      const r = await readRubric(trx, input.rubricId);
      if (r && status === 'draft') lockedUnlessDraft(r);
      return r;
    },
    update: async () => {
      const row = await trx
        .updateTable('rubrics')
        .set({ ...set, version: sql<number>`version + 1`, updatedAt: sql<Date>`now()` })
        .where('id', '=', input.rubricId)
        .where('version', '=', input.expectedVersion)
        .where('status', '=', status)
        .returningAll()
        .executeTakeFirst();
      return row && record(row);
    },
  });
}

/** The audit event of a change: the row's summary before and after (and `extra` on it). */
function changeAudit(
  action: string,
  { before, after }: { before: RubricRecord; after: RubricRecord },
  extra: { after?: object; reason?: string } = {},
): AuditEntry {
  return {
    action,
    entityType: 'rubric',
    entityId: after.id,
    before: summaryOf(before),
    after: { ...summaryOf(after), ...extra.after },
    ...(extra.reason === undefined ? {} : { reason: extra.reason }),
  };
}

/** Replaces a draft's document. The audit event holds the diff, not two copies of the table. */
export async function updateRubricDraft(
  db: DbOrTx,
  actor: Actor,
  input: { rubricId: string; document: unknown; expectedVersion: number },
): Promise<RubricRecord> {
  const document = parseDocument(input.document);
  return withAudit(db, actor, async (trx) => {
    const change = await changeRubric(trx, input, 'draft', {
      document: json(document),
      year: document.year,
    });
    const { before, after } = change;
    return {
      result: after,
      audit: changeAudit('rubric.updateDraft', change, {
        after: { changes: diffRubrics(before.document, after.document) },
      }),
    };
  });
}

async function writeRubricItems(
  trx: Transaction<Database>,
  rubricId: string,
  rubric: Rubric,
): Promise<void> {
  await trx.deleteFrom('rubricItems').where('rubricId', '=', rubricId).execute();
  const rows = rubricItems(rubric).map(({ item, category }) => ({
    rubricId,
    itemId: item.id,
    number: item.number,
    categoryId: category.id,
    baseScore: decimal(toCenti(item.baseScore)),
    departments: item.departments,
    reviewingDepartments: reviewingDepartments(item),
  }));
  if (rows.length > 0) await trx.insertInto('rubricItems').values(rows).execute();
}

/**
 * Publishes a draft after full validation (validateRubric: shapes and rules). One rubric
 * per year may be published; a second is refused until the first is archived.
 */
export function publishRubric(
  db: DbOrTx,
  actor: Actor,
  input: { rubricId: string; expectedVersion: number },
): Promise<RubricRecord> {
  return withAudit(db, actor, async (trx) => {
    const change = await changeRubric(trx, input, 'draft', {
      status: 'published',
      publishedAt: sql<Date>`now()`,
    });
    const { after } = change;
    const validation = validateRubric(after.document);
    if (!validation.ok) {
      throw new DomainError(
        'INVALID_RUBRIC',
        {
          zh: `考核表有${validation.problems.length}处问题，不能发布`,
          en: `The rubric has ${validation.problems.length} problem(s) and cannot be published`,
        },
        { problems: validation.problems },
      );
    }
    await writeRubricItems(trx, after.id, after.document);
    return { result: after, audit: changeAudit('rubric.publish', change) };
  });
}

/** Retires a published rubric (its cycles keep it); only then may the year publish another. */
export function archiveRubric(
  db: DbOrTx,
  actor: Actor,
  input: { rubricId: string; expectedVersion: number; reason: string },
): Promise<RubricRecord> {
  return withAudit(db, actor, async (trx) => {
    const change = await changeRubric(trx, input, 'published', { status: 'archived' });
    return {
      result: change.after,
      audit: changeAudit('rubric.archive', change, { reason: input.reason }),
    };
  });
}

export function getRubric(db: DbOrTx, id: string): Promise<RubricRecord | undefined> {
  return readRubric(db, id);
}

export async function getPublishedRubric(
  db: DbOrTx,
  year: number,
): Promise<RubricRecord | undefined> {
  const row = await db
    .selectFrom('rubrics')
    .selectAll()
    .where('year', '=', year)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return row && record(row);
}

export function listRubrics(
  db: DbOrTx,
  filter: { status?: RubricStatus; year?: number } = {},
): Promise<RubricSummary[]> {
  let q = db
    .selectFrom('rubrics')
    .select([
      'id',
      'year',
      'status',
      'version',
      'createdAt',
      'updatedAt',
      'publishedAt',
      sql<string>`document->>'title'`.as('title'),
    ]);
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  return q.orderBy('year', 'desc').orderBy('createdAt', 'desc').execute();
}

export async function listRubricItems(db: DbOrTx, rubricId: string): Promise<RubricItemRow[]> {
  const rows = await db
    .selectFrom('rubricItems')
    .selectAll()
    .where('rubricId', '=', rubricId)
    .orderBy('number')
    .execute();
  return rows.map((r) => ({ ...r, baseScore: canonicalScore(r.baseScore) }));
}

/** How many cycles use the rubric: one that is used is never edited or deleted. */
export async function countCyclesUsingRubric(db: DbOrTx, rubricId: string): Promise<number> {
  const row = await db
    .selectFrom('cycles')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('rubricId', '=', rubricId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type RubricOverview = RubricSummary & { itemCount: number; cycleCount: number };

/** Every rubric with its item count and how many cycles use it, newest year first. */
export async function listRubricOverview(db: DbOrTx): Promise<RubricOverview[]> {
  const rows = await db
    .selectFrom('rubrics as r')
    .select((eb) => [
      'r.id',
      'r.year',
      'r.status',
      'r.version',
      'r.createdAt',
      'r.updatedAt',
      'r.publishedAt',
      sql<string>`r.document->>'title'`.as('title'),
      sql<number | string>`(
        select count(*) from jsonb_array_elements(r.document->'categories') as c(value)
        cross join jsonb_array_elements(c.value->'items') as i(value)
      )`.as('itemCount'),
      eb
        .selectFrom('cycles')
        .select(eb.fn.countAll().as('n'))
        .whereRef('cycles.rubricId', '=', 'r.id')
        .as('cycleCount'),
    ])
    .orderBy('r.year', 'desc')
    .orderBy('r.createdAt', 'desc')
    .execute();
  return rows.map((r) => ({
    ...r,
    itemCount: Number(r.itemCount),
    cycleCount: Number(r.cycleCount ?? 0),
  }));
}

/**
 * Deletes a draft no cycle uses (an import the admin changed their mind about). A
 * published or archived rubric is history and stays.
 */
export function deleteRubricDraft(
  db: DbOrTx,
  actor: Actor,
  input: { rubricId: string; expectedVersion: number },
): Promise<RubricSummary> {
  return withAudit(db, actor, async (trx) => {
    const before = await readRubric(trx, input.rubricId);
    if (!before) throw notFound(ENTITY.rubric, input.rubricId);
    if (before.version !== input.expectedVersion) throw conflict(summaryOf(before));
    lockedUnlessDraft(before);
    if ((await countCyclesUsingRubric(trx, input.rubricId)) > 0) {
      throw new DomainError('LOCKED', {
        zh: '考核表已被考核周期使用，不能删除',
        en: 'A cycle uses this rubric; it cannot be deleted',
      });
    }
    await trx.deleteFrom('rubricItems').where('rubricId', '=', input.rubricId).execute();
    const deleted = await trx
      .deleteFrom('rubrics')
      .where('id', '=', input.rubricId)
      .where('version', '=', input.expectedVersion)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1) throw conflict(summaryOf(before));
    const summary = { ...summaryOf(before), title: before.document.title };
    return {
      result: summary,
      audit: {
        action: 'rubric.deleteDraft',
        entityType: 'rubric',
        entityId: before.id,
        before: summary,
      },
    };
  });
}
