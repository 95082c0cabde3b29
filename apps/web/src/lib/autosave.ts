/**
 * Autosave, one item at a time: a change is sent after a short pause, the saves of one
 * item go one after another (each needs the version the previous one returned), and the
 * page shows one state for all of them: 保存中… / 已保存 / 保存失败. Leaving the page
 * sends what is still waiting; closing the tab while something is unsaved asks first.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type AppError, toAppError } from './app-error.ts';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict' | 'invalid';

interface Entry<P> {
  timer: ReturnType<typeof setTimeout> | undefined;
  pending: P | undefined;
  chain: Promise<void>;
}

export interface Autosave<P> {
  /** Saves `payload` for `key` after the pause (a later call for the same key replaces it). */
  schedule: (key: string, payload: P) => void;
  /** The key's input cannot be saved as it is (the field says why): nothing is sent. */
  hold: (key: string) => void;
  /** Sends everything waiting now; true when every save succeeded. */
  flush: () => Promise<boolean>;
  /** Sends again what failed for a reason other than a conflict (a lost connection). */
  retry: () => void;
  /** Forgets failures and waiting changes (after reloading from the server). */
  reset: () => void;
  status: SaveStatus;
  /** The keys whose last save failed or that are held. */
  failed: ReadonlyMap<string, AppError | null>;
  savedAt: Date | null;
}

export function useAutosave<P>({
  save,
  onError,
  delay = 700,
}: {
  save: (key: string, payload: P) => Promise<void>;
  onError?: (key: string, error: AppError) => void;
  delay?: number;
}): Autosave<P> {
  const entries = useRef(new Map<string, Entry<P>>());
  const inFlight = useRef(0);
  const failed = useRef(new Map<string, AppError | null>());
  const unsent = useRef(new Map<string, P>());
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  // The latest callbacks, without restarting timers when the page re-renders.
  const latest = useRef({ save, onError });
  latest.current = { save, onError };

  const update = useCallback(() => {
    const waiting = [...entries.current.values()].some((e) => e.pending !== undefined);
    if (inFlight.current > 0 || waiting) return setStatus('saving');
    const failures = [...failed.current.values()];
    if (failures.some((e) => e?.code === 'CONFLICT')) return setStatus('conflict');
    if (failures.some((e) => e !== null)) return setStatus('error');
    if (failures.length > 0) return setStatus('invalid');
    setStatus((s) => (s === 'idle' ? 'idle' : 'saved'));
  }, []);

  const entry = useCallback((key: string): Entry<P> => {
    let e = entries.current.get(key);
    if (!e) {
      e = { timer: undefined, pending: undefined, chain: Promise.resolve() };
      entries.current.set(key, e);
    }
    return e;
  }, []);

  const send = useCallback(
    (key: string): Promise<void> => {
      const e = entry(key);
      clearTimeout(e.timer);
      e.timer = undefined;
      e.chain = e.chain.then(async () => {
        if (e.pending === undefined) return;
        const payload = e.pending;
        e.pending = undefined;
        inFlight.current++;
        setStatus('saving');
        try {
          await latest.current.save(key, payload);
          failed.current.delete(key);
          unsent.current.delete(key);
          setSavedAt(new Date());
          setStatus('saved');
        } catch (error) {
          const appError = toAppError(error);
          failed.current.set(key, appError);
          // Kept to send again; a conflict is resolved by reloading instead.
          if (appError.code !== 'CONFLICT') unsent.current.set(key, payload);
          latest.current.onError?.(key, appError);
        } finally {
          inFlight.current--;
          update();
        }
      });
      return e.chain;
    },
    [entry, update],
  );

  const schedule = useCallback(
    (key: string, payload: P) => {
      const e = entry(key);
      e.pending = payload;
      if (failed.current.get(key) === null) failed.current.delete(key);
      clearTimeout(e.timer);
      e.timer = setTimeout(() => void send(key), delay);
      setStatus('saving');
    },
    [entry, send, delay],
  );

  const hold = useCallback(
    (key: string) => {
      const e = entry(key);
      clearTimeout(e.timer);
      e.pending = undefined;
      failed.current.set(key, null);
      update();
    },
    [entry, update],
  );

  const flush = useCallback(async () => {
    await Promise.all([...entries.current.keys()].map((key) => send(key)));
    return failed.current.size === 0;
  }, [send]);

  const retry = useCallback(() => {
    for (const [key, payload] of unsent.current) {
      const e = entry(key);
      if (e.pending === undefined) e.pending = payload;
      void send(key);
    }
    unsent.current.clear();
  }, [entry, send]);

  const reset = useCallback(() => {
    for (const e of entries.current.values()) {
      clearTimeout(e.timer);
      e.pending = undefined;
    }
    failed.current.clear();
    unsent.current.clear();
    setStatus('idle');
  }, []);

  // Leaving the page sends what is waiting; closing the tab first asks.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      const waiting = [...entries.current.values()].some((e) => e.pending !== undefined);
      if (waiting || inFlight.current > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    const all = entries.current;
    return () => {
      window.removeEventListener('beforeunload', warn);
      for (const [key, e] of all) if (e.pending !== undefined) void send(key);
    };
  }, [send]);

  return useMemo(
    () => ({ schedule, hold, flush, retry, reset, status, failed: failed.current, savedAt }),
    [schedule, hold, flush, retry, reset, status, savedAt],
  );
}
