/**
 * Bundles the server (apps/server/src/serve.ts and the workspace packages it imports) into
 * one file of plain JavaScript, so `pnpm start` runs without tsx (decision 020). Only our
 * own TypeScript is bundled: every npm package stays external, named by the path to its
 * installed file (pnpm's layout lets only a package's own importers find it by name), so
 * PGlite's wasm and data files, and anything else that finds files beside itself, load as
 * they do under tsx. `import.meta.url` in our sources still names the source file, so
 * paths such as apps/web/dist and the 2011 table resolve as before.
 */

import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_BUNDLE = `${repo}apps/server/dist/kaohe-server.mjs`;
const outDir = dirname(SERVER_BUNDLE);
const builtins = new Set(builtinModules);
const fromBundle = (path) => {
  const rel = relative(outDir, path).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
};

/** @type {import('esbuild').Plugin} */
const ownSourcesOnly = {
  name: 'own-sources-only',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'resolving' || args.path.startsWith('@kaohe/')) return undefined;
      if (args.path.startsWith('node:') || builtins.has(args.path.split('/')[0])) {
        return { path: args.path, external: true };
      }
      const found = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      });
      if (found.errors.length > 0) return { errors: found.errors };
      return { path: fromBundle(found.path), external: true };
    });
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const own = `new URL(${JSON.stringify(fromBundle(args.path))}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', own), loader: 'ts' };
    });
  },
};

export async function buildServer() {
  await build({
    entryPoints: [`${repo}apps/server/src/serve.ts`],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // Node's own conditions, so an external resolves to the file node itself would load.
    conditions: [],
    logLevel: 'warning',
    plugins: [ownSourcesOnly],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
