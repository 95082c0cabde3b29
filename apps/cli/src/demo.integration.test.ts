import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { rankingReport } from '@kaohe/db';
import { createDb } from '@kaohe/db/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePath } from '../../../scripts/bundle.mjs';

const run = promisify(execFile);
const CLI = bundlePath('cli');

/** `pnpm kaohe db migrate` and `pnpm kaohe demo seed`, as a user runs them: real processes, a real data folder. */
describe('pnpm kaohe db migrate / demo seed', () => {
  let dataDir: string;
  const env = () => ({ ...process.env, KAOHE_DATA_DIR: dataDir, DATABASE_URL: '', KAOHE_LANG: '' });
  const kaohe = (...args: string[]) =>
    run(process.execPath, [CLI, ...args], {
      env: env(),
      maxBuffer: 10 * 1024 * 1024,
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kaohe-demo-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('migrates, then seeds a realistic 2011 cycle with assessments at every stage', {
    timeout: 240_000,
  }, async () => {
    const migrated = await kaohe('db', 'migrate');
    expect(migrated.stdout).toMatch(/数据库已是最新（本次执行\d+个迁移：0001-initial/);
    const again = await kaohe('db', 'migrate');
    expect(again.stdout).toContain('本次执行0个迁移');

    const seeded = await kaohe('demo', 'seed');
    expect(seeded.stdout).toMatch(/演示数据已生成：\d+个演示账号/);

    const handle = await createDb({ dataDir: join(dataDir, 'pglite') });
    try {
      const db = handle.db;
      const units = await db.selectFrom('units').select(['unitTypeId']).execute();
      expect(units.length).toBeGreaterThanOrEqual(28);
      expect(new Set(units.map((u) => u.unitTypeId))).toEqual(
        new Set(['district', 'devZone', 'bureau']),
      );
      const stages = await db.selectFrom('assessments').select(['stage']).execute();
      const byStage = new Set(stages.map((s) => s.stage));
      for (const stage of [
        'selfScoring',
        'review',
        'returned',
        'bonus',
        'finalApproval',
        'approved',
      ]) {
        expect(byStage, stage).toContain(stage);
      }
      const roles = await db.selectFrom('users').select(['role']).execute();
      expect(new Set(roles.map((r) => r.role))).toEqual(
        new Set(['unit', 'department', 'chairman', 'admin']),
      );
      const departments = await db.selectFrom('departments').select('name').execute();
      expect(departments.map((d) => d.name)).toEqual(
        expect.arrayContaining(['组织部', '经审办', '财务部', '主席室']),
      );
      // Returns, bonus awards and remarks exist, and every step left its audit event.
      const returned = await db
        .selectFrom('itemReviews')
        .select('returnedReason')
        .where('status', '=', 'returned')
        .execute();
      expect(returned.length).toBeGreaterThan(0);
      expect(returned[0]!.returnedReason).toBeTruthy();
      expect((await db.selectFrom('bonusAwards').selectAll().execute()).length).toBeGreaterThan(0);
      // 等次 (issue 14): bands for 2011, so every approved unit has a grade, the others none.
      const [cycle] = await db.selectFrom('cycles').select('id').execute();
      const ranking = await rankingReport(db, { cycleId: cycle!.id });
      const approved = ranking.filter((r) => r.approved);
      expect(approved.length).toBeGreaterThan(0);
      for (const r of approved) expect(['优秀', '良好', '达标', '不达标']).toContain(r.grade);
      for (const r of ranking.filter((x) => !x.approved)) expect(r.grade).toBeNull();
      const remarks = await db
        .selectFrom('itemReviews')
        .select('remarks')
        .where('remarks', 'is not', null)
        .execute();
      expect(remarks.length).toBeGreaterThan(0);
      const actions = await db.selectFrom('auditEvents').select('action').distinct().execute();
      expect(actions.map((a) => a.action)).toEqual(
        expect.arrayContaining([
          'assessment.SUBMIT',
          'assessment.APPROVE',
          'itemScore.saveSelfScore',
          'bonus.award',
        ]),
      );
    } finally {
      await handle.close();
    }

    // Seeding twice does not duplicate anything.
    const twice = await kaohe('demo', 'seed');
    expect(twice.stdout).toContain('未重复生成演示数据');
  });
});
