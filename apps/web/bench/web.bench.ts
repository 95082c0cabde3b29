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
import { SESSION_HINT_COOKIE } from '@kaohe/domain/http';
import { chromium, type Page } from 'playwright-core';
import { buildIfStale as buildBundleIfStale } from '../../../scripts/bundle.mjs';
import { CHROMIUM } from '../e2e/support/chromium.ts';
import { buildIfStale, startKaohe } from '../e2e/support/server.ts';
import {
  coldNetwork,
  LATENCY_MS,
  median,
  NO_LATENCY,
  scoringPageOf,
  signedInContext,
  tableUsable,
} from './support.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const LOGIN_BUDGET_KB = 200;
const TABLE_BUDGET_MS = 800;
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

async function main() {
  await Promise.all([buildIfStale(), buildBundleIfStale('server')]);
  const server = await startKaohe();
  const browser = await chromium.launch(CHROMIUM);
  try {
    const path = await scoringPageOf(server.baseUrl);

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
