/**
 * The organisation from Excel through the admin screens (issue 15) in Chromium: the
 * template downloads; a workbook with a wrong role is refused with the problem by sheet,
 * row and column; fixed, it previews what will be created; confirmed, the accounts
 * workbook downloads; the new unit's account signs in with its initial password and must
 * change it first. The dialog is looked at on a phone too. Screenshots in test-results/e2e.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { chromiumForFile, PHONE, shot, signInUi } from './support/ui.ts';
import { readXlsx } from './support/xlsx.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kaohe-e2e-org-'));

/** The downloaded template with these rows added, saved under `name`. */
async function filled(template: string, name: string, role: string): Promise<string> {
  const workbook = await readXlsx(template);
  workbook.getWorksheet('单位')!.addRow(['E2E01', '宁河区总工会', '区县工会']);
  workbook
    .getWorksheet('用户')!
    .addRow(['e2e01.tb', '宁河填报员', role, 'E2E01', '13800001111', '']);
  const path = join(tmp, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(tmp, name);
  await file.saveAs(path);
  return path;
}

const cast = chromiumForFile('org-import');

describe('the organisation from Excel', () => {
  test('template, a refused workbook, the fix, preview, import, the first sign-in', async () => {
    const page = await cast.signedIn('admin', inject('adminPassword'), {
      viewport: { width: 1366, height: 768 },
    });
    await page.goto('/admin/units');

    const template = await download(
      page,
      () => page.getByRole('link', { name: '下载模板' }).first().click(),
      'template.xlsx',
    );
    expect((await readXlsx(template)).worksheets.map((s) => s.name)).toEqual([
      '单位',
      '部门',
      '用户',
      '填写说明',
    ]);

    // A role that does not exist: refused, the problem at 用户 row 2, column 角色.
    await page
      .getByRole('button', { name: /^导\s*入$/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog
      .locator('input[type=file]')
      .setInputFiles(await filled(template, 'bad.xlsx', '会长'));
    await dialog.getByText('“bad.xlsx”有1个问题，未导入任何内容').waitFor();
    const problem = dialog.locator('.ant-table-row').first();
    await expect.poll(() => problem.textContent()).toMatch(/用户\s*2\s*角色\s*未知角色「会长」/);
    await shot(page, 'org-import-problems');

    // Fixed: the preview says what will be created.
    await dialog
      .locator('input[type=file]')
      .setInputFiles(await filled(template, 'good.xlsx', '被考核单位'));
    await dialog.getByText('“good.xlsx”检查通过').waitFor();
    await dialog.getByRole('row', { name: '单位 2 新增 E2E01 宁河区总工会' }).waitFor();
    await dialog.getByRole('row', { name: '用户 2 新增 e2e01.tb 宁河填报员' }).waitFor();
    await shot(page, 'org-import-preview');

    const accounts = await download(
      page,
      () => dialog.getByRole('button', { name: '确认导入' }).click(),
      'accounts.xlsx',
    );
    await dialog.getByText('导入完成').waitFor();
    await shot(page, 'org-import-done');
    const row = (await readXlsx(accounts)).getWorksheet('初始账号')!.getRow(2).values as string[];
    expect(row.slice(1, 4)).toEqual(['e2e01.tb', '宁河填报员', '宁河区总工会']);
    const password = row[4]!;
    await dialog
      .getByRole('button', { name: /关\s*闭/ })
      .last()
      .click();
    await page.getByRole('cell', { name: '宁河区总工会' }).waitFor();

    // The new unit signs in with its initial password and must choose its own first.
    const unit = await cast.person();
    await signInUi(unit.page, 'e2e01.tb', password);
    const change = unit.page.getByRole('dialog');
    await change.getByText('初始密码').waitFor();
    await change.getByLabel('当前密码').fill(password);
    await change.getByLabel('新密码', { exact: true }).fill('dongli-union-2012-pw');
    await change.getByLabel('确认新密码').fill('dongli-union-2012-pw');
    await change.getByRole('button', { name: /保\s*存/ }).click();
    await change.waitFor({ state: 'hidden' });

    // The dialog on a phone: the import buttons wrap below the card's title, and the
    // dialog adds no width to the page (the users table's own width is another matter).
    const phone = await cast.person(PHONE);
    await signInUi(phone.page, 'admin', inject('adminPassword'));
    await phone.page.goto('/admin/units');
    const button = phone.page.getByRole('button', { name: /^导\s*入$/ }).first();
    const box = await button.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const pageWidth = () => phone.page.evaluate(() => document.documentElement.scrollWidth);
    const before = await pageWidth();
    await button.click();
    await phone.page
      .getByRole('dialog')
      .locator('input[type=file]')
      .setInputFiles(join(tmp, 'bad.xlsx'));
    await phone.page.getByText('“bad.xlsx”有1个问题，未导入任何内容').waitFor();
    await shot(phone.page, 'org-import-phone');
    expect(await pageWidth()).toBeLessThanOrEqual(Math.max(before, 390));

    for (const p of cast.people) expect(p.errors).toEqual([]);
  });
});
