/**
 * Reached as a public body installs it (issue 13): through a host name that is not
 * localhost, mapped to loopback in Chromium (`--host-resolver-rules`). Over plain http,
 * a unit signs in and saves a score: before decision 012 the page stayed blank, because
 * the CSP's upgrade-insecure-requests sent every script to https. And with
 * KAOHE_PUBLIC_URL=https://kaohe.intranet, the headers ask for https (checked over plain
 * HTTP: there is no TLS here to follow them), and another Host is refused. Each server
 * is this file's own, so the shared one's configuration stays as it is.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accountWithOwnPassword, signIn } from './support/api.ts';
import { cycleOf } from './support/drive.ts';
import { ITEM_2_BY_HAND, item } from './support/plan.ts';
import { ADMIN_PASSWORD, type RunningServer, startKaohe } from './support/server.ts';
import { chromiumForFile, closeDrawer, scoreAndExplain, shot, signInUi } from './support/ui.ts';

const HOST = 'kaohe.intranet';
const PASSWORD = 'lan-office-secret-2011';

const cast = chromiumForFile('intranet', [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`]);
let plain: RunningServer | undefined;
let secure: RunningServer | undefined;

beforeAll(async () => {
  plain = await startKaohe();
  secure = await startKaohe({ KAOHE_PUBLIC_URL: `https://${HOST}` });
}, 700_000);

afterAll(async () => {
  await plain?.stop();
  await secure?.stop();
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the Host header we choose (fetch does not let a test set it). */
function raw(
  port: number,
  options: { method?: string; path: string; headers: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A unit with its own assessment in a new cycle, and its account on a password of its own. */
async function unitWithAssessment(server: RunningServer, username: string) {
  const admin = await signIn(server.baseUrl, 'admin', ADMIN_PASSWORD);
  const unit = {
    id: 'lakeside',
    name: '湖滨区总工会',
    unitTypeId: 'district',
    memberCount: 40_000,
  };
  await admin.admin.saveUnit.mutate({ ...unit, active: true });
  const api = await accountWithOwnPassword(
    admin,
    server.baseUrl,
    { username, displayName: '湖滨区总工会填报员', role: 'unit', unitId: unit.id },
    { first: 'office-given-password-2011', own: PASSWORD },
  );
  const cycle = await cycleOf(admin, '内网考核', [unit]);
  return { api, assessmentId: cycle.assessmentOf[unit.id]! };
}

describe('an intranet install', () => {
  test('over plain http on kaohe.intranet: a unit signs in and saves a score', async () => {
    const server = plain!;
    const { api, assessmentId } = await unitWithAssessment(server, 'intranet-unit');

    const unitPerson = await cast.person({}, `http://${HOST}:${server.port}`);
    const page = unitPerson.page;
    const insecureUpgrades: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith('https:')) insecureUpgrades.push(r.url());
    });
    await signInUi(page, 'intranet-unit', PASSWORD);
    expect(new URL(page.url()).host).toBe(`${HOST}:${server.port}`);
    const selfScore = page.getByRole('link', { name: '填报自评' }).first();
    await selfScore.waitFor();
    await shot(page, 'intranet-unit-home');

    await selfScore.click();
    await page.getByTestId('progress').waitFor();
    await page.getByRole('button', { name: '第2项自评分：未评' }).click();
    await scoreAndExplain(page, item(2), ITEM_2_BY_HAND, '建会率数据来自年度统计报表。');
    await shot(page, 'intranet-unit-drawer-saved');
    await closeDrawer(page);
    await expect
      .poll(() => page.getByTestId('progress').textContent(), { timeout: 30_000 })
      .toBe('已完成 1 / 30');

    // The server has it, saved through the intranet host name.
    const detail = await api.assessment.byId.query({ id: assessmentId });
    const saved = detail.items.find((i) => i.itemId === item(2).id)!;
    expect(saved.selfInputs).toEqual({
      a: { numerator: 85, denominator: 100 },
      b: { met: true },
    });
    expect(insecureUpgrades).toEqual([]);

    // Nothing https-only was asked for.
    const index = await raw(server.port, {
      path: '/',
      headers: { host: `${HOST}:${server.port}` },
    });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(index.headers['strict-transport-security']).toBeUndefined();
    expect(unitPerson.errors, 'errors logged by the page').toEqual([]);
  });

  test('with KAOHE_PUBLIC_URL=https://kaohe.intranet the headers ask for https; another host is refused', async () => {
    const server = secure!;
    const host = `${HOST}:${server.port}`;

    const index = await raw(server.port, { path: '/', headers: { host } });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<div id="root">');
    expect(index.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(index.headers['strict-transport-security']).toMatch(/^max-age=\d+/);

    const login = await raw(server.port, {
      method: 'POST',
      path: '/trpc/auth.login',
      headers: {
        host,
        origin: `https://${HOST}`,
        'content-type': 'application/json',
        'x-kaohe-csrf': '1',
      },
      body: JSON.stringify({ json: { username: 'admin', password: ADMIN_PASSWORD } }),
    });
    expect(login.status, login.body).toBe(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);

    for (const other of ['127.0.0.1', `evil.example:${server.port}`]) {
      const refused = await raw(server.port, {
        path: '/',
        headers: { host: other, 'accept-language': 'zh-CN' },
      });
      expect(refused.status, other).toBe(421);
      expect(JSON.parse(refused.body).message).toBe(
        `此地址不是本系统的访问地址，请通过 https://${HOST} 访问`,
      );
    }

    // Chromium, sent there over plain http, does as the headers say: the scripts go to https.
    const visitor = await cast.person({}, `http://${host}`);
    const upgraded = visitor.page.waitForEvent('requestfailed', (r) =>
      r.url().startsWith(`https://${host}/`),
    );
    await visitor.page.goto('/login');
    expect(new URL((await upgraded).url()).protocol).toBe('https:');
  });
});
