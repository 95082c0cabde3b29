/**
 * The ranking's 不予评先 (vetoedItems, issue 16) looks for the reviews whose veto was
 * triggered. Without an index that is every item review of the cycle, inputs and all
 * (320,000 rows at 10,000 units: 0.3–0.5 s, most of the ranking's time). This partial
 * index holds only the reviews with a triggered criterion — a handful — so the query that
 * names the same condition reads those and nothing else (docs/decisions/031).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index item_reviews_vetoed_idx on item_reviews (cycle_id, item_id)
    where review_inputs @? '$.*.triggered ? (@ == true)'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index item_reviews_vetoed_idx`.execute(db);
}
