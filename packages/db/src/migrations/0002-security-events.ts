/**
 * Denied attempts: who tried which procedure on what, when, and why it was refused.
 * A table of its own, apart from `audit_events`: a refused write must leave the business
 * data (audit trail included) exactly as it was, so the refusal is written after the
 * refused transaction has rolled back, and checks of "nothing changed" leave this table out.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was, not today's Database
export async function up(db: Kysely<any>): Promise<void> {
  // No foreign keys: an attempt may name a user or a record that does not exist.
  await db.schema
    .createTable('security_event')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('procedure', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addPrimaryKeyConstraint('security_event_pkey', ['id'])
    .execute();
  await db.schema
    .createIndex('security_event_at_idx')
    .on('security_event')
    .columns(['at', 'id'])
    .execute();
  await db.schema
    .createIndex('security_event_actor_idx')
    .on('security_event')
    .columns(['actor_user_id', 'id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('security_event').execute();
}
