/**
 * A page while its data loads, and a page whose data could not be loaded. Plain markup:
 * the router keeps these in the entry chunk every page (the sign-in page too) downloads.
 */
import { type ErrorComponentProps, Link, useRouter } from '@tanstack/react-router';
import { useLocale, useT } from '../i18n/locale.tsx';
import { toAppError } from './app-error.ts';

export function PagePending() {
  const t = useT();
  return (
    <div className="kaohe-page-pending" role="status" aria-live="polite">
      <span className="kaohe-spinner" aria-hidden="true" />
      <span>{t('state.loading')}</span>
    </div>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  const t = useT();
  const { locale } = useLocale();
  const router = useRouter();
  const e = toAppError(error);
  const title =
    e.code === 'FORBIDDEN'
      ? t('state.forbiddenTitle')
      : e.code === 'NOT_FOUND'
        ? t('state.notFoundTitle')
        : t('state.errorTitle');
  return (
    <section className="kaohe-page-error" role="alert">
      <h1 className="kaohe-page-title">{title}</h1>
      <p>{e.text[locale]}</p>
      <div className="kaohe-page-error-actions">
        {e.code !== 'FORBIDDEN' && e.code !== 'NOT_FOUND' && (
          <button
            type="button"
            className="kaohe-button kaohe-button-primary"
            onClick={() => {
              reset();
              void router.invalidate();
            }}
          >
            {t('state.retry')}
          </button>
        )}
        <Link to="/" className="kaohe-button">
          {t('nav.home')}
        </Link>
      </div>
    </section>
  );
}
