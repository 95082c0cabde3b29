/**
 * Reports over 10,000 units (issue 7): the ranking and the full matrix read every item
 * score of a cycle. This index carries what they read (the item, the self and the review
 * score) in assessment order, so one index-only scan merge-joins to the cycle's
 * assessments and feeds the per-assessment sums without a hash or a sort
 * (packages/db/bench/report.bench.ts). The price: a score change updates this index too.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index item_scores_report_idx on item_scores (assessment_id)
    include (item_id, self_score, review_score)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index item_scores_report_idx`.execute(db);
}
