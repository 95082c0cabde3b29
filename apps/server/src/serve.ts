/**
 * The built server's entry (scripts/bundle.mjs bundles it; `pnpm start` runs it):
 * the product with the environment's configuration, a clear message and exit 1 when it
 * cannot start. `kaohe start` under tsx does the same from the sources.
 */
import { startFromEnvironment } from './main.ts';

await startFromEnvironment();
