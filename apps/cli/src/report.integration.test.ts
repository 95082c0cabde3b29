import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  backfillTotalsOf,
  type DbOrTx,
  type DecimalText,
  decimal,
  json,
  migrateToLatest,
  type RankingRow,
  rankingReport,
  setGradeBands,
} from '@kaohe/db';
import { createDb } from '@kaohe/db/client';
import { ADMIN, createTestDb, seedCycle, TEST_DATABASE_URL, type TestDb } from '@kaohe/db/testing';
import { findItem, toCenti } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { BARRED, NOT_APPROVED } from '@kaohe/rubric-io';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kaohe } from './testing/kaohe.ts';

const noStack = (text: string) => expect(text).not.toMatch(/\bat .*\.ts:\d+|\n\s+at /);

const FIRST = findItem(rubric2011, 'party-union-cobuilding')!;

/** Five units: two tied districts, a devZone, two bureaus of which one is not approved. */
async function seed(db: DbOrTx): Promise<string> {
  const seeded = await seedCycle(db as Parameters<typeof seedCycle>[0], { unitCount: 5 });
  const less = ['1', '1', '0', '2', '0'];
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
      .set({ reviewScore: decimal(toCenti(FIRST.baseScore) - toCenti(less[k]!)) })
      .where('assessmentId', '=', u.assessmentId)
      .where('itemId', '=', FIRST.id)
      .execute();
    // Written around the repositories: the kept totals follow as a backfill would.
    await backfillTotalsOf(db, [u.assessmentId]);
    if (k < 4) {
      await db
        .updateTable('assessments')
        .set({ stage: 'approved', snapshot: json({ value: 'approved', context: {} }) })
        .where('id', '=', u.assessmentId)
        .execute();
    }
  }
  // 等次 for the districts only: the bureaus' rows carry grade null (no bands yet).
  await setGradeBands(db, ADMIN, {
    cycleId: seeded.cycleId,
    unitTypeId: 'district',
    bands: { mode: 'total', bands: [{ label: '优秀', bound: '119' }], otherwise: '良好' },
  });
  return seeded.cycleId;
}

const engines = [
  { engine: 'pglite' as const, skip: false },
  { engine: 'postgres' as const, skip: !TEST_DATABASE_URL },
];

for (const { engine, skip } of engines) {
  describe.skipIf(skip)(`pnpm kaohe report ranking [${engine}]`, () => {
    let tmp: string;
    let where: { dataDir: string; databaseUrl?: string };
    let expected: RankingRow[];
    let pg: TestDb | undefined;

    beforeAll(async () => {
      tmp = await mkdtemp(join(tmpdir(), 'kaohe-cli-report-'));
      if (engine === 'pglite') {
        const handle = await createDb({ dataDir: join(tmp, 'pglite') });
        try {
          await migrateToLatest(handle.db);
          expected = await rankingReport(handle.db, { cycleId: await seed(handle.db) });
        } finally {
          await handle.close();
        }
        where = { dataDir: tmp };
      } else {
        pg = await createTestDb('postgres');
        expected = await rankingReport(pg.handle.db, { cycleId: await seed(pg.handle.db) });
        where = { dataDir: tmp, databaseUrl: pg.url! };
      }
    }, 120_000);
    afterAll(async () => {
      await pg?.dispose();
      await rm(tmp, { recursive: true, force: true });
    });

    it('JSON on stdout: the ranking report itself, ties shared, the unapproved unranked', async () => {
      const result = await kaohe(where, 'report', 'ranking', '--year', '2011');
      expect(result.code, result.stderr).toBe(0);
      const out = JSON.parse(result.stdout) as { cycle: { year: number }; rows: RankingRow[] };
      expect(out.cycle.year).toBe(2011);
      expect(out.rows).toEqual(expected);
      const [d1, d2] = out.rows.filter((r) => r.unitTypeId === 'district');
      expect([d1!.total, d2!.total, d1!.rank, d2!.rank]).toEqual(['119', '119', 1, 1]);
      // Every row carries grade (tied units share it; null without bands) and barredFromHonours.
      expect([d1, d2].map((r) => [r!.grade, r!.barredFromHonours])).toEqual([
        ['优秀', false],
        ['优秀', false],
      ]);
      const bureaus = out.rows.filter((r) => r.unitTypeId === 'bureau');
      expect(
        bureaus.map((r) => [r.total, r.rank, r.approved, r.grade, r.barredFromHonours]),
      ).toEqual([
        ['118', 1, true, null, false],
        ['120', null, false, null, false],
      ]);
      for (const r of out.rows)
        expect(Object.keys(r)).toEqual(expect.arrayContaining(['grade', 'barredFromHonours']));

      const filtered = await kaohe(
        where,
        'report',
        'ranking',
        '--year',
        '2011',
        '--unit-type',
        'bureau',
      );
      expect(JSON.parse(filtered.stdout).rows).toEqual(bureaus);
    }, 60_000);

    it('--format xlsx --out: the file reads back cell by cell', async () => {
      const file = join(tmp, '排名.xlsx');
      const result = await kaohe(
        where,
        'report',
        'ranking',
        '--year',
        '2011',
        '--format',
        'xlsx',
        '--out',
        file,
        '--lang',
        'en',
      );
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('5 units, 4 approved and ranked');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.getWorksheet('排名')!;
      expect(String(sheet.getCell('A1').value)).toContain('排名');
      // One block per unit type in the rubric's order, under its heading; ranked units first.
      const heading = (text: string) => Array.from({ length: 8 }, () => text);
      const blocks = rubric2011.unitTypes.flatMap((u) => {
        const mine = expected.filter((r) => r.unitTypeId === u.id);
        if (mine.length === 0) return [];
        const ranked = mine.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
        const unranked = mine.filter((r) => r.rank === null);
        const counts = `已排名${ranked.length}个${unranked.length ? `，未审定${unranked.length}个` : ''}`;
        return [
          heading(`${u.name}（${counts}）`),
          ...[...ranked, ...unranked].map((row) => [
            row.rank ?? NOT_APPROVED,
            row.unitName,
            u.name,
            Number(row.subtotal),
            Number(row.bonus),
            Number(row.total),
            row.grade,
            row.barredFromHonours ? BARRED : null,
          ]),
        ];
      });
      const body = Array.from({ length: sheet.rowCount - 2 }, (_, i) =>
        Array.from({ length: 8 }, (_, c) => sheet.getCell(3 + i, c + 1).value ?? null),
      );
      expect(body).toEqual(blocks);
    }, 60_000);

    // Messages do not depend on the engine: checked once, to keep CI short.
    it.skipIf(engine === 'postgres')(
      'mistakes: a message in the user’s language, exit 1, no stack trace',
      async () => {
        const none = await kaohe(where, 'report', 'ranking', '--year', '2099');
        expect(none.code).toBe(1);
        expect(none.stderr).toContain('没有2099年度的考核周期');
        noStack(none.stderr);
        const format = await kaohe(
          where,
          'report',
          'ranking',
          '--year',
          '2011',
          '--format',
          'pdf',
          '--lang',
          'en',
        );
        expect(format.code).toBe(1);
        expect(format.stderr).toContain('--format is xlsx or json, not "pdf"');
        const year = await kaohe(where, 'report', 'ranking');
        expect(year.code).toBe(1);
        expect(year.stderr).toContain('--year');
        noStack(year.stderr);
      },
      60_000,
    );
  });
}
