/**
 * Kept totals (issue 17): one row per assessment with the sums the reports show — the self
 * and review subtotals, each category's, 加分 after the caps, the awards before them, and
 * 总计 — in exact hundredths (integers), kept by every write that changes a score or an
 * award, in its transaction (totals-repository.ts). The ranking of 10,000 units reads
 * 10,000 of these instead of 300,000 item rows.
 *
 * `categories` is the rubric's categories in order, [{"categoryId", "self", "review"}, …],
 * integers of hundredths or null. Existing assessments are filled here, by the domain
 * engine (keptTotals), from their stored item scores and live awards.
 */
import { type Kysely, sql } from 'kysely';
import { backfillTotals } from '../totals-repository.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was, not today's Database
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table assessment_totals (
      assessment_id text primary key references assessments (id) on delete cascade,
      cycle_id text not null references cycles (id) on delete cascade,
      self_subtotal integer,
      review_subtotal integer,
      bonus integer not null default 0,
      awarded integer,
      total integer,
      categories jsonb not null default '[]'::jsonb,
      updated_at timestamptz not null default now(),
      constraint assessment_totals_total check (
        (total is null and review_subtotal is null) or total = review_subtotal + bonus)
    )`.execute(db);
  await sql`create index assessment_totals_cycle_idx on assessment_totals (cycle_id)`.execute(db);
  await backfillTotals(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table assessment_totals`.execute(db);
}
