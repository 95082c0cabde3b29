import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type DbHandle } from '@kaohe/db/client';
import { createTestDb, TEST_DATABASE_URL, type TestDb } from '@kaohe/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kaohe } from './testing/kaohe.ts';

const engines = [
  { engine: 'pglite' as const, skip: false },
  { engine: 'postgres' as const, skip: !TEST_DATABASE_URL },
];

for (const { engine, skip } of engines) {
  describe.skipIf(skip)(`pnpm kaohe demo seed --units / db check [${engine}]`, () => {
    let tmp: string;
    let where: { dataDir: string; databaseUrl?: string };
    let pg: TestDb | undefined;
    /** The database, opened between the CLI's runs (PGlite opens in one process at a time). */
    async function withDb<T>(work: (db: DbHandle['db']) => Promise<T>): Promise<T> {
      if (pg) return work(pg.handle.db);
      const handle = await createDb({ dataDir: join(tmp, 'pglite') });
      try {
        return await work(handle.db);
      } finally {
        await handle.close();
      }
    }

    beforeAll(async () => {
      tmp = await mkdtemp(join(tmpdir(), 'kaohe-cli-check-'));
      if (engine === 'postgres') pg = await createTestDb('postgres', { migrate: false });
      where = { dataDir: tmp, ...(pg ? { databaseUrl: pg.url! } : {}) };
    }, 120_000);
    afterAll(async () => {
      await pg?.dispose();
      await rm(tmp, { recursive: true, force: true });
    });

    it('refuses a unit count out of range, in the user’s language', {
      timeout: 120_000,
    }, async () => {
      const zero = await kaohe(where, 'demo', 'seed', '--units', '0');
      expect(zero.code).toBe(1);
      expect(zero.stderr).toContain('--units 须为1到10000之间的整数：0');
      const many = await kaohe(where, 'demo', 'seed', '--units', '10001', '--lang', 'en');
      expect(many.code).toBe(1);
      expect(many.stderr).toContain('--units must be a whole number from 1 to 10000: 10001');
    });

    it('seeds N units, most approved, with exact totals; a drift makes the check exit 1', {
      timeout: 240_000,
    }, async () => {
      const seeded = await kaohe(where, 'demo', 'seed', '--units', '40');
      expect(seeded.code, seeded.stderr).toBe(0);
      expect(seeded.stdout).toMatch(/演示数据已生成：40个单位，其中32个已审定/);

      const facts = await withDb(async (db) => ({
        stages: await db.selectFrom('assessments').select('stage').execute(),
        totals: await db.selectFrom('assessmentTotals').select('total').execute(),
        scored: await db
          .selectFrom('itemScores')
          .select('assessmentId')
          .where('reviewScore', 'is not', null)
          .execute(),
      }));
      expect(facts.stages).toHaveLength(40);
      expect(facts.stages.filter((s) => s.stage === 'approved')).toHaveLength(32);
      expect(new Set(facts.stages.map((s) => s.stage))).toEqual(
        new Set(['selfScoring', 'review', 'bonus', 'finalApproval', 'approved']),
      );
      expect(facts.totals).toHaveLength(40);
      expect(facts.scored.length).toBeGreaterThan(30 * 30);

      const clean = await kaohe(where, 'db', 'check');
      expect(clean.code, clean.stderr).toBe(0);
      expect(clean.stdout).toContain(
        '检查完成：40个考核的合计、类别小计、加分和总计均与各项得分一致',
      );

      // A drift behind the repositories' back: 合计 and 总计 one point up for one unit.
      const drifted = await withDb(async (db) => {
        const row = await db
          .selectFrom('assessmentTotals as t')
          .innerJoin('assessments as a', 'a.id', 't.assessmentId')
          .innerJoin('units as u', 'u.id', 'a.unitId')
          .select(['t.assessmentId', 'u.name'])
          .where('a.stage', '=', 'approved')
          .orderBy('t.assessmentId')
          .executeTakeFirstOrThrow();
        await db
          .updateTable('assessmentTotals')
          .set((eb) => ({
            reviewSubtotal: eb('reviewSubtotal', '+', 100),
            total: eb('total', '+', 100),
          }))
          .where('assessmentId', '=', row.assessmentId)
          .execute();
        return row;
      });
      const zh = await kaohe(where, 'db', 'check');
      expect(zh.code).toBe(1);
      expect(zh.stderr).toContain('检查发现1个考核共2处与各项得分不一致');
      expect(zh.stderr).toContain(`${drifted.name}（考核 ${drifted.assessmentId}）：合计 保存值`);
      expect(zh.stderr).toMatch(/：总计 保存值 [\d.]+，按各项得分重算为 [\d.]+/);
      const en = await kaohe(where, 'db', 'check', '--lang', 'en');
      expect(en.code).toBe(1);
      expect(en.stderr).toContain(
        'Check found 2 difference(s) from the item scores in 1 assessment(s)',
      );
      expect(en.stderr).toContain('grand total kept');
    });
  });
}
