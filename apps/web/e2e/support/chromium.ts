/**
 * The Debian Chromium as every browser test and benchmark of the web app launches it (the
 * component tests, the e2e journeys, bench/web.bench.ts): never a downloaded build.
 */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
