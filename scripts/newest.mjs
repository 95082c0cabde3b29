/**
 * When anything under a path last changed: for `pnpm start` (scripts/start.mjs) and the web
 * app's e2e build (apps/web/e2e/support/server.ts), to build only what is older than its
 * sources. Node's own modules only: `pnpm start` reads it before anything is installed.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The latest modification time (ms) under `path`, skipping node_modules, dist and dot files; 0 if absent. */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    latest = Math.max(latest, newest(join(path, name)));
  }
  return latest;
}
