/**
 * The interface language: Chinese by default, English on request. The choice is kept in
 * localStorage, and Ant Design's and dayjs's own words (date pickers, table filters,
 * "请输入") switch with it.
 */
import type { Locale } from '@kaohe/domain';
import { ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { type MessageKey, type MessageParams, translate } from './messages.ts';

export const LOCALE_STORAGE_KEY = 'kaohe.locale';

const ANTD_LOCALES = { zh: zhCN, en: enUS } as const;
const DAYJS_LOCALES = { zh: 'zh-cn', en: 'en' } as const;
const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const;

// The default theme, a little denser: office staff read a 30-row table, not a landing page.
const theme: ThemeConfig = {
  token: {
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif",
    borderRadius: 4,
  },
  components: {
    Table: { cellPaddingBlockSM: 6, cellPaddingInlineSM: 8 },
  },
};

export function storedLocale(): Locale {
  try {
    const v = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    if (v === 'zh' || v === 'en') return v;
  } catch {
    // Storage can be blocked (private mode, policy): Chinese, as for a first visit.
  }
  return 'zh';
}

function applyLocale(locale: Locale) {
  dayjs.locale(DAYJS_LOCALES[locale]);
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
  return (
    <LocaleContext value={value}>
      <ConfigProvider locale={ANTD_LOCALES[locale]} theme={theme}>
        {children}
      </ConfigProvider>
    </LocaleContext>
  );
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
