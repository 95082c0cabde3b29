/**
 * Production defaults (issue 13). On the real server process: with NODE_ENV=production
 * there is no demo data and no demo account unless KAOHE_SEED_DEMO=true asks for them
 * (that default is config.test.ts's). And when asked for, no demo account can do anything
 * before it has replaced the published password: checked on the demo accounts as the seed
 * creates them, through the HTTP app (the whole seeded cycle would take minutes here).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '@kaohe/db/client';
import {
  createTestDb,
  describeEachEngine,
  TEST_DATABASE_URL,
  type TestDb,
} from '@kaohe/db/testing';
import superjson from 'superjson';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureOrganisation } from './bootstrap.ts';
import { DEMO_PASSWORD } from './demo/organisation.ts';
import { seedDemoAccounts } from './demo/seed.ts';
import { buildApp } from './http/app.ts';
import { folderEvidenceStore } from './services/evidence-store.ts';
import { testConfig } from './testing/harness.ts';
import { HttpClient } from './testing/http.ts';
import { type ServerProcess, startServerProcess } from './testing/server-process.ts';

const ADMIN_PASSWORD = 'production-admin-password';

/** One tRPC call over HTTP as the web app makes it: JSON, the CSRF header, our Origin. */
async function call(
  server: ServerProcess,
  path: string,
  input: unknown,
  options: { cookie?: string; query?: boolean } = {},
) {
  const headers: Record<string, string> = {
    'x-kaohe-csrf': '1',
    'x-kaohe-lang': 'en',
    origin: server.url,
    ...(options.cookie ? { cookie: options.cookie } : {}),
  };
  const serialized = JSON.stringify(superjson.serialize(input));
  const response = options.query
    ? await fetch(`${server.url}/trpc/${path}?input=${encodeURIComponent(serialized)}`, {
        headers,
      })
    : await fetch(`${server.url}/trpc/${path}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: serialized,
      });
  const body = (await response.json()) as {
    result?: { data: unknown };
    error?: { json: { data: { domainCode: string | null } } };
  };
  return {
    status: response.status,
    data: body.result ? (superjson.deserialize(body.result.data as never) as never) : undefined,
    domainCode: body.error?.json.data.domainCode ?? null,
    cookie: response.headers.get('set-cookie')?.split(';')[0],
  };
}

const engines = [
  { engine: 'pglite' as const, skip: false },
  { engine: 'postgres' as const, skip: !TEST_DATABASE_URL },
];

for (const { engine, skip } of engines) {
  describe.skipIf(skip)(`production defaults [${engine}]`, () => {
    const folders: string[] = [];
    const databases: TestDb[] = [];

    afterAll(async () => {
      for (const d of databases) await d.dispose();
      for (const f of folders) rmSync(f, { recursive: true, force: true });
    });

    /** A fresh data folder (and PostgreSQL database), and how to read it once the server stops. */
    async function fresh() {
      const dataDir = mkdtempSync(join(tmpdir(), 'kaohe-production-'));
      folders.push(dataDir);
      if (engine === 'pglite') {
        return {
          env: { KAOHE_DATA_DIR: dataDir } as Record<string, string>,
          open: () => createDb({ dataDir: join(dataDir, 'pglite') }),
        };
      }
      const testDb = await createTestDb('postgres', { prefix: 'kaohe_prod', migrate: false });
      databases.push(testDb);
      return {
        env: { KAOHE_DATA_DIR: dataDir, DATABASE_URL: testDb.url! },
        open: async () => ({ db: testDb.handle.db, close: async () => {} }),
      };
    }

    it('has no demo data and no demo account unless asked for', async () => {
      const { env, open } = await fresh();
      const server = await startServerProcess({
        ...env,
        NODE_ENV: 'production',
        KAOHE_SEED_DEMO: '',
        KAOHE_ADMIN_PASSWORD: ADMIN_PASSWORD,
      });
      try {
        expect(server.output()).not.toContain(DEMO_PASSWORD);
        const chairman = await call(server, 'auth.login', {
          username: 'chairman',
          password: DEMO_PASSWORD,
        });
        expect(chairman.status).toBe(401);
        expect(chairman.domainCode).toBe('UNAUTHENTICATED');
        const unit = await call(server, 'auth.login', {
          username: 'unit-huangpu',
          password: DEMO_PASSWORD,
        });
        expect(unit.status).toBe(401);
        // The product itself is there: the admin signs in, the 2011 rubric is published.
        const admin = await call(server, 'auth.login', {
          username: 'admin',
          password: ADMIN_PASSWORD,
        });
        expect(admin.status).toBe(200);
      } finally {
        await server.stop();
      }
      const handle = await open();
      try {
        const users = await handle.db.selectFrom('users').select(['username']).execute();
        expect(users.map((u) => u.username)).toEqual(['admin']);
        expect(await handle.db.selectFrom('units').select('id').execute()).toEqual([]);
        expect(await handle.db.selectFrom('cycles').select('id').execute()).toEqual([]);
        const rubrics = await handle.db.selectFrom('rubrics').select(['status']).execute();
        expect(rubrics.map((r) => r.status)).toEqual(['published']);
      } finally {
        await handle.close();
      }
    }, 240_000);
  });
}

describeEachEngine('demo accounts seeded in production', ({ db }) => {
  it('must each replace the published password before anything else', async () => {
    const config = testConfig({ env: 'production' });
    const deps = {
      db: db(),
      config,
      now: () => new Date(),
      evidence: folderEvidenceStore(join(config.dataDir, 'evidence')),
    };
    await ensureOrganisation(deps.db);
    await seedDemoAccounts(deps);
    const accounts = await deps.db
      .selectFrom('users')
      .select(['username', 'mustChangePassword'])
      .execute();
    expect(accounts.length).toBeGreaterThan(30);
    expect(accounts.filter((a) => !a.mustChangePassword)).toEqual([]);

    const app = await buildApp(deps, { webDist: null });
    try {
      for (const username of ['chairman', 'dept-legal', 'unit-huangpu']) {
        const client = new HttpClient(app, { remoteAddress: '10.4.0.1' });
        const login = await client.login(username, DEMO_PASSWORD);
        expect(login.ok && login.data).toMatchObject({ user: { mustChangePassword: true } });
        const refused = await client.query('todo.mine');
        expect(!refused.ok && refused.error.data.domainCode, username).toBe(
          'PASSWORD_CHANGE_REQUIRED',
        );
      }
      const client = new HttpClient(app, { remoteAddress: '10.4.0.2' });
      await client.login('unit-huangpu', DEMO_PASSWORD);
      const changed = await client.mutation('auth.changePassword', {
        currentPassword: DEMO_PASSWORD,
        newPassword: 'huangpu-own-password-2011',
      });
      expect(changed.ok).toBe(true);
      expect((await client.query('todo.mine')).ok).toBe(true);
    } finally {
      await app.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    }
  });

  it('outside production they keep the demo password, for the zero-setup demo', async () => {
    const config = testConfig({ env: 'development' });
    const deps = {
      db: db(),
      config,
      now: () => new Date(),
      evidence: folderEvidenceStore(join(config.dataDir, 'evidence')),
    };
    await seedDemoAccounts(deps);
    const flagged = await deps.db
      .selectFrom('users')
      .select('username')
      .where('mustChangePassword', '=', true)
      .where('username', '!=', 'unit-huangpu')
      .execute();
    expect(flagged).toEqual([]);
    rmSync(config.dataDir, { recursive: true, force: true });
  });
});
