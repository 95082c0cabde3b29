/**
 * The built server's entry (scripts/build-server.mjs bundles it; `pnpm start` runs it):
 * the product with the environment's configuration, a clear message and exit 1 when it
 * cannot start. `kaohe start` under tsx does the same from the sources.
 */
import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './main.ts';

try {
  await startServer(loadConfig());
} catch (e) {
  console.error(
    e instanceof ConfigError
      ? e.message
      : `启动失败 / failed to start: ${e instanceof Error ? e.message : String(e)}`,
  );
  process.exit(1);
}
