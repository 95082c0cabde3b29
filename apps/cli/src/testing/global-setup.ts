/** Before the CLI's tests: its bundle, built from the sources under test (testing/kaohe.ts runs it). */
import { build } from '../../../../scripts/bundle.mjs';

export default async function setup() {
  await build('cli');
}
