/**
 * 逾期 and 站内消息 in Chromium (issue 15): a unit past its self-scoring deadline is in the
 * admin's 逾期未完成; the admin selects all overdue and sends 催办; the unit's bell shows
 * one unread message, the list says who reminded it of what, and 全部标为已读 clears the
 * bell. Its own unit, user and cycle, set up through the API.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, accountWithOwnPassword, signIn } from './support/api.ts';
import { cycleOf } from './support/drive.ts';
import { chromiumForFile, shot } from './support/ui.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'e2e-messages-password';
const UNIT = {
  id: 'e2e-msg-unit',
  name: '消息测试区总工会',
  unitTypeId: 'district',
  memberCount: 1_000,
};

const cast = chromiumForFile('messages');
let admin: Api;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

beforeAll(async () => {
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
});

describe('逾期与催办', () => {
  test('the admin reminds the overdue; the unit reads it from the bell', async () => {
    await admin.admin.saveUnit.mutate({ ...UNIT, active: true });
    await accountWithOwnPassword(
      admin,
      baseUrl,
      { username: 'msg-unit', displayName: '李填报', role: 'unit', unitId: UNIT.id },
      { first: 'first-password-messages', own: PASSWORD },
    );
    // Self-scoring was due two days ago: the unit is overdue.
    await cycleOf(admin, '催办测试', [UNIT], {
      selfScoring: isoDate(new Date(Date.now() - 2 * 86_400_000)),
      review: '2099-12-31',
    });

    const office = await cast.signedIn('admin', inject('adminPassword'));
    const card = office.getByTestId('overdue-card');
    const row = card.getByRole('row', { name: new RegExp(UNIT.name) });
    await row.waitFor();
    await expect(row.getByText('逾期')).toBeTruthy();
    await row.getByRole('checkbox').check();
    await card.getByTestId('remind-units').click();
    await office.getByText(/已催办1条/).waitFor();
    await shot(office, 'messages-remind');

    const unit = await cast.signedIn('msg-unit', PASSWORD);
    const bell = unit.getByTestId('message-bell');
    // The bell counts what the server holds unread: the 催办, and the deadline reminder the
    // server may have sent by itself meanwhile (self-scoring is past due; it runs on its own
    // schedule), never less than the 催办 alone.
    const unitApi = await signIn(baseUrl, 'msg-unit', PASSWORD);
    await expect
      .poll(async () => {
        const { unread } = await unitApi.message.list.query({
          unreadOnly: true,
          limit: 50,
          offset: 0,
        });
        const label = await bell.getAttribute('aria-label');
        return unread >= 1 && label === `站内消息（${unread}条未读）`;
      })
      .toBe(true);
    await bell.click();
    const list = unit.getByTestId('message-list');
    await list.getByText(`尽快完成${UNIT.name}的单位自评`, { exact: false }).waitFor();
    await shot(unit, 'messages-list');
    await unit.getByTestId('mark-all-read').click();
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('站内消息');
    for (const p of cast.people) expect(p.errors, 'errors logged by the pages').toEqual([]);
  });
});
