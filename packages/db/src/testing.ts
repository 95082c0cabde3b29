/**
 * Runs one suite against both engines: PGlite (in memory) always, and PostgreSQL when
 * TEST_DATABASE_URL is set (CI sets it; a laptop without PostgreSQL skips that half).
 * Each engine gets a fresh, migrated database; PostgreSQL's is a throwaway database
 * created through the URL and dropped afterwards. Plus small fixtures.
 */

import { DomainError } from '@kaohe/domain';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { DbHandle, Engine } from './client.ts';
import type { Database } from './schema.ts';
import { createTestDb, TEST_DATABASE_URL, type TestDb } from './test-database.ts';

export * from './fixtures/organisation.ts';

export { createTestDb, TEST_DATABASE_URL, type TestDb } from './test-database.ts';

export interface EngineContext {
  engine: Engine;
  /** The database of the running suite; valid inside tests and hooks. */
  db: () => Kysely<Database>;
  handle: () => DbHandle;
}

/**
 * `describeEachEngine('item scores', ({ db, engine }) => { it(...) })` declares the suite
 * twice, "item scores [pglite]" and "item scores [postgres]"; the second is skipped when
 * TEST_DATABASE_URL is unset. Tests in one suite share the database: give each its own
 * rows (the fixtures below use fresh ids).
 */
export function describeEachEngine(name: string, suite: (ctx: EngineContext) => void): void {
  for (const engine of ['pglite', 'postgres'] as const) {
    const skip = engine === 'postgres' && !TEST_DATABASE_URL;
    describe.skipIf(skip)(`${name} [${engine}]`, () => {
      let testDb: TestDb | undefined;
      beforeAll(async () => {
        testDb = await createTestDb(engine);
      });
      afterAll(async () => {
        await testDb?.dispose();
      });
      const handle = () => {
        if (!testDb) throw new Error('the test database is not open yet');
        return testDb.handle;
      };
      suite({ engine, db: () => handle().db, handle });
    });
  }
}

/** The DomainError a promise is rejected with (and that it is one). */
export async function rejection(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
}
