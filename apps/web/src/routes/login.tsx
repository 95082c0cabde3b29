/**
 * /login. Plain markup and a few lines of CSS instead of Ant Design: it is the first page
 * anyone loads, so it stays small (see bench/web.bench.ts). Errors follow the app's one
 * path (`toAppError`): field errors beside their field, anything else in words above the
 * button, in the user's language.
 */
import type { Locale } from '@kaohe/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute, redirect, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { useLocale, useT } from '../i18n/locale.tsx';
import { toAppError } from '../lib/app-error.ts';
import { safeRedirect } from '../lib/session.ts';
import { useTRPC } from '../trpc.ts';

interface LoginSearch {
  /** Where to go after signing in (the page that sent the user here). */
  redirect?: string;
}

// Hand-written rather than zod: this route's checks sit in the entry chunk.
function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  return typeof search.redirect === 'string' ? { redirect: search.redirect } : {};
}

export const Route = createFileRoute('/login')({
  validateSearch: validateLoginSearch,
  beforeLoad: async ({ context, search }) => {
    const { user } = await context.queryClient.ensureQueryData(context.trpc.auth.me.queryOptions());
    if (user) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: LoginPage,
});

type Field = 'username' | 'password';

function LoginPage() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const search = Route.useSearch();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const ids = { username: useId(), password: useId(), error: useId() };

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async ({ user }) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), { user });
        await navigate({ href: safeRedirect(search.redirect) });
      },
      onError: (error) => {
        const e = toAppError(error);
        const beside: Partial<Record<Field, string>> = {};
        for (const [path, messages] of Object.entries(e.fieldErrors)) {
          if (path === 'username' || path === 'password') beside[path] = messages[0];
        }
        setFieldErrors(beside);
        setFormError(Object.keys(beside).length > 0 ? null : e.text[locale]);
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (username.trim() === '') missing.username = t('login.usernameRequired');
    if (password === '') missing.password = t('login.passwordRequired');
    setFieldErrors(missing);
    setFormError(null);
    if (Object.keys(missing).length === 0) login.mutate({ username: username.trim(), password });
  };

  const field = (name: Field) => ({
    id: ids[name],
    'aria-invalid': fieldErrors[name] ? true : undefined,
    'aria-describedby': fieldErrors[name] ? `${ids[name]}-error` : undefined,
    className: fieldErrors[name] ? 'kaohe-input kaohe-input-error' : 'kaohe-input',
  });

  return (
    <div className="kaohe-login-page">
      <div className="kaohe-login-top">
        <span className="kaohe-brand">{t('app.title')}</span>
        <fieldset className="kaohe-lang-switch">
          <legend className="kaohe-visually-hidden">{t('app.language')}</legend>
          {(['zh', 'en'] as Locale[]).map((l) => (
            <button
              key={l}
              type="button"
              aria-pressed={locale === l}
              className={locale === l ? 'active' : undefined}
              onClick={() => setLocale(l)}
            >
              {l === 'zh' ? '中文' : 'English'}
            </button>
          ))}
        </fieldset>
      </div>
      <section className="kaohe-login">
        <h1>{t('login.title')}</h1>
        <p className="kaohe-muted">{t('login.subtitle')}</p>
        <form onSubmit={submit} noValidate aria-describedby={formError ? ids.error : undefined}>
          <div className="kaohe-field">
            <label htmlFor={ids.username}>{t('login.username')}</label>
            <input
              {...field('username')}
              name="username"
              autoComplete="username"
              // biome-ignore lint/a11y/noAutofocus: the page's one task is to sign in
              autoFocus
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
            {fieldErrors.username && (
              <div id={`${ids.username}-error`} className="kaohe-field-error">
                {fieldErrors.username}
              </div>
            )}
          </div>
          <div className="kaohe-field">
            <label htmlFor={ids.password}>{t('login.password')}</label>
            <input
              {...field('password')}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            {fieldErrors.password && (
              <div id={`${ids.password}-error`} className="kaohe-field-error">
                {fieldErrors.password}
              </div>
            )}
          </div>
          {formError && (
            <div id={ids.error} className="kaohe-form-error" role="alert">
              {formError}
            </div>
          )}
          <button
            type="submit"
            className="kaohe-button kaohe-button-primary kaohe-button-block"
            disabled={login.isPending}
            aria-busy={login.isPending}
          >
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        <p className="kaohe-muted">{t('login.help')}</p>
      </section>
    </div>
  );
}
