/**
 * Search and paging of the long lists (issue 15, decision 025): a term is matched as a
 * part of a name or a code, case-insensitively, with LIKE's wildcards taken literally
 * ("50%" finds "50%", not "500"); pages are LIMIT/OFFSET over a stable order that ends in
 * a unique column. No trigram index: PGlite has no pg_trgm, and a scan of 10,000 names is
 * a few milliseconds (docs/benchmarks.md).
 */
import type { ListResult } from '@kaohe/domain';
import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';

/** `%term%` with `\`, `%` and `_` escaped for `like … escape '\'`. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * True when any of the columns (SQL expressions) contains `term`; `true` for no term.
 * `ilike` is PostgreSQL's, and PGlite is PostgreSQL: the same on both engines.
 */
export function matchesTerm(
  columns: readonly RawBuilder<unknown>[],
  term: string | undefined,
): RawBuilder<boolean> {
  if (!term) return sql<boolean>`true`;
  const pattern = likePattern(term);
  return sql<boolean>`(${sql.join(
    columns.map((c) => sql`${c} ilike ${pattern} escape '\\'`),
    sql` or `,
  )})`;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** LIMIT and OFFSET of a page (pages count from 1). */
export function limitOffset(p: PageRequest): { limit: number; offset: number } {
  return { limit: p.pageSize, offset: (p.page - 1) * p.pageSize };
}

/**
 * One page of a filtered list (`ordered` selects and orders its rows) and the count of
 * all that match: one query after the other, since `db` may be a PGlite transaction,
 * which runs one query at a time.
 */
export async function searchPage<DB, TB extends keyof DB, O, Row>(
  filtered: () => SelectQueryBuilder<DB, TB, O>,
  ordered: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, Row>,
  p: PageRequest,
): Promise<ListResult<Row>> {
  const { limit, offset } = limitOffset(p);
  const rows = (await ordered(filtered()).limit(limit).offset(offset).execute()) as Row[];
  const count = await filtered()
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number((count as { n: number | string }).n) };
}
