/**
 * The admin lists' search params (/admin/units, /admin/users, /admin/audit): their zod
 * schemas, and the types the routes declare from them. Imported by the routes' loaders
 * only, with `import()`, so zod stays out of the entry chunk (lib/search.ts).
 *
 * A module of its own rather than `import('zod')` in the loader: a dynamic import keeps
 * every export of the module it names, and zod's index is all of zod (every locale, JSON
 * Schema both ways: ~250 KB the scoring page downloaded and evaluated). Here the build
 * keeps only what these schemas use (scripts/boundaries.ts checks no package is imported so).
 */
import { ListSearchSchema, RoleSchema } from '@kaohe/domain';
import { z } from 'zod';

export { cleanSearch } from '../../lib/search.ts';

export const UnitsSearchSchema = ListSearchSchema.extend({
  unitType: z.string().min(1).max(64).optional().catch(undefined),
});
export type UnitsSearch = z.output<typeof UnitsSearchSchema>;

export const UsersSearchSchema = ListSearchSchema.extend({
  role: RoleSchema.optional().catch(undefined),
});
export type UsersSearch = z.output<typeof UsersSearchSchema>;

/** `from` and `to` are days (YYYY-MM-DD) in the federation's time, both included. */
const Day = z.iso.date().optional().catch(undefined);
export const AuditSearchSchema = ListSearchSchema.extend({
  action: z.string().min(1).max(80).optional().catch(undefined),
  unit: z.string().trim().min(1).max(100).optional().catch(undefined),
  from: Day,
  to: Day,
});
export type AuditSearch = z.output<typeof AuditSearchSchema>;
