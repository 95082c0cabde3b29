import { join } from 'node:path';
import { migrateToLatest } from '@kaohe/db';
import { createDb } from '@kaohe/db/client';
import type { Locale } from '@kaohe/domain';
import { loadConfig } from '@kaohe/server/config';

async function open() {
  const config = loadConfig();
  const handle = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
  });
  return { config, handle };
}

export async function migrate(locale: Locale): Promise<number> {
  const { handle } = await open();
  try {
    const applied = await migrateToLatest(handle.db);
    process.stdout.write(
      locale === 'zh'
        ? `数据库已是最新（本次执行${applied.length}个迁移${applied.length ? `：${applied.join('、')}` : ''}）\n`
        : `Database is up to date (${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''})\n`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

export async function demoSeed(locale: Locale): Promise<number> {
  const { config, handle } = await open();
  try {
    await migrateToLatest(handle.db);
    const { seedDemo } = await import('@kaohe/server/demo');
    const { folderEvidenceStore } = await import('@kaohe/server/evidence');
    const { ensureAdmin } = await import('@kaohe/server/bootstrap');
    const deps = {
      db: handle.db,
      config,
      now: () => new Date(),
      evidence: folderEvidenceStore(join(config.dataDir, 'evidence')),
    };
    const admin = await ensureAdmin(handle.db, config.adminPassword);
    const result = await seedDemo(deps, { log: (l) => process.stdout.write(`${l}\n`) });
    if (admin.generatedAdminPassword) {
      process.stdout.write(`admin / ${admin.generatedAdminPassword}\n`);
    }
    process.stdout.write(
      result.skipped
        ? locale === 'zh'
          ? '数据库中已有考核年度，未重复生成演示数据\n'
          : 'The database already has a cycle; demo data not generated again\n'
        : locale === 'zh'
          ? `演示数据已生成：${result.accounts.length}个演示账号\n`
          : `Demo data created: ${result.accounts.length} demo accounts\n`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}
