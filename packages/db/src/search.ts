/**
 * Search and paging of the long lists (issue 15, decision 025): a term is matched as a
 * part of a name or a code, case-insensitively, with LIKE's wildcards taken literally
 * ("50%" finds "50%", not "500"); pages are LIMIT/OFFSET over a stable order that ends in
 * a unique column. No trigram index: PGlite has no pg_trgm, and a scan of 10,000 names is
 * a few milliseconds (docs/benchmarks.md).
 */
import { type RawBuilder, sql } from 'kysely';

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
