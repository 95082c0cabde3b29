/**
 * The one way to load a component's code on demand (not React's `lazy`, which Biome
 * refuses in the web app: biome.json). React's `lazy` suspends on its first
 * render even when its code is already loaded, and React then holds the finished content
 * back until 300 ms after the fallback appeared (its Suspense throttle): a page whose
 * loader had loaded its screen waited for nothing, and a drawer showed its skeleton first
 * (docs/benchmarks.md, "Issue 17, fourth look"). This renders at once once loaded, and
 * still suspends while the code is on its way. TanStack Router's: it also reloads the page
 * once when a chunk is gone after an upgrade.
 */
import { lazyRouteComponent } from '@tanstack/react-router';

export function lazyComponent<T extends Record<string, unknown>, K extends keyof T>(
  importer: () => Promise<T>,
  exportName: K,
) {
  const component = lazyRouteComponent(importer, exportName);
  /** Loads the code (ahead of time, in a loader or when idle); resolves at once when in. */
  const load = (): Promise<void> => component.preload?.() ?? Promise.resolve();
  return Object.assign(component, { load });
}
