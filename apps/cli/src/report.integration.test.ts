import { join } from 'node:path';
import {
  backfillTotalsOf,
  type DbOrTx,
  decimal,
  json,
  type RankingRow,
  rankingReport,
  setGradeBands,
} from '@kaohe/db';
import { ADMIN, seedCycle } from '@kaohe/db/testing';
import { findItem, toCenti } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { BARRED, NOT_APPROVED } from '@kaohe/rubric-io';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachCliEngine, fullMarks, useCliDatabase } from './testing/database.ts';
import { kaohe } from './testing/kaohe.ts';

const noStack = (text: string) => expect(text).not.toMatch(/\bat .*\.ts:\d+|\n\s+at /);

const FIRST = findItem(rubric2011, 'party-union-cobuilding')!;

/** Five units: two tied districts, a devZone, two bureaus of which one is not approved. */
async function seed(db: DbOrTx): Promise<string> {
  const seeded = await seedCycle(db as Parameters<typeof seedCycle>[0], { unitCount: 5 });
  const less = ['1', '1', '0', '2', '0'];
  for (const [k, u] of seeded.units.entries()) {
    await fullMarks(db, u.assessmentId);
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

describeEachCliEngine('pnpm kaohe report ranking', (engine) => {
  let expected: RankingRow[];
  const cli = useCliDatabase(engine, 'report', async (db) => {
    expected = await rankingReport(db, { cycleId: await seed(db) });
  });
  /** `pnpm kaohe report ranking --year 2011 …args` */
  const ranking = (...args: string[]) =>
    kaohe(cli.where, 'report', 'ranking', '--year', '2011', ...args);

  it('JSON on stdout: the ranking report itself, ties shared, the unapproved unranked', async () => {
    const result = await ranking();
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
    expect(bureaus.map((r) => [r.total, r.rank, r.approved, r.grade, r.barredFromHonours])).toEqual(
      [
        ['118', 1, true, null, false],
        ['120', null, false, null, false],
      ],
    );
    for (const r of out.rows)
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['grade', 'barredFromHonours']));

    const filtered = await ranking('--unit-type', 'bureau');
    expect(JSON.parse(filtered.stdout).rows).toEqual(bureaus);
  }, 60_000);

  it('--format xlsx --out: the file reads back cell by cell', async () => {
    const file = join(cli.tmp, '排名.xlsx');
    const result = await ranking('--format', 'xlsx', '--out', file, '--lang', 'en');
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
      const none = await kaohe(cli.where, 'report', 'ranking', '--year', '2099');
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('没有2099年度的考核周期');
      noStack(none.stderr);
      const format = await ranking('--format', 'pdf', '--lang', 'en');
      expect(format.code).toBe(1);
      expect(format.stderr).toContain('--format is xlsx or json, not "pdf"');
      const year = await kaohe(cli.where, 'report', 'ranking');
      expect(year.code).toBe(1);
      expect(year.stderr).toContain('--year');
      noStack(year.stderr);
    },
    60_000,
  );
});
