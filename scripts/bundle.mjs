/**
 * Bundles the server (apps/server/src/serve.ts) and the command-line tool
 * (apps/cli/src/main.ts), each with the workspace packages it imports, into one file of
 * plain JavaScript, so `pnpm start` and `pnpm kaohe` run without tsx (decision 020), and
 * the tests start the same files. Only our own TypeScript is bundled: every npm package
 * stays external, named by the path to its installed file (pnpm's layout lets only a
 * package's own importers find it by name), so PGlite's wasm and data files, and anything
 * else that finds files beside itself, load as they do under tsx. `import.meta.url` in our
 * sources still names the source file, so paths such as apps/web/dist and the 2011 table
 * resolve as before. Node's own modules only at the top: `pnpm start` reads it before
 * anything is installed.
 */

import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newest } from './newest.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** What each bundle is built from (besides the lockfile and this script) and where it goes. */
const BUNDLES = {
  server: {
    entry: 'apps/server/src/serve.ts',
    outfile: 'apps/server/dist/kaohe-server.mjs',
    sources: ['apps/server/src', 'apps/server/package.json', 'packages'],
  },
  cli: {
    entry: 'apps/cli/src/main.ts',
    outfile: 'apps/cli/dist/kaohe.mjs',
    sources: ['apps/cli/src', 'apps/cli/package.json', 'apps/server/src', 'packages'],
  },
};

/** The bundle's path: `bundlePath('server')`, `bundlePath('cli')`. */
export const bundlePath = (name) => join(repo, BUNDLES[name].outfile);

/** Builds a bundle now. The file is replaced whole, so a process starting it meanwhile reads the old one or the new. */
async function build(name) {
  const { entry, outfile } = BUNDLES[name];
  const { build: esbuild } = await import('esbuild');
  const out = join(repo, outfile);
  const result = await esbuild({
    entryPoints: [join(repo, entry)],
    outfile: out,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // Node's own conditions, so an external resolves to the file node itself would load.
    conditions: [],
    logLevel: 'warning',
    plugins: [ownSourcesOnly(dirname(out))],
  });
  const partial = `${out}.${process.pid}.partial`;
  await mkdir(dirname(out), { recursive: true });
  await writeFile(partial, result.outputFiles[0].contents);
  await rename(partial, out);
}

/** Builds a bundle when anything it is built from is newer than it; its path. */
export async function buildIfStale(name) {
  const out = bundlePath(name);
  const inputs = [...BUNDLES[name].sources, 'pnpm-lock.yaml', 'scripts/bundle.mjs'];
  const stale =
    !existsSync(out) || inputs.some((input) => newest(join(repo, input)) > statSync(out).mtimeMs);
  if (stale) await build(name);
  return out;
}

/** @returns {import('esbuild').Plugin} */
function ownSourcesOnly(outDir) {
  const builtins = new Set(builtinModules);
  const fromBundle = (path) => {
    const rel = relative(outDir, path).split(sep).join('/');
    return rel.startsWith('.') ? rel : `./${rel}`;
  };
  return {
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
}

// `node scripts/bundle.mjs server cli` builds the ones named.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of process.argv.slice(2)) await build(name);
}
