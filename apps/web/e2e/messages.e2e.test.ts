/**
 * 逾期 and 站内消息 in Chromium (issue 15): a unit past its self-scoring deadline is in the
 * admin's 逾期未完成; the admin selects all overdue and sends 催办; the unit's bell shows
 * one unread message, the list says who reminded it of what, and 全部标为已读 clears the
 * bell. Its own unit, user and cycle, set up through the API.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, signIn } from './support/api.ts';
import { launch, type Person, person, shootFailure, shot, signInUi } from './support/ui.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'e2e-messages-password';
const UNIT = {
  id: 'e2e-msg-unit',
  name: '消息测试区总工会',
  unitTypeId: 'district',
  memberCount: 1_000,
};

let browser: Browser;
let admin: Api;
const people: Person[] = [];

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

beforeAll(async () => {
  browser = await launch('messages');
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await shootFailure(people);
});

afterAll(async () => {
  await browser?.close();
});

describe('逾期与催办', () => {
  test('the admin reminds the overdue; the unit reads it from the bell', async () => {
    await admin.admin.saveUnit.mutate({ ...UNIT, active: true });
    const { password } = await admin.admin.createUser.mutate({
      username: 'msg-unit',
      displayName: '李填报',
      role: 'unit',
      unitId: UNIT.id,
      departmentId: null,
      password: 'first-password-messages',
    });
    const unitApi = await signIn(baseUrl, 'msg-unit', password);
    await unitApi.auth.changePassword.mutate({ currentPassword: password, newPassword: PASSWORD });
    const rubricId = (await admin.rubric.years.query()).find(
      (r) => r.year === 2011 && r.status === 'published',
    )!.id;
    // Self-scoring was due two days ago: the unit is overdue.
    await admin.cycle.create.mutate({
      name: '催办测试',
      rubricId,
      unitIds: [UNIT.id],
      deadlines: {
        selfScoring: isoDate(new Date(Date.now() - 2 * 86_400_000)),
        review: '2099-12-31',
      },
    });
    // Not active once assessed here, so other runs' "every active unit" leaves it out.
    await admin.admin.saveUnit.mutate({ ...UNIT, active: false });

    const office = await person(browser, baseUrl);
    people.push(office);
    await signInUi(office.page, 'admin', inject('adminPassword'));
    const card = office.page.getByTestId('overdue-card');
    const row = card.getByRole('row', { name: new RegExp(UNIT.name) });
    await row.waitFor();
    await expect(row.getByText('逾期')).toBeTruthy();
    await row.getByRole('checkbox').check();
    await card.getByTestId('remind-units').click();
    await office.page.getByText(/已催办1条/).waitFor();
    await shot(office.page, 'messages-remind');

    const unit = await person(browser, baseUrl);
    people.push(unit);
    await signInUi(unit.page, 'msg-unit', PASSWORD);
    const bell = unit.page.getByTestId('message-bell');
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('站内消息（1条未读）');
    await bell.click();
    const list = unit.page.getByTestId('message-list');
    await list.getByText(`尽快完成${UNIT.name}的单位自评`, { exact: false }).waitFor();
    await shot(unit.page, 'messages-list');
    await unit.page.getByTestId('mark-all-read').click();
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('站内消息');
    for (const p of people) expect(p.errors, 'errors logged by the pages').toEqual([]);
  });
});
