/**
 * Before the server's tests: its bundle (testing/server-process.ts runs it), rebuilt when
 * the sources under test are newer, as `pnpm start` does.
 */
import { buildIfStale } from '../../../../scripts/bundle.mjs';

export default async function setup() {
  await buildIfStale('server');
}
