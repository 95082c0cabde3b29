/**
 * Search params of a filtered page (/review, /overview, /reports): typed with zod and parsed with
 * zod — in the page's loader, which the router splits off together with the page's
 * component (`codeSplitGroupings`). TanStack Router runs `validateSearch` in the entry
 * chunk that /login downloads too; zod there would cost the sign-in page ~15 KB gzip.
 * So during route matching the params are only taken as given, and the loader parses
 * them before anything renders: an invalid value (a hand-edited link) is dropped and the
 * address replaced with the cleaned one.
 */
import { redirect } from '@tanstack/react-router';

/** `validateSearch` for a route whose loader parses its search: the type, no work. */
export function parsedInLoader<T>() {
  return (search: Record<string, unknown>): T => search as T;
}

const defined = (o: object) =>
  JSON.stringify(
    Object.entries(o)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

/**
 * The parsed search, or a redirect to it when parsing changed anything. `parse` is the
 * route's zod schema's `parse` (every field with `.catch`, so it never throws).
 */
export function cleanSearch<T extends object>(
  to: '/review' | '/overview' | '/reports' | '/admin/units' | '/admin/users' | '/admin/audit',
  raw: object,
  parse: (raw: unknown) => T,
): T {
  const parsed = parse(raw);
  if (defined(parsed) !== defined(raw)) {
    throw redirect({ to, search: parsed as never, replace: true });
  }
  return parsed;
}
