/**
 * 修改记录: an assessment's history (or one item's) as each role may see it, filtered and
 * paged by the database (decision 015). The server decides who the viewer is; this file
 * holds the one table of who sees which event kind and turns it into the WHERE clause.
 */
import { type Expression, type ExpressionBuilder, type Nullable, type SqlBool, sql } from 'kysely';
import type { AuditEventsTable, Database, UsersTable } from './schema.ts';
import type { DbOrTx } from './transaction.ts';

/** What a unit sees of an event kind on its own assessment. */
type UnitRule = 'always' | 'afterApproval' | 'never';
/**
 * What a department sees of an event kind on an assessment it reviews: `ownItems`, the
 * events of the items it reviews (a shared item's with the other department's share, as
 * the item itself shows them); `ownDepartment`, the steps its own members took;
 * `addressed`, the chairman's send-back when it names the department.
 */
type DepartmentRule = 'always' | 'ownItems' | 'ownDepartment' | 'addressed' | 'never';

/**
 * Who sees which event kind. The chairman's office and the admin see every event of every
 * assessment; an event kind missing here is theirs alone until it is given a row. Before
 * approval a unit does not see the review (scores, remarks, the chairman's send-back, the
 * bonus), as the assessment itself hides them; returns are addressed to it and stay visible.
 * No role receives an evidence file's storage path or the workflow's internal snapshot.
 */
export const HISTORY_VISIBILITY = {
  //                              unit                     department
  'assessment.create': { unit: 'always', department: 'never' },
  'assessment.SUBMIT': { unit: 'always', department: 'always' },
  'assessment.RESUBMIT': { unit: 'always', department: 'always' },
  'assessment.RETURN_ITEMS': { unit: 'always', department: 'ownDepartment' },
  'assessment.COMPLETE_REVIEW': { unit: 'always', department: 'ownDepartment' },
  'assessment.SEND_BACK': { unit: 'afterApproval', department: 'addressed' },
  'assessment.COMPLETE_BONUS': { unit: 'afterApproval', department: 'never' },
  'assessment.APPROVE': { unit: 'always', department: 'always' },
  'assessment.REOPEN': { unit: 'always', department: 'always' },
  'itemScore.saveSelfScore': { unit: 'always', department: 'ownItems' },
  'itemReview.saveReviewScore': { unit: 'afterApproval', department: 'ownItems' },
  // 采用自评分: a review score like any other, so seen as one.
  'itemReview.adoptSelfScore': { unit: 'afterApproval', department: 'ownItems' },
  'itemReview.return': { unit: 'always', department: 'ownItems' },
  'itemReview.reopen': { unit: 'always', department: 'ownItems' },
  'evidence.add': { unit: 'always', department: 'ownItems' },
  'evidence.delete': { unit: 'always', department: 'ownItems' },
  'bonus.award': { unit: 'afterApproval', department: 'never' },
  'bonus.revoke': { unit: 'afterApproval', department: 'never' },
  // 不予评先 (issue 14): a result like the bonus, seen by the unit once its result is.
  'honours.bar': { unit: 'afterApproval', department: 'never' },
  'honours.lift': { unit: 'afterApproval', department: 'never' },
  // Grade bands belong to a cycle, not to an assessment: in no assessment's history.
  'gradeBands.set': { unit: 'never', department: 'never' },
  'gradeBands.clear': { unit: 'never', department: 'never' },
  // 公示 and 申诉 (issue 14): the unit's own appeal and what became of it; a department
  // the appeals on the items it reviews (an appeal's event names its item).
  'assessment.PUBLISH': { unit: 'always', department: 'always' },
  'assessment.FINALISE': { unit: 'always', department: 'always' },
  'appeal.file': { unit: 'always', department: 'ownItems' },
  'appeal.answer': { unit: 'always', department: 'ownItems' },
  'appeal.decide': { unit: 'always', department: 'ownItems' },
} as const satisfies Record<string, { unit: UnitRule; department: DepartmentRule }>;

/** Fields of `before`/`after` that never leave the server, whoever asks. */
const WITHHELD_FIELDS = ['storagePath', 'snapshot'] as const;

/** Who reads, as far as the table needs to know; the server builds it from the actor. */
export type HistoryViewer =
  | { role: 'chairman' | 'admin' }
  | { role: 'unit'; approved: boolean }
  | { role: 'department'; departmentId: string; itemIds: readonly string[] };

export interface HistoryQuery {
  assessmentId: string;
  /** One item's history: its scores, reviews, returns and evidence. */
  itemId?: string;
  viewer: HistoryViewer;
  /** The next page: events older than this id (the previous page's `nextBeforeId`). */
  beforeId?: number;
  /** Events per page, newest first (1 to 200). */
  limit: number;
}

export interface HistoryEvent {
  id: number;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  itemId: string | null;
  actorUserId: string | null;
  actorRole: string | null;
  /** The actor's display name today; null for the system or an account that is gone. */
  actorName: string | null;
  actorDepartmentId: string | null;
  actorDepartmentName: string | null;
  before: unknown;
  after: unknown;
  /** As recorded: a person's words, or a system code the server puts into words. */
  reason: string | null;
}

export interface HistoryPage {
  events: HistoryEvent[];
  /** Every event the viewer may see under this filter, on all pages. */
  total: number;
  /** Pass as `beforeId` for the next page; null when this page is the last. */
  nextBeforeId: number | null;
}

function actionsWhere<R extends 'unit' | 'department'>(role: R, rule: string): string[] {
  return Object.entries(HISTORY_VISIBILITY)
    .filter(([, rules]) => rules[role] === rule)
    .map(([action]) => action);
}

/** The events a query reads before the viewer's filter: the assessment's, or one item's. */
function scoped(db: DbOrTx, query: HistoryQuery) {
  let q = db
    .selectFrom('auditEvents as e')
    .leftJoin('users as u', 'u.id', 'e.actorUserId')
    .where('e.assessmentId', '=', query.assessmentId);
  if (query.itemId !== undefined) q = q.where('e.itemId', '=', query.itemId);
  return q;
}

/** The table above as one condition for this viewer; null for those who see everything. */
function visibleTo(
  eb: ExpressionBuilder<
    Database & { e: AuditEventsTable } & { u: Nullable<UsersTable> },
    'e' | 'u'
  >,
  viewer: HistoryViewer,
): Expression<SqlBool> | null {
  if (viewer.role === 'chairman' || viewer.role === 'admin') return null;
  const any: Expression<SqlBool>[] = [];
  const allow = (actions: string[], also?: Expression<SqlBool>) => {
    if (actions.length === 0) return;
    const kind = eb('e.action', 'in', actions);
    any.push(also ? eb.and([kind, also]) : kind);
  };
  if (viewer.role === 'unit') {
    allow(actionsWhere('unit', 'always'));
    if (viewer.approved) allow(actionsWhere('unit', 'afterApproval'));
  } else if (viewer.role === 'department') {
    const { departmentId, itemIds } = viewer;
    allow(actionsWhere('department', 'always'));
    if (itemIds.length > 0) {
      allow(actionsWhere('department', 'ownItems'), eb('e.itemId', 'in', [...itemIds]));
    }
    allow(actionsWhere('department', 'ownDepartment'), eb('u.departmentId', '=', departmentId));
    // The departments a send-back names are in the workflow's context right after it.
    allow(
      actionsWhere('department', 'addressed'),
      sql<SqlBool>`e.after #> '{snapshot,context,sentBack,departmentIds}' @> jsonb_build_array(${departmentId}::text)`,
    );
  }
  return any.length > 0 ? eb.or(any) : eb.lit(false);
}

const withheld = (column: 'before' | 'after') => {
  const ref = sql.ref(`e.${column}`);
  const minus = sql.join(
    WITHHELD_FIELDS.map((f) => sql.lit(f)),
    sql` - `,
  );
  // `-` works on objects only; a recorded null or scalar passes through.
  return sql<unknown>`case when jsonb_typeof(${ref}) = 'object' then ${ref} - ${minus} else ${ref} end`;
};

/** One page of an assessment's (or an item's) history, newest first, with the total. */
export async function listHistory(db: DbOrTx, query: HistoryQuery): Promise<HistoryPage> {
  const limit = Math.min(Math.max(Math.trunc(query.limit), 1), 200);
  const filtered = () =>
    scoped(db, query).where((eb) => visibleTo(eb, query.viewer) ?? eb.lit(true));
  let page = filtered()
    .leftJoin('departments as d', 'd.id', 'u.departmentId')
    .select([
      'e.id',
      'e.at',
      'e.action',
      'e.entityType',
      'e.entityId',
      'e.itemId',
      'e.actorUserId',
      'e.actorRole',
      'e.reason',
      'u.displayName as actorName',
      'u.departmentId as actorDepartmentId',
      'd.name as actorDepartmentName',
      withheld('before').as('before'),
      withheld('after').as('after'),
    ]);
  if (query.beforeId !== undefined) page = page.where('e.id', '<', query.beforeId);
  // One after the other: `db` may be a PGlite transaction, which runs one query at a time.
  const rows = await page
    .orderBy('e.id', 'desc')
    .limit(limit + 1)
    .execute();
  const count = await filtered()
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const events = rows.slice(0, limit).map((r) => ({ ...r, id: Number(r.id) }));
  return {
    events,
    total: Number(count.n),
    nextBeforeId: rows.length > limit ? events[events.length - 1]!.id : null,
  };
}
