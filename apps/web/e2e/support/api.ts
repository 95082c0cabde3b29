/**
 * The server's API from Node, for setting up what a journey needs and for finishing the
 * steps of the departments the journey does not click through. One client per user, with
 * its own session cookie, the CSRF header and the same Origin a browser would send.
 */
import type { AppRouter } from '@kaohe/server';
import { createTRPCClient, httpLink } from '@trpc/client';
import superjson from 'superjson';
import { inject } from 'vitest';

export type Api = ReturnType<typeof createTRPCClient<AppRouter>>;

export function apiClient(baseUrl: string): Api {
  let cookie = '';
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseUrl}/trpc`,
        transformer: superjson,
        headers: () => ({
          'x-kaohe-csrf': '1',
          'x-kaohe-lang': 'zh',
          origin: baseUrl,
          ...(cookie ? { cookie } : {}),
        }),
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          const set = response.headers.get('set-cookie');
          if (set) cookie = set.split(';')[0]!;
          return response;
        },
      }),
    ],
  });
}

export async function signIn(baseUrl: string, username: string, password: string): Promise<Api> {
  const api = apiClient(baseUrl);
  const { user } = await api.auth.login.mutate({ username, password });
  // The server refuses everything but auth.* until an account created by the office has
  // chosen its own password: an API user keeps the one it was given, as its own. The
  // server refuses the current password as the new one, so it goes through another first.
  if (user.mustChangePassword) {
    const other = `${password}-interim`;
    await api.auth.changePassword.mutate({ currentPassword: password, newPassword: other });
    await api.auth.changePassword.mutate({ currentPassword: other, newPassword: password });
  }
  return api;
}

/** Who the office creates an account for: the router's own input, without a password. */
export type NewAccount = Omit<Parameters<Api['admin']['createUser']['mutate']>[0], 'password'>;

/**
 * An account the office creates with a first password, which its holder signs in with and
 * changes to `password` of its own, as the server asks before anything else: the signed-in
 * client of the holder.
 */
export async function accountWithOwnPassword(
  admin: Api,
  baseUrl: string,
  account: NewAccount,
  passwords: { first: string; own: string },
): Promise<Api> {
  const { password } = await admin.admin.createUser.mutate({
    ...account,
    password: passwords.first,
  });
  const api = await signIn(baseUrl, account.username, password);
  await api.auth.changePassword.mutate({ currentPassword: password, newPassword: passwords.own });
  return api;
}

/**
 * A file's people, each an account with a password of its own on the shared server, named
 * by username and `label` (e.g. "dw-chair（日常）"). `admin`: the office's client, once signed in.
 */
export function accountsLabelled(
  admin: () => Api,
  label: string,
  passwords: { first: string; own: string },
) {
  return (username: string, role: Omit<NewAccount, 'username' | 'displayName'>) =>
    accountWithOwnPassword(
      admin(),
      inject('baseUrl'),
      { username, displayName: `${username}${label}`, ...role },
      passwords,
    );
}
