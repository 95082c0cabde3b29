/**
 * Next year's rubric (issue 6) in Chromium against the real server: the admin clones 2011
 * into a 2012 draft, changes item 1's criterion and base score until validateRubric
 * complains (the panel says so, a click on the problem brings its field), fixes it, sees
 * the changes against 2011 on screen and as diff.xlsx, publishes, and creates the 2012
 * cycle with that rubric. The seed text file goes through the import confirmation (read
 * only: nothing is stored). Screenshots in /tmp/shots/rubric-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, signIn } from './support/api.ts';
import { chromiumForFile, signInUi } from './support/ui.ts';

const baseUrl = inject('baseUrl');
const SHOTS = '/tmp/shots';
const SEED_TEXT = new URL(
  '../../../packages/rubric-io/src/fixtures/2011-table.txt',
  import.meta.url,
).pathname;
const UNIT = {
  id: 'rb-lakeside',
  name: '湖滨区总工会',
  unitTypeId: 'district',
  memberCount: 12_000,
};
const TITLE_2012 = '2012年度工会工作目标管理考核表';
const CYCLE_2012 = '2012年度工会工作目标管理考核';

const cast = chromiumForFile('rubric');
let admin: Api;

async function shot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SHOTS, `rubric-${name}.png`), fullPage: false });
}

/** A field by the id the editor gives the document path it edits (the validation panel uses it too). */
const field = (page: Page, path: string) => page.locator(`[id="rf-${path}"]`);

async function setNumber(page: Page, path: string, value: string) {
  const input = field(page, path);
  await input.click();
  await input.fill(value);
  await input.press('Tab');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
  await admin.admin.saveUnit.mutate({ ...UNIT, active: true });
});

afterAll(async () => {
  // The unit stays out of the cycles later runs create.
  await admin?.admin.saveUnit.mutate({ ...UNIT, active: false }).catch(() => {});
});

describe('next year’s rubric', () => {
  test('clone 2011, break and fix a rule, compare, publish, create the 2012 cycle', async () => {
    const office = await cast.person();
    const { page } = office;
    await signInUi(page, 'admin', inject('adminPassword'));

    // ── The list, and the clone of 2011 into 2012 ────────────────────────────────────
    await page.getByRole('link', { name: '考核表', exact: true }).first().click();
    await page.waitForURL('**/admin/rubrics');
    await page.getByRole('row', { name: /2011年度工会工作目标管理考核表/ }).waitFor();
    await page.getByRole('button', { name: '复制为下一年草稿' }).click();
    const dialog = page.getByRole('dialog', { name: '复制为下一年草稿' });
    await expect.poll(() => dialog.getByLabel('新草稿的年度').inputValue()).toBe('2012');
    await dialog.getByRole('button', { name: /^复\s*制$/ }).click();
    await page.waitForURL(/\/admin\/rubrics\/(?!$)[^/]+$/);
    const draftId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.getByRole('heading', { name: TITLE_2012 }).waitFor();
    await page.getByText('校验通过，可以发布').waitFor();

    // ── Item 1: criterion b 4 → 5 breaks the rule (base score 6 no longer matches) ───
    await setNumber(page, 'categories.0.items.0.rule.criteria.1.points', '5');
    const panel = page.locator('.kaohe-validation');
    const ruleProblem = panel.getByRole('button', {
      name: '第1项评分标准最高可得7分，与基本分值6分不符',
    });
    await ruleProblem.waitFor();
    expect(await page.getByTestId('publish').isDisabled()).toBe(true);
    await expect
      .poll(() => page.getByTestId('publish-reason').textContent())
      .toContain('还有1个问题');
    // Where, as the table names it: never the document's keys.
    await panel.getByText('第1项 · 评分标准', { exact: true }).waitFor();
    expect(await panel.textContent()).not.toContain('categories[');
    // The 评分标准 text still says 得4分: a warning, and the text rewritten from the rule.
    const mismatch = page.getByTestId('criteria-text-mismatch');
    await mismatch
      .getByText('文字写有得4分，评分规则中没有；评分规则有得5分，文字中没有')
      .waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'editor-error');
    await mismatch.getByRole('button', { name: '按评分规则重写文字' }).click();
    await mismatch.waitFor({ state: 'detached' });
    expect(await field(page, 'categories.0.items.0.criteriaText').inputValue()).toBe(
      '建立相应领导机构和工作机构得2分，以创先争优推动工会工作成效明显得5分',
    );

    // The problem takes the admin to its field.
    await ruleProblem.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('rf-categories.0.items.0.rule');

    // ── Base score 6 → 7 fixes the item; 合计 then disagrees, fixed on the general tab ──
    await setNumber(page, 'categories.0.items.0.baseScore', '7');
    await ruleProblem.waitFor({ state: 'detached' });
    const totalProblem = panel.getByRole('button', {
      name: '各项基本分值之和为121分，与合计120分不符',
    });
    await totalProblem.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rf-total');
    await setNumber(page, 'total', '121');
    await page.getByText('校验通过，可以发布').waitFor();
    await page.getByText(/已保存/).waitFor();
    expect(await page.getByTestId('publish').isDisabled()).toBe(false);

    // The server has the draft as edited (autosave with the version).
    const saved = await admin.rubric.get.query({ id: draftId });
    expect(saved.status).toBe('draft');
    expect(saved.document.total).toBe(121);
    const item1 = saved.document.categories[0]!.items[0]!;
    expect(item1.baseScore).toBe(7);
    expect(item1.rule.criteria[1]).toMatchObject({ id: 'b', points: 5 });
    expect(item1.criteriaText).toContain('成效明显得5分');

    // ── Scoring preview: item 1 with both criteria met scores 7 ─────────────────────
    await page.getByRole('tab', { name: '评分预览' }).click();
    const preview = page.getByTestId('scoring-preview');
    await preview.getByRole('checkbox', { name: /建立相应领导机构和工作机构/ }).check();
    await preview.getByRole('checkbox', { name: /以创先争优推动工会工作成效明显/ }).check();
    await expect.poll(() => preview.getByTestId('item-points').textContent()).toBe('7');

    // ── Compared with 2011: the changes on screen and as xlsx ───────────────────────
    await page.getByRole('tab', { name: '与上年比较' }).click();
    const diff = page.getByTestId('rubric-diff');
    const baseRow = diff.getByRole('row', { name: /第1项.*基本分值/ });
    await baseRow.waitFor();
    expect(await baseRow.textContent()).toMatch(/修改.*6.*7/);
    await diff
      .getByRole('row', { name: /第1项.*评分规则/ })
      .first()
      .waitFor();
    await diff.getByRole('row', { name: /合计.*120.*121/ }).waitFor();
    await shot(page, 'compare');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载比较结果（Excel）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    // ── Publish, confirmed; the rubric is then read-only ────────────────────────────
    await page.getByTestId('publish').click();
    const confirm = page.getByRole('dialog').filter({ hasText: `发布“${TITLE_2012}”？` });
    await confirm.getByRole('button', { name: /^发\s*布$/ }).click();
    await page.getByText('此考核表已发布，不能修改。').waitFor();
    expect(await field(page, 'categories.0.items.0.baseScore').isDisabled()).toBe(true);
    expect((await admin.rubric.get.query({ id: draftId })).status).toBe('published');
    await shot(page, 'published');

    // ── The import confirmation: the seed text, read only ───────────────────────────
    await page.getByRole('link', { name: '← 考核表列表' }).click();
    await page.waitForURL('**/admin/rubrics');
    const before = (await admin.rubric.list.query()).length;
    await page.locator('input[type="file"]').setInputFiles({
      name: '2011-table.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(SEED_TEXT),
    });
    const review = page.getByTestId('import-review');
    await review.waitFor();
    await review.getByText(/共30项：已识别\d+项/).waitFor();
    await shot(page, 'import');
    await page
      .getByRole('dialog', { name: '确认导入的考核表' })
      .getByRole('button', { name: /^取\s*消$/ })
      .click();
    expect((await admin.rubric.list.query()).length).toBe(before);

    // ── The 2012 cycle with the published 2012 rubric ───────────────────────────────
    await page.goto('/admin/cycles');
    await page.getByRole('button', { name: '新建考核年度' }).click();
    const cycleDialog = page.getByRole('dialog', { name: '新建考核年度' });
    await cycleDialog.getByText(UNIT.name).waitFor();
    await cycleDialog.getByLabel('考核表').click();
    await page.getByTitle(TITLE_2012, { exact: true }).last().click();
    await cycleDialog.getByLabel('名称').fill(CYCLE_2012);
    await cycleDialog.getByRole('button', { name: /^创\s*建$/ }).click();
    await cycleDialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: CYCLE_2012 }).waitFor();
    const cycle = (await admin.cycle.list.query()).find((c) => c.name === CYCLE_2012)!;
    expect(cycle.rubricId).toBe(draftId);
    expect(cycle.year).toBe(2012);

    // Used by a cycle: still read-only, and the list says it is used.
    await page.goto('/admin/rubrics');
    await page
      .getByRole('row', { name: new RegExp(`${TITLE_2012}.*已发布.*1个考核年度使用`) })
      .waitFor();

    expect(office.errors).toEqual([]);
  });
});
