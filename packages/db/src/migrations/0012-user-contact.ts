/**
 * A user's phone and email (issue 15: the 用户 sheet of the organisation workbook carries
 * 手机 and 邮箱). Both optional. `if not exists`: the messages work of the same issue may
 * add an email column of its own; whichever migration runs first adds it, the other
 * leaves it be.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was, not today's Database
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table users add column if not exists phone text`.execute(db);
  await sql`alter table users add column if not exists email text`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table users drop column if exists phone`.execute(db);
  await sql`alter table users drop column if exists email`.execute(db);
}
