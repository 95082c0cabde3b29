/** `pnpm kaohe demo seed --units N` (issue 17): a demo cycle of N units, most approved. */
import { join } from 'node:path';
import { migrateToLatest } from '@kaohe/db';
import { DomainError, type Locale } from '@kaohe/domain';
import { CliError } from '../output.ts';
import { open } from './db.ts';

export async function demoSeedUnits(locale: Locale, args: readonly string[]): Promise<number> {
  const raw = args[args.indexOf('--units') + 1];
  const units = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  const { MAX_DEMO_UNITS, seedDemoScale } = await import('@kaohe/server/demo/scale');
  if (!Number.isInteger(units) || units < 1 || units > MAX_DEMO_UNITS) {
    throw new CliError({
      zh: `--units 须为1到${MAX_DEMO_UNITS}之间的整数：${raw ?? '（未填写）'}`,
      en: `--units must be a whole number from 1 to ${MAX_DEMO_UNITS}: ${raw ?? '(missing)'}`,
    });
  }
  const { config, handle } = await open();
  try {
    await migrateToLatest(handle.db);
    const { folderEvidenceStore } = await import('@kaohe/server/evidence');
    const { ensureAdmin } = await import('@kaohe/server/bootstrap');
    const deps = {
      db: handle.db,
      config,
      now: () => new Date(),
      evidence: folderEvidenceStore(join(config.dataDir, 'evidence')),
    };
    const admin = await ensureAdmin(handle.db, config.adminPassword);
    const started = Date.now();
    const result = await seedDemoScale(deps, {
      units,
      log: (l) => process.stdout.write(`${l}\n`),
    }).catch((e: unknown) => {
      throw e instanceof DomainError ? new CliError(e.text) : e;
    });
    if (admin.generatedAdminPassword) {
      process.stdout.write(`admin / ${admin.generatedAdminPassword}\n`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      result.skipped
        ? locale === 'zh'
          ? '数据库中已有考核年度，未重复生成演示数据\n'
          : 'The database already has a cycle; demo data not generated again\n'
        : locale === 'zh'
          ? `演示数据已生成：${result.units}个单位，其中${result.approved}个已审定（${seconds}秒）\n`
          : `Demo data created: ${result.units} units, ${result.approved} approved (${seconds} s)\n`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}
