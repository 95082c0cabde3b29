/**
 * Issue 19 in Chromium, in Chinese, against the real server: the admin opens 2011's item
 * analytics, opens the 2011 rubric from there and clones it into a 2012 draft, changes item
 * 28's levels (完成基数 4 → 7 points) and sees the what-if move the ranking: the unit at
 * 完成基数 goes from second to first, with item 28 named as the cause. Three districts are
 * driven to approval through the API first: B (增长, 2 short on item 8) first, A (完成基数,
 * 3 short) second, C (增长, 4 short on item 8) third. Screenshots go to
 * docs/screenshots/analytics-*.png with KAOHE_DOCS_SCREENSHOTS=1.
 */
import type { ItemInputs } from '@kaohe/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, accountsLabelled, signIn } from './support/api.ts';
import { approvedThrough, cycleOf, rubric2011Id } from './support/drive.ts';
import { fullInputs, type ITEMS, REVIEWING_DEPARTMENTS, rubric } from './support/plan.ts';
import { chromiumForFile, docShot, PHONE, shot as runShot, signInUi } from './support/ui.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'e2e-analytics-password';
const CYCLE = '2011年度考核（项目分析）';

const UNITS = [
  { id: 'an-a', name: '长宁区总工会', unitTypeId: 'district', memberCount: 40_000 },
  { id: 'an-b', name: '静安区总工会', unitTypeId: 'district', memberCount: 45_000 },
  { id: 'an-c', name: '虹口区总工会', unitTypeId: 'district', memberCount: 38_000 },
] as const;
type UnitId = (typeof UNITS)[number]['id'];

/** Full marks but item 28 at 完成基数 (A) or item 8 judged lower (B: 2 of 4, C: 0). */
function inputsOf(unitId: UnitId) {
  return (i: (typeof ITEMS)[number]): ItemInputs => {
    if (unitId === 'an-a' && i.number === 28) return { a: { levelId: 'base' } };
    if (unitId === 'an-b' && i.number === 8) return { a: { value: 2 } };
    if (unitId === 'an-c' && i.number === 8) return { a: { value: 0 } };
    return fullInputs(i);
  };
}

/** Where item 28 sits in the document: the editor's field ids name that path. */
const ITEM_28 = (() => {
  for (const [ci, c] of rubric.categories.entries()) {
    const ii = c.items.findIndex((i) => i.number === 28);
    if (ii >= 0) return `categories.${ci}.items.${ii}`;
  }
  throw new Error('no item 28');
})();

const cast = chromiumForFile('analytics');
let admin: Api;
let cycleId = '';
let draftId: string | undefined;

const user = accountsLabelled(() => admin, '（分析）', {
  first: 'first-password-an',
  own: PASSWORD,
});

async function shot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await runShot(page, `analytics-${name}`);
  await docShot(page, `analytics-${name}`);
}

beforeAll(async () => {
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
  for (const u of UNITS) await admin.admin.saveUnit.mutate({ ...u, active: true });
  const chairman = await user('an-chair', { role: 'chairman' });
  const units = {} as Record<UnitId, Api>;
  for (const u of UNITS) units[u.id] = await user(`an-${u.id}`, { role: 'unit', unitId: u.id });
  const departments: Record<string, Api> = {};
  for (const d of REVIEWING_DEPARTMENTS) {
    departments[d] = await user(`an-d-${d}`, { role: 'department', departmentId: d });
  }
  const cycle = await cycleOf(admin, CYCLE, UNITS);
  cycleId = cycle.id;
  for (const u of UNITS) {
    const takers = { unit: units[u.id], departments, chairman };
    await approvedThrough(takers, cycle.assessmentOf[u.id]!, inputsOf(u.id), { points: null });
  }
}, 600_000);

afterAll(async () => {
  // The draft goes: another file clones 2011 into 2012 as well.
  if (draftId) {
    const draft = await admin.rubric.get.query({ id: draftId });
    if (draft.status === 'draft') {
      await admin.rubric.discardDraft.mutate({ id: draftId, expectedVersion: draft.version });
    }
  }
});

describe('item analytics and the what-if, in Chinese (issue 19)', () => {
  test("2011's analytics, a 2012 draft with item 28's levels changed, the ranking moves", async () => {
    const ranking = await admin.report.ranking.query({ cycleId });
    const rankOf = (unitId: string) => ranking.find((r) => r.unitId === unitId)!.rank;
    expect([rankOf('an-b'), rankOf('an-a'), rankOf('an-c')]).toEqual([1, 2, 3]);

    const office = await cast.person();
    const { page } = office;
    await signInUi(page, 'admin', inject('adminPassword'));

    // ── 2011's analytics ──────────────────────────────────────────────────────────────
    await page.goto(`/admin/rubrics/analytics?cycleId=${encodeURIComponent(cycleId)}`);
    await page.getByRole('heading', { name: '项目分析' }).waitFor();
    // Item 28: two of three units at full marks (A chose 完成基数).
    await expect.poll(() => page.getByTestId('full-mark-28').textContent()).toBe('66.7%');
    expect(await page.getByTestId('full-mark-8').textContent()).toBe('33.3%');
    await shot(page, 'items');

    // ── The 2011 rubric, cloned into the 2012 draft ──────────────────────────────────
    // Another file may have published 2012 already: then the draft is for the next free year.
    const taken = new Set((await admin.rubric.years.query()).map((r) => r.year));
    await page.getByTestId('analytics-rubric').click();
    await page.getByRole('heading', { name: '2011年度工会工作目标管理考核表' }).waitFor();
    if (!taken.has(2012)) {
      await page.getByRole('button', { name: '复制为新草稿' }).click();
      await page.getByRole('heading', { name: '2012年度工会工作目标管理考核表' }).waitFor();
      draftId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    } else {
      let year = 2013;
      while (taken.has(year)) year++;
      draftId = (await admin.rubric.clone.mutate({ sourceId: await rubric2011Id(admin), year })).id;
      await page.goto(`/admin/rubrics/${encodeURIComponent(draftId)}`);
      await page.getByRole('heading', { name: `${year}年度工会工作目标管理考核表` }).waitFor();
    }

    // ── Item 28: 完成基数 4 → 7; last year's figures stand beside it ─────────────────
    await page.locator('.kaohe-item-row-open', { hasText: '加大工会经费收缴力度' }).click();
    await page.getByRole('heading', { name: '第28项' }).waitFor();
    await expect
      .poll(() => page.getByTestId('last-year-figures').textContent())
      .toContain('满分率66.7%');
    const points = page.locator(`[id="rf-${ITEM_28}.rule.criteria.0.levels.0.points"]`);
    await points.click();
    await points.fill('7');
    await points.press('Tab');
    await page.getByText(/已保存/).waitFor();
    await shot(page, 'editor');

    // ── The what-if: A moves up to first, B down to second, item 28 the cause ────────
    await page.getByRole('tab', { name: '重算预览' }).click();
    const panel = page.getByRole('tabpanel', { name: '重算预览' });
    // The newest earlier cycle is chosen first: this file's, unless another file made one since.
    if (!((await panel.locator('.ant-select').first().textContent()) ?? '').includes(CYCLE)) {
      // As an admin with many past cycles does: type part of its name, pick it from the list.
      const choice = panel.getByLabel('按此周期重算');
      await choice.click();
      await choice.fill(CYCLE);
      const option = page.locator('.ant-select-item-option', { hasText: CYCLE });
      await option.waitFor();
      await page.waitForTimeout(400); // the list's opening motion
      await option.click();
      await expect.poll(() => panel.locator('.ant-select').first().textContent()).toContain(CYCLE);
    }
    await panel.getByTestId('what-if-run').click();
    await expect
      .poll(() => panel.getByTestId('what-if-summary').textContent())
      .toContain('2个单位名次变化');
    expect(await panel.getByTestId('what-if-rank-an-a').textContent()).toBe('1');
    expect(await panel.getByTestId('what-if-rank-an-b').textContent()).toBe('2');
    expect(await panel.getByTestId('what-if-move-an-a').textContent()).toBe('↑1');
    expect(await panel.getByTestId('what-if-move-an-b').textContent()).toBe('↓1');
    await panel.getByText('第28项 4→7').waitFor();
    await panel.getByTestId('what-if-item-28').getByText('已重算').waitFor();
    await shot(page, 'what-if');

    // Nothing real changed: the ranking is as it was.
    expect(await admin.report.ranking.query({ cycleId })).toEqual(ranking);
    expect(office.errors).toEqual([]);

    // ── At 390 px the page stays within the screen; the table scrolls inside itself ──
    const phone = await cast.person(PHONE);
    await signInUi(phone.page, 'admin', inject('adminPassword'));
    await phone.page.goto(`/admin/rubrics/analytics?cycleId=${encodeURIComponent(cycleId)}`);
    await phone.page.getByTestId('full-mark-28').waitFor();
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(390);
    await shot(phone.page, 'phone');
    expect(phone.errors).toEqual([]);
  });
});
