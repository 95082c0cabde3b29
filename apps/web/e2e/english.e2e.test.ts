/**
 * The second run, in English: the language switch on the sign-in page, a unit's home and
 * scoring table (with a rule's breakdown in English), and the chairman's overview. Its own
 * unit, users and cycle, set up through the API, so it does not depend on the Chinese run.
 */
import { formatCenti, scoreAssessment } from '@kaohe/domain';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, accountsLabelled, signIn } from './support/api.ts';
import {
  bonusAndComplete,
  cycleOf,
  reviewAgreeing,
  selfScoreAll,
  submit,
} from './support/drive.ts';
import { fullInputs, ITEM_2_BY_HAND, item, REVIEWING_DEPARTMENTS, rubric } from './support/plan.ts';
import { chromiumForFile, closeDrawer, scoreAndExplain, shot, signInUi } from './support/ui.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'e2e-english-password';

const cast = chromiumForFile('en');
let admin: Api;

const user = accountsLabelled(() => admin, ' (English run)', {
  first: 'first-password-en',
  own: PASSWORD,
});

beforeAll(async () => {
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
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
    const cycle = await cycleOf(admin, 'English run', units);
    const idOf = (unitId: string) => cycle.assessmentOf[unitId]!;
    // 山前 goes all the way to final approval, so the overview has a total and a rank.
    await selfScoreAll(hillsideUnit, idOf('hillside'), (i) => fullInputs(i));
    await submit(hillsideUnit, idOf('hillside'));
    for (const d of REVIEWING_DEPARTMENTS) {
      await reviewAgreeing(departments[d]!, d, idOf('hillside'), { complete: true });
    }
    await bonusAndComplete(chairman, idOf('hillside'), '2');
    void riversideUnit;

    // Sign in, switching the language on the sign-in page.
    const unitPerson = await cast.person();
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
    await scoreAndExplain(
      page,
      item(2),
      ITEM_2_BY_HAND,
      'Founding rate from the 2011 statistical yearbook.',
    );
    await page.getByRole('dialog').getByText('met, +5').first().waitFor();
    await shot(page, 'en-unit-drawer');
    await closeDrawer(page);
    await expect.poll(() => page.getByTestId('progress').textContent()).toBe('1 / 30 complete');
    await shot(page, 'en-unit-table');

    // The chairman's overview in English.
    const chairPerson = await cast.person();
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

    for (const p of cast.people) expect(p.errors, 'errors logged by the pages').toEqual([]);
  });
});
