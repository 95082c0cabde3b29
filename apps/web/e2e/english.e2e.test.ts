/**
 * The second run, in English: the language switch on the sign-in page, a unit's home and
 * scoring table (with a rule's breakdown in English), and the chairman's overview. Its own
 * unit, users and cycle, set up through the API, so it does not depend on the Chinese run.
 */
import { formatCenti, scoreAssessment } from '@kaohe/domain';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, signIn } from './support/api.ts';
import { bonusAndComplete, reviewAgreeing, selfScoreAll, submit } from './support/drive.ts';
import { fullInputs, item, REVIEWING_DEPARTMENTS, rubric } from './support/plan.ts';
import {
  closeDrawer,
  enterInputs,
  launch,
  type Person,
  person,
  shootFailure,
  shot,
  signInUi,
} from './support/ui.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'e2e-english-password';

let browser: Browser;
let admin: Api;
const people: Person[] = [];

async function user(username: string, extra: Record<string, string | null>) {
  const { password } = await admin.admin.createUser.mutate({
    username,
    displayName: `${username} (English run)`,
    role: extra.role as 'unit',
    unitId: extra.unitId ?? null,
    departmentId: extra.departmentId ?? null,
    password: 'first-password-en',
  });
  const api = await signIn(baseUrl, username, password);
  await api.auth.changePassword.mutate({ currentPassword: password, newPassword: PASSWORD });
  return api;
}

beforeAll(async () => {
  browser = await launch('en');
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await shootFailure(people);
});

afterAll(async () => {
  await browser?.close();
});

describe('the second run, in English', () => {
  test('sign in, the unit’s table, the chairman’s overview', async () => {
    const units = [
      { id: 'riverside', name: '滨江开发区工会', unitTypeId: 'devZone', memberCount: 30_000 },
      { id: 'hillside', name: '山前开发区工会', unitTypeId: 'devZone', memberCount: 25_000 },
    ];
    for (const u of units) await admin.admin.saveUnit.mutate({ ...u, active: true });
    const riversideUnit = await user('en-unit-riverside', { role: 'unit', unitId: 'riverside' });
    const hillsideUnit = await user('en-unit-hillside', { role: 'unit', unitId: 'hillside' });
    const chairman = await user('en-chairman', { role: 'chairman' });
    const departments: Record<string, Api> = {};
    for (const d of REVIEWING_DEPARTMENTS) {
      departments[d] = await user(`en-d-${d}`, { role: 'department', departmentId: d });
    }
    // The 2011 rubric by name: another e2e file may have published a 2012 one already.
    const rubricId = (await admin.rubric.years.query()).find(
      (r) => r.year === 2011 && r.status === 'published',
    )!.id;
    const cycle = await admin.cycle.create.mutate({
      name: 'English run',
      rubricId,
      unitIds: units.map((u) => u.id),
      deadlines: { selfScoring: '2099-12-31', review: '2099-12-31' },
    });
    // No longer active once assessed here, so the Chinese run's "every active unit" leaves them out.
    for (const u of units) await admin.admin.saveUnit.mutate({ ...u, active: false });
    const listed = await admin.assessment.list.query({ cycleId: cycle.id });
    const idOf = (unitId: string) => listed.find((a) => a.unitId === unitId)!.id;
    // 山前 goes all the way to final approval, so the overview has a total and a rank.
    await selfScoreAll(hillsideUnit, idOf('hillside'), (i) => fullInputs(i));
    await submit(hillsideUnit, idOf('hillside'));
    for (const d of REVIEWING_DEPARTMENTS) {
      await reviewAgreeing(departments[d]!, d, idOf('hillside'), { complete: true });
    }
    await bonusAndComplete(chairman, idOf('hillside'), '2');
    void riversideUnit;

    // Sign in, switching the language on the sign-in page.
    const unitPerson = await person(browser, baseUrl);
    people.push(unitPerson);
    const page = unitPerson.page;
    await page.goto('/login');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot(page, 'en-login');
    await page.getByLabel('Username').fill('en-unit-riverside');
    await page.getByLabel('Password').fill('wrong-password-123');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').getByText('Wrong username or password').waitFor();
    await shot(page, 'en-login-refused');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('heading', { name: /^Hello, / }).waitFor();
    await shot(page, 'en-unit-home');

    // The unit's table: English around the rubric's own words, a rule's breakdown in English.
    await page.getByRole('link', { name: 'Self-score' }).first().click();
    await page.getByTestId('progress').waitFor();
    expect(await page.getByTestId('progress').textContent()).toBe('0 / 30 complete');
    await page.getByRole('button', { name: 'Item 2 Self score: Unscored' }).click();
    const drawer = page.getByRole('dialog');
    await enterInputs(drawer, item(2), {
      a: { numerator: 85, denominator: 100 },
      b: { met: true },
    });
    await drawer.getByText('met, +5').first().waitFor();
    await drawer
      .getByTestId('explanation-input')
      .fill('Founding rate from the 2011 statistical yearbook.');
    await expect
      .poll(async () => page.getByTestId('save-status').first().getAttribute('data-status'))
      .toBe('saved');
    await shot(page, 'en-unit-drawer');
    await closeDrawer(page);
    await expect.poll(() => page.getByTestId('progress').textContent()).toBe('1 / 30 complete');
    await shot(page, 'en-unit-table');

    // The chairman's overview in English.
    const chairPerson = await person(browser, baseUrl);
    people.push(chairPerson);
    const chair = chairPerson.page;
    await chair.goto('/login');
    await chair.getByRole('button', { name: 'English' }).click();
    await signInUi(chair, 'en-chairman', PASSWORD, 'en');
    await chair.goto(`/overview?cycleId=${cycle.id}`);
    await chair.getByTestId('rank-hillside').waitFor();
    const expected = scoreAssessment(rubric, {
      unitType: 'devZone',
      items: Object.fromEntries(
        rubric.categories.flatMap((c) => c.items).map((i) => [i.id, fullInputs(i)]),
      ),
      bonus: [{ bonusItemId: 'bonus-honours', points: '2' }],
    });
    expect(await chair.getByTestId('total-hillside').textContent()).toBe(
      formatCenti(expected.total),
    );
    await chair.getByRole('columnheader', { name: 'Rank' }).waitFor();
    await chair.getByText('Not approved').first().waitFor();
    await shot(chair, 'en-chairman-overview');

    for (const p of people) expect(p.errors, 'errors logged by the pages').toEqual([]);
  });
});
