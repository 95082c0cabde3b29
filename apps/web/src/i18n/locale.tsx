/**
 * The interface language: Chinese by default, English on request. The choice is kept in
 * localStorage and sent to the server with every request (`x-kaohe-lang`), so its
 * refusals come back in the same language.
 *
 * This module stays free of Ant Design: the sign-in page loads it and must stay light.
 * Ant Design's and dayjs's own words switch with it in `components/antd-provider.tsx`.
 */
import type { Locale } from '@kaohe/domain';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { type MessageKey, type MessageParams, translate } from './messages.ts';

export const LOCALE_STORAGE_KEY = 'kaohe.locale';

const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const;

export function storedLocale(): Locale {
  try {
    const v = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    if (v === 'zh' || v === 'en') return v;
  } catch {
    // Storage can be blocked (private mode, policy): Chinese, as for a first visit.
  }
  return 'zh';
}

// The language requests are sent in: set by the provider, read by the tRPC link.
let active: Locale = storedLocale();

/** The language the user reads now (for request headers, outside React). */
export function currentLocale(): Locale {
  return active;
}

function applyLocale(locale: Locale) {
  active = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[locale];
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

// Without a provider (a component test) the interface is Chinese and fixed.
const LocaleContext = createContext<LocaleState>({ locale: 'zh', setLocale: () => {} });

export function LocaleProvider({
  children,
  initialLocale,
}: {
  children: ReactNode;
  /** Overrides the stored choice (tests). */
  initialLocale?: Locale;
}) {
  const [locale, setState] = useState<Locale>(() => {
    const initial = initialLocale ?? storedLocale();
    applyLocale(initial);
    return initial;
  });
  const setLocale = useCallback((next: Locale) => {
    try {
      globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Not remembered across visits; it still applies now.
    }
    applyLocale(next);
    setState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** `t('table.progress', { done: 3, total: 30 })` in the current language. */
export function useT(): Translate {
  const { locale } = useLocale();
  return useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
}
