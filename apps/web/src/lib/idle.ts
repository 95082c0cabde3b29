/** Runs `load` once the browser is idle: code a page needs soon, but not for its first paint. */
export function whenIdle(load: () => unknown): void {
  const idle =
    globalThis.requestIdleCallback ?? ((fn: () => void) => globalThis.setTimeout(fn, 200));
  idle(() => {
    void load();
  });
}
