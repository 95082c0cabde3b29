/**
 * The organisation from Excel at the brief's scale (issue 15): a workbook of 10,000 units
 * and 10,000 unit accounts written, read and checked, then imported in one transaction on
 * PGlite (a data folder) and on PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set;
 * then the same file again (nothing changes). Prints a markdown table.
 *
 *   npx tsx apps/server/bench/org-import.bench.ts
 *   BENCH_UNITS=1000 for a quick run; BENCH_ENGINES=postgres for one engine
 *
 * scrypt is slow on purpose (a brute-force defence; initial passwords at a 16× lower cost,
 * decision 023), so the import's password hashes are measured apart: the import is timed with a cheap stand-in hash, and the real hash of
 * BENCH_HASHES passwords is timed on its own and scaled to the number of accounts.
 */
import * as os from 'node:os';
import { SYSTEM_ACTOR } from '@kaohe/db';
import { benchEngines, openBenchDb, timed } from '@kaohe/db/bench';
import { readOrgWorkbook, writeOrgWorkbook } from '@kaohe/rubric-io';
import { ensureOrganisation } from '../src/bootstrap.ts';
import { hashGeneratedPassword } from '../src/password.ts';
import { importOrganisation } from '../src/services/org-import-service.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
const HASHES = Number(process.env.BENCH_HASHES ?? 1000);
const TYPES = ['区县工会', '开发区工会', '局（产业）工会'];

const rows: string[] = [];
const row = (engine: string, what: string, ms: number, note = '') =>
  rows.push(`| ${engine} | ${what} | ${Math.round(ms).toLocaleString('en')} | ${note} |`);

const pad = (i: number) => String(i).padStart(5, '0');
const [bytes, writeMs] = await timed(() =>
  writeOrgWorkbook({
    units: Array.from({ length: UNITS }, (_, i) => ({
      code: `U${pad(i)}`,
      name: `第${i}号基层工会联合会`,
      unitType: TYPES[i % 3]!,
    })),
    departments: [],
    users: Array.from({ length: UNITS }, (_, i) => ({
      account: `u${pad(i)}.tb`,
      name: `填报员${i}`,
      role: 'unit' as const,
      orgCode: `U${pad(i)}`,
      phone: `138${String(i).padStart(8, '0')}`,
      email: `u${pad(i)}@example.cn`,
    })),
  }),
);
row(
  '—',
  `write the workbook (${UNITS.toLocaleString('en')} units + accounts)`,
  writeMs,
  `${(bytes.length / 1048576).toFixed(1)} MB`,
);
const [read, readMs] = await timed(() => readOrgWorkbook(bytes));
if (!read.ok)
  throw new Error(`the bench workbook has problems: ${JSON.stringify(read.problems[0])}`);
row('—', 'read and check every cell', readMs);

// A cheap stand-in for scrypt inside the import; the real cost is measured below.
const cheapHash = async (password: string) => `bench$${password}`;

for (const engine of benchEngines()) {
  const { db, dispose } = await openBenchDb(engine, 'kaohe_bench_org');
  try {
    await ensureOrganisation(db);
    const [first, importMs] = await timed(() =>
      importOrganisation(db, SYSTEM_ACTOR, read, {
        fileName: 'bench.xlsx',
        hash: cheapHash,
      }),
    );
    if (!first.ok) throw new Error('refused');
    row(
      engine,
      'import in one transaction (plan, passwords generated, writes, audit)',
      importMs,
      `${first.summary.units.created} units, ${first.accounts.length} accounts created`,
    );
    const [again, againMs] = await timed(() =>
      importOrganisation(db, SYSTEM_ACTOR, read, {
        fileName: 'bench.xlsx',
        hash: cheapHash,
      }),
    );
    if (!again.ok || again.accounts.length !== 0)
      throw new Error('the second import changed something');
    row(
      engine,
      'the same file again (nothing changes)',
      againMs,
      `${again.summary.users.unchanged} accounts unchanged`,
    );
  } finally {
    await dispose();
  }
}

const [, hashMs] = await timed(() =>
  Promise.all(
    Array.from({ length: HASHES }, (_, i) => hashGeneratedPassword(`bench-password-${i}`)),
  ),
);
row(
  '—',
  `scrypt for ${HASHES} initial passwords (before the transaction)`,
  hashMs,
  `≈ ${Math.round(((hashMs / HASHES) * UNITS) / 1000)} s for ${UNITS.toLocaleString('en')}, scaled`,
);

console.log(`\nOrganisation import, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
console.log('| engine | measurement | ms | note |');
console.log('| --- | --- | ---: | --- |');
for (const r of rows) console.log(r);
