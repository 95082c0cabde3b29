/**
 * PGlite in its worker thread (decision 030): the queries run there, not in this thread,
 * and a transaction holds the one session, so another caller's query waits for its commit
 * instead of landing inside it. The server's tests run through the worker too (their
 * harness asks for it); the product's default is the server's own thread.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from './client.ts';

describe('PGlite in a worker thread', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createDb({ dataDir: 'memory://', pgliteWorker: true });
    await sql`create table t (n int primary key)`.execute(handle.db);
  });
  afterAll(() => handle?.close());

  it('runs queries in the worker: this thread keeps turning while PostgreSQL works', async () => {
    let turns = 0;
    let running = true;
    const spin = () => {
      turns++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from generate_series(1, 3000000) as g(i) where i % 7 = 0
    `.execute(handle.db);
    running = false;
    expect(rows).toEqual([{ n: 428571 }]);
    // In this thread PostgreSQL's WebAssembly would hold it for the whole query: no turns.
    expect(turns).toBeGreaterThan(100);
  });

  it("keeps a transaction's queries together: another caller's query waits for the commit", async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted: () => void = () => {};
    const first = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const transaction = handle.db.transaction().execute(async (trx) => {
      await sql`insert into t values (1)`.execute(trx);
      order.push('transaction: first row');
      inserted();
      await held;
      await sql`insert into t values (2)`.execute(trx);
      order.push('transaction: second row');
    });
    await first;
    const outside = sql<{ n: number }>`select count(*) as n from t`
      .execute(handle.db)
      .then(({ rows }) => order.push(`other caller: ${rows[0]!.n} rows`));
    // Give the other caller every chance to slip in before the transaction goes on.
    await new Promise((resolve) => setTimeout(resolve, 200));
    order.push('released');
    release();
    await Promise.all([transaction, outside]);
    expect(order).toEqual([
      'transaction: first row',
      'released',
      'transaction: second row',
      'other caller: 2 rows',
    ]);
  });

  it('rolls a failed transaction back and carries PostgreSQL errors with their fields', async () => {
    const failed = handle.db.transaction().execute(async (trx) => {
      await sql`insert into t values (3)`.execute(trx);
      await sql`insert into t values (1)`.execute(trx);
    });
    await expect(failed).rejects.toMatchObject({ code: '23505', constraint: 't_pkey' });
    const { rows } = await sql<{ n: number }>`select count(*) as n from t`.execute(handle.db);
    expect(rows).toEqual([{ n: 2 }]);
  });

  it("runs in the server's own thread by default (KAOHE_PGLITE_WORKER unset or false)", async () => {
    const inThread = await createDb({ dataDir: 'memory://' });
    try {
      const { rows } = await sql<{
        n: number;
        d: string;
      }>`select 9007199254740991::int8 as n, 1.50::numeric as d`.execute(inThread.db);
      expect(rows).toEqual([{ n: 9007199254740991, d: '1.50' }]);
    } finally {
      await inThread.close();
    }
  });
});
