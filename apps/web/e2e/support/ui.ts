/**
 * Driving the app as its users do: the Debian Chromium, one browser context per person,
 * a screenshot of every screen (test-results/e2e/), and the score inputs entered through
 * the controls each rule shape has. Any error the page logs fails the journey.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Criterion,
  type CriterionInput,
  criterionDepartment,
  type Item,
  type ItemInputs,
} from '@kaohe/domain';
import {
  type Browser,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM } from './chromium.ts';

export const SHOTS = join(new URL('../..', import.meta.url).pathname, 'test-results/e2e');
let folder = SHOTS;

/**
 * A screenshot for docs/screenshots/, written only when KAOHE_DOCS_SCREENSHOTS is set (as
 * `KAOHE_DOCS_SCREENSHOTS=1 pnpm vitest run --config apps/web/vitest.e2e.config.ts …`), so
 * that an ordinary test run leaves the tracked files alone.
 */
export async function docShot(
  page: Page,
  name: string,
  options: { clip?: { x: number; y: number; width: number; height: number } } = {},
): Promise<void> {
  if (!process.env.KAOHE_DOCS_SCREENSHOTS) return;
  await page.screenshot({ path: join(DOCS_SHOTS, `${name}.png`), ...options });
}

export const DOCS_SHOTS = join(
  new URL('../../../..', import.meta.url).pathname,
  'docs/screenshots',
);

/**
 * Launches Chromium; this run's screenshots go to test-results/e2e/<series>/, emptied
 * first. `args`: more command-line switches (e.g. --host-resolver-rules).
 */
function launch(series: string, args: string[] = []): Promise<Browser> {
  folder = join(SHOTS, series);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return chromium.launch({ ...CHROMIUM, headless: true, args: [...CHROMIUM.args, ...args] });
}

export interface Person {
  page: Page;
  /** Errors the page logged or threw; a journey ends by expecting none. */
  errors: string[];
  close: () => Promise<void>;
}

/** Errors the app shows on purpose (a refused request is logged by the browser). */
const EXPECTED = [/Failed to load resource: the server responded with a status of (4\d\d)/];

/** A phone's screen, 390×844 at twice the pixels, touched. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} satisfies BrowserContextOptions;

/** `device`: another screen than the office desktop's (a phone: viewport, isMobile, hasTouch). */
async function person(
  browser: Browser,
  baseUrl: string,
  device: BrowserContextOptions = {},
): Promise<Person> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...device,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (!EXPECTED.some((re) => re.test(text))) errors.push(`console: ${text}`);
  });
  return { page, errors, close: () => context.close() };
}

/** The people of one e2e file, each in a browser context of the file's Chromium. */
export interface Cast {
  /** Everyone opened so far, for the errors their pages logged. */
  people: readonly Person[];
  /** A new person on `baseUrl` (the shared server unless given), kept for failure shots. */
  person: (device?: BrowserContextOptions, baseUrl?: string) => Promise<Person>;
  /** A new person signed in as `username` through the sign-in page: their page. */
  signedIn: (username: string, password: string, device?: BrowserContextOptions) => Promise<Page>;
}

/**
 * One Chromium for the e2e file that calls this (launched before its tests, closed after
 * them; `series` and `args` as for `launch`), and after a failed test a screenshot of every
 * page its people have open.
 */
export function chromiumForFile(series: string, args: string[] = []): Cast {
  let browser: Browser | undefined;
  const people: Person[] = [];
  beforeAll(async () => {
    browser = await launch(series, args);
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await shootFailure(people);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const cast: Cast = {
    people,
    person: async (device = {}, baseUrl = inject('baseUrl')) => {
      const p = await person(browser!, baseUrl, device);
      people.push(p);
      return p;
    },
    signedIn: async (username, password, device) => {
      const { page } = await cast.person(device);
      await signInUi(page, username, password);
      return page;
    },
  };
  return cast;
}

let shotNumber = 0;
/** A screenshot of the screen as the user sees it, numbered in journey order. */
export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  shotNumber++;
  // Let transitions (drawers, messages) settle so the picture is what stays on screen.
  await page.waitForTimeout(350);
  await page.screenshot({
    path: join(folder, `${String(shotNumber).padStart(2, '0')}-${name}.png`),
    fullPage: options.fullPage ?? false,
  });
}

export async function signInUi(page: Page, username: string, password: string, lang = 'zh') {
  await page.goto('/login');
  const labels = lang === 'en' ? ['Username', 'Password', 'Sign in'] : ['用户名', '密码', '登录'];
  await page.getByLabel(labels[0]!).fill(username);
  await page.getByLabel(labels[1]!).fill(password);
  await page.getByRole('button', { name: labels[2]!, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function signOutUi(page: Page, lang = 'zh') {
  await page.getByRole('button', { name: lang === 'en' ? 'Sign out' : '退出' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/login'));
}

const isChecklist = (c: Criterion) =>
  (c.kind === 'award' || c.kind === 'passFail') && !('threshold' in c && c.threshold);

async function setNumber(field: Locator, value: number | string) {
  await field.fill(String(value));
  await field.blur();
}

/**
 * Enters an item's inputs in the open drawer, criterion by criterion, through the control
 * its rule shape has. `department`: only that department's criteria (a review).
 */
export async function enterInputs(
  scope: Locator,
  item: Item,
  inputs: ItemInputs,
  department?: string,
) {
  const rows = scope.locator('li.kaohe-criterion');
  for (const [index, criterion] of item.rule.criteria.entries()) {
    if (department && criterionDepartment(item, criterion) !== department) continue;
    const row = rows.nth(index);
    const value: CriterionInput | undefined = inputs[criterion.id];
    if (value === undefined) continue;
    if (isChecklist(criterion)) {
      if (value.met) {
        await row.getByRole('checkbox').check();
      }
    } else if (criterion.kind === 'levels') {
      const level = criterion.levels.find((l) => l.id === value.levelId);
      await row
        .getByRole('radio', { name: level ? new RegExp(`^${level.text}`) : /未达到|None/ })
        .check();
    } else if (criterion.kind === 'deduction') {
      if ((value.count ?? 0) > 0) {
        await setNumber(row.getByRole('spinbutton'), value.count!);
      }
    } else if (criterion.kind === 'veto') {
      if (value.triggered) {
        await row.getByRole('checkbox').check();
      }
    } else if (criterion.kind === 'holistic') {
      await setNumber(row.getByRole('spinbutton'), String(value.value));
    } else {
      const [numerator, denominator] = [
        row.getByRole('spinbutton').nth(0),
        row.getByRole('spinbutton').nth(1),
      ];
      await setNumber(numerator, value.numerator!);
      await setNumber(denominator, value.denominator!);
    }
  }
  // Nothing ticked is a score too: "未勾选的各项记为未达到".
  const noneMet = scope.getByRole('button', { name: /未勾选的各项记为未达到|Record the unticked/ });
  if ((await noneMet.count()) > 0) await noneMet.click();
}

/** Scores an item in the open drawer, explains it, and waits until the save went through. */
export async function scoreAndExplain(
  page: Page,
  item: Item,
  inputs: ItemInputs,
  explanation: string,
) {
  const drawer = page.getByRole('dialog');
  await enterInputs(drawer, item, inputs);
  await drawer.getByTestId('explanation-input').fill(explanation);
  await waitSaved(page);
}

/** On a failure: what every open page showed, for the report. */
async function shootFailure(people: Person[]) {
  for (const [i, p] of people.entries()) {
    await p.page
      .screenshot({ path: join(folder, `failure-${i + 1}.png`), fullPage: false })
      .catch(() => {});
  }
}

/**
 * Waits until the page's save indicator says 已保存 (30 s at the most: a first save on a
 * busy two-core machine has taken more than expect.poll's one second).
 */
export async function waitSaved(page: Page) {
  await expect
    .poll(async () => page.getByTestId('save-status').first().getAttribute('data-status'), {
      timeout: 30_000,
    })
    .toBe('saved');
}

/** The open drawer shows this item (its title starts with the words given). */
export async function showing(drawer: Locator, title: string) {
  await expect
    .poll(async () => (await drawer.locator('.ant-drawer-title').textContent()) ?? '')
    .toMatch(new RegExp(`^${title}(?!\\d)`));
}

/**
 * Answers the confirm dialog antd opens (for a workflow step, or before leaving unsaved
 * work) with `button`, once it has finished opening; `check`: a look at the page with the
 * dialog open, before answering.
 */
export async function answerConfirm(
  page: Page,
  button: string | RegExp,
  check?: () => Promise<void>,
) {
  const dialog = page.locator('.ant-modal-confirm').last();
  await dialog.waitFor();
  await expect.poll(async () => (await dialog.getAttribute('class')) ?? '').not.toContain('appear');
  await check?.();
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'detached', timeout: 30_000 });
}

/** Closes the open drawer and waits until it is gone (Escape, else its close button). */
export async function closeDrawer(page: Page) {
  await page.keyboard.press('Escape');
  const open = page.locator('.ant-drawer-open');
  try {
    await open.waitFor({ state: 'detached', timeout: 3_000 });
  } catch {
    await open.locator('.ant-drawer-close').click();
    await open.waitFor({ state: 'detached' });
  }
}
