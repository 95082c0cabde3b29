/**
 * Input fuzzing (issue 8) through real HTTP: Fastify's `app.inject`, which runs the whole
 * stack (routing, the CSRF hook, body and multipart parsing, cookies, helmet, the tRPC
 * adapter with superjson, zod, the error handler) without a socket. Every procedure of
 * `appRouter` gets inputs derived from its own zod schema, then broken: fields replaced
 * with wrong types, NaN/Infinity, huge strings, deep nesting, prototype-pollution keys,
 * odd unicode; `fc.anything()`; raw bodies that are not JSON, not superjson, too large, or
 * sent with the wrong method or content type. The upload route /api/evidence gets wrong
 * types, empty and oversized files, missing fields and broken multipart.
 *
 * Asserted for every request: never a 5xx; every input zod refuses is a 4xx; every 4xx
 * carries a readable message in Chinese (no stack, no SQL). Requests per engine:
 * FUZZ_RUNS (default 5,000; 10,000 over both engines), plus ~300 upload cases.
 */
import { describeEachEngine } from '@kaohe/db/testing';
import { rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import superjson from 'superjson';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../http/app.ts';
import { assessmentAt } from '../testing/drive.ts';
import { createHarness, type Harness, TEST_PASSWORD, UNITS, USERS } from '../testing/harness.ts';
import { HOST, HttpClient, multipartBody, ORIGIN } from '../testing/http.ts';
import { inputArbitrary, type ProcedureInfo, procedures } from './procedures.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5_000);
const BATCH = 10;
const ITEM_IDS = rubricItems(rubric2011).map(({ item }) => item.id);
const CJK = /[\u4e00-\u9fff]/;

/** Values that have broken servers before. */
function deep(levels: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
  return v;
}
const NASTY: unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1,
  2 ** 53 + 1,
  1.000001,
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\u202E考核\u202D',
  '𝕏🧧'.repeat(50),
  '<script>alert(1)</script>',
  "'; drop table users; --",
  '../../etc/passwd',
  'x'.repeat(70_000),
  '考'.repeat(6000),
  '__proto__',
  null,
  undefined,
  true,
  [],
  {},
  [[[[]]]],
  deep(300),
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
  new Date(Number.NaN),
  new Date('2011-12-01'),
  BigInt('123456789012345678901234567890'),
  new Map([['a', 1]]),
  new Set([1]),
  /x/g,
];
const nasty: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true }),
  },
);

type Mutation = (value: unknown) => fc.Arbitrary<unknown>;

/** A well-typed input with one thing wrong. */
const BREAK: Mutation[] = [
  // one field replaced
  (v) =>
    v && typeof v === 'object' && Object.keys(v).length > 0
      ? fc
          .tuple(fc.constantFrom(...Object.keys(v)), nasty)
          .map(([k, x]) => ({ ...(v as object), [k]: x }))
      : nasty,
  // one field removed
  (v) =>
    v && typeof v === 'object' && Object.keys(v).length > 0
      ? fc.constantFrom(...Object.keys(v)).map((k) => {
          const copy = { ...(v as Record<string, unknown>) };
          delete copy[k];
          return copy;
        })
      : fc.constant(undefined),
  // a polluting key added
  (v) =>
    fc
      .constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty')
      .map((k) => {
        const copy = { ...(v && typeof v === 'object' ? v : {}) } as Record<string, unknown>;
        Object.defineProperty(copy, k, { value: { polluted: true }, enumerable: true });
        return copy;
      }),
  // the whole input replaced
  () => nasty,
  // wrapped
  (v) => fc.constantFrom([v], { input: v }, { json: v }),
];

type Request =
  | { kind: 'call'; input: unknown }
  | { kind: 'raw'; method: 'GET' | 'POST'; body?: string; query?: string; type?: string };

/** Bodies and queries no client of ours would send. */
const RAW: fc.Arbitrary<Request> = fc.oneof(
  fc.constantFrom<Request>(
    { kind: 'raw', method: 'POST', body: '{"json":' },
    { kind: 'raw', method: 'POST', body: '' },
    { kind: 'raw', method: 'POST', body: 'null' },
    { kind: 'raw', method: 'POST', body: '[1,2,3]' },
    { kind: 'raw', method: 'POST', body: '"just a string"' },
    { kind: 'raw', method: 'POST', body: '{"json":{},"meta":{"values":{"a":["bogus"]}}}' },
    { kind: 'raw', method: 'POST', body: '{"json":{},"meta":{"values":["Date"]}}' },
    {
      kind: 'raw',
      method: 'POST',
      body: '{"json":{"a":1},"meta":{"values":{"__proto__.polluted":["undefined"]}}}',
    },
    {
      kind: 'raw',
      method: 'POST',
      body: '{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["__proto__"]}}}',
    },
    {
      kind: 'raw',
      method: 'POST',
      body: '{"json":{"constructor":{"prototype":{"x":1}}},"meta":{"values":{"constructor.prototype":["map"]}}}',
    },
    { kind: 'raw', method: 'POST', body: '{"json":1e999}' },
    { kind: 'raw', method: 'POST', body: `{"json":"${'x'.repeat(1_100_000)}"}` },
    { kind: 'raw', method: 'POST', body: '{"json":{}}', type: 'text/plain' },
    { kind: 'raw', method: 'POST', body: 'a=1&b=2', type: 'application/x-www-form-urlencoded' },
    { kind: 'raw', method: 'GET', query: 'input=%7B' },
    { kind: 'raw', method: 'GET', query: 'input=%E0%A4%A' },
    {
      kind: 'raw',
      method: 'GET',
      query: `input=${encodeURIComponent('{"json":{"__proto__":{"x":1}}}')}`,
    },
    { kind: 'raw', method: 'GET', query: `input=${'a'.repeat(20_000)}` },
    { kind: 'raw', method: 'GET', query: 'batch=1&input=%7B%220%22%3A1%7D' },
    { kind: 'raw', method: 'GET', query: 'batch=abc' },
  ),
  fc
    .string({ unit: 'binary', maxLength: 200 })
    .map((body): Request => ({ kind: 'raw', method: 'POST', body })),
  fc
    .string({ unit: 'binary', maxLength: 200 })
    .map((q): Request => ({ kind: 'raw', method: 'GET', query: `input=${encodeURIComponent(q)}` })),
);

function requestFor(p: ProcedureInfo): fc.Arbitrary<Request> {
  const valid = inputArbitrary(p);
  return fc.oneof(
    { weight: 3, arbitrary: valid.map((input): Request => ({ kind: 'call', input })) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(valid, fc.nat(BREAK.length - 1))
        .chain(([v, i]) => BREAK[i]!(v))
        .map((input): Request => ({ kind: 'call', input })),
    },
    {
      weight: 2,
      arbitrary: fc
        .anything({ withNullPrototype: true, withBigInt: true, withDate: true, maxDepth: 4 })
        .map((input): Request => ({ kind: 'call', input })),
    },
    { weight: 1, arbitrary: RAW },
  );
}

/**
 * The wire form of an input: superjson, as our client sends it; where superjson itself
 * refuses the value (it will not serialize a `constructor` key), plain JSON in its
 * envelope, as an attacker would send it anyway.
 */
function wire(input: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(input as never)) ?? '{}';
  } catch {
    return (
      JSON.stringify({ json: input }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)) ?? '{}'
    );
  }
}

/** The input as the server's superjson reads it back, or undefined when it cannot. */
function unwire(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: superjson.deserialize(JSON.parse(text)) };
  } catch {
    return { ok: false };
  }
}

/** The message a 4xx carries, whatever its shape (tRPC, batch, plain Fastify route). */
function messageOf(response: LightMyRequestResponse): string | undefined {
  let body: unknown;
  try {
    body = response.json();
  } catch {
    return undefined;
  }
  const one = Array.isArray(body) ? body[0] : body;
  const error = (one as { error?: { json?: { message?: unknown } } })?.error;
  const message = error?.json?.message ?? (one as { message?: unknown })?.message;
  return typeof message === 'string' ? message : undefined;
}

function expectReadable(response: LightMyRequestResponse, what: string) {
  const status = response.statusCode;
  expect(status, `${what}: ${response.body.slice(0, 500)}`).toBeLessThan(500);
  if (status < 400) return;
  const message = messageOf(response);
  expect(
    message,
    `${what}: a ${status} without a message: ${response.body.slice(0, 300)}`,
  ).toBeTypeOf('string');
  expect(CJK.test(message!), `${what}: not in Chinese: ${message}`).toBe(true);
  expect(message!.length, `${what}: message too long`).toBeLessThan(2_000);
  expect(message!, `${what}: leaks internals`).not.toMatch(
    /\n\s+at |SQLSTATE|select .* from|node_modules/i,
  );
}

describeEachEngine('fuzzing every procedure and the upload route', ({ db }) => {
  let h: Harness;
  let app: FastifyInstance;
  const clients: Record<string, HttpClient> = {};
  let assessmentId = '';

  beforeAll(async () => {
    h = await createHarness(db(), { config: { uploadMaxBytes: 64 * 1024 } });
    assessmentId = h.assessments[UNITS.a.id]!;
    app = await buildApp(h.deps, { webDist: null });
    clients.anon = new HttpClient(app);
    for (const [name, username] of Object.entries({
      unit: USERS.unitA,
      department: USERS.dept('legal'),
      chairman: USERS.chairman,
      admin: USERS.admin,
    })) {
      const client = new HttpClient(app);
      const login = await client.login(username, TEST_PASSWORD);
      if (!login.ok) throw new Error(`${username} could not sign in: ${login.error.message}`);
      clients[name] = client;
    }
    void assessmentAt;
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await h?.dispose();
  });

  async function send(p: ProcedureInfo, client: HttpClient, request: Request) {
    const url = `/trpc/${p.path}`;
    const headers =
      p.type === 'mutation' ? client.writeHeaders() : { host: HOST, ...client.cookieHeader() };
    if (request.kind === 'raw') {
      return client.inject({
        method: request.method,
        url: request.query ? `${url}?${request.query}` : url,
        headers: {
          ...client.writeHeaders(),
          ...(request.type ? { 'content-type': request.type } : {}),
        },
        ...(request.method === 'POST' ? { payload: request.body ?? '' } : {}),
      });
    }
    const serialized = wire(request.input);
    if (p.type === 'mutation') {
      return client.inject({ method: 'POST', url, headers, payload: serialized });
    }
    return client.inject({
      method: 'GET',
      url: `${url}?input=${encodeURIComponent(serialized)}`,
      headers,
    });
  }

  it(`answers ${RUNS} random and malformed calls over every procedure with a 4xx, never a 5xx`, async () => {
    const procs = procedures();
    const byPath = new Map(procs.map((p) => [p.path, p]));
    // Signing out would end the session the next calls use: anonymous callers do that.
    const actorOf = (path: string) =>
      path === 'auth.logout'
        ? fc.constant('anon')
        : fc.constantFrom('anon', 'unit', 'department', 'chairman', 'admin');
    const call = fc
      .constantFrom(...procs.map((p) => p.path))
      .chain((path) => fc.tuple(fc.constant(path), actorOf(path), requestFor(byPath.get(path)!)));
    const statuses = new Map<number, number>();
    let invalid = 0;
    const check = async ([path, who, request]: [string, string, Request]) => {
      const p = byPath.get(path)!;
      const response = await send(p, clients[who]!, request);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      const what = `${path} as ${who}`;
      expectReadable(response, what);
      if (request.kind === 'call' && p.input) {
        // What zod refuses must be refused: the input as the server reads it back.
        const seen = unwire(wire(request.input));
        if (!seen.ok || !p.input.safeParse(seen.value).success) {
          invalid++;
          expect(response.statusCode, `${what}: invalid input accepted`).toBeGreaterThanOrEqual(
            400,
          );
        }
      }
    };
    // A batch of calls at once, as a busy server sees them; fast-check still shrinks a
    // failing batch to the call that fails.
    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        await Promise.all(batch.map(check));
      }),
      { numRuns: Math.ceil(RUNS / BATCH), endOnFailure: true },
    );
    console.log(
      `fuzz: ${RUNS} calls, ${invalid} refused by zod; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
  }, 600_000);

  it('refuses bad uploads to /api/evidence with a 4xx and a readable message', async () => {
    const unit = clients.unit!;
    const itemId = ITEM_IDS[0]!;
    const upload = (
      client: HttpClient,
      body: Buffer | string,
      contentType: string,
      path = `/api/evidence/${assessmentId}/${itemId}`,
    ) =>
      client.inject({
        method: 'POST',
        url: path,
        headers: { ...client.writeHeaders(), 'content-type': contentType },
        payload: body,
      });
    const file = (filename: string, type: string, content: Buffer) =>
      multipartBody({ filename, type, content });

    // The fixed cases: each must be refused.
    const good = file('年报.pdf', 'application/pdf', Buffer.from('%PDF-1.4 test'));
    const fixed: Array<[string, () => Promise<LightMyRequestResponse>]> = [
      ['anonymous', () => upload(clients.anon!, good.body, good.contentType)],
      [
        'another unit',
        () =>
          upload(
            clients.unit!,
            good.body,
            good.contentType,
            `/api/evidence/${h.assessments[UNITS.b.id]}/${itemId}`,
          ),
      ],
      ['a department', () => upload(clients.department!, good.body, good.contentType)],
      [
        'no such item',
        () =>
          upload(unit, good.body, good.contentType, `/api/evidence/${assessmentId}/no-such-item`),
      ],
      [
        'no such assessment',
        () =>
          upload(
            unit,
            good.body,
            good.contentType,
            `/api/evidence/${crypto.randomUUID()}/${itemId}`,
          ),
      ],
      [
        'an id too long',
        () =>
          upload(unit, good.body, good.contentType, `/api/evidence/${'a'.repeat(300)}/${itemId}`),
      ],
      [
        'an executable',
        () => {
          const f = file('virus.exe', 'application/octet-stream', Buffer.from('MZ'));
          return upload(unit, f.body, f.contentType);
        },
      ],
      [
        'a pdf named .png',
        () => {
          const f = file('scan.png', 'application/pdf', Buffer.from('%PDF'));
          return upload(unit, f.body, f.contentType);
        },
      ],
      [
        'no extension',
        () => {
          const f = file('README', 'text/plain', Buffer.from('x'));
          return upload(unit, f.body, f.contentType);
        },
      ],
      [
        'oversized',
        () => {
          const f = file('big.pdf', 'application/pdf', Buffer.alloc(200 * 1024, 1));
          return upload(unit, f.body, f.contentType);
        },
      ],
      [
        'over the body limit',
        () => {
          const f = file('huge.pdf', 'application/pdf', Buffer.alloc(1_200_000, 1));
          return upload(unit, f.body, f.contentType);
        },
      ],
      [
        'no file, a field only',
        () => {
          const boundary = '----kaohe-nofile';
          return upload(
            unit,
            `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--${boundary}--\r\n`,
            `multipart/form-data; boundary=${boundary}`,
          );
        },
      ],
      ['an empty multipart body', () => upload(unit, '', 'multipart/form-data; boundary=----x')],
      ['no boundary', () => upload(unit, good.body, 'multipart/form-data')],
      [
        'a wrong boundary',
        () => upload(unit, good.body, 'multipart/form-data; boundary=----other'),
      ],
      [
        'truncated',
        () => upload(unit, good.body.subarray(0, good.body.length - 30), good.contentType),
      ],
      ['garbage', () => upload(unit, Buffer.from([0, 1, 2, 255, 254]), good.contentType)],
      ['JSON instead', () => upload(unit, '{"file":"x"}', 'application/json')],
      ['text/plain', () => upload(unit, 'file', 'text/plain')],
      [
        'list with a bad id',
        () =>
          unit.inject({
            method: 'GET',
            url: `/api/evidence/${'%00'}/${itemId}`,
            headers: { host: HOST, ...unit.cookieHeader() },
          }),
      ],
      [
        'download a missing file',
        () =>
          unit.inject({
            method: 'GET',
            url: `/api/evidence/file/${crypto.randomUUID()}`,
            headers: { host: HOST, ...unit.cookieHeader() },
          }),
      ],
      [
        'delete a missing file',
        () =>
          unit.inject({
            method: 'POST',
            url: `/api/evidence/file/${crypto.randomUUID()}/delete`,
            headers: unit.writeHeaders(),
            payload: '{}',
          }),
      ],
      [
        'upload without the CSRF header',
        () =>
          unit.inject({
            method: 'POST',
            url: `/api/evidence/${assessmentId}/${itemId}`,
            headers: {
              host: HOST,
              origin: ORIGIN,
              'content-type': good.contentType,
              ...unit.cookieHeader(),
            },
            payload: good.body,
          }),
      ],
    ];
    // Two files: not refused, but never a fault (the second is ignored, multipart `files: 1`).
    {
      const b = '----kaohe-two';
      const part = (n: number) =>
        `--${b}\r\nContent-Disposition: form-data; name="file"; filename="a${n}.txt"\r\nContent-Type: text/plain\r\n\r\nx\r\n`;
      const response = await upload(
        unit,
        `${part(1)}${part(2)}--${b}--\r\n`,
        `multipart/form-data; boundary=${b}`,
      );
      expectReadable(response, 'upload: two files');
    }
    for (const [what, run] of fixed) {
      const response = await run();
      expect(response.statusCode, `${what}: ${response.body.slice(0, 300)}`).toBeGreaterThanOrEqual(
        400,
      );
      expectReadable(response, `upload: ${what}`);
    }

    // Random file names, types and contents: accepted (201) or a readable 4xx, never a 5xx.
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.constantFrom('a.pdf', '考核.docx', '../../x.txt', 'a\u0000.png', '.txt', 'x.PDF'),
        ),
        fc.oneof(
          fc.constantFrom('application/pdf', 'text/plain', 'image/png', ''),
          fc.string({ maxLength: 40 }),
        ),
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom('unit', 'department', 'anon', 'admin'),
        async (filename, type, content, who) => {
          const safeName = filename.replace(/["\r\n]/g, '_');
          const safeType = type.replace(/[\r\n]/g, '') || 'application/octet-stream';
          const f = file(safeName, safeType, Buffer.from(content));
          const response = await upload(clients[who]!, f.body, f.contentType);
          expectReadable(response, `upload ${JSON.stringify(safeName)} (${safeType}) as ${who}`);
        },
      ),
      { numRuns: 300, endOnFailure: true },
    );
  }, 300_000);
});
