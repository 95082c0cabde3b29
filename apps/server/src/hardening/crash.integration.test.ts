/**
 * Crash safety of the whole server (issue 8): the real server as its own process
 * (the bundle `pnpm start` runs, as apps/web/e2e/support/server.ts starts
 * it), writes over HTTP from several clients at once, SIGKILL at a random moment,
 * CRASH_ROUNDS times per engine (8 in the suite; `CRASH_ROUNDS=50` for a soak); after each restart every write the server
 * acknowledged (a 200 received before the kill) is there. And a second server process on
 * the same PGlite folder is refused with a message naming the folder and the owner.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDb, TEST_DATABASE_URL, type TestDb } from '@kaohe/db/testing';
import superjson from 'superjson';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnServerProcess, startServerProcess } from '../testing/server-process.ts';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 8);
const ADMIN_PASSWORD = 'crash-admin-password-2011';
const WRITERS = 4;

/** A signed-in admin over real HTTP (fetch), speaking the tRPC wire format. */
async function adminClient(url: string) {
  const headers = { 'content-type': 'application/json', 'x-kaohe-csrf': '1', origin: url };
  const login = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers,
    body: JSON.stringify(superjson.serialize({ username: 'admin', password: ADMIN_PASSWORD })),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return {
    saveUnit: (id: string) =>
      fetch(`${url}/trpc/admin.saveUnit`, {
        method: 'POST',
        headers: { ...headers, cookie },
        body: JSON.stringify(
          superjson.serialize({
            id,
            name: `崩溃测试单位${id}`,
            unitTypeId: 'district',
            memberCount: 1,
          }),
        ),
      }),
    units: async (): Promise<string[]> => {
      const response = await fetch(`${url}/trpc/admin.units`, { headers: { cookie } });
      const body = (await response.json()) as { result: { data: unknown } };
      return (superjson.deserialize(body.result.data as never) as Array<{ id: string }>).map(
        (u) => u.id,
      );
    },
  };
}

const engines = [
  { engine: 'pglite' as const, skip: false },
  { engine: 'postgres' as const, skip: !TEST_DATABASE_URL },
];

for (const { engine, skip } of engines) {
  describe.skipIf(skip)(`crash safety of the server [${engine}]`, () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kaohe-crash-'));
    let testDb: TestDb | undefined;

    afterAll(async () => {
      await testDb?.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    });

    async function env(): Promise<Record<string, string>> {
      if (engine === 'pglite') return { KAOHE_DATA_DIR: dataDir };
      testDb ??= await createTestDb('postgres', { prefix: 'kaohe_crash', migrate: false });
      return { KAOHE_DATA_DIR: dataDir, DATABASE_URL: testDb.url! };
    }

    it(`keeps every acknowledged write through ${ROUNDS} SIGKILLs under write load`, async () => {
      const acknowledged = new Set<string>();
      let attempted = 0;
      for (let round = 0; round <= ROUNDS; round++) {
        const server = await startServerProcess({
          ...(await env()),
          KAOHE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        });
        try {
          const admin = await adminClient(server.url);
          const present = new Set(await admin.units());
          const lost = [...acknowledged].filter((id) => !present.has(id));
          expect(lost, `round ${round}: acknowledged writes lost after SIGKILL`).toEqual([]);
          if (round === ROUNDS) break;

          // Writers until the kill: every 200 is an acknowledged write.
          let killed = false;
          const writer = async (w: number) => {
            for (let i = 0; !killed; i++) {
              const id = `crash-${round}-${w}-${i}`;
              attempted++;
              try {
                const response = await admin.saveUnit(id);
                if (response.ok) acknowledged.add(id);
                else if (!killed)
                  throw new Error(`${id}: ${response.status} ${await response.text()}`);
              } catch (e) {
                if (!killed) throw e;
              }
            }
          };
          const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 400));
          killed = true;
          server.child.kill('SIGKILL');
          await server.exited;
          await Promise.all(writers);
        } finally {
          if (server.child.exitCode === null && server.child.signalCode === null) {
            server.child.kill('SIGKILL');
            await server.exited;
          }
        }
      }
      console.log(
        `crash [${engine}]: ${ROUNDS} SIGKILLs, ${attempted} writes attempted, ${acknowledged.size} acknowledged, none lost`,
      );
      expect(acknowledged.size).toBeGreaterThan(ROUNDS);
    }, 900_000);

    it.skipIf(engine !== 'pglite')(
      'refuses a second server process on the same PGlite folder with a clear message',
      async () => {
        const first = await startServerProcess({
          ...(await env()),
          KAOHE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        });
        try {
          const second = spawnServerProcess(
            { ...(await env()), KAOHE_ADMIN_PASSWORD: ADMIN_PASSWORD },
            await freePort(),
          );
          const code = await second.exited;
          expect(code).not.toBe(0);
          const folder = join(dataDir, 'pglite');
          expect(second.output()).toContain(
            `数据目录 ${folder} 正被另一个进程（PID ${first.child.pid}）使用`,
          );
          expect(second.output()).toContain('in use by another process');
          // The first one keeps serving.
          expect((await fetch(`${first.url}/healthz`)).ok).toBe(true);
        } finally {
          first.child.kill('SIGTERM');
          await first.exited;
        }
      },
      300_000,
    );
  });
}
