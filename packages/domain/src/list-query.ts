/**
 * The one shape of a long list's request and answer (issue 15): a search term matched
 * against a name or a code, a page number and a bounded page size; the answer is one page
 * of rows and the number of rows on all pages. Every paged procedure takes `ListQuerySchema`
 * (extended with its own filters) and answers `listResultSchema(row)`; the web keeps the
 * same fields in the address (`ListSearchSchema`).
 */
import { z } from 'zod';
import { zodMessage } from './errors.ts';

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;
export const MAX_SEARCH_LENGTH = 100;

export const ListQuerySchema = z.object({
  /** Part of a name or a code; blank means every row. */
  q: z
    .string()
    .trim()
    .max(
      MAX_SEARCH_LENGTH,
      zodMessage({
        zh: `搜索内容不能超过${MAX_SEARCH_LENGTH}个字`,
        en: `a search has at most ${MAX_SEARCH_LENGTH} characters`,
      }),
    )
    .optional()
    .transform((q) => (q ? q : undefined)),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z
    .number()
    .int()
    .min(1)
    .max(
      MAX_PAGE_SIZE,
      zodMessage({
        zh: `每页最多${MAX_PAGE_SIZE}行`,
        en: `at most ${MAX_PAGE_SIZE} rows a page`,
      }),
    )
    .default(DEFAULT_PAGE_SIZE),
});
export type ListQuery = z.output<typeof ListQuerySchema>;

/** One page of rows and the count of all rows that match. */
export const listResultSchema = <Row extends z.ZodType>(row: Row) =>
  z.object({ rows: z.array(row), total: z.number().int() });
export interface ListResult<Row> {
  rows: Row[];
  total: number;
}

/** The same fields in a page's address: a bad value is dropped, never an error. */
export const ListSearchSchema = z.object({
  q: z.string().trim().max(MAX_SEARCH_LENGTH).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
  pageSize: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
});
export type ListSearch = z.output<typeof ListSearchSchema>;
