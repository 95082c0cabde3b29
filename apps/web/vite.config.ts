import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { theme } from './src/components/antd-theme.ts';

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
    antdCss(),
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

/**
 * `import 'virtual:antd.css'`: Ant Design's component styles for our theme (decision 033),
 * extracted when the build (or the dev server, or the component tests) first asks for it,
 * with Ant Design's own tool: it renders every component once on the server, inside our
 * ConfigProvider, and collects the CSS-in-JS output. Vite then emits it as a hashed CSS
 * file beside the chunk that imports it (antd-provider.tsx), so /login never loads it.
 *
 * In a cascade layer of its own, as Ant Design's runtime styles were before: they were
 * inserted at the top of <head>, so our stylesheets, later, won a tie; a layered sheet
 * loses to our unlayered ones wherever it is in the document.
 */
const ANTD_CSS = 'virtual:antd.css';
const ANTD_CSS_RESOLVED = `\0${ANTD_CSS}`;

export function antdCss(): Plugin {
  return {
    name: 'kaohe-antd-css',
    resolveId: (source) => (source === ANTD_CSS ? ANTD_CSS_RESOLVED : undefined),
    load: (id) => (id === ANTD_CSS_RESOLVED ? `@layer antd {\n${extract()}\n}\n` : undefined),
  };
}

function extract(): string {
  // Through require, so the tool, antd and React are the same CommonJS instances: the theme
  // only reaches the components through one React context and one style cache.
  const require = createRequire(import.meta.url);
  const { createElement } = require('react') as typeof import('react');
  const { ConfigProvider } = require('antd') as typeof import('antd');
  const { extractStyle } =
    require('@ant-design/static-style-extract') as typeof import('@ant-design/static-style-extract');
  // The same theme with the runtime styles on: with them off there would be nothing to collect.
  return extractStyle((node) =>
    createElement(ConfigProvider, { theme: { ...theme, zeroRuntime: false } }, node),
  );
}
