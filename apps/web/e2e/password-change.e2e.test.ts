/**
 * The forced password change shows the server's refusals beside their fields (issue 13): a
 * common new password beside 新密码, a wrong current one beside 当前密码, then a good one
 * goes through. Its own user, set up through the API.
 */
import { beforeAll, describe, inject, test } from 'vitest';
import { type Api, apiClient, signIn } from './support/api.ts';
import { chromiumForFile, shot } from './support/ui.ts';

const baseUrl = inject('baseUrl');
const FIRST = 'first-password-pw';

const cast = chromiumForFile('password');
let admin: Api;

beforeAll(async () => {
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
});

describe('changing the password', () => {
  test('the refusals appear beside their fields', async () => {
    await admin.admin.createUser.mutate({
      username: 'pw-chairman',
      displayName: '改密码测试',
      role: 'chairman',
      unitId: null,
      departmentId: 'chairman',
      password: FIRST,
    });
    const page = await cast.signedIn('pw-chairman', FIRST);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('初始密码').waitFor();

    const fill = async (current: string, next: string) => {
      await dialog.getByLabel('当前密码').fill(current);
      await dialog.getByLabel('新密码', { exact: true }).fill(next);
      await dialog.getByLabel('确认新密码').fill(next);
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
    };
    const beside = (label: string, text: string) =>
      dialog
        .locator('.ant-form-item')
        .filter({ has: page.getByLabel(label, { exact: true }) })
        .locator('.ant-form-item-explain-error', { hasText: text })
        .waitFor();

    await fill(FIRST, 'password123');
    await beside('新密码', '这是最常见的密码之一，很容易被猜中，请换一个');
    await shot(page, 'password-common');
    await fill(FIRST, 'pw-chairman-2012');
    await beside('新密码', '密码不能包含账号名，请换一个');
    await fill('not-the-first-one', 'a-good-new-password-2012');
    await beside('当前密码', '当前密码不正确');
    await shot(page, 'password-wrong-current');
    await fill(FIRST, 'a-good-new-password-2012');
    await dialog.waitFor({ state: 'hidden' });
    // The new password signs in; the first one no longer does.
    await apiClient(baseUrl).auth.login.mutate({
      username: 'pw-chairman',
      password: 'a-good-new-password-2012',
    });
  });
});
