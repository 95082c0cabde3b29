import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The server (apps/server) listens here in development; the browser only ever talks to
// the Vite origin, so cookies and the CSRF header stay same-origin.
const server = 'http://127.0.0.1:3000';

export default defineConfig({
  root: here('.'),
  plugins: [
    // Before the React plugin: it rewrites route files so each route's component is its own chunk.
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      routesDirectory: here('./src/routes'),
      generatedRouteTree: here('./src/routeTree.gen.ts'),
      quoteStyle: 'single',
      semicolons: true,
    }),
    react(),
    precompress(),
  ],
  server: {
    port: 5173,
    proxy: { '/trpc': server, '/api': server, '/healthz': server },
  },
  preview: { port: 4173 },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    // antd's table and form pieces land in the route chunks; 600 kB keeps the warning for real growth.
    chunkSizeWarningLimit: 600,
  },
});

/**
 * Writes a .br and a .gz beside every text file of the build, once, at build time: the
 * server sends them as they are (@fastify/static preCompressed, decision 020) instead of
 * compressing the same bytes on every request. A variant is kept only when it is smaller.
 */
function precompress(): Plugin {
  const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/;
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  let outDir = '';
  return {
    name: 'kaohe-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true }))
        .map((file) => join(outDir, file))
        .filter((file) => compressible.test(file));
      await Promise.all(
        files.map(async (file) => {
          if ((await stat(file)).size < 1024) return;
          const body = await readFile(file);
          const variants: Array<[string, Buffer]> = [
            [
              '.br',
              await brotli(body, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
                },
              }),
            ],
            ['.gz', await gz(body, { level: constants.Z_BEST_COMPRESSION })],
          ];
          for (const [extension, packed] of variants) {
            if (packed.length < body.length) await writeFile(file + extension, packed);
          }
        }),
      );
    },
  };
}
