/**
 * Phones: a unit fills in its assessment on a 390×844 touch screen (待办, the item list,
 * the item panel with a checklist, a threshold, a judged value, levels with a veto and a
 * deduction, evidence, submit), 法律部 reviews that one unit on a phone and returns an
 * item, the unit revises it and resubmits, 法律部 completes. At every step the page must
 * not scroll sideways. The admin on a phone: the sub-pages' names each on one line, and a
 * rubric draft's editor in one column (validation below the tabs, the item list above the
 * item's form). Then the English header of the office at 1366×768, in one line.
 * Its own unit, users and cycle through the API; the screenshots the docs show are kept
 * in docs/screenshots/phone-*.png.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, signIn } from './support/api.ts';
import { cycleOf, reviewAgreeing, rubric2011Id, selfScoreAll } from './support/drive.ts';
import {
  agreeing,
  explanationOf,
  fullInputs,
  item,
  REVIEWING_DEPARTMENTS,
  REVISED_ITEM_7,
  rubric,
} from './support/plan.ts';
import {
  answerConfirm,
  chromiumForFile,
  closeDrawer,
  docShot,
  enterInputs,
  PHONE,
  shot,
  showing,
  signInUi,
  waitSaved,
} from './support/ui.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'e2e-phone-password';
const UNIT = { id: 'haibin', name: '海滨区总工会', unitTypeId: 'district', memberCount: 64_000 };
/** The rule shapes the unit enters by hand: checklist + evidence, threshold, judged, levels + veto, deduction. */
const BY_HAND = [1, 2, 8, 16, 19];

const cast = chromiumForFile('phone');
/** The office's PC. */
const DESKTOP = {
  viewport: { width: 1366, height: 768 },
  deviceScaleFactor: 1,
  isMobile: false,
  hasTouch: false,
} satisfies BrowserContextOptions;
let admin: Api;

async function open(device: BrowserContextOptions = PHONE): Promise<Page> {
  return (await cast.person(device)).page;
}

/** The page is no wider than the screen: nothing to scroll sideways to. */
async function fitsWidth(page: Page, where: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  // A phone browser widens the layout viewport to fit what overflows: hold it to the screen too.
  expect(innerWidth, `${where}: layout viewport`).toBe(PHONE.viewport.width);
  expect(scrollWidth, `${where}: scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

/** A screenshot for the docs (and the run's own numbered one), after checking the width. */
async function capture(page: Page, name: string) {
  await fitsWidth(page, name);
  await shot(page, name);
  await docShot(page, name);
}

/** Answers a confirm dialog, which must fit the screen too. */
const confirm = (page: Page, okName: string | RegExp) =>
  answerConfirm(page, okName, () => fitsWidth(page, `confirm ${okName}`));

/** The admin's sub-pages: the row is there, and no name in it wraps. */
async function subnavOneLine(page: Page, where: string) {
  const nav = page.locator('nav.kaohe-subnav');
  await nav.waitFor();
  const wrapped = await nav.evaluate((n) =>
    [...n.querySelectorAll('a')]
      .filter((a) => {
        // A flex item has one box however many lines it has: its height tells.
        const style = getComputedStyle(a);
        const oneLine =
          Number.parseFloat(style.lineHeight) +
          Number.parseFloat(style.paddingTop) +
          Number.parseFloat(style.paddingBottom) +
          Number.parseFloat(style.borderTopWidth) +
          Number.parseFloat(style.borderBottomWidth);
        return a.getBoundingClientRect().height > oneLine + 1;
      })
      .map((a) => a.textContent),
  );
  expect(wrapped, `${where}: sub-page names wrapped`).toEqual([]);
}

type Box = { x: number; y: number; width: number; height: number };
async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  expect(found, `${selector} on the page`).not.toBeNull();
  return found!;
}

/** `a` wholly above `b`, both (about) as wide as the editor's column. */
function stacked(a: Box, b: Box, width: number, what: string) {
  expect(a.y + a.height, `${what}: the first ends before the second starts`).toBeLessThanOrEqual(
    b.y + 0.5,
  );
  for (const [name, x] of [
    ['first', a],
    ['second', b],
  ] as const) {
    expect(x.width, `${what}: the ${name} is full width`).toBeGreaterThanOrEqual(width - 40);
  }
}

/** The desktop header in one line: nothing wraps, is cut off or runs past its edges. */
async function oneLine(page: Page) {
  const header = page.locator('header.kaohe-header');
  expect((await header.boundingBox())?.height).toBe(49);
  const outside = await header.evaluate((h) => {
    const box = h.getBoundingClientRect();
    return [...h.querySelectorAll('a, button, .kaohe-user, .ant-segmented')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        // A wrapped link has a box per line.
        const wrapped = e.tagName === 'A' && e.getClientRects().length > 1;
        return (
          wrapped || r.right > box.right + 1 || r.top < box.top - 2 || r.bottom > box.bottom + 2
        );
      })
      .map((e) => e.textContent);
  });
  expect(outside, 'header elements wrapped or outside the header').toEqual([]);
}

async function signOutPhone(page: Page) {
  await page.getByTestId('header-menu').click();
  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/login'));
}

beforeAll(async () => {
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
});

describe('on a phone, in Chinese', () => {
  test('a unit scores, attaches evidence and submits; 法律部 reviews, returns, completes', async () => {
    await admin.admin.saveUnit.mutate({ ...UNIT, active: true });
    await admin.admin.createUser.mutate({
      username: 'phone-unit',
      displayName: '海滨区总工会填报员',
      role: 'unit',
      unitId: UNIT.id,
      password: PASSWORD,
    });
    const unitApi = await signIn(baseUrl, 'phone-unit', PASSWORD);
    const departments: Record<string, Api> = {};
    for (const d of REVIEWING_DEPARTMENTS) {
      await admin.admin.createUser.mutate({
        username: `phone-d-${d}`,
        displayName: `${rubric.departments.find((x) => x.id === d)!.name}考评员`,
        role: 'department',
        departmentId: d,
        password: PASSWORD,
      });
      departments[d] = await signIn(baseUrl, `phone-d-${d}`, PASSWORD);
    }
    const cycle = await cycleOf(admin, '手机填报演示', [UNIT]);
    const id = cycle.assessmentOf[UNIT.id]!;
    // Everything but the items entered by hand, through the API.
    await selfScoreAll(unitApi, id, (i) => (BY_HAND.includes(i.number) ? {} : fullInputs(i)));

    // ── The unit on its phone ─────────────────────────────────────────────────────────
    const unit = await open();
    await signInUi(unit, 'phone-unit', PASSWORD);
    await unit.getByTestId('todo-list').getByText('海滨区总工会').first().waitFor();
    await capture(unit, 'phone-unit-home');
    await unit.getByTestId('header-menu').click();
    await unit.getByRole('button', { name: '退出' }).waitFor();
    await capture(unit, 'phone-menu');
    await unit.keyboard.press('Escape');
    await unit.locator('.kaohe-menu-drawer').waitFor({ state: 'hidden' });

    await unit.getByTestId('todo-list').getByRole('link', { name: '填报自评' }).click();
    await unit.getByTestId('phone-item-list').waitFor();
    await expect.poll(() => unit.getByTestId('progress').textContent()).toBe('已完成 25 / 30');
    await capture(unit, 'phone-unit-items');

    const drawer = unit.getByRole('dialog');
    const attach = async () => {
      await drawer.locator('input[type=file]').setInputFiles({
        name: '职工之家建设台账.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% 职工之家建设台账\n'),
      });
      await drawer.getByRole('link', { name: /职工之家建设台账\.pdf/ }).waitFor();
    };
    for (const number of BY_HAND) {
      await unit.getByRole('button', { name: `第${number}项自评分：未评` }).click();
      await showing(drawer, `第${number}项`);
      await drawer.locator('li.kaohe-criterion').first().waitFor();
      await enterInputs(drawer, item(number), fullInputs(item(number)));
      await drawer.getByTestId('explanation-input').fill(explanationOf(item(number)));
      if (number === 1) await attach();
      await waitSaved(unit);
      await fitsWidth(unit, `item ${number}`);
      if (number === 1) {
        await capture(unit, 'phone-item-1-checklist');
        await drawer.getByRole('link', { name: /职工之家建设台账\.pdf/ }).scrollIntoViewIfNeeded();
        await capture(unit, 'phone-item-1-evidence');
      }
      if (number === 2) await capture(unit, 'phone-item-2-threshold');
      if (number === 16) await capture(unit, 'phone-item-16-levels-veto');
      if (number === 19) {
        await drawer.locator('li.kaohe-criterion').nth(2).scrollIntoViewIfNeeded();
        await capture(unit, 'phone-item-19-deduction');
      }
      await closeDrawer(unit);
    }
    await expect.poll(() => unit.getByTestId('progress').textContent()).toBe('已完成 30 / 30');
    // 合计 in the bar at the foot of the screen, wherever the list is scrolled to.
    await unit.mouse.wheel(0, 2000);
    await expect(unit.getByTestId('phone-summary').isVisible()).resolves.toBe(true);
    expect(await unit.getByTestId('total-self').textContent()).toBe('120');
    await capture(unit, 'phone-unit-items-filled');

    await unit.getByTestId('submit').click();
    await unit.locator('.ant-modal-confirm').waitFor();
    await capture(unit, 'phone-unit-submit');
    await confirm(unit, '提交自评');
    await expect.poll(() => unit.getByTestId('stage').textContent()).toBe('部门考评');
    await fitsWidth(unit, 'submitted');
    await signOutPhone(unit);

    // ── Every department but 法律部 agrees and completes through the API; 法律部 its
    //    shared items 11 and 21 ─────────────────────────────────────────────────────────
    for (const d of REVIEWING_DEPARTMENTS.filter((x) => x !== 'legal')) {
      await reviewAgreeing(departments[d]!, d, id, { complete: true });
    }
    const detail = await departments.legal!.assessment.byId.query({ id });
    for (const number of [11, 21]) {
      const shared = detail.items.find((i) => i.itemId === item(number).id)!;
      await departments.legal!.review.saveReviewScore.mutate({
        assessmentId: id,
        itemId: shared.itemId,
        inputs: agreeing(item(number), 'legal', fullInputs(item(number))),
        remarks: null,
        expectedVersion: shared.reviews.find((r) => r.departmentId === 'legal')!.version,
      });
    }

    // ── 法律部 on its phone: this unit's items, item 10 scored, item 7 returned ────────
    const legal = await open();
    await signInUi(legal, 'phone-d-legal', PASSWORD);
    await legal.getByTestId('header-menu').click();
    await legal.getByRole('link', { name: '部门考评' }).click();
    await legal.getByTestId('header-menu').waitFor();
    // The page opens on the newest year: another run may have made a 2012 cycle, so name ours.
    await legal.goto(`/review?cycleId=${cycle.id}`);
    await legal.getByTestId(`phone-unit-${UNIT.id}`).waitFor();
    await capture(legal, 'phone-review-units');
    await legal.getByTestId(`phone-unit-${UNIT.id}`).click();
    await legal.getByTestId(`cell-${UNIT.id}-10`).waitFor();
    await capture(legal, 'phone-review-unit');
    await legal.getByTestId(`cell-${UNIT.id}-10`).click();
    const legalDrawer = legal.getByRole('dialog');
    const legalRegion = legalDrawer.getByRole('region', { name: '法律部考评' });
    await legalRegion.locator('li.kaohe-criterion').first().waitFor();
    await enterInputs(legalRegion, item(10), agreeing(item(10), 'legal', fullInputs(item(10))));
    await waitSaved(legal);
    await legalRegion.scrollIntoViewIfNeeded();
    await capture(legal, 'phone-review-item-10');
    await closeDrawer(legal);
    await legal.getByTestId(`cell-${UNIT.id}-7`).click();
    await legalRegion.locator('li.kaohe-criterion').first().waitFor();
    await legalDrawer.getByRole('button', { name: '退回本项…' }).click();
    const returnDialog = legal.getByRole('dialog', { name: '退回单位修改：海滨区总工会' });
    await returnDialog
      .getByLabel('退回原因')
      .fill('调解组织建成率与统计年报不一致，请核实后重新填报');
    await capture(legal, 'phone-review-return');
    await returnDialog.getByRole('button', { name: '退回', exact: true }).click();
    await returnDialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => legal.getByTestId(`cell-${UNIT.id}-7`).getAttribute('class'))
      .toContain('kaohe-phone-item-returned');
    await fitsWidth(legal, 'returned');

    // ── The unit revises item 7 and resubmits ─────────────────────────────────────────
    await signInUi(unit, 'phone-unit', PASSWORD);
    await unit.getByTestId('todo-list').getByRole('link', { name: '修改退回项目' }).click();
    await unit.getByText('有1项被退回修改').waitFor();
    await capture(unit, 'phone-unit-returned');
    await unit.getByRole('button', { name: /^第7项自评分/ }).click();
    await drawer.getByText('法律部退回').first().waitFor();
    await enterInputs(drawer, item(7), REVISED_ITEM_7);
    await waitSaved(unit);
    await capture(unit, 'phone-unit-revise-item-7');
    await closeDrawer(unit);
    await unit.getByRole('button', { name: '重新提交' }).click();
    await confirm(unit, '重新提交');
    await expect.poll(() => unit.getByTestId('stage').textContent()).toBe('部门考评');
    await fitsWidth(unit, 'resubmitted');

    // ── 法律部 scores item 7 again and completes the unit ──────────────────────────────
    await legal.reload();
    await legal.getByTestId(`phone-unit-${UNIT.id}`).click();
    await legal.getByTestId(`cell-${UNIT.id}-7`).click();
    await legalRegion.locator('li.kaohe-criterion').first().waitFor();
    await enterInputs(legalRegion, item(7), REVISED_ITEM_7, 'legal');
    await waitSaved(legal);
    await closeDrawer(legal);
    await legal.getByTestId(`complete-${UNIT.id}`).click();
    await confirm(legal, '完成考评');
    await expect
      .poll(() => legal.getByTestId(`department-status-${UNIT.id}`).textContent())
      .toBe('已完成');
    await capture(legal, 'phone-review-complete');

    for (const p of cast.people) expect(p.errors, 'errors logged by the pages').toEqual([]);
  });

  test('the admin edits a rubric on a phone: sub-pages on one line, the editor in one column', async () => {
    // A draft of its own for the next free year, discarded at the end.
    const taken = new Set((await admin.rubric.years.query()).map((r) => r.year));
    let year = 2012;
    while (taken.has(year)) year++;
    const { id: draftId } = await admin.rubric.clone.mutate({
      sourceId: await rubric2011Id(admin),
      year,
    });
    try {
      const page = await cast.signedIn('admin', inject('adminPassword'), PHONE);
      for (const sub of ['cycles', 'rubrics', 'units', 'departments', 'users', 'audit', 'mail']) {
        await page.goto(`/admin/${sub}`);
        await page.locator('nav.kaohe-subnav a.active').waitFor();
        await subnavOneLine(page, `/admin/${sub}`);
        // The current sub-page's name is in view, in the row that scrolls sideways.
        const active = await box(page, 'nav.kaohe-subnav a.active');
        expect(active.x, `/admin/${sub}: its name in view`).toBeGreaterThanOrEqual(0);
        expect(active.x + active.width).toBeLessThanOrEqual(PHONE.viewport.width);
        await fitsWidth(page, `/admin/${sub}`);
      }
      await shot(page, 'phone-admin-subnav');

      await page.goto(`/admin/rubrics/${encodeURIComponent(draftId)}`);
      await page.getByRole('heading', { name: `${year}年度工会工作目标管理考核表` }).waitFor();
      await page.locator('.kaohe-item-detail .kaohe-item-editor').waitFor();
      await page.getByTestId('problem-count').waitFor();
      await subnavOneLine(page, 'rubric editor');
      await fitsWidth(page, 'rubric editor');
      const editor = await box(page, '.kaohe-rubric-editor');
      // The validation card below the tabs, in the flow; the item list above the item's form.
      stacked(
        await box(page, '.kaohe-rubric-tabs'),
        await box(page, '.kaohe-validation'),
        editor.width,
        'tabs and validation',
      );
      const list = await box(page, '.kaohe-item-list');
      const detail = await box(page, '.kaohe-item-detail');
      stacked(list, detail, list.width, 'item list and item form');
      expect(list.width, 'the item list is full width').toBeGreaterThanOrEqual(editor.width - 40);
      await shot(page, 'phone-rubric-editor');
      // Another item, with last year's figures when a cycle before it has any: still one column.
      await page.locator('.kaohe-item-row-open').nth(7).click();
      await page.getByRole('heading', { name: '第8项' }).waitFor();
      // The tap brings the item's form up, just below the sticky header.
      await expect
        .poll(async () => Math.round((await box(page, '.kaohe-item-detail')).y), {
          message: 'item 8: its form scrolled into view',
        })
        .toBeGreaterThanOrEqual(48);
      expect((await box(page, '.kaohe-item-detail')).y).toBeLessThan(120);
      await fitsWidth(page, 'rubric editor, item 8');
      await shot(page, 'phone-rubric-item-8');
      await page.locator('.kaohe-validation').scrollIntoViewIfNeeded();
      await shot(page, 'phone-rubric-validation');
      // Every tab in sight, wrapped, none behind "…"; 与上年比较: the picker clear of the button.
      await page.evaluate(() => window.scrollTo(0, 0));
      const tabbar = await box(page, '.kaohe-rubric-tabbar');
      for (const name of ['考核内容', '基本信息', '加分项', '评分预览', '与上年比较']) {
        const tab = await box(page, `.kaohe-rubric-tabbar label:has-text("${name}")`);
        expect(tab.x + tab.width, `the ${name} tab in sight`).toBeLessThanOrEqual(
          tabbar.x + tabbar.width,
        );
      }
      await page.locator('.kaohe-rubric-tabbar label:has-text("与上年比较")').click();
      await page.getByTestId('rubric-diff').waitFor();
      const picker = await box(page, '.ant-select:has([aria-label="比较对象"])');
      const download = await box(page, 'button:has-text("下载比较结果")');
      expect(
        picker.y >= download.y + download.height || picker.x + picker.width <= download.x,
        'the comparison picker clear of the download button',
      ).toBe(true);
      await fitsWidth(page, 'rubric editor, compared');
      await shot(page, 'phone-rubric-compare');

      // The office's screen keeps its layout: validation beside the tabs, the list beside the form.
      const office = await open(DESKTOP);
      await signInUi(office, 'admin', inject('adminPassword'));
      await office.goto(`/admin/rubrics/${encodeURIComponent(draftId)}`);
      await office.locator('.kaohe-item-detail .kaohe-item-editor').waitFor();
      await office.getByTestId('problem-count').waitFor();
      const tabs = await box(office, '.kaohe-rubric-tabs');
      const side = await box(office, '.kaohe-validation');
      expect(side.x, 'desktop: validation beside the tabs').toBeGreaterThanOrEqual(
        tabs.x + tabs.width,
      );
      expect(side.width, 'desktop: the validation column').toBe(320);
      const officeList = await box(office, '.kaohe-item-list');
      expect(officeList.width, 'desktop: the item list column').toBeLessThan(320);
      expect(
        (await box(office, '.kaohe-item-detail')).x,
        'desktop: the form beside the list',
      ).toBeGreaterThanOrEqual(officeList.x + officeList.width);
      await shot(office, 'desktop-rubric-editor');

      for (const p of cast.people) expect(p.errors, 'errors logged by the pages').toEqual([]);
    } finally {
      const { version } = await admin.rubric.get.query({ id: draftId });
      await admin.rubric.discardDraft.mutate({ id: draftId, expectedVersion: version });
    }
  });

  test('the office’s header fits one line: English at 1366×768, Chinese at 1200', async () => {
    const office = await open(DESKTOP);
    await office.goto('/login');
    await office.getByRole('button', { name: 'English' }).click();
    await signInUi(office, 'admin', inject('adminPassword'), 'en');
    await office.getByRole('button', { name: 'Sign out' }).waitFor();
    await oneLine(office);
    await shot(office, 'header-en-1366');
    await docShot(office, 'header-en-1366', { clip: { x: 0, y: 0, width: 1366, height: 120 } });
    // The narrowest desktop header, in Chinese; below it the menu button.
    await office.setViewportSize({ width: 1200, height: 768 });
    await office.locator('header .ant-segmented').getByText('中文').click();
    await office.getByRole('button', { name: '退出' }).waitFor();
    await oneLine(office);
    await office.setViewportSize({ width: 1199, height: 768 });
    await office.getByTestId('header-menu').waitFor();
    for (const p of cast.people) expect(p.errors, 'errors logged by the pages').toEqual([]);
  });
});
