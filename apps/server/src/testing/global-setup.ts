/** Before the server's tests: its bundle, built from the sources under test (testing/server-process.ts runs it). */
import { build } from '../../../../scripts/bundle.mjs';

export default async function setup() {
  await build('server');
}
