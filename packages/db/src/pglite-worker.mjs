/**
 * The embedded database's own thread (decision 030). PGlite is PostgreSQL compiled to
 * WebAssembly: every query runs PostgreSQL and then parses its answer in JavaScript, and
 * in the server's thread that work queued behind and in front of the HTTP handling. Here
 * it runs beside it. pglite-worker-client.ts is the other end of the port (and has the
 * messages' types): queries, and transactions that hold this one PGlite session; PGlite's
 * own transaction lock makes every other query wait for them, as it does in one thread.
 *
 * Plain JavaScript: Node 20 loads no TypeScript in a worker (tsx's hooks are not
 * inherited, and registering them there deadlocks at times), and the built server runs
 * this file as it is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { TYPE_PARSERS } from './type-parsers.mjs';

/**
 * A PostgreSQL error as plain fields (code, constraint, detail…): what the port can carry.
 * @param {unknown} e
 */
function errorFields(e) {
  if (!(e instanceof Error)) return { message: String(e) };
  /** @type {Record<string, string | number | boolean>} */
  const fields = { name: e.name, message: e.message };
  for (const [key, value] of Object.entries(e)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return fields;
}

const port = parentPort;
if (!port) throw new Error('pglite-worker.mjs runs as a worker thread');

/** Thrown inside PGlite's transaction callback to have it roll back. */
const ROLLBACK = Symbol('rollback');

/** @type {Map<number, { tx: import('@electric-sql/pglite').Transaction, end: (commit: boolean) => void, done: Promise<unknown> }>} */
const transactions = new Map();

/**
 * BEGIN, and keep PGlite's transaction open (its lock held) until `end`.
 * @param {PGlite} pglite
 * @param {number} id
 */
async function begin(pglite, id) {
  /** @type {(commit: boolean) => void} */
  let end = () => {};
  const ended = new Promise((resolve) => {
    end = resolve;
  });
  /** @type {(tx: import('@electric-sql/pglite').Transaction) => void} */
  let began = () => {};
  const begun = new Promise((resolve) => {
    began = resolve;
  });
  const done = pglite.transaction(async (tx) => {
    began(tx);
    if (!(await ended)) throw ROLLBACK;
  });
  // `done` settles first only when BEGIN failed.
  const tx = await Promise.race([begun, done.then(() => null)]);
  if (!tx) throw new Error('the transaction ended before it began');
  transactions.set(id, { tx, end, done });
}

/**
 * COMMIT (or ROLLBACK) and release the session.
 * @param {number} id
 * @param {boolean} commit
 */
async function end(id, commit) {
  const open = transactions.get(id);
  if (!open) throw new Error(`no open transaction ${id}`);
  transactions.delete(id);
  open.end(commit);
  try {
    await open.done;
  } catch (e) {
    if (e !== ROLLBACK) throw e;
  }
}

/**
 * @param {PGlite} pglite
 * @param {import('./pglite-worker-client.ts').WorkerRequest} request
 */
async function run(pglite, request) {
  switch (request.op) {
    case 'query': {
      const on = request.tx === undefined ? pglite : transactions.get(request.tx)?.tx;
      if (!on) throw new Error(`no open transaction ${request.tx}`);
      const { rows, affectedRows, fields } = await on.query(request.sql, request.params, {
        rowMode: 'object',
      });
      return { rows, affectedRows, fields };
    }
    case 'begin':
      return begin(pglite, request.tx);
    case 'end':
      return end(request.tx, request.commit);
    case 'close':
      return pglite.close();
  }
}

try {
  const { dataDir, template } = workerData;
  const pglite = await PGlite.create({
    dataDir,
    parsers: TYPE_PARSERS,
    ...(template ? { loadDataDir: new Blob([template]) } : {}),
  });
  port.on('message', (request) => {
    run(pglite, request).then(
      (value) => port.postMessage({ id: request.id, value }),
      (e) => port.postMessage({ id: request.id, error: errorFields(e) }),
    );
  });
  port.postMessage({ started: true });
} catch (e) {
  port.postMessage({ started: false, error: errorFields(e) });
}
