/**
 * An assessment's history by item (issues 13 and 16): the item an event belongs to, as a
 * column the database computes, and an index to page one item's events newest first.
 *
 * Item scores and reviews name their item in the entity id ("assessment/item[/department]");
 * evidence names it in its row (`after.itemId`, on upload and on deletion). A stored
 * generated column fills itself for every existing row when it is added (a table rewrite
 * fires no row trigger, so the append-only trail stays untouched) and for every new row,
 * so no writer has to remember it. An event kind added later whose item lives elsewhere
 * needs a new migration to be found by item.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was, not today's Database
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table audit_events add column item_id text generated always as (
      case
        when entity_type in ('itemScore', 'itemReview') then nullif(split_part(entity_id, '/', 2), '')
        when entity_type = 'evidence' then after ->> 'itemId'
      end
    ) stored`.execute(db);
  // One item's events newest first, and their count, from the index alone.
  await sql`
    create index audit_events_item_idx on audit_events (assessment_id, item_id, id)
    where item_id is not null`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index audit_events_item_idx`.execute(db);
  await sql`alter table audit_events drop column item_id`.execute(db);
}
