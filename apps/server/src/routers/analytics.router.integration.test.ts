/**
 * Item analytics and the what-if re-score (issue 19) on the demo cycle, whose answers were
 * recorded through the services: the figures against the domain engine scoring the same
 * recorded answers, the what-if against scoreAssessment under the draft, nothing written,
 * and both workbooks read back.
 */
import { join } from 'node:path';
import { itemAnalyticsSheets, recordedAnswers } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import {
  formatCenti,
  type ItemInputs,
  type Rubric,
  rubricItems,
  scoreAssessment,
  scoreItem,
  toCenti,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { exportTablesXlsx } from '@kaohe/rubric-io';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../context.ts';
import { seedDemo } from '../demo/seed.ts';
import { buildApp } from '../http/app.ts';
import { loadItemAnalytics, whatIf, whatIfSheets } from '../services/analytics-service.ts';
import { folderEvidenceStore } from '../services/evidence-store.ts';
import {
  createHarness,
  fingerprint,
  type Harness,
  outcome,
  TEST_PASSWORD,
  testConfig,
  USERS,
} from '../testing/harness.ts';
import { HOST, HttpClient } from '../testing/http.ts';

const ITEMS = rubricItems(rubric2011).map(({ item }) => item);

/** Item 28 (经费收缴) with other levels: 完成基数 1 point instead of 4, 增长 7 as before. */
function draftWithItem28(document: Rubric): Rubric {
  const draft = structuredClone(document);
  const item = draft.categories.flatMap((c) => c.items).find((i) => i.number === 28)!;
  const levels = item.rule.criteria[0]!;
  if (levels.kind !== 'levels') throw new Error('item 28 has levels');
  levels.levels[0]!.points = 1;
  return draft;
}

async function readBack(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  return workbook;
}

describeEachEngine('analytics on the demo cycle', ({ db }) => {
  let h: Harness;
  let demoCycleId: string;

  beforeAll(async () => {
    const config = testConfig();
    const deps: AppDeps = {
      db: db(),
      config,
      now: () => new Date(),
      evidence: folderEvidenceStore(join(config.dataDir, 'evidence')),
    };
    await seedDemo(deps);
    demoCycleId = (await db().selectFrom('cycles').select('id').executeTakeFirstOrThrow()).id;
    h = await createHarness(db());
  }, 600_000);

  it('item figures equal those of the domain engine scoring the recorded answers', async () => {
    const report = await h.as(USERS.chairman).analytics.items({ cycleId: demoCycleId });
    const answers = await recordedAnswers(db(), demoCycleId);
    expect(report.items.map((i) => i.number)).toEqual(ITEMS.map((i) => i.number));
    let reviewedSomewhere = 0;
    for (const item of ITEMS) {
      // The engine's combined review score of every unit whose item has one.
      const scores = answers
        .filter((a) => a.reviewScores[item.id] !== null && a.reviewScores[item.id] !== undefined)
        .map((a) => {
          const s = scoreItem(
            rubric2011,
            item.id,
            a.inputs[item.id] as ItemInputs | undefined,
            { unitType: a.unitTypeId },
            { explain: false },
          );
          expect(formatCenti(s.points)).toBe(a.reviewScores[item.id]);
          return s.points;
        });
      const row = report.items.find((i) => i.itemId === item.id)!;
      expect(row.reviewed).toBe(scores.length);
      if (scores.length === 0) continue;
      reviewedSomewhere++;
      const base = toCenti(item.baseScore);
      const full = scores.filter((s) => s === base).length;
      expect(row.fullMarkCount).toBe(full);
      expect(row.fullMarkRate).toBe(Math.round((full * 10_000) / scores.length) / 10_000);
      expect(row.zeroCount).toBe(scores.filter((s) => s === 0).length);
      const sum = scores.reduce((a, b) => a + b, 0);
      expect(row.mean).toBe(formatCenti(Math.round(sum / scores.length)));
      expect(row.appeals).toBe(0);
    }
    expect(reviewedSomewhere).toBe(ITEMS.length);
    // The demo returns items: the audit trail's returns are counted with their reasons.
    const returns = report.items.reduce((a, i) => a + i.returns, 0);
    expect(returns).toBe(report.returnReasons.reduce((a, r) => a + r.count, 0));

    const workbook = await readBack(
      await exportTablesXlsx(
        itemAnalyticsSheets(await loadItemAnalytics(db(), { cycleId: demoCycleId })),
      ),
    );
    const sheet = workbook.getWorksheet('项目')!;
    expect(sheet.getCell(2, 1).value).toBe('序号');
    expect(sheet.getCell(2, 6).value).toBe('满分率');
    const first = report.items[0]!;
    expect(sheet.getCell(3, 1).value).toBe(first.number);
    expect(sheet.getCell(3, 6).value).toBe(first.fullMarkRate);
  });

  it('the what-if of a draft equals scoring the same answers under the draft, and writes nothing', async () => {
    const admin = h.as(USERS.admin);
    const clone = await admin.rubric.clone({ sourceId: 'rubric-2011', year: 2012 });
    const record = await admin.rubric.get({ id: clone.id });
    const draft = draftWithItem28(record.document as Rubric);
    // A new criterion on item 1 cannot be answered from 2011: flagged.
    const first = draft.categories[0]!.items[0]!;
    first.rule.criteria.push({ id: 'new-2012', kind: 'award', text: '新增标准', points: 0.5 });
    first.baseScore += 0.5;
    draft.total += 0.5;
    await admin.rubric.saveDraft({ id: clone.id, expectedVersion: clone.version, document: draft });

    const before = await fingerprint(db());
    const view = await admin.analytics.whatIf({ cycleId: demoCycleId, rubricId: clone.id });
    expect(await fingerprint(db())).toEqual(before);

    const status = Object.fromEntries(view.items.map((i) => [i.number, i.status]));
    expect(status[28]).toBe('rescored');
    expect(status[1]).toBe('flagged');
    expect(status[2]).toBe('unchanged');
    expect(view.items.find((i) => i.number === 1)!.uncoveredCriteria).toEqual(['new-2012']);

    const answers = await recordedAnswers(db(), demoCycleId);
    for (const a of answers.filter((x) => x.approved)) {
      const expected = scoreAssessment(draft, {
        unitType: a.unitTypeId,
        items: a.inputs as Record<string, ItemInputs>,
        bonus: a.bonus,
      });
      const unit = view.units.find((u) => u.assessmentId === a.assessmentId)!;
      expect(unit.whatIfTotal).toBe(formatCenti(expected.total));
    }
    // Every demo unit reached 增长 on item 28, which keeps its 7 points: the ranking cannot
    // move here (what-if.test.ts and the e2e move it with units at both levels). Item 1's
    // new criterion has no answers: no unit gains its half point.
    for (const u of view.units.filter((x) => x.approved)) {
      expect(u.changedItems.map((c) => c.number)).toEqual([]);
      expect(u.whatIfRank).toBe(u.realRank);
    }
    // The real ranking is the report's.
    const ranking = await admin.report.ranking({ cycleId: demoCycleId });
    for (const r of ranking) {
      const unit = view.units.find((u) => u.assessmentId === r.assessmentId)!;
      expect(unit.realRank).toBe(r.rank);
      if (r.rank !== null) expect(unit.realTotal).toBe(r.total);
      // 等次 as the ranking gives them (the demo sets 2011's bands), unmoved by this draft.
      expect(unit.realGrade).toBe(r.grade);
      expect(unit.whatIfGrade).toBe(r.grade);
    }
    expect(ranking.some((r) => r.grade !== null)).toBe(true);

    const workbook = await readBack(
      await exportTablesXlsx(
        whatIfSheets(await whatIf(db(), { cycleId: demoCycleId, rubricId: clone.id })),
      ),
    );
    const sheet = workbook.getWorksheet('排名对比')!;
    expect(sheet.getCell(2, 4).value).toBe('实际排名');
    expect(sheet.rowCount).toBe(2 + view.units.length);
  });

  it('the chairman reads the figures but not the what-if of a draft', async () => {
    expect(await outcome(h.as(USERS.chairman).analytics.items({ cycleId: demoCycleId }))).toBe(
      'allowed',
    );
    expect(
      await outcome(
        h.as(USERS.chairman).analytics.whatIf({ cycleId: demoCycleId, rubricId: 'rubric-2011' }),
      ),
    ).toBe('FORBIDDEN');
    expect(await outcome(h.as(USERS.admin).analytics.items({ cycleId: 'no-such-cycle' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('the workbooks over HTTP: the figures for the chairman, the what-if for the admin only', async () => {
    const app = await buildApp(h.deps, { webDist: null });
    try {
      const clients: Record<string, HttpClient> = {};
      for (const who of [USERS.chairman, USERS.admin]) {
        const client = new HttpClient(app, { remoteAddress: '10.7.0.9' });
        if (!(await client.login(who, TEST_PASSWORD)).ok) throw new Error(`sign-in ${who}`);
        clients[who] = client;
      }
      const get = (who: string, url: string) =>
        app.inject({
          method: 'GET',
          url,
          headers: { host: HOST, ...clients[who]!.cookieHeader() },
        });
      const items = await get(
        USERS.chairman,
        `/api/export/item-analytics.xlsx?cycleId=${demoCycleId}`,
      );
      expect(items.statusCode).toBe(200);
      const workbook = await readBack(items.rawPayload);
      expect(workbook.worksheets.map((w) => w.name)).toEqual([
        '项目',
        '部门改分',
        '退回理由',
        '评分标准',
      ]);
      expect(
        (
          await get(
            USERS.chairman,
            `/api/export/what-if.xlsx?cycleId=${demoCycleId}&rubricId=rubric-2011`,
          )
        ).statusCode,
      ).toBe(403);
      const whatIfBook = await get(
        USERS.admin,
        `/api/export/what-if.xlsx?cycleId=${demoCycleId}&rubricId=rubric-2011`,
      );
      expect(whatIfBook.statusCode).toBe(200);
      expect((await readBack(whatIfBook.rawPayload)).getWorksheet('排名对比')).toBeDefined();
    } finally {
      await app.close();
    }
  });
});
