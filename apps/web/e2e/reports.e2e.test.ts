/**
 * The chairman's reports (issue 7) in Chromium against the real server: its own units,
 * users and cycle set up through the API — two units tied at the top of 区县工会, one
 * lower with a department disagreeing, one waiting for final approval (shown as not
 * approved, never ranked), and two 开发区工会 — then /reports tab by tab: the figures on
 * screen equal report.ranking's and report.categories' (and the domain engine's), each
 * chart is drawn, ranking.xlsx downloads, the unit's year over year opens, and the print
 * view prints on A4. Screenshots in /tmp/shots/reports-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatCenti, type ItemInputs, scoreAssessment, toCenti } from '@kaohe/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { averageCenti } from '../src/components/reports/report-model.ts';
import { type Api, accountsLabelled, signIn } from './support/api.ts';
import { approvedThrough, cycleOf, type Finding, rubric2011Id } from './support/drive.ts';
import {
  fullInputs,
  ITEMS,
  LEGAL_ITEM_10,
  REVIEWING_DEPARTMENTS,
  rubric,
  unitSelfInputs,
} from './support/plan.ts';
import { chromiumForFile, signInUi } from './support/ui.ts';
import { readXlsx, rowsOf } from './support/xlsx.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'e2e-reports-password';
const SHOTS = '/tmp/shots';

const UNITS = [
  { id: 'rp-east', name: '东湖区总工会', unitTypeId: 'district', memberCount: 40_000 },
  { id: 'rp-west', name: '西湖区总工会', unitTypeId: 'district', memberCount: 38_000 },
  { id: 'rp-south', name: '南湖区总工会', unitTypeId: 'district', memberCount: 21_000 },
  { id: 'rp-north', name: '北湖区总工会', unitTypeId: 'district', memberCount: 19_000 },
  { id: 'rp-tech', name: '高新开发区工会', unitTypeId: 'devZone', memberCount: 30_000 },
  { id: 'rp-port', name: '临港开发区工会', unitTypeId: 'devZone', memberCount: 12_000 },
] as const;

const cast = chromiumForFile('reports');
let admin: Api;

const user = accountsLabelled(() => admin, '（报表）', {
  first: 'first-password-rp',
  own: PASSWORD,
});

async function shot(page: Page, name: string) {
  await page.waitForTimeout(400);
  // A full-page picture from the top, so the sticky header stays where it belongs.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `reports-${name}.png`), fullPage: true });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
});

describe('the chairman’s reports', () => {
  test('ranking, categories, disagreements, progress, bonus; charts; xlsx; year over year; A4', async () => {
    // ── Set up through the API ──────────────────────────────────────────────────────
    for (const u of UNITS) await admin.admin.saveUnit.mutate({ ...u, active: true });
    const unitApi: Record<string, Api> = {};
    for (const u of UNITS)
      unitApi[u.id] = await user(`${u.id}-user`, { role: 'unit', unitId: u.id });
    const chairman = await user('rp-chairman', { role: 'chairman' });
    const departments: Record<string, Api> = {};
    for (const d of REVIEWING_DEPARTMENTS) {
      departments[d] = await user(`rp-d-${d}`, { role: 'department', departmentId: d });
    }
    /**
     * Self scores, submission, every department's review (南湖: 法律部 finds item 10's
     * registration rate at 90% — a disagreement of its own), the bonus, and approval.
     */
    const approved = async (
      cycleId: string,
      unitId: string,
      inputs: (i: (typeof ITEMS)[number]) => ItemInputs,
      points: string,
      options: { approve?: boolean } = {},
    ) => {
      const id = (await admin.assessment.list.query({ cycleId })).find(
        (a) => a.unitId === unitId,
      )!.id;
      const findings: Record<string, Finding> =
        unitId === 'rp-south' ? { legal: LEGAL_ITEM_10 } : {};
      const takers = { unit: unitApi[unitId]!, departments, chairman };
      await approvedThrough(takers, id, inputs, { points, findings, ...options });
    };
    // An earlier cycle for 东湖 (a trial run of the same rubric), so its year over year has two points.
    const trial = await admin.cycle.create.mutate({
      name: '2011年度考核（试行）',
      rubricId: await rubric2011Id(admin),
      unitIds: ['rp-east'],
    });
    await approved(trial.id, 'rp-east', unitSelfInputs, '1');
    const cycle = await cycleOf(admin, '2011年度考核（报表）', UNITS);

    const selfInputs: Record<string, (i: (typeof ITEMS)[number]) => ItemInputs> = {
      'rp-east': (i) => fullInputs(i),
      'rp-west': (i) => fullInputs(i),
      'rp-south': unitSelfInputs,
      'rp-north': (i) => fullInputs(i),
      'rp-tech': unitSelfInputs,
    };
    const bonus: Record<string, string> = {
      'rp-east': '2',
      'rp-west': '2',
      'rp-south': '1.5',
      'rp-north': '1',
      'rp-tech': '0.5',
    };
    for (const [unitId, inputs] of Object.entries(selfInputs)) {
      await approved(cycle.id, unitId, inputs, bonus[unitId]!, {
        // 北湖 waits for final approval: it has a total but no final rank.
        approve: unitId !== 'rp-north',
      });
    }

    // What the server says, and what the domain engine computes from the same inputs.
    const ranking = await chairman.report.ranking.query({ cycleId: cycle.id });
    const byUnit = (unitId: string) => ranking.find((r) => r.unitId === unitId)!;
    const fullTotal = scoreAssessment(rubric, {
      unitType: 'district',
      items: Object.fromEntries(ITEMS.map((i) => [i.id, fullInputs(i)])),
      bonus: [{ bonusItemId: 'bonus-honours', points: '2' }],
    }).total;
    expect(byUnit('rp-east').total).toBe(formatCenti(fullTotal));
    expect(byUnit('rp-east').rank).toBe(1);
    expect(byUnit('rp-west').rank).toBe(1);
    expect(byUnit('rp-south').rank).toBe(3);
    expect(byUnit('rp-north').rank).toBeNull();
    expect(byUnit('rp-port').total).toBeNull();

    // ── The chairman opens /reports ───────────────────────────────────────────────────
    const chairPerson = await cast.person();
    const page = chairPerson.page;
    // The sign-in page's scripts carry nothing of ECharts (only the report routes load it).
    const loginScripts: Promise<string>[] = [];
    const onScript = (r: import('playwright-core').Response) => {
      if (r.request().resourceType() === 'script') loginScripts.push(r.text());
    };
    page.on('response', onScript);
    await page.goto('/login');
    await page.getByLabel('用户名').waitFor();
    page.off('response', onScript);
    const bodies = await Promise.all(loginScripts);
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((b) => b.includes('_echarts_instance_'))).toEqual([]);
    await signInUi(page, 'rp-chairman', PASSWORD);
    await page.getByRole('link', { name: '报表' }).click();
    await page.waitForURL(/\/reports/);
    await page.goto(`/reports?cycleId=${cycle.id}`);
    await page.getByTestId('ranking-table').waitFor();

    // Ranking: every figure is the API's; ties share; 北湖 not approved, not ranked.
    for (const r of ranking) {
      expect(await page.getByTestId(`ranking-total-${r.unitId}`).textContent()).toBe(r.total ?? '');
    }
    expect(await page.getByTestId('ranking-rank-rp-east').textContent()).toBe('1并列');
    expect(await page.getByTestId('ranking-rank-rp-west').textContent()).toBe('1并列');
    expect(await page.getByTestId('ranking-rank-rp-south').textContent()).toBe('3');
    expect(await page.getByTestId('ranking-rank-rp-north').textContent()).toBe('未审定');
    expect(await page.getByTestId('ranking-rank-rp-tech').textContent()).toBe('1');
    // Charts drawn: ranking bars per unit type and the histogram, as SVG.
    await expect.poll(() => page.locator('[data-testid="chart-ranking"] svg').count()).toBe(2);
    await expect.poll(() => page.locator('[data-testid="chart-histogram"] svg').count()).toBe(1);
    expect(await page.locator('[data-testid="chart-ranking"] svg').first().textContent()).toContain(
      '东湖区总工会',
    );
    await shot(page, 'ranking');

    // Category subtotals: the API's per unit, the average row in exact hundredths.
    await page.getByRole('tab', { name: '分类小计' }).click();
    await page.getByTestId('chart-radar').waitFor();
    const categories = await chairman.report.categories.query({ cycleId: cycle.id });
    const organisation = rubric.categories[0]!.id;
    const subtotalOf = (unitId: string) =>
      categories.find(
        (c) => c.assessmentId === byUnit(unitId).assessmentId && c.categoryId === organisation,
      )!.reviewSubtotal!;
    expect(await page.getByTestId(`cat-rp-south-${organisation}`).textContent()).toBe(
      subtotalOf('rp-south'),
    );
    const reviewed = ['rp-east', 'rp-west', 'rp-south', 'rp-north', 'rp-tech'];
    expect(await page.getByTestId(`cat-average-${organisation}`).textContent()).toBe(
      formatCenti(averageCenti(reviewed.map((u) => toCenti(subtotalOf(u))))!),
    );
    // The radar: the first reviewed unit against its unit type's average.
    const districtAverage = averageCenti(
      ['rp-east', 'rp-west', 'rp-south', 'rp-north'].map((u) => toCenti(subtotalOf(u))),
    )!;
    expect(await page.getByTestId(`radar-average-${organisation}`).textContent()).toBe(
      formatCenti(districtAverage),
    );
    expect(await page.locator('[data-testid="chart-radar"] svg').count()).toBe(1);
    // 南湖 against the average: below it in two categories.
    await page.getByTestId('radar-unit').click();
    await page.locator('.ant-select-item-option', { hasText: '南湖区总工会' }).click();
    await page.getByRole('columnheader', { name: '南湖区总工会' }).waitFor();
    await shot(page, 'categories');

    // Self against review: 南湖's item 10 heads the list.
    await page.getByRole('tab', { name: '自评与考评差异' }).click();
    const firstRow = page.getByTestId('disagreements-table').locator('tbody tr').first();
    await firstRow.waitFor();
    const disagreements = await chairman.report.disagreements.query({ cycleId: cycle.id });
    const top = disagreements.find((d) => d.assessmentId === byUnit('rp-south').assessmentId)!;
    expect(await firstRow.textContent()).toContain('南湖区总工会');
    expect(await firstRow.textContent()).toContain(`+${top.difference}`);
    await shot(page, 'disagreements');

    await page.getByRole('tab', { name: '部门进度' }).click();
    await page.getByTestId('progress-legal-complete').waitFor();
    const progress = await chairman.report.departmentProgress.query({ cycleId: cycle.id });
    const legal = progress.find((p) => p.departmentId === 'legal')!;
    expect(await page.getByTestId('progress-legal-complete').textContent()).toBe(
      String(legal.complete),
    );
    await shot(page, 'progress');

    await page.getByRole('tab', { name: '加分项一览' }).click();
    await page.getByTestId('bonus-table').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('bonus-table').textContent()).toContain(
      '荣获全国模范职工之家称号',
    );
    await shot(page, 'bonus');

    // Year over year for one unit, from its name in the ranking.
    await page.getByRole('tab', { name: '排名' }).click();
    await page.getByTestId('unit-rp-east').click();
    await page.getByTestId('years-table').waitFor();
    const years = await chairman.report.yearOverYear.query({ unitId: 'rp-east' });
    expect(years.cycles.map((c) => c.cycleId)).toEqual([trial.id, cycle.id]);
    for (const c of years.cycles) {
      expect(await page.getByTestId(`years-total-${c.cycleId}`).textContent()).toBe(c.total);
    }
    expect(years.cycles[1]!.total).toBe(byUnit('rp-east').total);
    await expect.poll(() => page.locator('[data-testid="chart-years"] svg').count()).toBe(1);
    await shot(page, 'unit-years');

    // The English labels.
    await page.getByText('English', { exact: true }).click();
    await page.goto(`/reports?cycleId=${cycle.id}&unitType=district`);
    await page.getByRole('tab', { name: 'Ranking' }).waitFor();
    await expect.poll(() => page.locator('[data-testid="chart-ranking"] svg').count()).toBe(1);
    await shot(page, 'ranking-en');
    await page.getByText('中文', { exact: true }).click();

    // The print view on A4: a PDF, every page A4 with the table's header repeated.
    await page.goto(`/assessments/${byUnit('rp-south').assessmentId}/print`);
    await page.getByTestId('print-total').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', path: join(SHOTS, 'reports-print.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    // ranking.xlsx from /reports: a plain link; the browser downloads it with the session cookie.
    await page.goto(`/reports?cycleId=${cycle.id}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-ranking').click(),
    ]);
    const file = join(SHOTS, 'reports-ranking.xlsx');
    await download.saveAs(file);
    const cells = rowsOf((await readXlsx(file)).worksheets[0]!);
    // Rank, unit, unit type, 合计, 加分, 总计: as report.ranking says, cell by cell.
    for (const unitId of ['rp-east', 'rp-west', 'rp-south', 'rp-north']) {
      const r = byUnit(unitId);
      const line = cells.find((c) => c[1] === r.unitName);
      expect(line, cells.join('\n')).toBeDefined();
      expect(line!.slice(0, 6)).toEqual([
        r.rank === null ? '未审定' : String(r.rank),
        r.unitName,
        '区县工会',
        r.subtotal ?? '',
        r.bonus,
        r.total ?? '',
      ]);
    }

    // The other downloads are links where they belong: the unit's 考核表 on its page.
    const southId = byUnit('rp-south').assessmentId;
    await page.goto(`/assessments/${southId}`);
    const exportLink = page.getByTestId('export-assessment');
    expect(await exportLink.getAttribute('href')).toBe(`/api/export/assessment/${southId}.xlsx`);
    const form = await page.request.get(`/api/export/assessment/${southId}.xlsx`);
    expect(form.status()).toBe(200);
    expect(form.headers()['content-type']).toContain('spreadsheetml');
    for (const path of [
      `/api/export/matrix.xlsx?cycleId=${cycle.id}`,
      `/api/export/ranking.xlsx?cycleId=${cycle.id}&unitTypeId=district`,
    ]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type']).toContain('spreadsheetml');
    }

    expect(chairPerson.errors).toEqual([]);
  });
});
