/**
 * @kaohe/db: the schema, its migrations and the repositories. Opening a connection is
 * `@kaohe/db/client`; the two-engine test helpers are `@kaohe/db/testing`.
 */
export * from './appeal-repository.ts';
export * from './assessment-repository.ts';
export * from './audit-log-repository.ts';
export {
  type AuditEntry,
  type AuditFilter,
  type AuditPage,
  listAuditEvents,
} from './audit-repository.ts';
export * from './backup.ts';
export * from './bonus-repository.ts';
export * from './cycle-repository.ts';
export { conflict, ENTITY, notFound, pgErrorInfo, translateDbError } from './errors.ts';
export * from './evidence-repository.ts';
export * from './grade-repository.ts';
export * from './history-repository.ts';
export * from './item-analytics-report.ts';
export * from './item-analytics-repository.ts';
export * from './item-score-repository.ts';
export * from './mail-outbox-repository.ts';
export { appliedMigrations, MigrationError, migrateToLatest, migrateUpTo } from './migrate.ts';
export * from './notification-repository.ts';
export * from './organisation-repository.ts';
export * from './report-matrix-repository.ts';
export * from './report-repository.ts';
export * from './review-grid-repository.ts';
export * from './rubric-repository.ts';
export * from './schema.ts';
export { likePattern, limitOffset, matchesTerm, type PageRequest } from './search.ts';
export * from './security-event-repository.ts';
export * from './session-repository.ts';
export * from './totals-repository.ts';
export {
  type Audited,
  type DbOrTx,
  inTransaction,
  SYSTEM_ACTOR,
  withAudit,
} from './transaction.ts';
export * from './user-repository.ts';
export {
  canonicalScore,
  type DecimalText,
  decimal,
  decimalFrom,
  type JsonText,
  type JsonValue,
  json,
} from './values.ts';
