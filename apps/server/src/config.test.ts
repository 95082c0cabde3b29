import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePath } from '../../../scripts/bundle.mjs';
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
      pgliteWorker: false,
      adminPassword: undefined,
      publicUrl: null,
      allowedOrigins: [],
      sessionIdleMs: 30 * 60_000,
      sessionAbsoluteMs: 12 * 3_600_000,
      uploadMaxBytes: 20 * 1024 * 1024,
      evidenceMaxFilesPerItem: 20,
      evidenceMaxBytesPerAssessment: 500 * 1024 * 1024,
      https: false,
      seedDemo: true,
      trustProxy: 'loopback',
      smtpUrl: null,
      mailFrom: 'kaohe@localhost',
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
      KAOHE_PUBLIC_URL: 'https://Kaohe.Example.org/',
      KAOHE_ALLOWED_ORIGINS: ' https://kaohe.example.org , https://intranet.example.org ,',
      KAOHE_SESSION_IDLE_MINUTES: '15',
      KAOHE_SESSION_ABSOLUTE_HOURS: '8',
      KAOHE_UPLOAD_MAX_MB: '0.5',
      KAOHE_SEED_DEMO: 'no',
      KAOHE_SMTP_URL: 'smtp://mailer:secret@mail.example.org:587',
      KAOHE_MAIL_FROM: '考核系统 <kaohe@example.org>',
      KAOHE_PGLITE_WORKER: 'true',
    });
    expect(config).toEqual({
      env: 'production',
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://kaohe@db.internal:5432/kaohe',
      dataDir: '/var/lib/kaohe',
      pgliteWorker: true,
      adminPassword: 'a-long-admin-password',
      publicUrl: 'https://kaohe.example.org',
      allowedOrigins: ['https://kaohe.example.org', 'https://intranet.example.org'],
      sessionIdleMs: 15 * 60_000,
      sessionAbsoluteMs: 8 * 3_600_000,
      uploadMaxBytes: 512 * 1024,
      evidenceMaxFilesPerItem: 20,
      evidenceMaxBytesPerAssessment: 500 * 1024 * 1024,
      https: true,
      seedDemo: false,
      trustProxy: 'loopback',
      smtpUrl: 'smtp://mailer:secret@mail.example.org:587',
      mailFrom: '考核系统 <kaohe@example.org>',
      s3: null,
      // With PostgreSQL the DBA backs up: no automatic backups unless asked for.
      backup: {
        auto: false,
        dir: '/var/lib/kaohe/backups',
        time: { hour: 2, minute: 0 },
        keep: 14,
      },
    });
    expect(() => loadConfig({ KAOHE_SMTP_URL: 'http://mail.example.org' })).toThrow(
      /KAOHE_SMTP_URL/,
    );
    expect(() => loadConfig({ KAOHE_MAIL_FROM: 'not an address' })).toThrow(/KAOHE_MAIL_FROM/);
    expect(loadConfig({ KAOHE_TRUST_PROXY: '10.0.0.5, 192.168.1.0/24' }).trustProxy).toEqual([
      '10.0.0.5',
      '192.168.1.0/24',
    ]);
    expect(() => loadConfig({ KAOHE_TRUST_PROXY: 'everyone' })).toThrow(/KAOHE_TRUST_PROXY/);
  });

  describe('the public address', () => {
    it('decides https, and is an allowed origin', () => {
      expect(loadConfig({ KAOHE_PUBLIC_URL: 'http://kaohe.intranet:3000' })).toMatchObject({
        publicUrl: 'http://kaohe.intranet:3000',
        https: false,
        allowedOrigins: ['http://kaohe.intranet:3000'],
      });
      expect(loadConfig({ KAOHE_PUBLIC_URL: 'https://kaohe.intranet:443/' })).toMatchObject({
        publicUrl: 'https://kaohe.intranet',
        https: true,
      });
      // The same origin twice is listed once.
      expect(
        loadConfig({
          KAOHE_PUBLIC_URL: 'https://kaohe.example.org',
          KAOHE_ALLOWED_ORIGINS: 'https://kaohe.example.org,https://other.example.org',
        }).allowedOrigins,
      ).toEqual(['https://kaohe.example.org', 'https://other.example.org']);
    });

    it('is not implied by production: a plain-http intranet install works', () => {
      expect(loadConfig({ NODE_ENV: 'production' }).https).toBe(false);
    });

    it('KAOHE_COOKIE_SECURE alone still says "https", and may only agree with the public address', () => {
      expect(loadConfig({ KAOHE_COOKIE_SECURE: 'true' }).https).toBe(true);
      expect(loadConfig({ KAOHE_COOKIE_SECURE: 'false' }).https).toBe(false);
      expect(
        loadConfig({ KAOHE_PUBLIC_URL: 'https://kaohe.example.org', KAOHE_COOKIE_SECURE: 'yes' })
          .https,
      ).toBe(true);
      const message = refusal({
        KAOHE_PUBLIC_URL: 'https://kaohe.example.org',
        KAOHE_COOKIE_SECURE: 'false',
      });
      expect(message).toContain('KAOHE_COOKIE_SECURE: contradicts KAOHE_PUBLIC_URL');
      expect(
        refusal({ KAOHE_PUBLIC_URL: 'http://kaohe.intranet', KAOHE_COOKIE_SECURE: 'true' }),
      ).toContain('KAOHE_COOKIE_SECURE: ');
    });

    it.each([
      'kaohe.example.org',
      'ftp://kaohe.example.org',
      'https://',
      'https://kaohe.example.org/kaohe',
      'https://kaohe.example.org/?a=1',
      'https://kaohe.example.org/#top',
      'https://admin:secret@kaohe.example.org',
      'javascript:alert(1)',
    ])('refuses %s with a message naming KAOHE_PUBLIC_URL', (value) => {
      const message = refusal({ KAOHE_PUBLIC_URL: value });
      expect(message).toContain('KAOHE_PUBLIC_URL: an http:// or https:// address with no path');
      expect(message).not.toContain('secret');
    });
  });

  describe('demo data', () => {
    it('is seeded unless production, where only KAOHE_SEED_DEMO=true asks for it', () => {
      expect(loadConfig({}).seedDemo).toBe(true);
      expect(loadConfig({ NODE_ENV: 'test' }).seedDemo).toBe(true);
      expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
      expect(loadConfig({ NODE_ENV: 'production', KAOHE_SEED_DEMO: 'true' }).seedDemo).toBe(true);
      expect(loadConfig({ KAOHE_SEED_DEMO: 'false' }).seedDemo).toBe(false);
    });
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

  it('reads the S3 evidence store, refusing half a configuration in both languages', () => {
    expect(loadConfig({}).s3).toBeNull();
    expect(
      loadConfig({
        KAOHE_S3_BUCKET: 'kaohe-evidence',
        KAOHE_S3_ENDPOINT: 'http://127.0.0.1:9000',
        KAOHE_S3_ACCESS_KEY_ID: 'id',
        KAOHE_S3_SECRET_ACCESS_KEY: 'secret',
      }).s3,
    ).toEqual({
      bucket: 'kaohe-evidence',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
      prefix: 'evidence/',
    });
    expect(
      loadConfig({
        KAOHE_S3_BUCKET: 'kaohe',
        KAOHE_S3_REGION: 'cn-north-1',
        KAOHE_S3_PREFIX: 'kaohe/files/',
      }).s3,
    ).toMatchObject({
      endpoint: undefined,
      forcePathStyle: false,
      prefix: 'kaohe/files/',
      region: 'cn-north-1',
    });
    const noBucket = refusal({ KAOHE_S3_ENDPOINT: 'http://127.0.0.1:9000' });
    expect(noBucket).toContain('KAOHE_S3_BUCKET');
    expect(noBucket).toContain('未设置存储桶');
    expect(noBucket).toContain('needs KAOHE_S3_BUCKET');
    expect(refusal({ KAOHE_S3_BUCKET: 'Kaohe_Evidence' })).toContain('存储桶名称');
    expect(refusal({ KAOHE_S3_BUCKET: 'kaohe', KAOHE_S3_ENDPOINT: 'minio:9000' })).toContain(
      'KAOHE_S3_ENDPOINT',
    );
    expect(refusal({ KAOHE_S3_BUCKET: 'kaohe', KAOHE_S3_ACCESS_KEY_ID: 'id' })).toContain(
      'KAOHE_S3_SECRET_ACCESS_KEY: 访问密钥ID与密钥须同时设置',
    );
    expect(refusal({ KAOHE_S3_BUCKET: 'kaohe', KAOHE_S3_PREFIX: '/abs' })).toContain(
      'KAOHE_S3_PREFIX',
    );
  });

  it('backs up by itself in embedded mode: daily time, folder, how many kept', () => {
    expect(loadConfig({ KAOHE_DATA_DIR: '/srv/kaohe' }).backup).toEqual({
      auto: true,
      dir: '/srv/kaohe/backups',
      time: { hour: 2, minute: 0 },
      keep: 14,
    });
    expect(
      loadConfig({
        KAOHE_BACKUP_AUTO: 'false',
        KAOHE_BACKUP_DIR: '/mnt/usb/kaohe',
        KAOHE_BACKUP_TIME: '23:30',
        KAOHE_BACKUP_KEEP: '30',
      }).backup,
    ).toEqual({
      auto: false,
      dir: '/mnt/usb/kaohe',
      time: { hour: 23, minute: 30 },
      keep: 30,
    });
    expect(refusal({ KAOHE_BACKUP_TIME: '2:00' })).toContain('KAOHE_BACKUP_TIME: 应为24小时制时间');
    expect(refusal({ KAOHE_BACKUP_TIME: '24:00' })).toContain('KAOHE_BACKUP_TIME');
    expect(refusal({ KAOHE_BACKUP_KEEP: '0' })).toContain('KAOHE_BACKUP_KEEP: 应为1–1000的整数');
    expect(refusal({ KAOHE_BACKUP_KEEP: 'many' })).toContain('KAOHE_BACKUP_KEEP');
    expect(refusal({ KAOHE_BACKUP_AUTO: 'sometimes' })).toContain('KAOHE_BACKUP_AUTO');
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
    // The bundle `pnpm start` runs (built by testing/global-setup.ts).
    const run = spawnSync(process.execPath, [bundlePath('server')], {
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
