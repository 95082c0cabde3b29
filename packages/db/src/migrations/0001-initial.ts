/**
 * The initial schema. Every constraint has a name, so an error can be traced to the
 * rule that raised it (errors.ts maps some of them to domain errors). One statement per
 * `execute`: PGlite's extended protocol takes one statement at a time.
 */
import { type Kysely, sql } from 'kysely';

const SCORE = 'numeric(6, 2)';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was, not today's Database
export async function up(db: Kysely<any>): Promise<void> {
  // --- organisation ------------------------------------------------------------------

  await db.schema
    .createTable('departments')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('is_chairman_office', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('departments_pkey', ['id'])
    .addCheckConstraint('departments_name_check', sql`length(trim(name)) > 0`)
    .execute();

  await db.schema
    .createTable('unit_types')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_types_pkey', ['id'])
    .addCheckConstraint('unit_types_name_check', sql`length(trim(name)) > 0`)
    .execute();

  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit_type_id', 'text', (c) => c.notNull())
    .addColumn('member_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addPrimaryKeyConstraint('units_pkey', ['id'])
    .addForeignKeyConstraint('units_unit_type_fkey', ['unit_type_id'], 'unit_types', ['id'])
    .addCheckConstraint('units_name_check', sql`length(trim(name)) > 0`)
    .addCheckConstraint('units_member_count_check', sql`member_count >= 0`)
    .execute();

  // --- people and sign-in ------------------------------------------------------------

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('department_id', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('users_pkey', ['id'])
    .addForeignKeyConstraint('users_unit_fkey', ['unit_id'], 'units', ['id'])
    .addForeignKeyConstraint('users_department_fkey', ['department_id'], 'departments', ['id'])
    .addCheckConstraint(
      'users_role_check',
      sql`role in ('unit', 'department', 'chairman', 'admin')`,
    )
    // "A unit user belongs to one unit, a department user to one department" (roles.ts).
    .addCheckConstraint(
      'users_unit_scope_check',
      sql`role <> 'unit' or (unit_id is not null and department_id is null)`,
    )
    .addCheckConstraint(
      'users_department_scope_check',
      sql`role <> 'department' or (department_id is not null and unit_id is null)`,
    )
    .addCheckConstraint('users_office_scope_check', sql`role = 'unit' or unit_id is null`)
    .addCheckConstraint('users_username_check', sql`length(trim(username)) > 0`)
    .execute();
  // Case-insensitive: "Zhang" and "zhang" are one account name.
  await db.schema
    .createIndex('users_username_key')
    .on('users')
    .unique()
    .expression(sql`lower(username)`)
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addPrimaryKeyConstraint('sessions_pkey', ['id'])
    .addForeignKeyConstraint('sessions_user_fkey', ['user_id'], 'users', ['id'])
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('succeeded', 'boolean', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_attempts_pkey', ['id'])
    .execute();
  await db.schema
    .createIndex('login_attempts_username_idx')
    .on('login_attempts')
    .columns(['username', 'at'])
    .execute();
  await db.schema
    .createIndex('login_attempts_ip_idx')
    .on('login_attempts')
    .columns(['ip', 'at'])
    .execute();

  // --- rubrics -----------------------------------------------------------------------

  await db.schema
    .createTable('rubrics')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('published_at', 'timestamptz')
    .addPrimaryKeyConstraint('rubrics_pkey', ['id'])
    .addCheckConstraint('rubrics_year_check', sql`year between 2000 and 2999`)
    .addCheckConstraint('rubrics_status_check', sql`status in ('draft', 'published', 'archived')`)
    .addCheckConstraint(
      'rubrics_published_at_check',
      sql`status = 'draft' or published_at is not null`,
    )
    .execute();
  // One published rubric per year: a cycle must know which table it is assessed by.
  await db.schema
    .createIndex('rubrics_published_year_key')
    .on('rubrics')
    .unique()
    .column('year')
    .where(sql.ref('status'), '=', 'published')
    .execute();

  await db.schema
    .createTable('rubric_items')
    .addColumn('rubric_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.notNull())
    .addColumn('base_score', SCORE, (c) => c.notNull())
    .addColumn('departments', sql`text[]`, (c) => c.notNull())
    .addColumn('reviewing_departments', sql`text[]`, (c) => c.notNull())
    .addPrimaryKeyConstraint('rubric_items_pkey', ['rubric_id', 'item_id'])
    .addUniqueConstraint('rubric_items_number_key', ['rubric_id', 'number'])
    .addForeignKeyConstraint('rubric_items_rubric_fkey', ['rubric_id'], 'rubrics', ['id'], (c) =>
      c.onDelete('cascade'),
    )
    .addCheckConstraint('rubric_items_base_score_check', sql`base_score >= 0`)
    .addCheckConstraint('rubric_items_departments_check', sql`cardinality(departments) >= 1`)
    .execute();
  await db.schema
    .createIndex('rubric_items_reviewing_departments_idx')
    .on('rubric_items')
    .using('gin')
    .column('reviewing_departments')
    .execute();

  // --- cycles and assessments --------------------------------------------------------

  await db.schema
    .createTable('cycles')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('rubric_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('cycles_pkey', ['id'])
    .addForeignKeyConstraint('cycles_rubric_fkey', ['rubric_id'], 'rubrics', ['id'])
    .addCheckConstraint('cycles_name_check', sql`length(trim(name)) > 0`)
    .execute();
  await db.schema.createIndex('cycles_year_idx').on('cycles').column('year').execute();

  await db.schema
    .createTable('cycle_deadlines')
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('cycle_deadlines_pkey', ['cycle_id', 'stage'])
    .addForeignKeyConstraint('cycle_deadlines_cycle_fkey', ['cycle_id'], 'cycles', ['id'], (c) =>
      c.onDelete('cascade'),
    )
    .addCheckConstraint(
      'cycle_deadlines_stage_check',
      sql`stage in ('selfScoring', 'review', 'bonus', 'finalApproval')`,
    )
    .execute();

  await db.schema
    .createTable('cycle_units')
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('unit_type_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cycle_units_pkey', ['cycle_id', 'unit_id'])
    .addForeignKeyConstraint('cycle_units_cycle_fkey', ['cycle_id'], 'cycles', ['id'], (c) =>
      c.onDelete('cascade'),
    )
    .addForeignKeyConstraint('cycle_units_unit_fkey', ['unit_id'], 'units', ['id'])
    .addForeignKeyConstraint('cycle_units_unit_type_fkey', ['unit_type_id'], 'unit_types', ['id'])
    .execute();

  await db.schema
    .createTable('assessments')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('machine_version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('approved_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('assessments_pkey', ['id'])
    // The unique key is also the index from a cycle to its assessments.
    .addUniqueConstraint('assessments_cycle_unit_key', ['cycle_id', 'unit_id'])
    // The target of item_reviews' (assessment_id, cycle_id): a review cannot name a wrong cycle.
    .addUniqueConstraint('assessments_id_cycle_key', ['id', 'cycle_id'])
    .addForeignKeyConstraint(
      'assessments_cycle_unit_fkey',
      ['cycle_id', 'unit_id'],
      'cycle_units',
      ['cycle_id', 'unit_id'],
      (c) => c.onDelete('cascade'),
    )
    .addCheckConstraint('assessments_machine_version_check', sql`machine_version >= 1`)
    .execute();
  await db.schema.createIndex('assessments_unit_idx').on('assessments').column('unit_id').execute();

  // "An item's score is always between 0 and its base score" (brief), held by the database.
  await db.schema
    .createTable('item_scores')
    .addColumn('assessment_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('base_score', SCORE, (c) => c.notNull())
    .addColumn('self_inputs', 'jsonb')
    .addColumn('self_score', SCORE)
    .addColumn('explanation', 'text')
    .addColumn('review_score', SCORE)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('item_scores_pkey', ['assessment_id', 'item_id'])
    .addForeignKeyConstraint(
      'item_scores_assessment_fkey',
      ['assessment_id'],
      'assessments',
      ['id'],
      (c) => c.onDelete('cascade'),
    )
    .addCheckConstraint('item_scores_base_score_check', sql`base_score >= 0`)
    .addCheckConstraint('item_scores_self_score_range', sql`self_score between 0 and base_score`)
    .addCheckConstraint(
      'item_scores_review_score_range',
      sql`review_score between 0 and base_score`,
    )
    .execute();

  await db.schema
    .createTable('item_reviews')
    .addColumn('assessment_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    // Copies for the department review grid, so that it reads one index and nothing else
    // (docs: bench/db.bench.ts). cycle_id is held right by the foreign key below, the two
    // scores by the trigger item_scores_copy_to_reviews.
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('self_score', SCORE)
    .addColumn('item_review_score', SCORE)
    .addColumn('review_inputs', 'jsonb')
    .addColumn('review_score', SCORE)
    .addColumn('remarks', 'text')
    .addColumn('reviewer_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('returned_reason', 'text')
    .addColumn('return_deadline', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('item_reviews_pkey', ['assessment_id', 'item_id', 'department_id'])
    .addForeignKeyConstraint(
      'item_reviews_item_score_fkey',
      ['assessment_id', 'item_id'],
      'item_scores',
      ['assessment_id', 'item_id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'item_reviews_assessment_cycle_fkey',
      ['assessment_id', 'cycle_id'],
      'assessments',
      ['id', 'cycle_id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint('item_reviews_department_fkey', ['department_id'], 'departments', [
      'id',
    ])
    .addForeignKeyConstraint('item_reviews_reviewer_fkey', ['reviewer_id'], 'users', ['id'])
    .addCheckConstraint(
      'item_reviews_status_check',
      sql`status in ('pending', 'scored', 'returned')`,
    )
    .addCheckConstraint('item_reviews_review_score_check', sql`review_score >= 0`)
    // 退回 always carries its reason.
    .addCheckConstraint(
      'item_reviews_returned_reason_check',
      sql`status <> 'returned' or length(trim(returned_reason)) > 0`,
    )
    .execute();
  // The department review grid: one department's cells across all assessments of a cycle,
  // in one range of one index that carries every value a cell shows (an index-only scan).
  await sql`
    create index item_reviews_grid_idx on item_reviews
      (cycle_id, department_id, assessment_id, item_id)
      include (status, version, review_score, self_score, item_review_score)`.execute(db);
  await sql`
    create function item_scores_copy_to_reviews() returns trigger
    language plpgsql as $$
    begin
      update item_reviews
         set self_score = new.self_score, item_review_score = new.review_score
       where assessment_id = new.assessment_id and item_id = new.item_id;
      return null;
    end;
    $$`.execute(db);
  await sql`
    create trigger item_scores_copy_to_reviews
    after update of self_score, review_score on item_scores
    for each row
    when (old.self_score is distinct from new.self_score
       or old.review_score is distinct from new.review_score)
    execute function item_scores_copy_to_reviews()`.execute(db);

  await db.schema
    .createTable('indicator_values')
    .addColumn('assessment_id', 'text', (c) => c.notNull())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('numerator', 'integer', (c) => c.notNull())
    .addColumn('denominator', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('indicator_values_pkey', ['assessment_id', 'indicator_id', 'source'])
    .addForeignKeyConstraint(
      'indicator_values_assessment_fkey',
      ['assessment_id'],
      'assessments',
      ['id'],
      (c) => c.onDelete('cascade'),
    )
    .addCheckConstraint('indicator_values_source_check', sql`source in ('self', 'review')`)
    // A rate is a share of a whole: 0 ≤ numerator ≤ denominator, denominator > 0.
    .addCheckConstraint(
      'indicator_values_rate_check',
      sql`denominator > 0 and numerator between 0 and denominator`,
    )
    .execute();

  await db.schema
    .createTable('bonus_awards')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('assessment_id', 'text', (c) => c.notNull())
    .addColumn('bonus_item_id', 'text', (c) => c.notNull())
    .addColumn('points', SCORE, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('awarded_by', 'text', (c) => c.notNull())
    .addColumn('awarded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'text')
    .addColumn('revoke_reason', 'text')
    .addPrimaryKeyConstraint('bonus_awards_pkey', ['id'])
    .addForeignKeyConstraint(
      'bonus_awards_assessment_fkey',
      ['assessment_id'],
      'assessments',
      ['id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint('bonus_awards_awarded_by_fkey', ['awarded_by'], 'users', ['id'])
    .addForeignKeyConstraint('bonus_awards_revoked_by_fkey', ['revoked_by'], 'users', ['id'])
    .addCheckConstraint('bonus_awards_points_check', sql`points >= 0`)
    // "awards bonus points (加分项) with reasons" (brief).
    .addCheckConstraint('bonus_awards_reason_check', sql`length(trim(reason)) > 0`)
    .addCheckConstraint(
      'bonus_awards_revoked_check',
      sql`(revoked_at is null) = (revoked_by is null)`,
    )
    .execute();
  await db.schema
    .createIndex('bonus_awards_assessment_idx')
    .on('bonus_awards')
    .column('assessment_id')
    .execute();

  await db.schema
    .createTable('evidence')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('assessment_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_path', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('deleted_at', 'timestamptz')
    .addColumn('deleted_by', 'text')
    .addPrimaryKeyConstraint('evidence_pkey', ['id'])
    .addForeignKeyConstraint(
      'evidence_item_score_fkey',
      ['assessment_id', 'item_id'],
      'item_scores',
      ['assessment_id', 'item_id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint('evidence_uploaded_by_fkey', ['uploaded_by'], 'users', ['id'])
    .addForeignKeyConstraint('evidence_deleted_by_fkey', ['deleted_by'], 'users', ['id'])
    .addCheckConstraint('evidence_size_bytes_check', sql`size_bytes >= 0`)
    .addCheckConstraint('evidence_sha256_check', sql`sha256 ~ '^[0-9a-f]{64}$'`)
    .addCheckConstraint('evidence_file_name_check', sql`length(trim(file_name)) > 0`)
    .addCheckConstraint('evidence_deleted_check', sql`(deleted_at is null) = (deleted_by is null)`)
    .execute();
  await db.schema
    .createIndex('evidence_item_idx')
    .on('evidence')
    .columns(['assessment_id', 'item_id'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  // --- notifications -----------------------------------------------------------------

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('unit_id', 'text')
    .addColumn('department_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('notifications_pkey', ['id'])
    .addForeignKeyConstraint('notifications_user_fkey', ['user_id'], 'users', ['id'])
    .addForeignKeyConstraint('notifications_unit_fkey', ['unit_id'], 'units', ['id'])
    .addForeignKeyConstraint('notifications_department_fkey', ['department_id'], 'departments', [
      'id',
    ])
    .addCheckConstraint(
      'notifications_target_check',
      sql`num_nonnulls(user_id, unit_id, department_id) = 1`,
    )
    .execute();
  for (const target of ['user_id', 'unit_id', 'department_id']) {
    await db.schema
      .createIndex(`notifications_${target.replace('_id', '')}_idx`)
      .on('notifications')
      .columns([target, 'created_at'])
      .where(sql.ref(target), 'is not', null)
      .execute();
  }

  await db.schema
    .createTable('notification_reads')
    .addColumn('notification_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('notification_reads_pkey', ['notification_id', 'user_id'])
    .addForeignKeyConstraint(
      'notification_reads_notification_fkey',
      ['notification_id'],
      'notifications',
      ['id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint('notification_reads_user_fkey', ['user_id'], 'users', ['id'])
    .execute();

  // --- audit -------------------------------------------------------------------------

  // No foreign keys: the trail outlives what it describes, and system actions have no user.
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('assessment_id', 'text')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('reason', 'text')
    .addPrimaryKeyConstraint('audit_events_pkey', ['id'])
    .execute();
  await db.schema
    .createIndex('audit_events_entity_idx')
    .on('audit_events')
    .columns(['entity_type', 'entity_id', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_events_actor_idx')
    .on('audit_events')
    .columns(['actor_user_id', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_events_assessment_idx')
    .on('audit_events')
    .columns(['assessment_id', 'id'])
    .where(sql.ref('assessment_id'), 'is not', null)
    .execute();

  // "Every score change and every workflow step is recorded" (brief): a record that can
  // be edited is not a record. The table refuses UPDATE, DELETE and TRUNCATE for every
  // role, the owner included; only dropping the trigger (a migration) can change that.
  await sql`
    create function audit_events_refuse_change() returns trigger
    language plpgsql as $$
    begin
      raise exception using
        errcode = 'KH001',
        message = format(
          '审计记录只能追加，不能修改或删除（%s 被拒绝） / audit events are append-only: %s refused',
          tg_op, tg_op),
        hint = 'audit_events is append-only';
    end;
    $$`.execute(db);
  await sql`
    create trigger audit_events_append_only
    before update or delete on audit_events
    for each row execute function audit_events_refuse_change()`.execute(db);
  await sql`
    create trigger audit_events_no_truncate
    before truncate on audit_events
    for each statement execute function audit_events_refuse_change()`.execute(db);
}
