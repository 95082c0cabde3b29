/**
 * 公示与申诉 in Chromium, in Chinese (issue 14): the admin publishes the 2011 results through
 * the dialog → a unit, on a phone, appeals item 7 with an evidence file → 法律部 changes the
 * review score → the chairman's office confirms → the unit's total and rank change → once
 * the period is over the admin finalises; grades by total appear on screen, in the results
 * notice workbook and in its print, and the unit's 考核表 print carries its grade and appeal. Two district units and their approval are set up
 * through the API. The period is short (the server's clock is the real one), so the test
 * waits for its end before finalising. Screenshots at 1366×768 and 390×844.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, accountsLabelled, signIn } from './support/api.ts';
import { approvedThrough, cycleOf } from './support/drive.ts';
import { fullInputs, REVIEWING_DEPARTMENTS } from './support/plan.ts';
import { chromiumForFile, PHONE, shot } from './support/ui.ts';
import { readXlsx, rowsOf } from './support/xlsx.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'e2e-appeals-password';
const DESKTOP = { viewport: { width: 1366, height: 768 } };
const EAST = { id: 'ap-east', name: '东丽区总工会', unitTypeId: 'district', memberCount: 50_000 };
const WEST = { id: 'ap-west', name: '西青区总工会', unitTypeId: 'district', memberCount: 48_000 };
/**
 * How long the publication stays open: enough for the unit to file (answering and deciding
 * may go on after the period), short, as the test waits for its end to finalise.
 */
const PERIOD_MS = 120_000;

const cast = chromiumForFile('appeals');
let admin: Api;

const user = accountsLabelled(() => admin, '（申诉）', {
  first: 'first-password-ap',
  own: PASSWORD,
});

const open = (username: string, device: BrowserContextOptions = DESKTOP): Promise<Page> =>
  cast.signedIn(username, PASSWORD, device);

/** "2026-12-04 20:15" in Beijing time, as the date picker takes it. */
const beijing = (ms: number) =>
  new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

beforeAll(async () => {
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
});

describe('公示与申诉', () => {
  test('publish → appeal item 7 with evidence → 法律部 changes → confirmed → rank changes → finalise', async () => {
    // ── Two approved district units, through the API; 法律部 finds 东丽's item 7 below 60% ──
    for (const u of [EAST, WEST]) await admin.admin.saveUnit.mutate({ ...u, active: true });
    const units = {
      east: await user('ap-east-user', { role: 'unit', unitId: EAST.id }),
      west: await user('ap-west-user', { role: 'unit', unitId: WEST.id }),
    };
    const chairman = await user('ap-chairman', { role: 'chairman' });
    const departments: Record<string, Api> = {};
    for (const d of REVIEWING_DEPARTMENTS)
      departments[d] = await user(`ap-d-${d}`, { role: 'department', departmentId: d });
    const cycle = await cycleOf(admin, '2011年度工会工作目标管理考核（公示）', [EAST, WEST], null);
    for (const [key, unit] of [
      ['east', EAST],
      ['west', WEST],
    ] as const) {
      const finding = {
        itemId: 'dispute-mediation',
        inputs: { a: { numerator: 50, denominator: 100 } },
        remarks: '调解组织建立率经核实为50%，未达60%',
      };
      await approvedThrough(
        { unit: units[key], departments, chairman },
        cycle.assessmentOf[unit.id]!,
        (i) => fullInputs(i),
        { points: '1', findings: key === 'east' ? { legal: finding } : {} },
      );
    }

    // ── The admin publishes through the dialog ──
    const adminPage = await cast.signedIn('admin', inject('adminPassword'), DESKTOP);
    await adminPage.goto(`/appeals?cycleId=${cycle.id}`);
    await adminPage.getByTestId('publish-open').click();
    const dialog = adminPage.getByRole('dialog');
    const start = Date.now() - 60_000;
    // Whole minutes: the period ends on the minute after PERIOD_MS from now.
    const end = Math.ceil((Date.now() + PERIOD_MS) / 60_000) * 60_000;
    const [from, to] = [dialog.getByPlaceholder('开始日期'), dialog.getByPlaceholder('结束日期')];
    await from.click();
    await from.fill(beijing(start));
    await from.press('Enter');
    await to.click();
    await to.fill(beijing(end));
    await to.press('Enter');
    await dialog.getByTestId('publish-ranking').click();
    await shot(adminPage, 'admin-publish-dialog');
    await dialog.getByTestId('publish-submit').click();
    await adminPage.getByText('已公示2个单位的考核结果').waitFor();
    await adminPage.getByText('公示中').first().waitFor();
    await shot(adminPage, 'admin-published');

    // ── The unit, on a phone, appeals item 7 with an evidence file ──
    const unitPage = await open('ap-east-user', PHONE);
    await unitPage.goto('/appeals');
    await expect
      .poll(() => unitPage.getByTestId('result-rank').textContent())
      .toBe('第2名（共2个单位）');
    const totalBefore = await unitPage.getByTestId('result-total').textContent();
    await unitPage.getByTestId('appeal-dispute-mediation').click();
    const form = unitPage.getByRole('dialog');
    await form
      .getByTestId('appeal-reason')
      .fill('我区建会企事业单位中70%已建立劳动争议调解组织，附统计表，请复核第7项');
    await form.locator('input[type=file]').setInputFiles({
      name: '调解组织统计表.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1'),
    });
    await form.getByTestId('appeal-file').filter({ hasText: '调解组织统计表.pdf' }).waitFor();
    await shot(unitPage, 'unit-phone-appeal-form');
    await form.getByRole('button', { name: '提交' }).click();
    await unitPage
      .getByTestId('appeal-status-dispute-mediation')
      .filter({ hasText: '待答复' })
      .waitFor();
    const width = await unitPage.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot(unitPage, 'unit-phone-appealed');

    // ── 法律部 changes the review score: 70% meets the 60% target ──
    const legalPage = await open('ap-d-legal');
    await legalPage.goto(`/appeals?cycleId=${cycle.id}`);
    await legalPage.getByText('我区建会企事业单位中70%').waitFor();
    await legalPage.getByTestId('answer-open').click();
    const answer = legalPage.getByRole('dialog');
    // The unit's file is there to judge by.
    await answer.getByRole('link', { name: /调解组织统计表\.pdf/ }).waitFor();
    await answer.getByTestId('answer-changed').click();
    const numerator = answer.getByTestId('answer-criteria').locator('input').first();
    await numerator.fill('70');
    await numerator.blur();
    await expect
      .poll(() => answer.getByTestId('answer-new-score').textContent())
      .toBe('新考评分：3');
    await answer.getByTestId('answer-remark').fill('经核实统计表，建立率70%，达标，改为3分');
    await shot(legalPage, 'department-answer');
    await answer.getByRole('button', { name: '提交' }).click();
    await legalPage.getByText('待决定').first().waitFor();

    // ── The chairman's office confirms ──
    const chairPage = await open('ap-chairman');
    await chairPage.goto(`/appeals?cycleId=${cycle.id}`);
    await chairPage.getByTestId('decide-open').click();
    const decide = chairPage.getByRole('dialog');
    await decide.getByText('变更考评分 0 → 3').waitFor();
    await shot(chairPage, 'chairman-decide');
    await decide.getByRole('button', { name: '提交' }).click();
    await chairPage.getByText('已决定').first().waitFor();

    // ── The unit's total and rank change, as a review change would change them ──
    await unitPage.reload();
    await expect
      .poll(() => unitPage.getByTestId('result-rank').textContent())
      .toBe('第1名（共2个单位）');
    expect(Number(await unitPage.getByTestId('result-total').textContent())).toBe(
      Number(totalBefore) + 3,
    );
    await unitPage
      .getByTestId('appeal-status-dispute-mediation')
      .filter({ hasText: '已决定' })
      .waitFor();
    await unitPage.evaluate(() => window.scrollTo(0, 0));
    await shot(unitPage, 'unit-phone-after');

    // ── The admin finalises once the period is over ──
    await adminPage.waitForTimeout(Math.max(0, end - Date.now() + 2_000));
    await adminPage.reload();
    await adminPage.getByTestId('finalise').click();
    await adminPage
      .locator('.ant-popconfirm')
      .getByRole('button', { name: '确定最终结果' })
      .click();
    await adminPage.getByText('已确定2个单位的最终结果').waitFor();
    await adminPage.getByText('已确定最终结果').first().waitFor();
    await shot(adminPage, 'admin-finalised');
    expect((await admin.assessment.list.query({ cycleId: cycle.id })).map((x) => x.stage)).toEqual([
      'final',
      'final',
    ]);

    // The appeals report counts the changed item for 法律部.
    await adminPage.goto(`/reports?cycleId=${cycle.id}`);
    const report = adminPage.getByTestId('appeals-report');
    await report.getByText('法律部').waitFor();
    await shot(adminPage, 'admin-appeals-report', { fullPage: true });

    // ── 等次 by total for this cycle's district units (the appealed total is the bar for
    //    优秀): on screen, in the results notice workbook cell by cell, and in its print ──
    const eastTotal = (await admin.report.ranking.query({ cycleId: cycle.id })).find(
      (r) => r.unitId === EAST.id,
    )!.total!;
    await admin.grades.setBands.mutate({
      cycleId: cycle.id,
      unitTypeId: 'district',
      bands: { mode: 'total', bands: [{ label: '优秀', bound: eastTotal }], otherwise: '良好' },
    });
    const graded = await admin.report.ranking.query({ cycleId: cycle.id });
    const gradeOf = (unitId: string) => graded.find((r) => r.unitId === unitId)!.grade;
    expect(gradeOf(EAST.id)).toBe('优秀');
    await adminPage.reload();
    for (const u of [EAST, WEST]) {
      await expect
        .poll(() => adminPage.getByTestId(`ranking-grade-${u.id}`).textContent())
        .toBe(gradeOf(u.id));
    }
    await shot(adminPage, 'admin-final-grades');
    const [download] = await Promise.all([
      adminPage.waitForEvent('download'),
      adminPage.getByTestId('download-notice-xlsx').click(),
    ]);
    const notice = join(mkdtempSync(join(tmpdir(), 'kaohe-e2e-appeals-')), 'notice.xlsx');
    await download.saveAs(notice);
    const cells = (await readXlsx(notice)).worksheets.flatMap(rowsOf);
    for (const u of [EAST, WEST]) {
      const line = cells.find((c) => c.includes(u.name));
      expect(line, cells.join('\n')).toContain(gradeOf(u.id));
    }
    await adminPage.getByTestId('print-notice').click();
    for (const u of [EAST, WEST]) {
      await expect
        .poll(() => adminPage.getByTestId(`notice-grade-${u.id}`).textContent())
        .toBe(gradeOf(u.id));
    }
    await shot(adminPage, 'admin-results-notice', { fullPage: true });
    // The unit's own 考核表 print: its grade and what became of its appeal.
    await adminPage.goto(`/assessments/${cycle.assessmentOf[EAST.id]}/print`);
    // The grade comes with the ranking, after the assessment: on a busy machine more than
    // expect.poll's 1 s after the page opens.
    await expect
      .poll(() => adminPage.getByTestId('print-grade').textContent(), { timeout: 15_000 })
      .toBe('优秀');
    await expect
      .poll(() => adminPage.getByTestId('print-appeal').textContent())
      .toBe('申诉结果：第7项 变更考评分 0 → 3');
    await shot(adminPage, 'admin-unit-print', { fullPage: true });
    for (const p of cast.people) expect(p.errors).toEqual([]);
  });
});
