import { type Kysely, sql } from 'kysely';
import { type MigrationResult, type MigrationResultSet, Migrator } from 'kysely/migration';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

export class MigrationError extends Error {
  readonly results: readonly MigrationResult[];
  constructor(message: string, results: readonly MigrationResult[], cause: unknown) {
    super(message, { cause });
    this.name = 'MigrationError';
    this.results = results;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.message} (SQLSTATE ${code})` : error.message;
  }
  return String(error);
}

/**
 * Brings the schema up to the latest migration and returns the names applied. Fails with
 * the name of the migration that broke and the database's own message. Pending migrations run in one transaction (PostgreSQL
 * DDL is transactional), so a failure leaves the schema as it was.
 */
export function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  return runMigrator(db, (m) => m.migrateToLatest());
}

/**
 * Brings a database that is behind up to `name` and no further: a restore brings an empty
 * database to the version of its backup first, restores, then migrates to the latest.
 */
export function migrateUpTo(db: Kysely<Database>, name: string): Promise<string[]> {
  if (!(name in migrations)) throw new Error(`unknown migration "${name}"`);
  return runMigrator(db, (m) => m.migrateTo(name));
}

/** The names of the migrations this database has run, in order; [] for a new database. */
export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const plain = db.withoutPlugins();
  const { rows } = await sql<{ exists: boolean }>`
    select to_regclass('kysely_migration') is not null as exists`.execute(plain);
  if (!rows[0]?.exists) return [];
  const applied = await sql<{ name: string }>`
    select name from kysely_migration order by name`.execute(plain);
  return applied.rows.map((r) => r.name);
}

async function runMigrator(
  db: Kysely<Database>,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<string[]> {
  // Without plugins: migrations spell SQL identifiers themselves, in snake_case.
  const migrator = new Migrator({
    db: db.withoutPlugins(),
    provider: { getMigrations: async () => migrations },
  });
  const { error, results = [] } = await run(migrator);
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error');
    const where = failed ? `migration "${failed.migrationName}"` : 'the migrator';
    const text = describe(error);
    throw new MigrationError(
      `数据库迁移失败：${where}：${text} / database migration failed in ${where}: ${text}`,
      results,
      error,
    );
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
