/**
 * `pnpm start`: the product from built JavaScript (decision 020). Installs only when the
 * lockfile differs from the one pnpm last installed, builds the web app and the server
 * bundle only when something they are built from is newer than the build, then runs the
 * bundle in this process. Node's own modules only until the install is done.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newest } from './newest.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => join(repo, path);

/** pnpm as it runs this script (npx -y pnpm@… puts it on PATH only for its own child). */
function pnpm(...args) {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: set by pnpm for this script; not a turbo task
  const execPath = process.env.npm_execpath;
  const [command, argv] =
    execPath && /\.c?js$/.test(execPath) ? [process.execPath, [execPath, ...args]] : ['pnpm', args];
  const result = spawnSync(command, argv, { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const stale = (output, inputs) =>
  !existsSync(output) || inputs.some((input) => newest(at(input)) > statSync(output).mtimeMs);

/** The workspace packages a package.json depends on at run time, as their source folders. */
function workspaceSources(packageJson) {
  const { dependencies = {} } = JSON.parse(readFileSync(at(packageJson), 'utf8'));
  return Object.keys(dependencies)
    .filter((name) => name.startsWith('@kaohe/'))
    .flatMap((name) => [`packages/${name.slice(7)}/src`, `packages/${name.slice(7)}/package.json`]);
}

// pnpm keeps a copy of the lockfile it installed; the same bytes mean nothing to install
// (a frozen install that changes nothing still takes ~5 s).
const installed = at('node_modules/.pnpm/lock.yaml');
if (!existsSync(installed) || !readFileSync(installed).equals(readFileSync(at('pnpm-lock.yaml')))) {
  pnpm('install', '--frozen-lockfile', '--reporter=default');
}

const webInputs = [
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  ...workspaceSources('apps/web/package.json'),
];
if (stale(at('apps/web/dist/index.html'), webInputs)) pnpm('--filter', '@kaohe/web', 'build');

const { buildIfStale } = await import('./bundle.mjs');
await import(pathToFileURL(await buildIfStale('server')).href);
