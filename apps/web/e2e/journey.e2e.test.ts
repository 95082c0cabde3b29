/**
 * One assessment's life in the browser, in Chinese, against the real server on a fresh
 * database: the office sets up the cycle; 江南区总工会 fills in all 30 items and submits;
 * 组织部 and 法律部 review in the grid, 法律部 returns item 7; the unit revises it and
 * resubmits; 法律部 completes (with a second unit, in one go); the chairman's office awards
 * a bonus and approves three units at once; the totals on screen are the domain engine's;
 * the office reopens one. The other nine departments, and two more units, act through the
 * API. Every screen is kept in test-results/e2e/.
 */
import {
  type AssessmentInputs,
  formatCenti,
  type ItemInputs,
  scoreAssessment,
} from '@kaohe/domain';
import dayjs from 'dayjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, signIn } from './support/api.ts';
import { bonusAndComplete, reviewAgreeing, selfScoreAll, submit } from './support/drive.ts';
import {
  agreeing,
  explanationOf,
  fullInputs,
  ITEMS,
  item,
  LEGAL_ITEM_10,
  REVIEWING_DEPARTMENTS,
  REVISED_ITEM_7,
  rubric,
  unitSelfInputs,
} from './support/plan.ts';
import {
  answerConfirm,
  chromiumForFile,
  closeDrawer,
  enterInputs,
  SHOTS,
  shot,
  showing,
  signInUi,
  signOutUi,
  waitSaved,
} from './support/ui.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'e2e-password-2011';
const UNITS = [
  { id: 'jiangnan', name: '江南区总工会', unitTypeId: 'district', memberCount: 120_000 },
  { id: 'jiangbei', name: '江北区总工会', unitTypeId: 'district', memberCount: 98_000 },
  { id: 'chengxi', name: '城西区总工会', unitTypeId: 'district', memberCount: 76_000 },
];
const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');

const cast = chromiumForFile('zh');
let admin: Api;
const started = Date.now();
const log = (step: string) =>
  console.log(`[journey ${((Date.now() - started) / 1000).toFixed(1)}s] ${step}`);

const open = async (): Promise<Page> => (await cast.person()).page;

/** The row of a table that names this unit. */
const row = (page: Page, unitName: string) => page.locator('tr', { hasText: unitName });

beforeAll(async () => {
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
  for (const unit of UNITS) await admin.admin.saveUnit.mutate({ ...unit, active: true });
  // The people of the journey. Everyone but the unit chooses a password through the API;
  // the unit meets the "choose your own password" dialog in the browser.
  for (const unit of UNITS) {
    await admin.admin.createUser.mutate({
      username: `unit-${unit.id}`,
      displayName: `${unit.name}填报员`,
      role: 'unit',
      unitId: unit.id,
      password: 'first-password-2011',
    });
  }
  for (const departmentId of REVIEWING_DEPARTMENTS) {
    await admin.admin.createUser.mutate({
      username: `d-${departmentId}`,
      displayName: `${rubric.departments.find((d) => d.id === departmentId)!.name}考评员`,
      role: 'department',
      departmentId,
      password: PASSWORD,
    });
  }
}, 120_000);

afterAll(() => {
  console.log(`screenshots: ${SHOTS}`);
});

describe('the assessment journey, in Chinese', () => {
  test('unit → departments → return → resubmit → chairman → approved; totals are the engine’s', async () => {
    // ── The assessment office: units, a user, the cycle ───────────────────────────────
    const office = await open();
    await office.goto('/login');
    await shot(office, 'login');
    await signInUi(office, 'admin', inject('adminPassword'));
    await office.getByTestId('current-user').waitFor();
    await shot(office, 'admin-home');
    await office.getByRole('link', { name: '系统管理' }).click();
    await office.getByRole('link', { name: '被考核单位' }).click();
    await office.getByText('江南区总工会').waitFor();
    await shot(office, 'admin-units');
    await office.getByRole('link', { name: '部门', exact: true }).click();
    await office.getByText('法律部').first().waitFor();
    await shot(office, 'admin-departments');

    // A chairman's-office account, created here: its password is shown once.
    await office.getByRole('link', { name: '用户' }).click();
    await office.getByRole('button', { name: '新增用户' }).click();
    const userDialog = office.getByRole('dialog', { name: '新增用户' });
    await userDialog.getByLabel('用户名').fill('chairman-e2e');
    await userDialog.getByLabel('姓名').fill('主席室秘书');
    await userDialog.getByLabel('角色').click();
    await office.locator('.ant-select-item-option', { hasText: '主席室' }).click();
    await shot(office, 'admin-user-create');
    await userDialog.getByRole('button', { name: '创建' }).click();
    // Creating an account hashes its password (scrypt): on a loaded two-core CI machine,
    // beside the server's crash tests, this took over the 15 s default once.
    const password = office.getByTestId('generated-password');
    await password.waitFor({ timeout: 60_000 });
    const generated = (await password.textContent())!.trim();
    expect(generated).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    await shot(office, 'admin-user-password');
    await office.getByRole('button', { name: '已记下' }).click();
    await office.getByRole('cell', { name: 'chairman-e2e', exact: true }).waitFor();
    await shot(office, 'admin-users');
    const chairman = await signIn(baseUrl, 'chairman-e2e', generated);
    await chairman.auth.changePassword.mutate({
      currentPassword: generated,
      newPassword: PASSWORD,
    });

    // The cycle, from the published 2011 rubric, all three units, a deadline per stage.
    await office.getByRole('link', { name: '考核年度' }).first().click();
    await office.getByRole('button', { name: '新建考核年度' }).click();
    const cycleDialog = office.getByRole('dialog', { name: '新建考核年度' });
    await cycleDialog.getByText('江南区总工会').waitFor();
    const deadlines: Array<[string, string]> = [
      ['单位自评截止日期', day(-1)],
      ['部门考评截止日期', day(10)],
      ['主席室加分截止日期', day(20)],
      ['终审截止日期', day(30)],
    ];
    for (const [label, date] of deadlines) {
      const field = cycleDialog.getByLabel(label);
      await field.click();
      await field.fill(date);
      await field.press('Enter');
    }
    await shot(office, 'admin-cycle-create');
    await cycleDialog.getByRole('button', { name: '创建' }).click();
    await cycleDialog.waitFor({ state: 'detached' });
    // Exact: the appeals e2e, on the same server, may have made '…（公示）' by now.
    await office.getByRole('link', { name: '2011年度工会工作目标管理考核', exact: true }).waitFor();
    await shot(office, 'admin-cycles');
    log('office: units, users and the cycle are set up');

    const cycle = (await admin.cycle.list.query()).find(
      (c) => c.name === '2011年度工会工作目标管理考核',
    )!;
    expect(cycle.assessmentCount).toBe(3);
    const listed = await admin.assessment.list.query({ cycleId: cycle.id });
    const idOf = (unitId: string) => listed.find((a) => a.unitId === unitId)!.id;
    const jiangnan = idOf('jiangnan');

    // ── Two more units, through the API: 江北 waits only for 法律部, 城西 for approval ──
    const departments = Object.fromEntries(
      await Promise.all(
        REVIEWING_DEPARTMENTS.map(
          async (d) => [d, await signIn(baseUrl, `d-${d}`, PASSWORD)] as const,
        ),
      ),
    );
    for (const unitId of ['jiangbei', 'chengxi']) {
      const unit = await signIn(baseUrl, `unit-${unitId}`, 'first-password-2011');
      await selfScoreAll(unit, idOf(unitId), (i) => fullInputs(i));
      await submit(unit, idOf(unitId));
      for (const d of REVIEWING_DEPARTMENTS) {
        await reviewAgreeing(departments[d]!, d, idOf(unitId), {
          complete: !(unitId === 'jiangbei' && d === 'legal'),
        });
      }
    }
    await bonusAndComplete(chairman, idOf('chengxi'), '1');
    // The departments in the browser chose their own passwords in signIn (e2e/support/api.ts).
    log('api: 江北 and 城西 driven forward');

    // ── The unit: its own password, 待办 with the deadline, 30 items, submit ───────────
    const unit = await open();
    await signInUi(unit, 'unit-jiangnan', 'first-password-2011');
    const passwordDialog = unit.getByRole('dialog', { name: '修改密码' });
    await passwordDialog.getByText('请先设置自己的密码').waitFor();
    await shot(unit, 'unit-must-change-password');
    await passwordDialog.getByLabel('当前密码').fill('first-password-2011');
    await passwordDialog.getByLabel('新密码', { exact: true }).fill(PASSWORD);
    await passwordDialog.getByLabel('确认新密码').fill(PASSWORD);
    await passwordDialog.getByRole('button', { name: '保存新密码' }).click();
    await passwordDialog.waitFor({ state: 'hidden' });
    const todo = row(unit, '江南区总工会：单位自评');
    await expect.poll(() => todo.textContent()).toContain('已逾期');
    await expect(todo.locator('.ant-typography-danger').count()).resolves.toBeGreaterThan(0);
    await shot(unit, 'unit-home-todo-overdue');

    await todo.getByRole('link', { name: '填报自评' }).click();
    await unit.getByTestId('progress').waitFor();
    await expect.poll(() => unit.getByTestId('progress').textContent()).toBe('已完成 0 / 30');
    await shot(unit, 'unit-table-empty');

    await unit.getByRole('button', { name: '第1项自评分：未评' }).click();
    const drawer = unit.getByRole('dialog');
    for (const it of ITEMS) {
      await showing(drawer, `第${it.number}项`);
      await enterInputs(drawer, it, unitSelfInputs(it));
      // Item 30's explanation is left out, for the submission summary to point at.
      if (it.number !== 30) await drawer.getByTestId('explanation-input').fill(explanationOf(it));
      if (it.number === 1) {
        await drawer.locator('input[type=file]').setInputFiles({
          name: '党工共建工作台账.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4\n% 党工共建工作台账\n'),
        });
        await drawer.getByRole('link', { name: /党工共建工作台账\.pdf/ }).waitFor();
        await shot(unit, 'unit-drawer-item-1-evidence');
      }
      if (it.number === 2) await shot(unit, 'unit-drawer-item-2-threshold');
      if (it.number === 16) await shot(unit, 'unit-drawer-item-16-levels-veto');
      if (it.number < 30) await drawer.getByRole('button', { name: '下一项' }).click();
    }
    await waitSaved(unit);
    await shot(unit, 'unit-drawer-saved');
    await closeDrawer(unit);
    await expect.poll(() => unit.getByTestId('progress').textContent()).toBe('已完成 29 / 30');
    await shot(unit, 'unit-table-filled', { fullPage: true });

    // A second window changes item 3 meanwhile: this window's next save of it is refused,
    // says so, and reloads what the other saved.
    const other = await open();
    await signInUi(other, 'unit-jiangnan', PASSWORD);
    const calls: string[] = [];
    other.on('request', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.startsWith('/trpc/')) calls.push(pathname.slice('/trpc/'.length));
    });
    await other.goto(`/assessments/${jiangnan}`);
    await other.getByRole('button', { name: /^第3项自评分/ }).click();
    // A cold page asks who is signed in and for its data in one request (decision 032).
    expect(calls.find((c) => c.includes('assessment.byId'))?.split(',')).toEqual(
      expect.arrayContaining(['auth.me', 'assessment.byId', 'cycle.list']),
    );
    await other.getByRole('dialog').getByTestId('explanation-input').fill('另一窗口补充的说明');
    await waitSaved(other);
    await unit.getByRole('button', { name: /^第3项自评分/ }).click();
    await drawer.getByTestId('explanation-input').fill(`${explanationOf(item(3))}（补充）`);
    const conflict = unit.locator('.ant-notification-notice', { hasText: '已被他人修改' });
    await conflict.waitFor();
    await expect
      .poll(() => unit.getByTestId('save-status').first().getAttribute('data-status'))
      .toBe('conflict');
    await shot(unit, 'unit-conflict');
    await conflict.getByRole('button', { name: '重新加载' }).click();
    await expect
      .poll(() => drawer.getByTestId('explanation-input').inputValue())
      .toBe('另一窗口补充的说明');
    await drawer.getByTestId('explanation-input').fill(explanationOf(item(3)));
    await waitSaved(unit);
    await closeDrawer(unit);

    await unit.getByTestId('submit').click();
    const summary = unit.getByRole('dialog', { name: '还有1项未完成' });
    await summary.getByText('未填写自评说明').waitFor();
    await shot(unit, 'unit-submit-summary');
    await summary.getByRole('button', { name: '第30项' }).click();
    await showing(drawer, '第30项');
    await drawer.getByTestId('explanation-input').fill(explanationOf(item(30)));
    await waitSaved(unit);
    await closeDrawer(unit);
    await unit.getByTestId('submit').click();
    await shot(unit, 'unit-submit-confirm');
    await answerConfirm(unit, '提交自评');
    await expect.poll(() => unit.getByTestId('stage').textContent()).toBe('部门考评');
    await unit.getByText('自评已提交，正在考评中').waitFor();
    await unit.getByRole('button', { name: '第1项自评分：6' }).click();
    await drawer.getByText('本项当前不可修改').waitFor();
    await shot(unit, 'unit-submitted-read-only');
    await closeDrawer(unit);
    await signOutUi(unit);
    log('unit: 30 items filled in and submitted');

    // ── Nine departments agree and complete through the API ───────────────────────────
    for (const d of REVIEWING_DEPARTMENTS.filter((x) => x !== 'legal' && x !== 'org')) {
      await reviewAgreeing(departments[d]!, d, jiangnan, { complete: true });
    }

    // ── 组织部 in the browser: its four items, agreeing, then complete ────────────────
    const org = await open();
    await signInUi(org, 'd-org', PASSWORD);
    await shot(org, 'org-home-todo');
    await org.getByRole('link', { name: '部门考评' }).click();
    // The page opens on the newest year: another run may have made a 2012 cycle, so name ours.
    await org.goto(`/review?cycleId=${cycle.id}`);
    await org.getByTestId('cell-jiangnan-1').waitFor();
    // Item 8 is 组织部's too, but only 办公室 judges it: the grid says so, not just leaves it out.
    expect(await org.getByTestId('elsewhere-jiangnan-8').textContent()).toBe('办公室评分');
    await shot(org, 'org-review-grid');
    await org.getByTestId('cell-jiangnan-1').click();
    const orgDrawer = org.getByRole('dialog');
    const orgRegion = orgDrawer.getByRole('region', { name: '组织部考评' });
    for (const number of [1, 2, 3, 4]) {
      await showing(orgDrawer, `江南区总工会　第${number}项`);
      await orgRegion.locator('li.kaohe-criterion').first().waitFor();
      await enterInputs(
        orgRegion,
        item(number),
        agreeing(item(number), 'org', unitSelfInputs(item(number))),
        'org',
      );
      if (number === 2) await shot(org, 'org-review-drawer-item-2');
      if (number < 4) await orgDrawer.getByRole('button', { name: '下一项' }).click();
    }
    await waitSaved(org);
    await closeDrawer(org);
    await org.getByTestId('complete-jiangnan').click();
    await answerConfirm(org, '完成考评');
    await expect
      .poll(() => org.getByTestId('department-status-jiangnan').textContent())
      .toBe('已完成');
    await shot(org, 'org-review-complete');
    log('组织部: reviewed and completed in the browser');

    // ── 法律部: item 10 lower with remarks, 11 and 21 agreeing, item 7 returned ───────
    const legal = await open();
    await signInUi(legal, 'd-legal', PASSWORD);
    await legal.goto(`/review?cycleId=${cycle.id}`);
    await legal.getByTestId('cell-jiangnan-10').click();
    const legalDrawer = legal.getByRole('dialog');
    const legalRegion = legalDrawer.getByRole('region', { name: '法律部考评' });
    await legalRegion.locator('li.kaohe-criterion').first().waitFor();
    await enterInputs(legalRegion, item(10), LEGAL_ITEM_10.inputs, 'legal');
    await legalDrawer.getByTestId('remarks-required').waitFor();
    await shot(legal, 'legal-remarks-required');
    await legalDrawer.getByTestId('remarks-input').fill(LEGAL_ITEM_10.remarks);
    await legalDrawer.getByTestId('remarks-required').waitFor({ state: 'detached' });
    await legalDrawer.getByRole('button', { name: '下一项' }).click();
    await showing(legalDrawer, '江南区总工会　第11项');
    await enterInputs(
      legalRegion,
      item(11),
      agreeing(item(11), 'legal', unitSelfInputs(item(11))),
      'legal',
    );
    await legalDrawer.getByRole('button', { name: '下一项' }).click();
    await showing(legalDrawer, '江南区总工会　第21项');
    await enterInputs(
      legalRegion,
      item(21),
      agreeing(item(21), 'legal', unitSelfInputs(item(21))),
      'legal',
    );
    await waitSaved(legal);
    await legalDrawer.getByRole('button', { name: '上一项' }).click();
    await legalDrawer.getByRole('button', { name: '上一项' }).click();
    await legalDrawer.getByRole('button', { name: '上一项' }).click();
    await showing(legalDrawer, '江南区总工会　第7项');
    await legalDrawer.getByRole('button', { name: '退回本项…' }).click();
    const returnDialog = legal.getByRole('dialog', { name: '退回单位修改：江南区总工会' });
    await returnDialog
      .getByLabel('退回原因')
      .fill('劳动争议调解组织数据与统计年报不一致，请核实后重新填报');
    await shot(legal, 'legal-return-item-7');
    await returnDialog.getByRole('button', { name: '退回', exact: true }).click();
    await returnDialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => legal.getByTestId('cell-jiangnan-7').getAttribute('class'))
      .toContain('kaohe-cell-returned');
    await shot(legal, 'legal-grid-returned');
    log('法律部: item 10 scored with remarks, item 7 returned');

    // ── The unit revises item 7 and resubmits ─────────────────────────────────────────
    await signInUi(unit, 'unit-jiangnan', PASSWORD);
    const revise = row(unit, '江南区总工会：退回修改');
    await revise.getByRole('link', { name: '修改退回项目' }).click();
    await unit.getByText('有1项被退回修改').waitFor();
    await expect(unit.locator('tr.kaohe-row-returned').count()).resolves.toBe(1);
    await shot(unit, 'unit-returned');
    await unit.getByRole('button', { name: '第7项', exact: true }).click();
    await drawer.getByText('法律部退回').first().waitFor();
    await enterInputs(drawer, item(7), REVISED_ITEM_7);
    await waitSaved(unit);
    await shot(unit, 'unit-revise-item-7');
    // Only the returned item may change.
    await drawer.getByRole('button', { name: '上一项' }).click();
    await drawer.getByText('本项当前不可修改').waitFor();
    await closeDrawer(unit);
    await unit.getByRole('button', { name: '重新提交' }).click();
    await answerConfirm(unit, '重新提交');
    await expect.poll(() => unit.getByTestId('stage').textContent()).toBe('部门考评');
    await shot(unit, 'unit-resubmitted');
    log('unit: item 7 revised and resubmitted');

    // ── 法律部 scores item 7 again and completes 江南 and 江北 at once ────────────────
    await legal.goto(`/review?cycleId=${cycle.id}`);
    await legal.getByTestId('cell-jiangnan-7').click();
    await legalRegion.locator('li.kaohe-criterion').first().waitFor();
    await enterInputs(legalRegion, item(7), REVISED_ITEM_7, 'legal');
    await waitSaved(legal);
    await shot(legal, 'legal-rescore-item-7');
    await closeDrawer(legal);
    await legal.getByRole('checkbox', { name: '选择江南区总工会' }).check();
    await legal.getByRole('checkbox', { name: '选择江北区总工会' }).check();
    await legal.getByTestId('complete-selected').click();
    const batch = legal.getByTestId('batch-results');
    // Two workflow steps one after the other: more than expect.poll's default second on a busy machine.
    await expect.poll(() => batch.locator('.kaohe-list-item').count(), { timeout: 30_000 }).toBe(2);
    await legal.getByText('成功2个，失败0个').waitFor();
    await shot(legal, 'legal-batch-complete');
    await legal.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await bonusAndComplete(chairman, idOf('jiangbei'), '1');
    log('法律部: completed 江南 and 江北 in one go');

    // ── The chairman's office: bonus for 江南, then approve all three ─────────────────
    const chair = await open();
    await signInUi(chair, 'chairman-e2e', PASSWORD);
    await row(chair, '江南区总工会：主席室加分').waitFor();
    await shot(chair, 'chairman-home-todo');
    await chair.getByRole('link', { name: '考核总览' }).click();
    await chair.goto(`/overview?cycleId=${cycle.id}`);
    await chair.getByTestId('rank-jiangbei').waitFor();
    await shot(chair, 'chairman-overview-before');
    await row(chair, '江南区总工会').getByRole('button', { name: '加分', exact: true }).click();
    const bonus = chair.getByRole('dialog');
    await bonus.getByTestId('bonus-panel').waitFor();
    await bonus.getByLabel(`${rubric.bonusItems[0]!.content}：加分`).fill('1.5');
    await bonus
      .getByLabel(`${rubric.bonusItems[0]!.content}：理由`)
      .fill('党工共建创先争优经验在全市推广');
    await bonus.getByRole('button', { name: '加分', exact: true }).first().click();
    await bonus.getByText('党工共建创先争优经验在全市推广').waitFor();
    await shot(chair, 'chairman-bonus');
    await bonus.getByRole('button', { name: '确认加分' }).click();
    await answerConfirm(chair, '确认加分');
    await bonus.waitFor({ state: 'hidden' });
    for (const unitName of ['江南区总工会', '江北区总工会', '城西区总工会']) {
      await chair.getByRole('checkbox', { name: `选择${unitName}` }).check();
    }
    await chair.getByTestId('approve-selected').click();
    await chair.getByText('成功3个，失败0个').waitFor();
    await shot(chair, 'chairman-batch-approve');
    await chair.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();

    // ── The totals on screen are scoreAssessment's, from what was stored ──────────────
    const detail = await admin.assessment.byId.query({ id: jiangnan });
    const reviewInputs: AssessmentInputs['items'] = {};
    for (const r of detail.items) {
      let merged: ItemInputs | undefined;
      for (const share of r.reviews) merged = { ...merged, ...(share.reviewInputs as ItemInputs) };
      reviewInputs[r.itemId] = merged;
    }
    const expected = scoreAssessment(rubric, {
      unitType: 'district',
      items: reviewInputs,
      bonus: detail.bonusAwards.map((b) => ({ bonusItemId: b.bonusItemId, points: b.points })),
    });
    // What the journey entered: 120, less item 8 (3 of 4), item 23 (2.5 of 4) and 法律部's item 10 (1 of 3), plus 1.5.
    expect(formatCenti(expected.subtotal)).toBe('115.5');
    expect(formatCenti(expected.total)).toBe('117');
    expect(detail.stage).toBe('approved');
    expect(detail.totals.total).toBe(formatCenti(expected.total));

    await expect.poll(() => chair.getByTestId('total-jiangnan').textContent()).toBe('117');
    const overviewRow = row(chair, '江南区总工会');
    const cells = await overviewRow.locator('td').allTextContents();
    for (const category of expected.categories) {
      expect(cells).toContain(formatCenti(category.points));
    }
    // 江北 and 城西 tie at 121 and share rank 1; 江南 is third.
    expect(await chair.getByTestId('rank-jiangbei').locator('strong').textContent()).toBe('1');
    expect(await chair.getByTestId('rank-chengxi').locator('strong').textContent()).toBe('1');
    expect(await chair.getByTestId('rank-jiangnan').locator('strong').textContent()).toBe('3');
    await shot(chair, 'chairman-overview-approved');

    await overviewRow.getByRole('link', { name: '江南区总工会' }).click();
    await chair.getByTestId('total-review').waitFor();
    expect(await chair.getByTestId('total-review').textContent()).toBe(formatCenti(expected.total));
    expect(await chair.getByTestId('subtotal-review').textContent()).toBe(
      formatCenti(expected.subtotal),
    );
    expect(await chair.getByTestId('server-total').textContent()).toBe(formatCenti(expected.total));
    await shot(chair, 'chairman-assessment', { fullPage: true });
    await chair.getByRole('button', { name: '7', exact: true }).click();
    await chair.getByRole('dialog').getByText('修改记录').click();
    await chair.getByTestId('history-entry').first().waitFor();
    await chair.getByRole('dialog').getByText('退回单位').first().waitFor();
    await shot(chair, 'chairman-item-7-history');
    await closeDrawer(chair);

    await chair.goto(`/assessments/${jiangnan}/print`);
    await chair.getByTestId('print-total').waitFor();
    expect(await chair.getByTestId('print-total').textContent()).toBe(formatCenti(expected.total));
    expect(await chair.getByTestId('print-subtotal').textContent()).toBe(
      formatCenti(expected.subtotal),
    );
    await shot(chair, 'print', { fullPage: true });
    await chair.emulateMedia({ media: 'print' });
    await shot(chair, 'print-media-print', { fullPage: true });
    await chair.emulateMedia({ media: 'screen' });
    log('chairman: bonus awarded, three units approved, totals checked');

    // ── The office reopens 城西 with a reason: back to final approval, rank unapproved ─
    await office.goto(`/overview?cycleId=${cycle.id}`);
    await row(office, '城西区总工会').getByRole('button', { name: '重新开启' }).click();
    const reopen = office.getByRole('dialog', { name: '重新开启：城西区总工会' });
    await reopen.getByLabel('理由').fill('核查发现加分依据需补充材料');
    await reopen.getByRole('button', { name: '重新开启' }).click();
    await reopen.waitFor({ state: 'detached' });
    await expect.poll(() => office.getByTestId('rank-chengxi').textContent()).toContain('未审定');
    await shot(office, 'admin-overview-reopened');

    for (const p of cast.people) expect(p.errors, 'errors logged by the pages').toEqual([]);
  });
});
