/**
 * What the web app's benchmarks share: a unit with its 30 items filled in on a running
 * server, a signed-in browser context, a cold network, and the moment the scoring table
 * is usable.
 */
import type { ItemInputs } from '@kaohe/domain';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { signIn } from '../e2e/support/api.ts';
import { selfScoreAll } from '../e2e/support/drive.ts';
import { fullInputs } from '../e2e/support/plan.ts';
import { ADMIN_PASSWORD } from '../e2e/support/server.ts';
import { signInUi } from '../e2e/support/ui.ts';

export const BENCH_USER = 'bench-unit';
const PASSWORD = 'bench-password-2011';

/**
 * LATENCY_MS: a round trip's added latency for the cold loads (Chromium's network
 * emulation), as across a city's intranet or a phone on a VPN; 0 (loopback) by default.
 */
export const LATENCY_MS = Number(process.env.LATENCY_MS ?? 0);
export const NO_LATENCY = {
  offline: false,
  latency: 0,
  downloadThroughput: -1,
  uploadThroughput: -1,
};

/** An empty cache and, with LATENCY_MS, a slower network, for a cold load. */
export async function coldNetwork(cdp: CDPSession) {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { ...NO_LATENCY, latency: LATENCY_MS });
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * A unit with its 30 items filled in, so the table shows every score, on a fresh server:
 * the path of its scoring page.
 */
export async function scoringPageOf(baseUrl: string): Promise<string> {
  const admin = await signIn(baseUrl, 'admin', ADMIN_PASSWORD);
  await admin.admin.saveUnit.mutate({
    id: 'bench',
    name: '测试区总工会',
    unitTypeId: 'district',
    memberCount: 1000,
    active: true,
  });
  await admin.admin.createUser.mutate({
    username: BENCH_USER,
    displayName: '测试区总工会填报员',
    role: 'unit',
    unitId: 'bench',
    password: PASSWORD,
  });
  const unit = await signIn(baseUrl, BENCH_USER, PASSWORD);
  const rubricId = (await admin.rubric.years.query()).find((r) => r.status === 'published')!.id;
  const cycle = await admin.cycle.create.mutate({
    name: '2011年度工会工作目标管理考核',
    rubricId,
    unitIds: ['bench'],
  });
  const [assessment] = await admin.assessment.list.query({ cycleId: cycle.id });
  await selfScoreAll(unit, assessment!.id, (i): ItemInputs => fullInputs(i));
  return `/assessments/${assessment!.id}`;
}

/** Milliseconds from the navigation's start until the 30-row table is usable. */
export async function tableUsable(page: Page): Promise<number> {
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

export async function signedInContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await signInUi(page, BENCH_USER, PASSWORD);
  await page.close();
  return context;
}

/** One cold load of `path` in a new signed-in context: milliseconds to a usable table. */
export async function coldLoad(browser: Browser, baseUrl: string, path: string): Promise<number> {
  const context = await signedInContext(browser, baseUrl);
  try {
    const page = await context.newPage();
    await coldNetwork(await context.newCDPSession(page));
    await page.goto(path);
    return await tableUsable(page);
  } finally {
    await context.close();
  }
}
