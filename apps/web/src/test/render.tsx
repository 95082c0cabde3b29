/**
 * Renders a component into the real page for a browser test, inside the app's locale
 * provider, and unmounts it afterwards. (vitest-browser-react is not a dependency; this
 * is the part of it these tests need.)
 */
import type { Locale } from '@kaohe/domain';
import { type ReactElement, type ReactNode, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';
import { page } from 'vitest/browser';
import { AntdProvider } from '../components/antd-provider.tsx';
import { LocaleProvider } from '../i18n/locale.tsx';

const mounted: Array<{ root: Root; container: HTMLElement }> = [];

afterEach(() => {
  for (const { root, container } of mounted.splice(0)) {
    root.unmount();
    container.remove();
  }
});

export function render(ui: ReactElement, options: { locale?: Locale } = {}) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  const wrap = (node: ReactElement) => (
    <LocaleProvider initialLocale={options.locale ?? 'zh'}>
      <AntdProvider>{node}</AntdProvider>
    </LocaleProvider>
  );
  root.render(wrap(ui));
  const entry = { root, container };
  mounted.push(entry);
  return {
    container,
    /** Queries scoped to what this render produced (portals such as drawers are outside it). */
    screen: page.elementLocator(container),
    rerender: (next: ReactElement) => root.render(wrap(next)),
    unmount: () => {
      mounted.splice(mounted.indexOf(entry), 1);
      root.unmount();
      container.remove();
    },
  };
}

/** Holds a controlled component's value, as its page would. */
export function Stateful<T>({
  initial,
  children,
}: {
  initial: T;
  children: (value: T, setValue: (next: T) => void) => ReactNode;
}) {
  const [value, setValue] = useState(initial);
  return <>{children(value, setValue)}</>;
}
