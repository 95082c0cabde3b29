/**
 * PGlite in a worker thread, seen from the server's thread as the PGlite object Kysely's
 * PGliteDialect drives (decision 030): `query` and `transaction` become messages to
 * pglite-worker.mjs. A transaction holds the worker's one session from BEGIN to COMMIT;
 * PGlite's transaction lock in the worker makes every other caller's query wait for it.
 */
import { Worker } from 'node:worker_threads';
import type { PGliteDialect } from 'kysely';

/** A message to pglite-worker.mjs. */
export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[]; tx?: number | undefined }
  | { id: number; op: 'begin'; tx: number }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'close' };

/** A PostgreSQL error as plain fields (code, constraint, detail…): what the port can carry. */
type ErrorFields = Record<string, string | number | boolean>;

/** Its answer to one request. */
type WorkerReply =
  | { id: number; value: unknown; error?: undefined }
  | { id: number; error: ErrorFields };

/** Its first message: opened, or why not. */
type WorkerStarted = { started: true } | { started: false; error: ErrorFields };

/** What PGliteDialect wants of a PGlite instance. */
type PGliteLike = Exclude<
  ConstructorParameters<typeof PGliteDialect>[0]['pglite'],
  (...args: never[]) => unknown
>;
type QueryResults = Awaited<ReturnType<PGliteLike['query']>>;
/** A request as the caller writes it; the id is added on the way out. */
type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

const WORKER_URL = new URL('./pglite-worker.mjs', import.meta.url);

/** JavaScript's own error classes, so that a RangeError from a type parser stays one. */
const ERROR_CLASSES: Record<string, ErrorConstructor> = { RangeError, TypeError, SyntaxError };

function toError(fields: ErrorFields): Error {
  const ErrorClass = ERROR_CLASSES[String(fields.name)] ?? Error;
  return Object.assign(new ErrorClass(String(fields.message)), fields);
}

/**
 * Starts the worker and opens PGlite in `dataDir` there (from `template`, a dumped data
 * folder, when given); resolves once it answers.
 */
export async function startPgliteWorker(
  dataDir: string,
  template?: Uint8Array,
): Promise<PGliteLike> {
  // Not this thread's flags: `--import tsx` in a worker hangs Node 20, and it is plain JS.
  const worker = new Worker(WORKER_URL, { workerData: { dataDir, template }, execArgv: [] });
  let onError: (e: Error) => void = () => {};
  const onExit = (code: number) => onError(new Error(`the PGlite worker exited (${code})`));
  const started = await new Promise<WorkerStarted>((resolve, reject) => {
    onError = reject;
    worker.once('message', resolve);
    worker.once('error', onError);
    worker.once('exit', onExit);
  }).finally(() => {
    worker.off('error', onError);
    worker.off('exit', onExit);
  });
  if (!started.started) {
    await worker.terminate();
    throw toError(started.error);
  }
  return new PgliteInWorker(worker);
}

class PgliteInWorker implements PGliteLike {
  closed = false;
  readonly ready = true;
  readonly waitReady = Promise.resolve();
  readonly #worker: Worker;
  readonly #pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  #nextId = 1;
  #nextTx = 1;
  /** Why the worker is gone, once it is. */
  #gone: Error | null = null;

  constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (this.#pending.size === 0) worker.unref();
      if (reply.error) waiting?.reject(toError(reply.error));
      else waiting?.resolve(reply.value);
    });
    const fail = (e: Error) => {
      this.#gone ??= e;
      this.closed = true;
      for (const waiting of this.#pending.values()) waiting.reject(e);
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the PGlite worker exited (${code})`)));
    // Like PGlite in this thread, an idle worker does not keep the process alive.
    worker.unref();
  }

  #call<T>(request: Request): Promise<T> {
    if (this.#gone) return Promise.reject(this.#gone);
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.#worker.ref();
      this.#worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  query<T>(sql: string, params: unknown[] = []): Promise<QueryResults & { rows: T[] }> {
    return this.#call({ op: 'query', sql, params });
  }

  async transaction<T>(
    callback: Parameters<PGliteLike['transaction']>[0] extends (tx: infer Tx) => unknown
      ? (tx: Tx) => Promise<T>
      : never,
  ): Promise<T> {
    const tx = this.#nextTx++;
    await this.#call({ op: 'begin', tx });
    const end = (commit: boolean) => this.#call<void>({ op: 'end', tx, commit });
    let result: T;
    try {
      result = await callback({
        query: <R>(sql: string, params: unknown[] = []) =>
          this.#call<QueryResults & { rows: R[] }>({ op: 'query', sql, params, tx }),
        rollback: () => end(false),
      });
    } catch (e) {
      await end(false);
      throw e;
    }
    await end(true);
    return result;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.#call({ op: 'close' });
    } finally {
      this.closed = true;
      await this.#worker.terminate();
    }
  }
}
