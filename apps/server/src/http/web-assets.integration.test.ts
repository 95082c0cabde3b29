/**
 * The built web app as the browser gets it (issue 17, decision 020): the .br or .gz the
 * build wrote beside a file, chosen by Accept-Encoding and said in Content-Encoding and
 * Vary; the plain file to a client that asks for neither; hashed files under /assets/
 * cached for a year, index.html (direct or for a client-side route) checked every time.
 * A small dist folder made here stands in for Vite's output.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describeEachEngine } from '@kaohe/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness } from '../testing/harness.ts';
import { buildApp } from './app.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const script = `export const greeting = ${JSON.stringify('考核 '.repeat(500))};\n`;
const page = `<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body>${'<!-- padding -->'.repeat(100)}</body></html>`;
const small = 'export const x = 1;\n';

function writeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'kaohe-dist-'));
  mkdirSync(join(dist, 'assets'));
  const files: Record<string, string> = {
    'index.html': page,
    'assets/index-Ab12Cd34.js': script,
  };
  for (const [name, body] of Object.entries(files)) {
    writeFileSync(join(dist, name), body);
    writeFileSync(join(dist, `${name}.br`), brotliCompressSync(body));
    writeFileSync(join(dist, `${name}.gz`), gzipSync(body));
  }
  // Too small to be worth compressing: the build writes no variants.
  writeFileSync(join(dist, 'assets/tiny-Zz99Yy88.js'), small);
  return dist;
}

describeEachEngine('HTTP: precompressed, cached web assets', ({ db }) => {
  let h: Harness;
  let app: FastifyInstance;
  let dist: string;

  beforeAll(async () => {
    h = await createHarness(db());
    dist = writeDist();
    app = await buildApp(h.deps, { webDist: dist });
  });

  afterAll(async () => {
    await app?.close();
    await h?.dispose();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });

  it.each([
    ['br, gzip, deflate', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
    ['gzip;q=1, br;q=0.5', 'gzip', gunzipSync],
  ] as const)(
    'Accept-Encoding %s gets the %s file, cached for a year',
    async (accept, encoding, decode) => {
      const response = await get('/assets/index-Ab12Cd34.js', accept);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
      expect(response.headers['cache-control']).toBe(IMMUTABLE);
      expect(response.rawPayload.length).toBeLessThan(Buffer.byteLength(script));
      expect(decode(response.rawPayload).toString()).toBe(script);
    },
  );

  it.each([
    ['no Accept-Encoding', undefined],
    ['identity', 'identity'],
  ])('%s gets the plain file, still varying by encoding', async (_, accept) => {
    const response = await get('/assets/index-Ab12Cd34.js', accept);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.body).toBe(script);
  });

  it('a hashed file without variants is sent plain to a client that accepts br', async () => {
    const response = await get('/assets/tiny-Zz99Yy88.js', 'br, gzip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.body).toBe(small);
  });

  it.each(['/', '/index.html', '/login', '/cycles/c1/units'])(
    '%s gets index.html, compressed and never cached',
    async (url) => {
      const response = await get(url, 'br, gzip');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(response.rawPayload).toString()).toBe(page);

      const plain = await get(url);
      expect(plain.headers['cache-control']).toBe('no-cache');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(page);
    },
  );

  it('API paths are not the web app', async () => {
    const response = await get('/api/nothing-here', 'br');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/json/);
  });
});
