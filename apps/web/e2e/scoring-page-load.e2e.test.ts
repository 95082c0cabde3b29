/**
 * What a unit's scoring page loads on its own (issue 17, the cold page): no zod (the domain
 * keeps its schemas apart from the functions the page calls, and declares no side
 * effects), and of Ant Design's styles the core sheet only (vite.config.ts, antdCss: half
 * the CSS to parse), its item panel included. A page drawing a component outside the
 * core has that component styled, also where the route file itself imports it (the
 * router splits the page's component into a module of its own, which the build must see).
 * Ant Design's big components (tables, pickers) are not among its scripts either. Code
 * loaded ahead renders at once (lib/lazy-component.ts: the item panel opens without
 * a skeleton), and a page slow to load shows the progress bar along the top meanwhile.
 */
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, accountWithOwnPassword, signIn } from './support/api.ts';
import { cycleOf } from './support/drive.ts';
import { chromiumForFile } from './support/ui.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'e2e-styles-password';

const cast = chromiumForFile('scoring-load');
let admin: Api;

beforeAll(async () => {
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
});

/** How many style rules of the page's sheets (inside layers too) name `selector`. */
function rulesNaming(page: Page, selector: string): Promise<number> {
  return page.evaluate((s) => {
    let count = 0;
    const stack: CSSRule[] = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
    for (let rule = stack.pop(); rule; rule = stack.pop()) {
      // A style rule has cssRules too (nesting): check it, then what it holds.
      if (rule instanceof CSSStyleRule && rule.selectorText.includes(s)) count++;
      if ('cssRules' in rule) stack.push(...(rule as CSSGroupingRule).cssRules);
    }
    return count;
  }, selector);
}

describe('a scoring page on its own', () => {
  test('loads no zod and the core sheet only; a table elsewhere is styled', async () => {
    const unit = {
      id: 'lakeside',
      name: '湖滨开发区工会',
      unitTypeId: 'devZone',
      memberCount: 3_000,
    };
    await admin.admin.saveUnit.mutate({ ...unit, active: true });
    await accountWithOwnPassword(
      admin,
      baseUrl,
      { username: 'st-unit', displayName: '湖滨开发区工会（样式）', role: 'unit', unitId: unit.id },
      { first: 'first-password-st', own: PASSWORD },
    );
    await cycleOf(admin, '样式测试', [unit]);

    const page = await cast.signedIn('st-unit', PASSWORD);
    await page.getByRole('link', { name: '自评' }).first().click();
    await page.getByTestId('progress').waitFor();
    // The scoring page on its own, as a cold load or a bookmark opens it: a new document.
    // Its scripts: those asked for from the reload on (one of this document's, still on its
    // way at the reload, has no body to read).
    const scripts: Promise<string>[] = [];
    const urls: string[] = [];
    const fresh = new Set<Request>();
    let reloaded = false;
    page.on('request', (r) => {
      if (r.isNavigationRequest() && r.frame() === page.mainFrame()) reloaded = true;
      if (reloaded) fresh.add(r);
    });
    page.on('response', (r) => {
      if (!fresh.has(r.request()) || r.request().resourceType() !== 'script') return;
      scripts.push(r.text());
      urls.push(r.url());
    });
    // The item panel's code, loaded once the table is up (when the browser is idle).
    const panelCode = page.waitForResponse((r) => /\/item-panel-[\w-]+\.js$/.test(r.url()));
    await page.reload();
    await page.getByTestId('progress').waitFor();
    await panelCode;
    await page.waitForLoadState('networkidle');
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(10);
    // Ant Design's big components stay in their own chunk (vite.config.ts, antdChunk).
    expect(urls.filter((url) => url.includes('/antd-more-'))).toEqual([]);
    expect(urls.filter((url) => /\/antd-[\w-]+\.js$/.test(url))).toHaveLength(1);
    // zod's classes carry their names ("ZodType"), minified or not.
    expect(loaded.filter((code) => code.includes('ZodType'))).toEqual([]);
    expect(await rulesNaming(page, '.ant-btn')).toBeGreaterThan(0);
    expect(await rulesNaming(page, '.ant-table-thead')).toBe(0);
    // Every time the drawer shows its skeleton for the panel's code, from here on.
    await page.evaluate(() => {
      const seen = { skeletons: 0 };
      Object.assign(window, { seen });
      new MutationObserver(() => {
        if (document.querySelector('.kaohe-panel-pending')) seen.skeletons++;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('button', { name: '第1项自评分：未评' }).click();
    const drawer = page.getByRole('dialog');
    const details = drawer.locator('.ant-descriptions-view table').first();
    await details.waitFor();
    // Its code was in: the panel at once, no skeleton before it (React's lazy drew one).
    expect(
      await page.evaluate(() => (window as unknown as { seen: { skeletons: number } }).seen),
    ).toEqual({ skeletons: 0 });
    // The panel's components are in the core: styled, and nothing more loaded and parsed.
    expect(await details.evaluate((e) => getComputedStyle(e).borderCollapse)).toBe('collapse');
    expect(await rulesNaming(page, '.ant-table-thead')).toBe(0);

    // /admin/mail imports its Table in the route file: the header is Ant Design's grey.
    const office = await cast.signedIn('admin', inject('adminPassword'));
    await office.goto('/admin/mail');
    const header = office.locator('.ant-table-thead th').first();
    await header.waitFor();
    expect(await rulesNaming(office, '.ant-table-thead')).toBeGreaterThan(0);
    expect(await header.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
      'rgb(250, 250, 250)',
    );
  });

  test('a page slow to load shows the progress bar along the top until it is there', async () => {
    const page = await cast.signedIn('st-unit', PASSWORD);
    await page.getByRole('link', { name: '自评' }).first().click();
    await page.getByTestId('progress').waitFor();
    const bar = page.getByRole('progressbar', { name: '正在加载…' });
    expect(await bar.count()).toBe(0);
    // 首页's data held back 1.5 s on its way, as over a slow connection.
    await page.route('**/trpc/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    // A new document: nothing of 首页's data cached, so the router waits for it.
    await page.reload();
    await page.getByTestId('progress').waitFor();
    await page.getByRole('link', { name: '首页', exact: true }).click();
    await bar.waitFor();
    await page.getByRole('heading', { name: '您好' }).waitFor();
    expect(await bar.count()).toBe(0);
  });
});
