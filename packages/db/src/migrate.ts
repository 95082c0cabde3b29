import type { Kysely } from 'kysely';
import { type MigrationResult, Migrator } from 'kysely/migration';
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
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  // Without plugins: migrations spell SQL identifiers themselves, in snake_case.
  const migrator = new Migrator({
    db: db.withoutPlugins(),
    provider: { getMigrations: async () => migrations },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
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
