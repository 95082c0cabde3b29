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
    // Ant Design's core chunk is ~765 kB (below); 800 kB keeps the warning for real growth.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // The entry whole and Ant Design in two chunks, where the automatic split made ~80
        // files, 60 of them for a cold scoring page: over HTTP/1.1's six connections it waited
        // one round trip per file per connection (decision 035).
        codeSplitting: {
          groups: [
            // What the entry needs stays in the entry: the sign-in page loads 3 files.
            { name: 'initial', tags: ['$initial'], priority: 2 },
            { name: antdChunk, priority: 1 },
          ],
        },
      },
    },
  },
});

/**
 * Ant Design and the components under it in two chunks, loaded the first time a signed-in
 * page needs them and cached for a year: `antd`, what the shell and the scoring page draw
 * (everything but the list below), and `antd-more`, the big components no scoring page
 * uses (tables, pickers, selects, trees, menus). Our own modules are split as Vite splits
 * them, by route. A module of `antd-more` that the scoring page needs would only make it
 * load that chunk too, never break it; e2e/scoring-page-load.e2e.test.ts fails if it does.
 */
const ANTD_MORE = new Set([
  // antd's folders (antd/es/<folder>)
  'anchor',
  'auto-complete',
  'breadcrumb',
  'calendar',
  'carousel',
  'cascader',
  'color-picker',
  'date-picker',
  'dropdown',
  'float-button',
  'image',
  'layout',
  'list',
  'mentions',
  'menu',
  'pagination',
  'qr-code',
  'rate',
  'select',
  'slider',
  'splitter',
  'statistic',
  'steps',
  'table',
  'tabs',
  'time-picker',
  'tour',
  'transfer',
  'tree',
  'tree-select',
  // the rc components under them (@rc-component/<name>)
  'picker',
  'virtual-list',
  'overflow',
  'mutate-observer',
  'qrcode',
]);

/** Ant Design, the rc components under it, and dayjs (which its pickers import). */
const ANTD_PACKAGE = /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/;

function antdChunk(id: string): string | null {
  if (!ANTD_PACKAGE.test(id)) return null;
  // Every component's words (antd/locale/zh_CN names the pickers' and the pager's), and
  // dayjs, which the scoring page uses too: in the core, or the core would import
  // `antd-more` for them (a group takes its modules' dependencies along).
  if (/[\\/]locale[\\/]|[\\/]dayjs[\\/]/.test(id)) return 'antd';
  const folder =
    /[\\/]antd[\\/]es[\\/]([^\\/]+)[\\/]/.exec(id) ??
    /[\\/]node_modules[\\/](?:@rc-component[\\/]|rc-)([^\\/]+)[\\/]/.exec(id);
  return folder && ANTD_MORE.has(folder[1]!) ? 'antd-more' : 'antd';
}

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
 * Ant Design's component styles for our theme (decision 033), extracted when the build (or
 * the dev server, or the component tests) first asks for them, with Ant Design's own tool:
 * it renders each component once on the server, inside our ConfigProvider, and collects
 * the CSS-in-JS output. Vite emits each sheet as a hashed CSS file beside the chunk that
 * imports it, so /login loads neither.
 *
 * Two sheets, because all of Ant Design's styles are ~1 MB of CSS, and parsing it was the
 * cold scoring page's longest main-thread task (~300 ms on a slow two-core machine, where
 * the page's 0.5 MB takes ~70; docs/benchmarks.md):
 *
 * - `virtual:antd.css`, imported by antd-provider.tsx, so every signed-in page has it: the
 *   components of ANTD_CORE, about half;
 * - `virtual:antd-more.css`, every other component's rules: this plugin adds its import to
 *   each of our modules that imports a component outside ANTD_CORE from 'antd', so it comes
 *   with the chunk that needs it (Vite's preload waits for a chunk's CSS before the chunk
 *   runs). Nothing to remember when a page starts using a new component.
 *
 * Both in the cascade layer `antd`, as Ant Design's runtime styles were before: they were
 * inserted at the top of <head>, so our stylesheets, later, won a tie; a layered sheet
 * loses to our unlayered ones wherever it is in the document. Which of the two sheets comes
 * first does not matter, as it did not for the runtime styles, inserted in the order the
 * components first rendered.
 */
const ANTD_CSS = 'virtual:antd.css';
const ANTD_MORE_CSS = 'virtual:antd-more.css';

/**
 * What the signed-in shell and a unit's scoring page render, with what those render inside
 * them (a Form's grid, a Popconfirm's popover, a message): the item panel, the evidence list
 * and the submit dialog included, so opening them parses no more CSS. Whatever a component
 * here draws inside itself must be here too (a Card with `tabList` draws Tabs): a page that
 * imports only these gets no other sheet.
 */
const ANTD_CORE = new Set([
  'Alert',
  'App',
  'Badge',
  'Button',
  'Card',
  'Checkbox',
  'Col',
  'Collapse',
  'Descriptions',
  'Drawer',
  'Empty',
  'Flex',
  'Form',
  'Input',
  'InputNumber',
  'Modal',
  'Popconfirm',
  'Popover',
  'Progress',
  'Radio',
  'Result',
  'Row',
  'Segmented',
  'Skeleton',
  'Space',
  'Tag',
  'Timeline',
  'Tooltip',
  'Typography',
  'Upload',
  'message',
  'notification',
]);
/** Imports from 'antd' that draw nothing of their own. */
const ANTD_UNSTYLED = new Set(['ConfigProvider', 'Grid', 'theme', 'version']);

export function antdCss(): Plugin {
  let sheets: { core: string; more: string } | undefined;
  const sheet = (id: string) => {
    sheets ??= extractSheets();
    return `@layer antd {\n${id === ANTD_CSS ? sheets.core : sheets.more}\n}\n`;
  };
  return {
    name: 'kaohe-antd-css',
    resolveId: (source) =>
      source === ANTD_CSS || source === ANTD_MORE_CSS ? `\0${source}` : undefined,
    load: (id) =>
      id === `\0${ANTD_CSS}` || id === `\0${ANTD_MORE_CSS}` ? sheet(id.slice(1)) : undefined,
    transform(code, id) {
      // A route's split-off component is a module of its own: `page.tsx?tsr-split=component`.
      const [path] = id.split('?');
      if (path!.includes('/node_modules/') || !/\.[jt]sx?$/.test(path!)) return undefined;
      if (!usesAntdBeyondCore(code)) return undefined;
      // Appended, not prepended: the code does not move, so its source map still holds.
      return { code: `${code}\nimport '${ANTD_MORE_CSS}';\n`, map: null };
    },
  };
}

/** Whether a module imports (as a value) a component from 'antd' outside ANTD_CORE. */
function usesAntdBeyondCore(code: string): boolean {
  for (const m of code.matchAll(/import\s+(type\s+)?([^;]*?)\s+from\s*['"]antd['"]/g)) {
    if (m[1]) continue;
    const named = /^\{([^}]*)\}$/.exec(m[2]!.trim());
    // `import * as antd` or a default import: anything may be used.
    if (!named) return true;
    for (const spec of named[1]!.split(',')) {
      const name = spec.trim().split(/\s+as\s+/)[0]!;
      if (!name || name.startsWith('type ')) continue;
      if (!ANTD_CORE.has(name) && !ANTD_UNSTYLED.has(name)) return true;
    }
  }
  return false;
}

/** The two sheets: the core components' rules, then every other rule of the whole set. */
function extractSheets(): { core: string; more: string } {
  const core = extract([...ANTD_CORE]);
  const inCore = new Set(topLevelRules(core));
  const more = topLevelRules(extract())
    .filter((rule) => !inCore.has(rule))
    .join('');
  return { core, more };
}

/** The top-level rules of a stylesheet (an at-rule with its whole block is one). */
function topLevelRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      // A string (content: "{"): skip to its end, past escaped quotes.
      for (i++; i < css.length && css[i] !== c; i++) if (css[i] === '\\') i++;
    } else if (c === '/' && css[i + 1] === '*') {
      i = css.indexOf('*/', i + 2) + 1 || css.length;
    } else if (c === '{') {
      depth++;
    } else if (c === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    } else if (c === ';' && depth === 0) {
      // A statement at-rule (@import, @charset).
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules;
}

/** Ant Design's styles for our theme: the components named (in antd's order), or all. */
function extract(components?: string[]): string {
  // Through require, so the tool, antd and React are the same CommonJS instances: the theme
  // only reaches the components through one React context and one style cache.
  const require = createRequire(import.meta.url);
  const { createElement } = require('react') as typeof import('react');
  const antd = require('antd') as typeof import('antd');
  const { extractStyle } =
    require('@ant-design/static-style-extract') as typeof import('@ant-design/static-style-extract');
  return extractStyle({
    ...(components ? { includes: Object.keys(antd).filter((n) => components.includes(n)) } : {}),
    // The same theme with the runtime styles on: with them off there would be nothing to collect.
    customTheme: (node) =>
      createElement(antd.ConfigProvider, { theme: { ...theme, zeroRuntime: false } }, node),
  });
}
