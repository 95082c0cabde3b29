/**
 * The one Ant Design theme: the signed-in pages render with it (antd-provider.tsx) and the
 * build bakes its stylesheet from it (vite.config.ts), so the two cannot drift apart.
 */
import type { ThemeConfig } from 'antd';

export const theme = {
  // The default theme, a little denser: office staff read a 30-row table, not a landing page.
  token: {
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif",
    borderRadius: 4,
  },
  components: {
    Table: { cellPaddingBlockSM: 6, cellPaddingInlineSM: 8 },
  },
  // Zero runtime (decision 033): the components' styles come from the stylesheet the build
  // extracts, not from CSS-in-JS on each component's first render. Only the theme's CSS
  // variables are still set at run time. The stylesheet's selectors name plain classes
  // (`.ant-btn`, no hash) and the variables a fixed scope, so they match what renders.
  zeroRuntime: true,
  hashed: false,
  cssVar: { key: 'kaohe-antd' },
} satisfies ThemeConfig;
