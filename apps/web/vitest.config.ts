import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { CHROMIUM } from './e2e/support/chromium.ts';
import { antdCss } from './vite.config.ts';

// Component tests run in a real Chromium: the Debian one, never a downloaded build.
export default defineProject({
  // The app's Ant Design stylesheet, so components render here as they do in the app.
  plugins: [react(), antdCss()],
  optimizeDeps: {
    // Pre-bundled before the first test file loads, so the browser does not reload mid-run.
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'antd',
      'antd/locale/zh_CN',
      'antd/locale/en_US',
      '@ant-design/icons',
      'dayjs',
      'dayjs/locale/zh-cn',
      'zod',
      '@tanstack/react-query',
      '@tanstack/react-router',
      '@trpc/client',
      '@trpc/tanstack-react-query',
      'superjson',
    ],
  },
  test: {
    name: 'web',
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: CHROMIUM,
      }),
      instances: [{ browser: 'chromium' }],
      viewport: { width: 1440, height: 900 },
      screenshotFailures: false,
    },
  },
});
