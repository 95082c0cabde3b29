/**
 * How wide the screen is, in the two decisions the layout makes: a phone (below antd's
 * `md`, 768 px) gets lists instead of the wide tables and full-width drawers; below `xl`
 * (1200 px) the header's pages and account actions fold behind a menu button, since the
 * admin's English header needs about 1,200 px in one line.
 */
import { Grid } from 'antd';

export function useScreen(): { phone: boolean; compactHeader: boolean } {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every screen reads as undefined: the desktop layout.
  return { phone: screens.md === false, compactHeader: screens.xl === false };
}
