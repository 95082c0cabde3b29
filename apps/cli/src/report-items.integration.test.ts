import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type DbOrTx,
  type DecimalText,
  decimalFrom,
  type ItemAnalyticsReport,
  itemAnalyticsReport,
  migrateToLatest,
} from '@kaohe/db';
import { createDb } from '@kaohe/db/client';
import { createTestDb, seedCycle, TEST_DATABASE_URL, type TestDb } from '@kaohe/db/testing';
import { rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kaohe } from './testing/kaohe.ts';

const ITEMS = rubricItems(rubric2011).map(({ item }) => item);

/** Four units at full marks, but item 2 (基层工会组建, 10) reviewed 10, 10, 5, 0. */
async function seed(db: DbOrTx): Promise<string> {
  const seeded = await seedCycle(db as Parameters<typeof seedCycle>[0], { unitCount: 4 });
  const second = ['10', '10', '5', '0'];
  for (const [k, u] of seeded.units.entries()) {
    await db
      .updateTable('itemScores')
      // Full marks everywhere (a column reference, typed as the decimal it holds).
      .set((eb) => {
        const base = eb.ref('baseScore') as unknown as DecimalText;
        return { selfScore: base, reviewScore: base };
      })
      .where('assessmentId', '=', u.assessmentId)
      .execute();
    await db
      .updateTable('itemScores')
      .set({ reviewScore: decimalFrom(second[k]!) })
      .where('assessmentId', '=', u.assessmentId)
      .where('itemId', '=', 'union-founding')
      .execute();
  }
  return seeded.cycleId;
}

const engines = [
  { engine: 'pglite' as const, skip: false },
  { engine: 'postgres' as const, skip: !TEST_DATABASE_URL },
];

for (const { engine, skip } of engines) {
  describe.skipIf(skip)(`pnpm kaohe report items [${engine}]`, () => {
    let tmp: string;
    let where: { dataDir: string; databaseUrl?: string };
    let expected: ItemAnalyticsReport;
    let pg: TestDb | undefined;

    beforeAll(async () => {
      tmp = await mkdtemp(join(tmpdir(), 'kaohe-cli-items-'));
      if (engine === 'pglite') {
        const handle = await createDb({ dataDir: join(tmp, 'pglite') });
        try {
          await migrateToLatest(handle.db);
          expected = (await itemAnalyticsReport(handle.db, { cycleId: await seed(handle.db) }))!;
        } finally {
          await handle.close();
        }
        where = { dataDir: tmp };
      } else {
        pg = await createTestDb('postgres');
        expected = (await itemAnalyticsReport(pg.handle.db, {
          cycleId: await seed(pg.handle.db),
        }))!;
        where = { dataDir: tmp, databaseUrl: pg.url! };
      }
    }, 120_000);
    afterAll(async () => {
      await pg?.dispose();
      await rm(tmp, { recursive: true, force: true });
    });

    it('JSON: items is a row per item with its number and full-mark rate', async () => {
      const result = await kaohe(where, 'report', 'items', '--year', '2011');
      expect(result.code, result.stderr).toBe(0);
      const out = JSON.parse(result.stdout) as ItemAnalyticsReport;
      expect(Array.isArray(out.items)).toBe(true);
      expect(out.items.map((i) => i.number)).toEqual(ITEMS.map((i) => i.number));
      expect(out.items.find((i) => i.number === 2)).toMatchObject({
        fullMarkRate: 0.5,
        zeroRate: 0.25,
        mean: '6.25',
      });
      expect(out.items.find((i) => i.number === 1)!.fullMarkRate).toBe(1);
      expect(out).toEqual(JSON.parse(JSON.stringify(expected)));
    }, 60_000);

    it('--format xlsx: the items sheet reads back; a wrong format is refused in words', async () => {
      const file = join(tmp, '项目分析.xlsx');
      const result = await kaohe(
        where,
        'report',
        'items',
        '--year',
        '2011',
        '--format',
        'xlsx',
        '--out',
        file,
      );
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`${ITEMS.length}个项目`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.getWorksheet('项目')!;
      expect(sheet.getCell(2, 1).value).toBe('序号');
      expect(sheet.getCell(4, 1).value).toBe(2);
      expect(sheet.getCell(4, 6).value).toBe(0.5);

      const wrong = await kaohe(where, 'report', 'items', '--year', '2011', '--format', 'csv');
      expect(wrong.code).not.toBe(0);
      expect(wrong.stderr).toContain('--format 只能是 xlsx 或 json');
    }, 60_000);
  });
}
