/**
 * 修改记录 in Chinese: a unit's item history with its evidence uploads and deletions, the
 * people by name, a system reason in words, paged with 加载更多 until every event shows;
 * and the whole assessment's history from its header. Its own unit, users and cycle, set
 * up through the API; the evidence is uploaded and deleted in the browser.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, accountWithOwnPassword, type NewAccount, signIn } from './support/api.ts';
import { assessmentVersion, cycleOf, selfScoreAll, submit } from './support/drive.ts';
import { fullInputs, item } from './support/plan.ts';
import { chromiumForFile, docShot, shot } from './support/ui.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'e2e-history-password';
const ITEM_7 = item(7);

const cast = chromiumForFile('history');
let admin: Api;

const user = (account: NewAccount) =>
  accountWithOwnPassword(admin, baseUrl, account, {
    first: 'first-password-history',
    own: PASSWORD,
  });

/** The numbered screenshot of this run, and one for docs/screenshots/ when asked for. */
async function capture(page: Page, name: string) {
  await shot(page, name);
  await docShot(page, name);
}

beforeAll(async () => {
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
});

describe('修改记录', () => {
  test('an item’s history: evidence, names, reasons in Chinese, every event by 加载更多', async () => {
    const unitRow = {
      id: 'lishui',
      name: '丽水区总工会',
      unitTypeId: 'district',
      memberCount: 40_000,
    };
    await admin.admin.saveUnit.mutate({ ...unitRow, active: true });
    const unitApi = await user({
      username: 'history-unit',
      displayName: '王晓红',
      role: 'unit',
      unitId: 'lishui',
    });
    const legal = await user({
      username: 'history-legal',
      displayName: '张敏',
      role: 'department',
      departmentId: 'legal',
    });
    await user({ username: 'history-chairman', displayName: '刘主席', role: 'chairman' });
    const id = (await cycleOf(admin, '修改记录测试', [unitRow])).assessmentOf.lishui!;

    // The unit fills everything in, then keeps revising item 7: more saves than one page.
    await selfScoreAll(unitApi, id, (i) => fullInputs(i));
    for (let n = 0; n < 60; n++) {
      const row = (await unitApi.assessment.byId.query({ id })).items.find(
        (i) => i.itemId === ITEM_7.id,
      )!;
      await unitApi.assessment.saveSelfScore.mutate({
        assessmentId: id,
        itemId: ITEM_7.id,
        inputs: { a: { numerator: 60 + (n % 40), denominator: 100 } },
        explanation: `调解组织建立率第${n + 1}次核对`,
        expectedVersion: row.version,
      });
    }

    // In the browser: two files on item 7, the wrong one deleted.
    const page = await cast.signedIn('history-unit', PASSWORD);
    await page.goto(`/assessments/${id}`);
    await page.getByRole('button', { name: /^第7项自评分/ }).click();
    const drawer = page.getByRole('dialog');
    for (const name of ['调解组织台账（旧）.pdf', '调解组织台账.pdf']) {
      await drawer.locator('input[type=file]').setInputFiles({
        name,
        mimeType: 'application/pdf',
        buffer: Buffer.from(`%PDF-1.4\n% ${name}\n`),
      });
      await drawer.getByRole('link', { name }).waitFor();
    }
    await drawer.getByRole('button', { name: '删除 调解组织台账（旧）.pdf' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await drawer
      .getByRole('link', { name: '调解组织台账（旧）.pdf' })
      .waitFor({ state: 'detached' });

    // 法律部 returns item 7, the unit resubmits it: the reopen's reason is the system's.
    await submit(unitApi, id);
    await legal.review.returnItems.mutate({
      assessmentId: id,
      expectedVersion: await assessmentVersion(legal, id),
      command: {
        type: 'RETURN_ITEMS',
        itemIds: [ITEM_7.id],
        reason: '调解组织建立率与年报不一致，请核实',
        deadline: '2099-12-31',
      },
    });
    await unitApi.assessment.resubmit.mutate({
      assessmentId: id,
      expectedVersion: await assessmentVersion(unitApi, id),
      command: { type: 'RESUBMIT' },
    });
    const { total } = await unitApi.audit.history.query({ assessmentId: id, itemId: ITEM_7.id });
    // 61 saves, 2 uploads, 1 deletion, the return and the reopen.
    expect(total).toBe(66);

    await page.reload();
    await page.getByRole('button', { name: /^第7项自评分/ }).click();
    await drawer.getByText('修改记录', { exact: true }).click();
    const entries = drawer.getByTestId('history-entry');
    await expect.poll(() => entries.count()).toBe(50);
    await expect
      .poll(() => drawer.getByTestId('history-count').textContent())
      .toBe(`已显示 50 条，共 ${total} 条`);
    await drawer.getByText('操作人：张敏（法律部）').first().waitFor();
    await drawer.getByText('操作人：王晓红（被考核单位）').first().waitFor();
    await drawer.getByText('单位修改后重新提交').waitFor();
    await drawer.getByText('调解组织建立率与年报不一致，请核实').first().waitFor();
    await drawer.getByText('删除佐证材料').waitFor();
    expect(await drawer.getByText('resubmitted').count()).toBe(0);
    await drawer.getByRole('button', { name: '加载更多' }).scrollIntoViewIfNeeded();
    await capture(page, 'history-item-zh');

    await drawer.getByRole('button', { name: '加载更多' }).click();
    await expect.poll(() => entries.count()).toBe(total);
    await expect
      .poll(() => drawer.getByTestId('history-count').textContent())
      .toBe(`共 ${total} 条`);
    expect(await drawer.getByText('上传佐证材料').count()).toBe(2);
    await drawer.getByText('文件：调解组织台账（旧）.pdf').nth(1).waitFor();
    await drawer.getByText('删除佐证材料').scrollIntoViewIfNeeded();
    await capture(page, 'history-item-all-zh');

    // The chairman's office reads the whole assessment's history from its header.
    const chair = await cast.signedIn('history-chairman', PASSWORD);
    await chair.goto(`/assessments/${id}`);
    await chair.getByRole('button', { name: '修改记录' }).click();
    const whole = chair.getByRole('dialog');
    await whole.getByText('考核修改记录').waitFor();
    await whole.getByText('重新提交', { exact: true }).waitFor();
    await whole.getByText('退回项目', { exact: true }).waitFor();
    await whole.getByText('第7项').first().waitFor();
    await whole.getByText('操作人：张敏（法律部）').first().waitFor();
    await capture(chair, 'history-assessment-zh');

    for (const p of cast.people) expect(p.errors, 'errors logged by the pages').toEqual([]);
  });
});
