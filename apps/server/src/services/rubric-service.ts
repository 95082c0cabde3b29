/**
 * Rubric lifecycle (issue 6, decision 010): a draft is cloned, imported or edited and may
 * hold validation problems; publishing needs a clean validation and freezes it; one
 * rubric is published per year; a published, archived or used rubric is never edited.
 */
import {
  conflict,
  countCyclesUsingRubric,
  createRubric,
  type DbOrTx,
  deleteRubricDraft,
  getRubric,
  inTransaction,
  listRubrics,
  publishRubric,
  type RubricRecord,
  updateRubricDraft,
} from '@kaohe/db';
import {
  type Actor,
  cloneRubricToYear,
  DomainError,
  describePath,
  diffRubrics,
  formatPath,
  type LocalizedText,
  type Rubric,
  type RubricChange,
  type RubricProblem,
  toExchange,
  validateRubric,
} from '@kaohe/domain';
import { z } from 'zod';

// --- shapes the web reads (zod output schemas) ---------------------------------------

export const RubricStatusSchema = z.enum(['draft', 'published', 'archived']);

/** A validation problem: where in the document (path) and what, in both languages. */
export const RubricProblemSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  /** The path as text: "categories[0].items[2].baseScore". */
  field: z.string(),
  code: z.string(),
  zh: z.string(),
  en: z.string(),
});
export type RubricProblemView = z.infer<typeof RubricProblemSchema>;

export const problemViews = (problems: readonly RubricProblem[]): RubricProblemView[] =>
  problems.map((p) => ({
    path: p.path,
    field: formatPath(p.path),
    code: p.code,
    zh: p.message.zh,
    en: p.message.en,
  }));

const Value = z.unknown();
const Placement = z.object({ categoryId: z.string(), number: z.number() });

/** `diffRubrics`' RubricChange, one schema per kind. */
export const RubricChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rubricChanged'), path: z.string(), before: Value, after: Value }),
  z.object({ kind: z.literal('categoryAdded'), categoryId: z.string(), name: z.string() }),
  z.object({ kind: z.literal('categoryRemoved'), categoryId: z.string(), name: z.string() }),
  z.object({
    kind: z.literal('categoryChanged'),
    categoryId: z.string(),
    path: z.string(),
    before: Value,
    after: Value,
  }),
  z.object({
    kind: z.literal('itemAdded'),
    itemId: z.string(),
    number: z.number(),
    categoryId: z.string(),
    content: z.string(),
  }),
  z.object({
    kind: z.literal('itemRemoved'),
    itemId: z.string(),
    number: z.number(),
    categoryId: z.string(),
    content: z.string(),
  }),
  z.object({ kind: z.literal('itemMoved'), itemId: z.string(), from: Placement, to: Placement }),
  z.object({
    kind: z.literal('itemChanged'),
    itemId: z.string(),
    number: z.number(),
    path: z.string(),
    before: Value,
    after: Value,
  }),
  z.object({ kind: z.literal('bonusItemAdded'), bonusItemId: z.string(), content: z.string() }),
  z.object({ kind: z.literal('bonusItemRemoved'), bonusItemId: z.string(), content: z.string() }),
  z.object({
    kind: z.literal('bonusItemChanged'),
    bonusItemId: z.string(),
    path: z.string(),
    before: Value,
    after: Value,
  }),
]);

// --- reading ----------------------------------------------------------------------------

const NOT_FOUND: LocalizedText = { zh: '找不到考核表', en: 'Rubric not found' };

export async function loadRubric(db: DbOrTx, id: string): Promise<RubricRecord> {
  const record = await getRubric(db, id);
  if (!record) throw new DomainError('NOT_FOUND', NOT_FOUND);
  return record;
}

/** Everyone signed in may read a published or archived rubric; a draft is the admin's. */
export function assertCanRead(actor: Actor, record: RubricRecord): void {
  if (record.status === 'draft' && actor.role !== 'admin') {
    throw new DomainError('NOT_FOUND', NOT_FOUND);
  }
}

// --- immutability -----------------------------------------------------------------------

const CLONE_HINT: LocalizedText = {
  zh: '可复制为新一年的草稿后修改。',
  en: 'Clone it into a draft for a new year and edit that.',
};

/** Why this rubric may not change, or null when it is a draft no cycle uses. */
export function immutableReason(
  record: Pick<RubricRecord, 'status'>,
  cycleCount: number,
): LocalizedText | null {
  if (cycleCount > 0) {
    return record.status === 'draft'
      ? {
          zh: '此考核表已被考核周期使用，不能修改。',
          en: 'A cycle uses this rubric; it cannot change.',
        }
      : {
          zh: '此考核表已发布并被考核周期使用，不能修改。',
          en: 'This rubric is published and a cycle uses it; it cannot change.',
        };
  }
  if (record.status === 'published') {
    return {
      zh: '此考核表已发布，不能修改。',
      en: 'This rubric is published; it cannot change.',
    };
  }
  if (record.status === 'archived') {
    return { zh: '此考核表已归档，不能修改。', en: 'This rubric is archived; it cannot change.' };
  }
  return null;
}

async function assertMutable(db: DbOrTx, record: RubricRecord): Promise<void> {
  const cycleCount = await countCyclesUsingRubric(db, record.id);
  const reason = immutableReason(record, cycleCount);
  if (reason) {
    throw new DomainError(
      'RUBRIC_IMMUTABLE',
      { zh: `${reason.zh}${CLONE_HINT.zh}`, en: `${reason.en} ${CLONE_HINT.en}` },
      { rubricId: record.id, status: record.status, cycleCount, canClone: true },
    );
  }
}

function assertVersion(record: RubricRecord, expectedVersion: number): void {
  if (record.version !== expectedVersion) {
    const { document, ...current } = record;
    throw conflict({ ...current, title: document.title });
  }
}

// --- writing ----------------------------------------------------------------------------

/**
 * A draft for `year` from `sourceId`, ids kept (cloneRubricToYear). Refused while that
 * year already has a draft (edit that one) or a published rubric (which cannot change).
 */
export function cloneRubric(
  db: DbOrTx,
  actor: Actor,
  input: { sourceId: string; year: number },
): Promise<RubricRecord> {
  return inTransaction(db, async (trx) => {
    const source = await loadRubric(trx, input.sourceId);
    const existing = (await listRubrics(trx, { year: input.year })).filter(
      (r) => r.status !== 'archived',
    );
    const draft = existing.find((r) => r.status === 'draft');
    const published = existing.find((r) => r.status === 'published');
    if (published) {
      throw new DomainError(
        'CONFLICT',
        {
          zh: `${input.year}年度已有已发布的考核表「${published.title}」，不能再为该年度创建草稿`,
          en: `${input.year} already has a published rubric ("${published.title}"); no draft can be made for that year`,
        },
        { existing: { id: published.id, status: published.status, title: published.title } },
      );
    }
    if (draft) {
      throw new DomainError(
        'CONFLICT',
        {
          zh: `${input.year}年度已有草稿「${draft.title}」，请直接修改该草稿，或先删除它再复制`,
          en: `${input.year} already has a draft ("${draft.title}"); edit that draft, or discard it before cloning again`,
        },
        { existing: { id: draft.id, status: draft.status, title: draft.title } },
      );
    }
    return createRubric(trx, actor, { document: cloneRubricToYear(source.document, input.year) });
  });
}

/** A draft from a document (an import the admin confirmed). Drafts may hold problems. */
export function createDraft(db: DbOrTx, actor: Actor, document: unknown): Promise<RubricRecord> {
  return createRubric(db, actor, { document });
}

export async function saveDraft(
  db: DbOrTx,
  actor: Actor,
  input: { id: string; expectedVersion: number; document: unknown },
): Promise<{ record: RubricRecord; problems: RubricProblemView[] }> {
  const record = await inTransaction(db, async (trx) => {
    const current = await loadRubric(trx, input.id);
    await assertMutable(trx, current);
    assertVersion(current, input.expectedVersion);
    return updateRubricDraft(trx, actor, {
      rubricId: input.id,
      document: input.document,
      expectedVersion: input.expectedVersion,
    });
  });
  return { record, problems: problemViews(validateRubric(record.document).problems) };
}

function listProblems(
  problems: readonly RubricProblem[],
  document: unknown,
  locale: 'zh' | 'en',
): string {
  const shown = problems.slice(0, 5).map((p) => {
    const where = describePath(p.path, document)[locale];
    return where ? `${where}: ${p.message[locale]}` : p.message[locale];
  });
  const more = problems.length - shown.length;
  if (more > 0) shown.push(locale === 'zh' ? `……另有${more}处` : `… and ${more} more`);
  return shown.join(locale === 'zh' ? '；' : '; ');
}

/**
 * Publishes a clean draft: it becomes the year's rubric that new cycles use. Refused
 * while invalid (every problem listed) and while the year has another published rubric.
 */
export function publish(
  db: DbOrTx,
  actor: Actor,
  input: { id: string; expectedVersion: number },
): Promise<RubricRecord> {
  return inTransaction(db, async (trx) => {
    const current = await loadRubric(trx, input.id);
    if (current.status !== 'draft') {
      throw new DomainError(
        'RUBRIC_IMMUTABLE',
        {
          zh: `此考核表已${current.status === 'published' ? '发布' : '归档'}，不能再次发布。${CLONE_HINT.zh}`,
          en: `This rubric is already ${current.status}; it cannot be published again. ${CLONE_HINT.en}`,
        },
        { rubricId: current.id, status: current.status, canClone: true },
      );
    }
    assertVersion(current, input.expectedVersion);
    const validation = validateRubric(current.document);
    if (!validation.ok) {
      const n = validation.problems.length;
      throw new DomainError(
        'INVALID_RUBRIC',
        {
          zh: `考核表有${n}处问题，修正后才能发布：${listProblems(validation.problems, current.document, 'zh')}`,
          en: `The rubric has ${n} problem(s) to fix before it can be published: ${listProblems(validation.problems, current.document, 'en')}`,
        },
        { problems: problemViews(validation.problems) },
      );
    }
    const other = (await listRubrics(trx, { year: current.year, status: 'published' })).find(
      (r) => r.id !== current.id,
    );
    if (other) {
      throw new DomainError(
        'CONFLICT',
        {
          zh: `${current.year}年度已发布考核表「${other.title}」。每个年度只能有一个已发布的考核表，已发布的不能被替换；请把本草稿改为其他年度后再发布`,
          en: `${current.year} already has a published rubric ("${other.title}"). A year has one published rubric and it is never replaced; change this draft's year before publishing`,
        },
        { existing: { id: other.id, status: other.status, title: other.title } },
      );
    }
    return publishRubric(trx, actor, {
      rubricId: input.id,
      expectedVersion: input.expectedVersion,
    });
  });
}

/** Deletes a draft no cycle uses; anything else is refused with the reason. */
export function discardDraft(
  db: DbOrTx,
  actor: Actor,
  input: { id: string; expectedVersion: number },
): Promise<void> {
  return inTransaction(db, async (trx) => {
    const current = await loadRubric(trx, input.id);
    const cycleCount = await countCyclesUsingRubric(trx, current.id);
    const reason = immutableReason(current, cycleCount);
    if (reason) {
      throw new DomainError(
        'RUBRIC_IMMUTABLE',
        {
          zh: `${reason.zh.replace('不能修改', '不能删除')}`,
          en: reason.en.replace('cannot change', 'cannot be deleted'),
        },
        { rubricId: current.id, status: current.status, cycleCount, canClone: false },
      );
    }
    assertVersion(current, input.expectedVersion);
    await deleteRubricDraft(trx, actor, {
      rubricId: input.id,
      expectedVersion: input.expectedVersion,
    });
  });
}

export interface RubricDiff {
  from: { id: string; year: number; title: string; status: string };
  to: { id: string; year: number; title: string; status: string };
  changes: RubricChange[];
  fromRubric: Rubric;
  toRubric: Rubric;
}

export async function rubricDiff(db: DbOrTx, fromId: string, toId: string): Promise<RubricDiff> {
  const [from, to] = [await loadRubric(db, fromId), await loadRubric(db, toId)];
  const side = (r: RubricRecord) => ({
    id: r.id,
    year: r.year,
    title: r.document.title,
    status: r.status,
  });
  return {
    from: side(from),
    to: side(to),
    changes: diffRubrics(from.document, to.document),
    fromRubric: from.document,
    toRubric: to.document,
  };
}

// --- files ------------------------------------------------------------------------------

/** Exactly what `pnpm kaohe rubric export <year>` prints. */
export const exchangeJson = (rubric: Rubric): string =>
  `${JSON.stringify(toExchange(rubric), null, 2)}\n`;

/**
 * Content-Disposition for a download: an ASCII fallback name and the real (Chinese) one
 * as RFC 5987 `filename*`.
 */
export function attachment(name: string, asciiFallback: string): string {
  const safe = asciiFallback.replace(/[^\w.-]/g, '_');
  return `attachment; filename="${safe}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** "2012年度工会工作目标管理考核表.xlsx"; a draft says so in the name. */
export function rubricFileName(record: RubricRecord, ext: string): string {
  const title = [...record.document.title]
    .map((ch) => (/[\\/:*?"<>|]/.test(ch) || ch.charCodeAt(0) < 32 ? '_' : ch))
    .join('')
    .slice(0, 120);
  return `${title}${record.status === 'draft' ? '（草稿）' : ''}.${ext}`;
}
