/**
 * `pnpm kaohe …`: the command-line tool from its bundle (scripts/bundle.mjs), built first
 * when anything it is built from changed, as `pnpm start` runs the server. Half a second
 * sooner than under tsx for every command; the CLI's tests start the same file.
 */
import { pathToFileURL } from 'node:url';
import { buildIfStale } from './bundle.mjs';

await import(pathToFileURL(await buildIfStale('cli')).href);
