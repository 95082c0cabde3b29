/**
 * Every migration, in order. A static list rather than a folder scan: it works the same
 * under tsx, vitest and a bundler, and a migration cannot be picked up by accident.
 * Append only; never edit one that has shipped.
 */
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-initial.ts';

export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
};
