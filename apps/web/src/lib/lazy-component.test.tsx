// biome-ignore lint/style/noRestrictedImports: React's lazy, to show what lazyComponent avoids
import { lazy, type ReactNode, Suspense, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { lazyComponent } from './lazy-component.ts';

/** What each render committed to the page, in order. */
let committed: string[] = [];
const unmounts: Array<() => void> = [];
afterEach(() => {
  for (const unmount of unmounts.splice(0)) unmount();
  committed = [];
});

function Panel({ label }: { label: string }) {
  useLayoutEffect(() => {
    committed.push(label);
  });
  return <p>{label}</p>;
}

function Fallback() {
  useLayoutEffect(() => {
    committed.push('fallback');
  });
  return <p>loading</p>;
}

async function show(node: ReactNode) {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  unmounts.push(() => {
    root.unmount();
    container.remove();
  });
  root.render(<Suspense fallback={<Fallback />}>{node}</Suspense>);
  await vi.waitFor(() => expect(container.textContent).toContain('panel'));
}

// A module as `import()` gives it: a promise of its exports.
const module = () => Promise.resolve({ Panel });

describe('lazyComponent', () => {
  test('once its code is loaded (by a loader, or when idle) it renders at once: no fallback', async () => {
    const Lazy = lazyComponent(module, 'Panel');
    await Lazy.load();
    await show(<Lazy label="panel" />);
    expect(committed).toEqual(['panel']);
    // Loading again is a no-op that resolves.
    await expect(Lazy.load()).resolves.toBeUndefined();
  });

  test('before that it suspends: the fallback, then the component', async () => {
    const Lazy = lazyComponent(module, 'Panel');
    await show(<Lazy label="panel" />);
    expect(committed).toEqual(['fallback', 'panel']);
  });

  test("React's lazy shows the fallback even when its code was loaded before: why it is not used", async () => {
    const load = () => module().then((m) => ({ default: m.Panel }));
    await load();
    const Lazy = lazy(load);
    await show(<Lazy label="panel" />);
    expect(committed[0]).toBe('fallback');
  });
});
