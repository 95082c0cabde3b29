/**
 * Every migration, in order. A static list rather than a folder scan: it works the same
 * under tsx, vitest and a bundler, and a migration cannot be picked up by accident.
 * Append only; never edit one that has shipped.
 */
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-initial.ts';
import * as m0002 from './0002-security-events.ts';
import * as m0003 from './0003-report-indexes.ts';
import * as m0004 from './0004-security-event-append-only.ts';
import * as m0006 from './0006-audit-item.ts';
import * as m0010 from './0010-publication-appeals.ts';
import * as m0011 from './0011-grades.ts';
import * as m0012 from './0012-user-contact.ts';
import * as m0013 from './0013-messages-mail.ts';
import * as m0015 from './0015-assessment-totals.ts';
import * as m0016 from './0016-vetoed-reviews-index.ts';

export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-security-events': m0002,
  '0003-report-indexes': m0003,
  '0004-security-event-append-only': m0004,
  '0006-audit-item': m0006,
  '0010-publication-appeals': m0010,
  '0011-grades': m0011,
  '0012-user-contact': m0012,
  '0013-messages-mail': m0013,
  '0015-assessment-totals': m0015,
  '0016-vetoed-reviews-index': m0016,
};
