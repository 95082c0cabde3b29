/**
 * 等次 and 不予评先 (issue 14, decision 022). `grade_bands`: per cycle and unit type, how the
 * approved units are sorted into grades (the domain's GradeBands, checked by the domain
 * before it is written). `honours_bars`: a unit barred from honours by hand for a named
 * condition with a reason, lifted (never deleted) with a reason. The bar a veto item brings
 * is not stored: it is read from the review inputs whenever the ranking is.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was, not today's Database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('grade_bands')
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('unit_type_id', 'text', (c) => c.notNull())
    .addColumn('bands', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // No foreign key: the demo seed and later imports set bands as the system, not a user.
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('grade_bands_pkey', ['cycle_id', 'unit_type_id'])
    .addForeignKeyConstraint('grade_bands_cycle_fkey', ['cycle_id'], 'cycles', ['id'], (c) =>
      c.onDelete('cascade'),
    )
    .addForeignKeyConstraint('grade_bands_unit_type_fkey', ['unit_type_id'], 'unit_types', ['id'])
    .execute();

  await db.schema
    .createTable('honours_bars')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('assessment_id', 'text', (c) => c.notNull())
    .addColumn('condition', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('barred_by', 'text', (c) => c.notNull())
    .addColumn('barred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('lifted_at', 'timestamptz')
    .addColumn('lifted_by', 'text')
    .addColumn('lift_reason', 'text')
    .addPrimaryKeyConstraint('honours_bars_pkey', ['id'])
    .addForeignKeyConstraint(
      'honours_bars_assessment_fkey',
      ['assessment_id'],
      'assessments',
      ['id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint('honours_bars_barred_by_fkey', ['barred_by'], 'users', ['id'])
    .addForeignKeyConstraint('honours_bars_lifted_by_fkey', ['lifted_by'], 'users', ['id'])
    .addCheckConstraint('honours_bars_condition_check', sql`length(trim(condition)) > 0`)
    .addCheckConstraint('honours_bars_reason_check', sql`length(trim(reason)) > 0`)
    .addCheckConstraint(
      'honours_bars_lifted_check',
      sql`(lifted_at is null) = (lifted_by is null) and (lifted_at is null) = (lift_reason is null)`,
    )
    .execute();
  await db.schema
    .createIndex('honours_bars_assessment_idx')
    .on('honours_bars')
    .column('assessment_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('honours_bars').execute();
  await db.schema.dropTable('grade_bands').execute();
}
