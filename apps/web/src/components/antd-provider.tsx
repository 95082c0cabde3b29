/**
 * Ant Design around the signed-in pages: its own words (date pickers, table filters,
 * "请输入") and dayjs's follow the interface language, and `App` gives every page the
 * message, notification and modal hooks the error handling uses.
 */
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { theme } from './antd-theme.ts';
// The components' styles for this theme, extracted at build time (vite.config.ts).
import 'virtual:antd.css';

const ANTD_LOCALES = { zh: zhCN, en: enUS } as const;
const DAYJS_LOCALES = { zh: 'zh-cn', en: 'en' } as const;

export function AntdProvider({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  // Before the children render, so a date formatted below is already in this language.
  if (dayjs.locale() !== DAYJS_LOCALES[locale]) dayjs.locale(DAYJS_LOCALES[locale]);
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[locale]}
      theme={theme}
      // "加分", not "加 分": the button says what the paper says (and screen readers agree).
      button={{ autoInsertSpace: false }}
    >
      <App component={false}>{children}</App>
    </ConfigProvider>
  );
}
