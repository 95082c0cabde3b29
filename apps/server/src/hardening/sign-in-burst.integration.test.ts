/**
 * The sign-in throttle under a burst (issue 13): 100 wrong passwords sent at once over real
 * HTTP get at most the limit of password checks, per account and per address, on each
 * engine, and across two server processes on one PostgreSQL database. A password check
 * shows as a 401 (or a 200); the throttle answers 429 without checking. Each check leaves
 * one row in login_attempts, which the tests count too.
 */
import { type Database, SYSTEM_ACTOR, upsertUsers } from '@kaohe/db';
import {
  createTestDb,
  describeEachEngine,
  TEST_DATABASE_URL,
  type TestDb,
} from '@kaohe/db/testing';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../http/app.ts';
import { createHarness, type Harness, TEST_PASSWORD, USERS } from '../testing/harness.ts';
import { type ServerProcess, startServerProcess } from '../testing/server-process.ts';

const BURST = 100;
const PER_ACCOUNT = 5;
const PER_ADDRESS = 30;

/**
 * One sign-in over HTTP as the web app sends it; `address` arrives as X-Forwarded-For,
 * which the server believes from a proxy on this machine (trustProxy 'loopback').
 */
async function signIn(url: string, username: string, password: string, address: string) {
  const response = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-kaohe-csrf': '1',
      origin: url,
      'x-forwarded-for': address,
    },
    body: JSON.stringify(superjson.serialize({ username, password })),
  });
  await response.arrayBuffer();
  return response.status;
}

/** How many answers had each status. */
async function burst(calls: Array<() => Promise<number>>): Promise<Record<number, number>> {
  const statuses = await Promise.all(calls.map((call) => call()));
  const counts: Record<number, number> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

const attempts = async (db: Kysely<Database>, where: { username?: string; ip?: string }) =>
  Number(
    (
      await db
        .selectFrom('loginAttempts')
        .select((eb) => eb.fn.countAll().as('n'))
        .$if(where.username !== undefined, (q) => q.where('username', '=', where.username!))
        .$if(where.ip !== undefined, (q) => q.where('ip', '=', where.ip!))
        .executeTakeFirstOrThrow()
    ).n,
  );

describeEachEngine('sign-in throttle under a burst', ({ db }) => {
  let h: Harness;
  let app: FastifyInstance;
  let url = '';

  beforeAll(async () => {
    h = await createHarness(db());
    app = await buildApp(h.deps, { webDist: null });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await h?.dispose();
  });

  it(`${BURST} wrong passwords at once for one account: ${PER_ACCOUNT} checked, the rest 429, then the right one is refused too`, async () => {
    const user = USERS.dept('org');
    const counts = await burst(
      Array.from(
        { length: BURST },
        (_, i) => () => signIn(url, user, `wrong-password-${i}`, '198.51.100.1'),
      ),
    );
    expect(counts).toEqual({ 401: PER_ACCOUNT, 429: BURST - PER_ACCOUNT });
    expect(await attempts(h.db, { username: user })).toBe(PER_ACCOUNT);
    // As after 5 failures in a row: closed within the window, from any address.
    expect(await signIn(url, user, TEST_PASSWORD, '198.51.100.1')).toBe(429);
    expect(await signIn(url, user, TEST_PASSWORD, '198.51.100.99')).toBe(429);
    expect(await attempts(h.db, { username: user })).toBe(PER_ACCOUNT);
  }, 120_000);

  it(`${BURST} wrong sign-ins at once to ${BURST} accounts from one address: ${PER_ADDRESS} checked`, async () => {
    const address = '198.51.100.2';
    const counts = await burst(
      Array.from(
        { length: BURST },
        (_, i) => () => signIn(url, `nobody-${i}`, 'wrong-password', address),
      ),
    );
    expect(counts).toEqual({ 401: PER_ADDRESS, 429: BURST - PER_ADDRESS });
    expect(await attempts(h.db, { ip: address })).toBe(PER_ADDRESS);
    // The address is closed, to a right password too; the account is not, elsewhere.
    expect(await signIn(url, USERS.dept('women'), TEST_PASSWORD, address)).toBe(429);
    expect(await signIn(url, USERS.dept('women'), TEST_PASSWORD, '198.51.100.3')).toBe(200);
  }, 120_000);
});

describe.skipIf(!TEST_DATABASE_URL)(
  'sign-in throttle across two server processes [postgres]',
  () => {
    const ADMIN_PASSWORD = 'burst-admin-password-2011';
    let testDb: TestDb | undefined;
    const servers: ServerProcess[] = [];

    beforeAll(async () => {
      testDb = await createTestDb('postgres', { prefix: 'kaohe_burst' });
      const env = { DATABASE_URL: testDb.url!, KAOHE_ADMIN_PASSWORD: ADMIN_PASSWORD };
      // One after the other: the first creates the admin, the second finds it.
      servers.push(await startServerProcess(env));
      servers.push(await startServerProcess(env));
      // A second account with a known password, for the per-address burst.
      await upsertUsers(testDb.handle.db, SYSTEM_ACTOR, [
        {
          id: 'burst-unit',
          username: 'burst-unit',
          displayName: '并发测试',
          role: 'admin',
          passwordHash: (
            await testDb.handle.db
              .selectFrom('users')
              .select('passwordHash')
              .where('username', '=', 'admin')
              .executeTakeFirstOrThrow()
          ).passwordHash,
          mustChangePassword: false,
        },
      ]);
    }, 300_000);

    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await testDb?.dispose();
    });

    it(`${BURST} wrong passwords for one account, split over both servers: ${PER_ACCOUNT} checked`, async () => {
      const counts = await burst(
        Array.from(
          { length: BURST },
          (_, i) => () =>
            signIn(servers[i % 2]!.url, 'admin', `wrong-password-${i}`, '198.51.100.4'),
        ),
      );
      expect(counts).toEqual({ 401: PER_ACCOUNT, 429: BURST - PER_ACCOUNT });
      expect(await attempts(testDb!.handle.db, { username: 'admin' })).toBe(PER_ACCOUNT);
      for (const server of servers) {
        expect(await signIn(server.url, 'admin', ADMIN_PASSWORD, '198.51.100.5')).toBe(429);
      }
    }, 180_000);

    it(`${BURST} wrong sign-ins from one address to many accounts, over both servers: ${PER_ADDRESS} checked`, async () => {
      const address = '198.51.100.6';
      const counts = await burst(
        Array.from(
          { length: BURST },
          (_, i) => () => signIn(servers[i % 2]!.url, `nobody-${i}`, 'wrong-password', address),
        ),
      );
      expect(counts).toEqual({ 401: PER_ADDRESS, 429: BURST - PER_ADDRESS });
      expect(await attempts(testDb!.handle.db, { ip: address })).toBe(PER_ADDRESS);
      expect(await signIn(servers[0]!.url, 'burst-unit', ADMIN_PASSWORD, address)).toBe(429);
      expect(await signIn(servers[1]!.url, 'burst-unit', ADMIN_PASSWORD, '198.51.100.7')).toBe(200);
    }, 180_000);
  },
);
