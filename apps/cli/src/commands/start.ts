import type { Locale } from '@kaohe/domain';
import { ConfigError, loadConfig } from '@kaohe/server/config';
import { CliError } from '../output.ts';

/** Starts the product on one port; the server prints the address and the accounts. */
export async function start(_locale: Locale): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError({ zh: e.message, en: e.message });
    throw e;
  }
  const { startServer } = await import('@kaohe/server/main');
  await startServer(config);
  // The server keeps the process alive; Ctrl+C runs its clean shutdown.
  return new Promise<number>(() => {});
}
