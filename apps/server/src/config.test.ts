import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: resolve('data'),
      adminPassword: undefined,
      allowedOrigins: [],
      sessionIdleMs: 30 * 60_000,
      sessionAbsoluteMs: 12 * 3_600_000,
      uploadMaxBytes: 20 * 1024 * 1024,
      evidenceMaxFilesPerItem: 20,
      evidenceMaxBytesPerAssessment: 500 * 1024 * 1024,
      cookieSecure: false,
      seedDemo: true,
      trustProxy: 'loopback',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://kaohe@db.internal:5432/kaohe',
      KAOHE_DATA_DIR: '/var/lib/kaohe',
      KAOHE_ADMIN_PASSWORD: 'a-long-admin-password',
      KAOHE_ALLOWED_ORIGINS: ' https://kaohe.example.org , https://intranet.example.org ,',
      KAOHE_SESSION_IDLE_MINUTES: '15',
      KAOHE_SESSION_ABSOLUTE_HOURS: '8',
      KAOHE_UPLOAD_MAX_MB: '0.5',
      KAOHE_SEED_DEMO: 'no',
    });
    expect(config).toEqual({
      env: 'production',
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://kaohe@db.internal:5432/kaohe',
      dataDir: '/var/lib/kaohe',
      adminPassword: 'a-long-admin-password',
      allowedOrigins: ['https://kaohe.example.org', 'https://intranet.example.org'],
      sessionIdleMs: 15 * 60_000,
      sessionAbsoluteMs: 8 * 3_600_000,
      uploadMaxBytes: 512 * 1024,
      evidenceMaxFilesPerItem: 20,
      evidenceMaxBytesPerAssessment: 500 * 1024 * 1024,
      // Secure cookies by default in production.
      cookieSecure: true,
      seedDemo: false,
      trustProxy: 'loopback',
    });
    expect(loadConfig({ KAOHE_TRUST_PROXY: '10.0.0.5, 192.168.1.0/24' }).trustProxy).toEqual([
      '10.0.0.5',
      '192.168.1.0/24',
    ]);
    expect(() => loadConfig({ KAOHE_TRUST_PROXY: 'everyone' })).toThrow(/KAOHE_TRUST_PROXY/);
    expect(loadConfig({ NODE_ENV: 'production', KAOHE_COOKIE_SECURE: 'false' }).cookieSecure).toBe(
      false,
    );
  });

  it('reads the evidence quotas, refusing nonsense', () => {
    expect(
      loadConfig({
        KAOHE_EVIDENCE_MAX_FILES_PER_ITEM: '5',
        KAOHE_EVIDENCE_MAX_MB_PER_ASSESSMENT: '1.5',
      }),
    ).toMatchObject({ evidenceMaxFilesPerItem: 5, evidenceMaxBytesPerAssessment: 1572864 });
    expect(refusal({ KAOHE_EVIDENCE_MAX_FILES_PER_ITEM: '0' })).toContain(
      'KAOHE_EVIDENCE_MAX_FILES_PER_ITEM',
    );
    expect(refusal({ KAOHE_EVIDENCE_MAX_FILES_PER_ITEM: '2.5' })).toContain(
      'KAOHE_EVIDENCE_MAX_FILES_PER_ITEM',
    );
    expect(refusal({ KAOHE_EVIDENCE_MAX_MB_PER_ASSESSMENT: 'lots' })).toContain(
      'KAOHE_EVIDENCE_MAX_MB_PER_ASSESSMENT',
    );
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '0'],
    ['PORT', '65536'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://root@localhost/kaohe'],
    ['DATABASE_URL', 'localhost:5432'],
    ['NODE_ENV', 'staging'],
    ['KAOHE_SESSION_IDLE_MINUTES', '0'],
    ['KAOHE_UPLOAD_MAX_MB', 'lots'],
    ['KAOHE_ADMIN_PASSWORD', 'short'],
    ['KAOHE_SEED_DEMO', 'maybe'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    const message = refusal({ [name]: value });
    expect(message).toMatch(/^配置错误，无法启动 \/ Invalid configuration, not starting:\n/);
    expect(message).toContain(`  ${name}: `);
  });

  it('says why a DATABASE_URL is wrong, and lists every bad variable at once', () => {
    const message = refusal({ DATABASE_URL: 'mysql://x', PORT: 'eighty' });
    expect(message).toContain('DATABASE_URL: must start with postgres://');
    expect(message).toContain('PORT: ');
    expect(message.split('\n')).toHaveLength(3);
  });

  it('never echoes the admin password it refuses', () => {
    expect(refusal({ KAOHE_ADMIN_PASSWORD: 'sekrit' })).not.toContain('sekrit');
  });

  it('a bad value stops the start with that message and exit status 1', () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, PORT: 'not-a-port', DATABASE_URL: '', KAOHE_DATA_DIR: '/nonexistent' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('配置错误，无法启动 / Invalid configuration, not starting:');
    expect(run.stderr).toContain('PORT: ');
    expect(run.stdout).not.toContain('kaohe is running');
  });
});
