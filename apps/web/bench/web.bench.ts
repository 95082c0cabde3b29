/**
 * The web app's two budgets, measured in the Debian Chromium against the real server on a
 * fresh database (built and started as for the e2e tests):
 *
 * - the JavaScript (gzip) the sign-in page and the scoring page download, each from an empty
 *   cache: target under 200 KB for the sign-in page;
 * - the time from navigation to a usable scoring table for the 30 items (every row drawn,
 *   the progress line shown, the scores filled in): target under 800 ms (issue 17). Cold
 *   loads alternate with and without the session hint cookie (decision 032): without it
 *   the page asks `auth.me` first and its data after, as before the hint. Measured from the
 *   navigation's start as the browser records it (`performance.now()` at the moment the
 *   table is usable), cold (empty cache), warm (a reload) and in the app (a link from 首页).
 *
 *   npx tsx apps/web/bench/web.bench.ts        (RUNS=7 for more samples)
 */
import { gzipSync } from 'node:zlib';
import type { ItemInputs } from '@kaohe/domain';
import { SESSION_HINT_COOKIE } from '@kaohe/domain/http';
import {
  type Browser,
  type BrowserContext,
  type CDPSession,
  chromium,
  type Page,
} from 'playwright-core';
import { buildIfStale as buildBundleIfStale } from '../../../scripts/bundle.mjs';
import { signIn } from '../e2e/support/api.ts';
import { CHROMIUM } from '../e2e/support/chromium.ts';
import { selfScoreAll } from '../e2e/support/drive.ts';
import { fullInputs } from '../e2e/support/plan.ts';
import { ADMIN_PASSWORD, buildIfStale, startKaohe } from '../e2e/support/server.ts';
import { signInUi } from '../e2e/support/ui.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const LOGIN_BUDGET_KB = 200;
const TABLE_BUDGET_MS = 800;
const PASSWORD = 'bench-password-2011';
/**
 * LATENCY_MS: a round trip's added latency for the cold loads (Chromium's network
 * emulation), as across a city's intranet or a phone on a VPN; 0 (loopback) by default.
 */
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 0);
const NO_LATENCY = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

/** An empty cache and, with LATENCY_MS, a slower network, for a cold load. */
async function coldNetwork(cdp: CDPSession) {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { ...NO_LATENCY, latency: LATENCY_MS });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Every script the page downloads while `run` goes on, with its raw and gzip sizes. */
async function scriptsLoaded(page: Page, run: () => Promise<void>) {
  const scripts: Array<{ url: string; raw: number; gzip: number; echarts: boolean }> = [];
  const pending: Promise<void>[] = [];
  const listener = (response: import('playwright-core').Response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then((body) => {
        scripts.push({
          url: response.url(),
          raw: body.length,
          gzip: gzipSync(body).length,
          // ECharts' own marker: the report charts must stay out of the pages that do not draw them.
          echarts: body.includes('_echarts_instance_'),
        });
      }),
    );
  };
  page.on('response', listener);
  await run();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', listener);
  return scripts;
}

/** Where a cold load's time went: scripts, the API calls in order, and the rest (rendering). */
async function breakdown(page: Page, usable: number) {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({
      name: e.name,
      type: (e as PerformanceResourceTiming).initiatorType,
      start: e.startTime,
      end: (e as PerformanceResourceTiming).responseEnd,
    })),
  );
  const before = entries.filter((e) => e.end <= usable);
  const scripts = before.filter((e) => e.type === 'script' || e.name.endsWith('.js'));
  const api = before.filter((e) => e.name.includes('/trpc/'));
  const lastData = Math.max(0, ...api.map((e) => e.end));
  return {
    scriptsDone: Math.max(0, ...scripts.map((e) => e.end)),
    api: api.map((e) => ({
      name: decodeURIComponent(new URL(e.name).pathname.replace('/trpc/', '')),
      ms: e.end - e.start,
    })),
    afterData: usable - lastData,
  };
}

/** Milliseconds from the navigation's start until the 30-row table is usable. */
async function tableUsable(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const rows = document.querySelectorAll('tbody tr.kaohe-item-row');
      const progress = document.querySelector('[data-testid="progress"]');
      const scored = document.querySelector('[data-testid="subtotal-self"]')?.textContent;
      return rows.length === 30 && progress && scored ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function signedInContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await signInUi(page, 'bench-unit', PASSWORD);
  await page.close();
  return context;
}

async function main() {
  await Promise.all([buildIfStale(), buildBundleIfStale('server')]);
  const server = await startKaohe();
  const browser = await chromium.launch(CHROMIUM);
  try {
    // A unit with its 30 items filled in, so the table shows every score.
    const admin = await signIn(server.baseUrl, 'admin', ADMIN_PASSWORD);
    await admin.admin.saveUnit.mutate({
      id: 'bench',
      name: '测试区总工会',
      unitTypeId: 'district',
      memberCount: 1000,
      active: true,
    });
    await admin.admin.createUser.mutate({
      username: 'bench-unit',
      displayName: '测试区总工会填报员',
      role: 'unit',
      unitId: 'bench',
      password: PASSWORD,
    });
    const unit = await signIn(server.baseUrl, 'bench-unit', PASSWORD);
    const rubricId = (await admin.rubric.years.query()).find((r) => r.status === 'published')!.id;
    const cycle = await admin.cycle.create.mutate({
      name: '2011年度工会工作目标管理考核',
      rubricId,
      unitIds: ['bench'],
    });
    const [assessment] = await admin.assessment.list.query({ cycleId: cycle.id });
    await selfScoreAll(unit, assessment!.id, (i): ItemInputs => fullInputs(i));
    const path = `/assessments/${assessment!.id}`;

    // The sign-in page's JavaScript, from an empty cache.
    const loginContext = await browser.newContext({ baseURL: server.baseUrl });
    const loginPage = await loginContext.newPage();
    const loginScripts = await scriptsLoaded(loginPage, async () => {
      await loginPage.goto('/login');
      await loginPage.getByRole('button', { name: '登录', exact: true }).waitFor();
    });
    await loginContext.close();

    // The scoring page's JavaScript, from an empty cache, signed in.
    const scoringContext = await signedInContext(browser, server.baseUrl);
    const scoringPage = await scoringContext.newPage();
    const cdp = await scoringContext.newCDPSession(scoringPage);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const scoringScripts = await scriptsLoaded(scoringPage, async () => {
      await scoringPage.goto(path);
      await tableUsable(scoringPage);
    });
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await scoringContext.close();

    // Time to a usable table: cold (new context, empty cache), warm (reload), in the app.
    const cold: number[] = [];
    const coldNoHint: number[] = [];
    const parts: Array<Awaited<ReturnType<typeof breakdown>>> = [];
    const warm: number[] = [];
    const inApp: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // The same cold load without the hint: auth.me, then the page's data.
      const bare = await signedInContext(browser, server.baseUrl);
      await bare.clearCookies({ name: SESSION_HINT_COOKIE });
      const barePage = await bare.newPage();
      await coldNetwork(await bare.newCDPSession(barePage));
      await barePage.goto(path);
      coldNoHint.push(await tableUsable(barePage));
      await bare.close();

      const ctx = await signedInContext(browser, server.baseUrl);
      const page = await ctx.newPage();
      const session = await ctx.newCDPSession(page);
      await coldNetwork(session);
      await page.goto(path);
      const usable = await tableUsable(page);
      cold.push(usable);
      parts.push(await breakdown(page, usable));
      await session.send('Network.setCacheDisabled', { cacheDisabled: false });
      await session.send('Network.emulateNetworkConditions', NO_LATENCY);
      await page.reload();
      await tableUsable(page);
      await page.reload();
      warm.push(await tableUsable(page));
      // In the app: from 首页, a link to the table (the route's code and data loaded on click).
      await page.goto('/');
      await page.getByRole('link', { name: '填报自评' }).first().waitFor();
      const started = await page.evaluate(() => performance.now());
      await page.getByRole('link', { name: '填报自评' }).first().click();
      inApp.push((await tableUsable(page)) - started);
      await ctx.close();
    }

    const sum = (xs: Array<{ gzip: number }>) => xs.reduce((n, s) => n + s.gzip, 0);
    const loginGzip = sum(loginScripts);
    const scoringGzip = sum(scoringScripts);
    const rows = [
      ['measure', 'value', 'target', 'met'],
      ['---', '---:', '---:', ':---:'],
      [
        `JS for /login (gzip, ${loginScripts.length} files)`,
        `${kb(loginGzip)} KB`,
        `< ${LOGIN_BUDGET_KB} KB`,
        loginGzip < LOGIN_BUDGET_KB * 1024 ? 'yes' : 'no',
      ],
      [
        `JS for /assessments/$id (gzip, ${scoringScripts.length} files)`,
        `${kb(scoringGzip)} KB`,
        '—',
        '—',
      ],
      [
        `scoring table usable, cold (median of ${RUNS}${LATENCY_MS ? `, +${LATENCY_MS} ms a round trip` : ''})`,
        `${median(cold).toFixed(0)} ms`,
        `< ${TABLE_BUDGET_MS} ms`,
        median(cold) < TABLE_BUDGET_MS ? 'yes' : 'no',
      ],
      [
        `… cold without the session hint: auth.me first (median of ${RUNS})`,
        `${median(coldNoHint).toFixed(0)} ms`,
        '—',
        '—',
      ],
      [
        `scoring table usable, warm reload (median of ${RUNS})`,
        `${median(warm).toFixed(0)} ms`,
        `< ${TABLE_BUDGET_MS} ms`,
        median(warm) < TABLE_BUDGET_MS ? 'yes' : 'no',
      ],
      [
        `scoring table usable, link from 首页 (median of ${RUNS})`,
        `${median(inApp).toFixed(0)} ms`,
        `< ${TABLE_BUDGET_MS} ms`,
        median(inApp) < TABLE_BUDGET_MS ? 'yes' : 'no',
      ],
    ];
    console.log(`\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
    console.log(
      `cold runs: ${cold.map((x) => x.toFixed(0)).join(', ')} ms; without the hint: ${coldNoHint
        .map((x) => x.toFixed(0))
        .join(', ')} ms; warm: ${warm
        .map((x) => x.toFixed(0))
        .join(', ')} ms; in the app: ${inApp.map((x) => x.toFixed(0)).join(', ')} ms`,
    );
    const apiNames = [...new Set(parts.flatMap((p) => p.api.map((a) => a.name)))];
    console.log(
      `cold load, medians: scripts downloaded by ${median(parts.map((p) => p.scriptsDone)).toFixed(0)} ms; ${apiNames
        .map(
          (n) =>
            `${n} ${median(parts.map((p) => p.api.find((a) => a.name === n)?.ms ?? 0)).toFixed(0)} ms`,
        )
        .join('; ')}; from the last answer to a usable table ${median(
        parts.map((p) => p.afterData),
      ).toFixed(0)} ms`,
    );
    const withCharts = loginScripts.filter((x) => x.echarts).map((x) => new URL(x.url).pathname);
    console.log(
      `ECharts in the /login scripts: ${withCharts.length === 0 ? 'absent' : `PRESENT in ${withCharts.join(', ')}`}; in the scoring page's: ${scoringScripts.some((x) => x.echarts) ? 'present' : 'absent'}`,
    );
    console.log('\n/login scripts (gzip):');
    for (const s of loginScripts.sort((a, b) => b.gzip - a.gzip)) {
      console.log(`  ${kb(s.gzip).padStart(7)} KB  ${new URL(s.url).pathname}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
