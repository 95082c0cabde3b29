/**
 * Before the CLI's tests: its bundle (testing/kaohe.ts runs it), rebuilt when the sources
 * under test are newer, as `pnpm kaohe` does.
 */
import { buildIfStale } from '../../../../scripts/bundle.mjs';

export default async function setup() {
  await buildIfStale('cli');
}
