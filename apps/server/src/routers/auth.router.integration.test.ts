import { describeEachEngine } from '@kaohe/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context.ts';
import { AppTrpcError } from '../errors.ts';
import { hashToken } from '../services/auth-service.ts';
import {
  createCaller,
  createHarness,
  type Harness,
  outcome,
  TEST_PASSWORD,
  USERS,
} from '../testing/harness.ts';

const refusal = (e: unknown) =>
  e instanceof AppTrpcError ? { code: e.domainCode, zh: e.text.zh } : { code: String(e), zh: '' };

describeEachEngine('auth router', ({ db }) => {
  let h: Harness;

  /** Signs in through the procedure and returns the token the cookie would carry. */
  async function signIn(username: string, password = TEST_PASSWORD, ip = '10.2.0.1') {
    let token: string | null = null;
    const caller = createCaller(
      createContextInner(h.deps, {
        meta: { ip },
        cookies: { set: (t) => (token = t), clear: () => (token = null) },
      }),
    );
    const result = await caller.auth.login({ username, password });
    return { result, token: token as string | null };
  }

  /** A caller on a session, as the HTTP adapter would build it. */
  function onSession(username: string, token: string) {
    return createCaller(
      createContextInner(h.deps, { user: h.user(username), sessionId: hashToken(token) }),
    );
  }

  const sessionRevoked = async (token: string) =>
    (
      await h.db
        .selectFrom('sessions')
        .select('revokedAt')
        .where('id', '=', hashToken(token))
        .executeTakeFirstOrThrow()
    ).revokedAt !== null;

  beforeAll(async () => {
    h = await createHarness(db());
  });

  afterAll(() => h.dispose());

  describe('login', () => {
    it('returns the user and sets a session cookie', async () => {
      const { result, token } = await signIn(USERS.unitA);
      expect(result.user).toMatchObject({ id: USERS.unitA, role: 'unit', unitId: 'hexi' });
      expect(result.user).not.toHaveProperty('passwordHash');
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('accepts the username in any case and with spaces around it', async () => {
      const { result } = await signIn(`  ${USERS.unitA.toUpperCase()} `);
      expect(result.user.id).toBe(USERS.unitA);
    });

    it('says the same for a wrong password and an unknown account', async () => {
      const wrong = await signIn(USERS.unitA, 'wrong-password-1', '10.2.0.2').catch(refusal);
      const unknown = await signIn('nobody-here', TEST_PASSWORD, '10.2.0.2').catch(refusal);
      expect(wrong).toEqual({ code: 'UNAUTHENTICATED', zh: '用户名或密码错误' });
      expect(unknown).toEqual(wrong);
    });

    it('refuses a disabled account, and says so only to whoever knows its password', async () => {
      await h.as(USERS.admin).admin.setUserActive({ userId: USERS.unitB, active: false });
      try {
        expect(await signIn(USERS.unitB, TEST_PASSWORD, '10.2.0.3').catch(refusal)).toEqual({
          code: 'UNAUTHENTICATED',
          zh: '该账号已停用',
        });
        expect(await signIn(USERS.unitB, 'wrong-password-2', '10.2.0.3').catch(refusal)).toEqual({
          code: 'UNAUTHENTICATED',
          zh: '用户名或密码错误',
        });
      } finally {
        await h.as(USERS.admin).admin.setUserActive({ userId: USERS.unitB, active: true });
      }
    });
  });

  describe('me and logout', () => {
    it('me is null for nobody and the fresh record for a user', async () => {
      expect(await h.as(null).auth.me()).toEqual({ user: null });
      expect((await h.as(USERS.chairman).auth.me()).user).toMatchObject({
        id: USERS.chairman,
        role: 'chairman',
        departmentId: 'chairman',
      });
    });

    it('logout revokes exactly this session and clears the cookie', async () => {
      const one = (await signIn(USERS.dept('org'))).token!;
      const two = (await signIn(USERS.dept('org'))).token!;
      let cleared = false;
      const caller = createCaller(
        createContextInner(h.deps, {
          user: h.user(USERS.dept('org')),
          sessionId: hashToken(one),
          cookies: { set() {}, clear: () => (cleared = true) },
        }),
      );
      expect(await caller.auth.logout()).toEqual({ ok: true });
      expect(cleared).toBe(true);
      expect(await sessionRevoked(one)).toBe(true);
      expect(await sessionRevoked(two)).toBe(false);
      // Twice is not an error.
      expect(await caller.auth.logout()).toEqual({ ok: true });
    });
  });

  describe('changePassword', () => {
    it('needs the current password', async () => {
      const result = await h
        .as(USERS.dept('women'))
        .auth.changePassword({
          currentPassword: 'not-my-password',
          newPassword: 'a-new-long-password',
        })
        .catch(refusal);
      expect(result).toEqual({ code: 'INVALID_INPUT', zh: '当前密码不正确' });
    });

    it('refuses a new password under 10 characters', async () => {
      const result = await h
        .as(USERS.dept('women'))
        .auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'short' })
        .catch(refusal);
      expect(result).toEqual({ code: 'INVALID_INPUT', zh: '密码至少需要10个字符' });
    });

    it('refuses the current password, the account name, spaces, repetition and common passwords', async () => {
      const user = USERS.dept('audit');
      const change = (newPassword: string) =>
        h
          .as(user, { ip: '10.2.1.1' })
          .auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword })
          .then(
            () => ({ code: 'allowed', zh: '', field: null }),
            (e: unknown) => ({
              ...refusal(e),
              field: e instanceof AppTrpcError ? (e.details as { field?: string }).field : null,
            }),
          );
      const refused = (zh: string) => ({ code: 'INVALID_INPUT', zh, field: 'newPassword' });
      const commonText = '这是最常见的密码之一，很容易被猜中，请换一个';
      const nameText = '密码不能包含账号名，请换一个';
      const simpleText = '密码不能是重复或连续的字符（如 aaaaaaaaaa、abcdefghij），请换一个';
      const cases: Array<[string, ReturnType<typeof refused>]> = [
        [TEST_PASSWORD, refused('新密码不能与当前密码相同')],
        [user, refused(nameText)],
        [`  ${user.toUpperCase()} `, refused(nameText)],
        [`${user}-2012`, refused(nameText)],
        [' '.repeat(10), refused('密码不能全是空格')],
        ['\u3000'.repeat(12), refused('密码不能全是空格')],
        ['aaaaaaaaaa', refused(simpleText)],
        ['abababababab', refused(simpleText)],
        ['0123456789', refused(simpleText)],
        ['1234567890', refused(commonText)],
        ['zyxwvutsrqp', refused(simpleText)],
        ['password123', refused(commonText)],
        ['Password123', refused(commonText)],
        ['qwertyuiop', refused(commonText)],
        ['1qaz2wsx3edc', refused(commonText)],
        ['qq123456789', refused(commonText)],
      ];
      for (const [newPassword, expected] of cases) {
        expect(await change(newPassword), JSON.stringify(newPassword)).toEqual(expected);
      }
      // None of them changed anything, and none counted as a wrong current password.
      expect((await signIn(user, TEST_PASSWORD, '10.2.1.2')).result.user.id).toBe(user);
      const en = await h
        .as(user, { locale: 'en' })
        .auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'password123' })
        .catch((e: AppTrpcError) => e.text.en);
      expect(en).toBe('This is one of the most common passwords and easy to guess; choose another');
    });

    it('throttles wrong current passwords like sign-ins, however many arrive at once', async () => {
      const user = USERS.dept('office');
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          outcome(
            h.as(user, { ip: '10.2.1.3' }).auth.changePassword({
              currentPassword: `wrong-current-${i}`,
              newPassword: 'a-new-long-password',
            }),
          ),
        ),
      );
      expect(results.filter((r) => r === 'INVALID_INPUT')).toHaveLength(5);
      expect(results.filter((r) => r === 'RATE_LIMITED')).toHaveLength(15);
      // Within the window the right current password is refused too, and so is signing in:
      // they are guesses at the same password.
      const right = await h
        .as(user, { ip: '10.2.1.4' })
        .auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'a-new-long-password' })
        .catch(refusal);
      expect(right).toEqual({ code: 'RATE_LIMITED', zh: '当前密码输错次数过多，请15分钟后再试' });
      expect(await outcome(signIn(user, TEST_PASSWORD, '10.2.1.5'))).toBe('RATE_LIMITED');
      // After the window, the password is as it was.
      h.clock.advance(16 * 60_000);
      expect((await signIn(user, TEST_PASSWORD, '10.2.1.5')).result.user.id).toBe(user);
    });

    it('changes it: the old one stops working, other sessions end, this one goes on', async () => {
      const user = USERS.dept('research');
      const current = (await signIn(user)).token!;
      const other = (await signIn(user)).token!;
      const newPassword = '新的密码-research-2012';
      const { user: updated } = await onSession(user, current).auth.changePassword({
        currentPassword: TEST_PASSWORD,
        newPassword,
      });
      expect(updated.mustChangePassword).toBe(false);
      expect(await sessionRevoked(current)).toBe(false);
      expect(await sessionRevoked(other)).toBe(true);
      expect(await outcome(signIn(user, TEST_PASSWORD, '10.2.0.4'))).toBe('UNAUTHENTICATED');
      expect((await signIn(user, newPassword)).result.user.id).toBe(user);
    });
  });
});
