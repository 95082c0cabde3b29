/**
 * `security_event` append-only, as `audit_events` is (issue 13): a record of refused
 * attempts that an intruder with a database session could edit away is not a record. The
 * table refuses UPDATE, DELETE and TRUNCATE for every role, the owner included; only a
 * migration that drops the trigger can change that. Backup and restore are not affected:
 * a backup only reads, and a restore inserts (and, replacing, disables TRUNCATE triggers
 * for its one statement, see backup.ts).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function security_event_refuse_change() returns trigger
    language plpgsql as $$
    begin
      raise exception using
        errcode = 'KH001',
        message = format(
          '安全事件记录只能追加，不能修改或删除（%s 被拒绝） / security events are append-only: %s refused',
          tg_op, tg_op),
        hint = 'security_event is append-only';
    end;
    $$`.execute(db);
  await sql`
    create trigger security_event_append_only
    before update or delete on security_event
    for each row execute function security_event_refuse_change()`.execute(db);
  await sql`
    create trigger security_event_no_truncate
    before truncate on security_event
    for each statement execute function security_event_refuse_change()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger security_event_no_truncate on security_event`.execute(db);
  await sql`drop trigger security_event_append_only on security_event`.execute(db);
  await sql`drop function security_event_refuse_change()`.execute(db);
}
