/**
 * 公示 and 申诉 (issue 14): a cycle's results published for a period (to every unit type,
 * or one), the assessments each publication covers, and the appeals units file on an item
 * or on the bonus, with the owning department's answer and the chairman's office's
 * decision. The assessments' own rows keep their stage in the workflow's snapshot; these
 * tables hold what the workflow does not need to decide (decision 021).
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was, not today's Database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('publications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('cycles.id'))
    // null: every unit type of the cycle
    .addColumn('unit_type_id', 'text', (c) => c.references('unit_types.id'))
    .addColumn('period_start', 'timestamptz', (c) => c.notNull())
    .addColumn('period_end', 'timestamptz', (c) => c.notNull())
    // whether each unit sees its unit type's ranking, not only its own rank
    .addColumn('show_ranking', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finalised_by', 'text')
    .addColumn('finalised_at', 'timestamptz')
    .addCheckConstraint('publications_period_check', sql`period_end > period_start`)
    .execute();
  await db.schema
    .createIndex('publications_cycle_idx')
    .on('publications')
    .columns(['cycle_id', 'published_at'])
    .execute();

  await db.schema
    .createTable('publication_assessments')
    .addColumn('publication_id', 'text', (c) => c.notNull().references('publications.id'))
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id'))
    .addPrimaryKeyConstraint('publication_assessments_pkey', ['assessment_id', 'publication_id'])
    .execute();
  await db.schema
    .createIndex('publication_assessments_publication_idx')
    .on('publication_assessments')
    .columns(['publication_id'])
    .execute();

  await db.schema
    .createTable('appeals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('publication_id', 'text', (c) => c.notNull().references('publications.id'))
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id'))
    // an item id of the rubric, or 'bonus' for the 加分项
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    // evidence rows (the item's 佐证材料 store) the unit uploaded for the appeal
    .addColumn('evidence_ids', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('filed'))
    .addColumn('filed_by', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answer_remark', 'text')
    .addColumn('answer_department_id', 'text')
    .addColumn('score_before', 'numeric')
    .addColumn('score_after', 'numeric')
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'timestamptz')
    .addColumn('decision', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('appeals_status_check', sql`status in ('filed', 'answered', 'decided')`)
    .addCheckConstraint(
      'appeals_answer_check',
      sql`answer is null or answer in ('upheld', 'changed')`,
    )
    .addCheckConstraint(
      'appeals_decision_check',
      sql`decision is null or decision in ('confirmed', 'otherwise')`,
    )
    .execute();
  // One appeal per item (or bonus) of an assessment in one publication.
  await db.schema
    .createIndex('appeals_target_key')
    .unique()
    .on('appeals')
    .columns(['publication_id', 'assessment_id', 'target'])
    .execute();
  await db.schema
    .createIndex('appeals_assessment_idx')
    .on('appeals')
    .columns(['assessment_id'])
    .execute();

  // An appeal's events belong to its item in the history, like the item's own (0006): the
  // generated column learns the new entity type. A stored generated expression cannot be
  // altered in place, so the column is dropped (with its index) and added again; the
  // rewrite fires no row trigger, so the append-only trail stays untouched.
  await sql`alter table audit_events drop column item_id`.execute(db);
  await sql`
    alter table audit_events add column item_id text generated always as (
      case
        when entity_type in ('itemScore', 'itemReview') then nullif(split_part(entity_id, '/', 2), '')
        when entity_type in ('evidence', 'appeal') then after ->> 'itemId'
      end
    ) stored`.execute(db);
  await sql`
    create index audit_events_item_idx on audit_events (assessment_id, item_id, id)
    where item_id is not null`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_events drop column item_id`.execute(db);
  await sql`
    alter table audit_events add column item_id text generated always as (
      case
        when entity_type in ('itemScore', 'itemReview') then nullif(split_part(entity_id, '/', 2), '')
        when entity_type = 'evidence' then after ->> 'itemId'
      end
    ) stored`.execute(db);
  await sql`
    create index audit_events_item_idx on audit_events (assessment_id, item_id, id)
    where item_id is not null`.execute(db);
  await db.schema.dropTable('appeals').execute();
  await db.schema.dropTable('publication_assessments').execute();
  await db.schema.dropTable('publications').execute();
}
