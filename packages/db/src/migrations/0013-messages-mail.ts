/**
 * 站内消息 and their email copies (issue 15):
 * - `users.email`: where a user's copies go (none when empty);
 * - `notifications.dedupe_key`: a reminder the periodic job or a 催办 writes carries a key,
 *   and the unique index makes writing the same reminder twice a no-op (`on conflict do
 *   nothing`), also when two server processes run the job at once;
 * - `mail_outbox`: one row per email, written in the transaction that writes the message,
 *   sent after commit by whichever process claims it (status pending → sending, with a
 *   claim that expires), retried with backoff, ending sent or failed.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was, not today's Database
export async function up(db: Kysely<any>): Promise<void> {
  // 0012 (the organisation workbook's 邮箱) adds it too: whichever runs first adds it.
  await sql`alter table users add column if not exists email text`.execute(db);
  await db.schema.alterTable('notifications').addColumn('dedupe_key', 'text').execute();
  await sql`create unique index notifications_dedupe_key_idx on notifications (dedupe_key)
    where dedupe_key is not null`.execute(db);
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('notification_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('claimed_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .addPrimaryKeyConstraint('mail_outbox_pkey', ['id'])
    .addForeignKeyConstraint(
      'mail_outbox_notification_fkey',
      ['notification_id'],
      'notifications',
      ['id'],
    )
    .addForeignKeyConstraint('mail_outbox_user_fkey', ['user_id'], 'users', ['id'])
    .addCheckConstraint(
      'mail_outbox_status_check',
      sql`status in ('pending', 'sending', 'sent', 'failed')`,
    )
    .execute();
  // The sender's question: what is due now (pending, or a claim that expired).
  await sql`create index mail_outbox_due_idx on mail_outbox (next_attempt_at)
    where status in ('pending', 'sending')`.execute(db);
  await sql`create index mail_outbox_created_idx on mail_outbox (created_at desc, id)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_outbox').execute();
  await sql`drop index notifications_dedupe_key_idx`.execute(db);
  await db.schema.alterTable('notifications').dropColumn('dedupe_key').execute();
  await sql`alter table users drop column if exists email`.execute(db);
}
