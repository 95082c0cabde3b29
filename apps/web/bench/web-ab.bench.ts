/**
 * The cold scoring page, this build against another, side by side: two servers, one with
 * each build, and the cold loads alternated between them (in a random order within each
 * round) in one Chromium, so the machine's load falls on both alike. For a change to the
 * web app whose gain is smaller than the machine's noise between runs of web.bench.ts.
 *
 *   git worktree add /tmp/before <commit>
 *   (cd /tmp/before && pnpm install --frozen-lockfile && cd apps/web && npx vite build)
 *   BASELINE_DIST=/tmp/before/apps/web/dist RUNS=15 npx tsx apps/web/bench/web-ab.bench.ts
 *
 * Each server runs from a copy of the server bundle in a scratch folder, where the bundle
 * finds the build to serve beside itself (apps/web/dist); node_modules and packages/ are
 * links to this checkout's. The folder's path has no spaces: the bundle finds its files by
 * URL, and a space would reach the file system as %20.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildIfStale as buildBundleIfStale, bundlePath } from '../../../scripts/bundle.mjs';
import { CHROMIUM } from '../e2e/support/chromium.ts';
import { buildIfStale, startKaohe } from '../e2e/support/server.ts';
import { coldLoad, LATENCY_MS, median, scoringPageOf } from './support.ts';

const RUNS = Number(process.env.RUNS ?? 11);
const REPO = resolve(import.meta.dirname, '../../..');
const BASELINE = process.env.BASELINE_DIST;
if (!BASELINE || !existsSync(join(BASELINE, 'index.html'))) {
  throw new Error('BASELINE_DIST: the other build, a dist/ folder with its index.html');
}

/** A scratch install that serves `dist` with this checkout's server bundle. */
function install(root: string, dist: string) {
  mkdirSync(join(root, 'apps/web'), { recursive: true });
  cpSync(join(REPO, 'apps/server/dist'), join(root, 'apps/server/dist'), { recursive: true });
  cpSync(dist, join(root, 'apps/web/dist'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  symlinkSync(join(REPO, 'packages'), join(root, 'packages'));
  return join(root, 'apps/server/dist', basename(bundlePath('server')));
}

async function start(name: string, dist: string, scratch: string) {
  const server = await startKaohe({}, install(join(scratch, name), dist));
  return { name, server, path: await scoringPageOf(server.baseUrl) };
}

async function main() {
  await Promise.all([buildIfStale(), buildBundleIfStale('server')]);
  const scratch = mkdtempSync(join(tmpdir(), 'kaohe-web-ab-'));
  const browser = await chromium.launch(CHROMIUM);
  const variants = [
    await start('baseline', BASELINE!, scratch),
    await start('this-build', join(REPO, 'apps/web/dist'), scratch),
  ];
  const times = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  try {
    for (let round = 0; round < RUNS; round++) {
      const order = Math.random() < 0.5 ? variants : [...variants].reverse();
      for (const v of order)
        times.get(v.name)!.push(await coldLoad(browser, v.server.baseUrl, v.path));
    }
  } finally {
    await browser.close();
    await Promise.all(variants.map((v) => v.server.stop()));
    rmSync(scratch, { recursive: true, force: true });
  }
  const [base, mine] = variants.map((v) => times.get(v.name)!);
  const pairs = base!.map((b, i) => mine![i]! / b);
  console.log(
    `\ncold scoring page, ${RUNS} rounds${LATENCY_MS ? `, +${LATENCY_MS} ms a round trip` : ''}:`,
  );
  for (const v of variants) {
    const xs = times.get(v.name)!;
    console.log(
      `  ${v.name.padEnd(10)} median ${median(xs).toFixed(0)} ms  (${xs.map((x) => x.toFixed(0)).join(', ')})`,
    );
  }
  console.log(
    `  this build / baseline: ${(median(mine!) / median(base!)).toFixed(2)} of the medians; ` +
      `median of the rounds' ratios ${median(pairs).toFixed(2)}`,
  );
}

await main();
