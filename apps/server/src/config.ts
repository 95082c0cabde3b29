/**
 * Configuration from environment variables, validated once at start. A bad value stops
 * the start with a message naming the variable, in both languages.
 */
import { join, resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    /** PostgreSQL; unset means the embedded PGlite database in KAOHE_DATA_DIR. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
      .optional(),
    KAOHE_DATA_DIR: z.string().min(1).default('data'),
    /** The embedded database in the server's own thread (default) or a worker (decision 030). */
    KAOHE_PGLITE_WORKER: bool.default(false),
    /** The first admin's password; generated and printed once when unset. */
    KAOHE_ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').max(200).optional(),
    /**
     * The address people open, e.g. https://kaohe.example.org or http://kaohe.intranet:3000.
     * Decides the https-only headers and Secure cookies, which Host headers are answered,
     * and is an allowed origin for writes. Unset: any host, plain http.
     */
    KAOHE_PUBLIC_URL: z
      .string()
      .refine(
        isPublicUrl,
        'an http:// or https:// address with no path, e.g. https://kaohe.example.org',
      )
      .transform((v) => new URL(v).origin)
      .optional(),
    /** Origins allowed to send mutations, comma-separated; the server's own is always allowed. */
    KAOHE_ALLOWED_ORIGINS: z.string().default(''),
    KAOHE_SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    KAOHE_SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    KAOHE_UPLOAD_MAX_MB: z.coerce.number().min(0.01).max(200).default(20),
    /** 佐证材料 quotas: live (not deleted) files per item, and their megabytes per assessment. */
    KAOHE_EVIDENCE_MAX_FILES_PER_ITEM: z.coerce.number().int().min(1).max(1000).default(20),
    KAOHE_EVIDENCE_MAX_MB_PER_ASSESSMENT: z.coerce.number().min(1).max(100_000).default(500),
    /** Older name for "served over https"; with KAOHE_PUBLIC_URL it may only agree with it. */
    KAOHE_COOKIE_SECURE: bool.optional(),
    /** Demo data and accounts; unset means yes, except with NODE_ENV=production. */
    KAOHE_SEED_DEMO: bool.optional(),
    /**
     * Which proxies may set X-Forwarded-For (the client address behind sign-in throttling):
     * "loopback" (default: a proxy on this machine) or a comma-separated list of the proxies'
     * addresses or CIDR ranges.
     */
    KAOHE_TRUST_PROXY: z
      .string()
      .regex(
        /^(loopback|[0-9a-fA-F:./,\s]+)$/,
        'loopback, or addresses/CIDR ranges separated by commas',
      )
      .default('loopback'),
    /**
     * The mail server for 站内消息 copies by email, e.g. smtp://user:pass@mail.example.org:587
     * or smtps://mail.example.org. Unset: messages stay in the product, no email.
     */
    KAOHE_SMTP_URL: z
      .string()
      .refine(isSmtpUrl, 'an smtp:// or smtps:// address, e.g. smtp://mail.example.org:587')
      .optional(),
    /** The From of those emails; a plain address or "Name <address>". */
    KAOHE_MAIL_FROM: z
      .string()
      .regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/, 'an email address, e.g. kaohe@example.org')
      .default('kaohe@localhost'),
    /**
     * Evidence on S3-compatible object storage instead of the data folder: set the bucket
     * (and, for anything but AWS itself, the endpoint). Both keys or neither (then the
     * SDK's own chain: environment, profile, instance role).
     */
    KAOHE_S3_BUCKET: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        '存储桶名称应为3–63个小写字母、数字、点或连字符 / 3–63 lower-case letters, digits, dots or hyphens',
      )
      .optional(),
    KAOHE_S3_ENDPOINT: z
      .string()
      .refine(
        (v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol),
        '应为 http:// 或 https:// 地址，如 http://127.0.0.1:9000 / an http:// or https:// address, e.g. http://127.0.0.1:9000',
      )
      .optional(),
    KAOHE_S3_REGION: z.string().min(1).default('us-east-1'),
    KAOHE_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    KAOHE_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** bucket in the path (MinIO, s3rver) rather than the host name; default: yes with an endpoint. */
    KAOHE_S3_FORCE_PATH_STYLE: bool.optional(),
    /** Key prefix of the evidence objects in the bucket. */
    KAOHE_S3_PREFIX: z
      .string()
      .regex(
        /^([A-Za-z0-9._-]+\/)*$/,
        '应为以 / 结尾的路径，如 evidence/ / a path ending in /, e.g. evidence/',
      )
      .default('evidence/'),
    /**
     * Scheduled backups (database and evidence) by the server itself: on by default with
     * the embedded database, off with PostgreSQL (its DBA backs it up).
     */
    KAOHE_BACKUP_AUTO: bool.optional(),
    KAOHE_BACKUP_DIR: z.string().min(1).optional(),
    /** Local time of the daily backup, HH:MM. */
    KAOHE_BACKUP_TIME: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '应为24小时制时间，如 02:00 / a 24-hour time, e.g. 02:00')
      .default('02:00'),
    KAOHE_BACKUP_KEEP: z.coerce
      .number({ message: '应为1–1000的整数 / a whole number from 1 to 1000' })
      .int('应为1–1000的整数 / a whole number from 1 to 1000')
      .min(1, '应为1–1000的整数 / a whole number from 1 to 1000')
      .max(1000, '应为1–1000的整数 / a whole number from 1 to 1000')
      .default(14),
  })
  .superRefine((e, context) => {
    const s3Set = (
      [
        'KAOHE_S3_ENDPOINT',
        'KAOHE_S3_ACCESS_KEY_ID',
        'KAOHE_S3_SECRET_ACCESS_KEY',
        'KAOHE_S3_FORCE_PATH_STYLE',
      ] as const
    ).filter((k) => e[k] !== undefined);
    if (e.KAOHE_S3_BUCKET === undefined && s3Set.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['KAOHE_S3_BUCKET'],
        message: `已设置 ${s3Set.join('、')}，但未设置存储桶：佐证材料存到 S3 时必须设置 KAOHE_S3_BUCKET / ${s3Set.join(', ')} set but no bucket: evidence on S3 needs KAOHE_S3_BUCKET`,
      });
    }
    if ((e.KAOHE_S3_ACCESS_KEY_ID === undefined) !== (e.KAOHE_S3_SECRET_ACCESS_KEY === undefined)) {
      context.addIssue({
        code: 'custom',
        path: [
          e.KAOHE_S3_ACCESS_KEY_ID === undefined
            ? 'KAOHE_S3_ACCESS_KEY_ID'
            : 'KAOHE_S3_SECRET_ACCESS_KEY',
        ],
        message:
          '访问密钥ID与密钥须同时设置或同时不设置 / the access key id and the secret access key go together, or neither',
      });
    }
    if (e.KAOHE_PUBLIC_URL === undefined || e.KAOHE_COOKIE_SECURE === undefined) return;
    const https = e.KAOHE_PUBLIC_URL.startsWith('https:');
    if (e.KAOHE_COOKIE_SECURE !== https) {
      context.addIssue({
        code: 'custom',
        path: ['KAOHE_COOKIE_SECURE'],
        message: `contradicts KAOHE_PUBLIC_URL (${e.KAOHE_PUBLIC_URL}); leave it unset, the public address decides`,
      });
    }
  });

function isSmtpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
}

function isPublicUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === ''
  );
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** PGlite runs in a worker thread, not the request thread (KAOHE_PGLITE_WORKER; off by default). */
  pgliteWorker: boolean;
  adminPassword: string | undefined;
  /** The public origin (scheme, host, port; no trailing slash), when configured. */
  publicUrl: string | null;
  allowedOrigins: string[];
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  uploadMaxBytes: number;
  evidenceMaxFilesPerItem: number;
  evidenceMaxBytesPerAssessment: number;
  /**
   * People reach the product over https: Secure cookies, HSTS and the CSP's
   * upgrade-insecure-requests, all three or none (on plain http they blank the page).
   */
  https: boolean;
  seedDemo: boolean;
  trustProxy: string | string[];
  /** Email copies of messages: the SMTP address (null: none) and the From. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Evidence on S3-compatible storage; null: the folder `evidence` in the data directory. */
  s3: S3Config | null;
  backup: BackupConfig;
}

export interface S3Config {
  bucket: string;
  endpoint: string | undefined;
  region: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
  /** "evidence/": objects are `<prefix><uuid>`. */
  prefix: string;
}

export interface BackupConfig {
  /** The server backs itself up (KAOHE_BACKUP_AUTO; default: with the embedded database). */
  auto: boolean;
  dir: string;
  /** Daily, local time. */
  time: { hour: number; minute: number };
  keep: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(
      `配置错误，无法启动 / Invalid configuration, not starting:\n${lines.join('\n')}`,
    );
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.KAOHE_DATA_DIR),
    pgliteWorker: e.KAOHE_PGLITE_WORKER,
    adminPassword: e.KAOHE_ADMIN_PASSWORD,
    publicUrl: e.KAOHE_PUBLIC_URL ?? null,
    // The public address may always write: behind a proxy the Host header may not carry it.
    allowedOrigins: [
      ...new Set([
        ...e.KAOHE_ALLOWED_ORIGINS.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        ...(e.KAOHE_PUBLIC_URL ? [e.KAOHE_PUBLIC_URL] : []),
      ]),
    ],
    sessionIdleMs: e.KAOHE_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.KAOHE_SESSION_ABSOLUTE_HOURS * 3_600_000,
    uploadMaxBytes: Math.round(e.KAOHE_UPLOAD_MAX_MB * 1024 * 1024),
    evidenceMaxFilesPerItem: e.KAOHE_EVIDENCE_MAX_FILES_PER_ITEM,
    evidenceMaxBytesPerAssessment: Math.round(e.KAOHE_EVIDENCE_MAX_MB_PER_ASSESSMENT * 1024 * 1024),
    // Not "production means https": a plain-http intranet install in production must work.
    https: e.KAOHE_PUBLIC_URL
      ? e.KAOHE_PUBLIC_URL.startsWith('https:')
      : (e.KAOHE_COOKIE_SECURE ?? false),
    // Published demo passwords have no place in production unless asked for.
    seedDemo: e.KAOHE_SEED_DEMO ?? e.NODE_ENV !== 'production',
    trustProxy:
      e.KAOHE_TRUST_PROXY === 'loopback'
        ? 'loopback'
        : e.KAOHE_TRUST_PROXY.split(',')
            .map((x) => x.trim())
            .filter(Boolean),
    smtpUrl: e.KAOHE_SMTP_URL ?? null,
    mailFrom: e.KAOHE_MAIL_FROM,
    s3: e.KAOHE_S3_BUCKET
      ? {
          bucket: e.KAOHE_S3_BUCKET,
          endpoint: e.KAOHE_S3_ENDPOINT,
          region: e.KAOHE_S3_REGION,
          accessKeyId: e.KAOHE_S3_ACCESS_KEY_ID,
          secretAccessKey: e.KAOHE_S3_SECRET_ACCESS_KEY,
          forcePathStyle: e.KAOHE_S3_FORCE_PATH_STYLE ?? e.KAOHE_S3_ENDPOINT !== undefined,
          prefix: e.KAOHE_S3_PREFIX,
        }
      : null,
    backup: {
      // PGlite syncs nothing to disk (issue 17): without a backup a power cut can lose data.
      auto: e.KAOHE_BACKUP_AUTO ?? e.DATABASE_URL === undefined,
      dir: resolve(e.KAOHE_BACKUP_DIR ?? join(e.KAOHE_DATA_DIR, 'backups')),
      time: {
        hour: Number(e.KAOHE_BACKUP_TIME.slice(0, 2)),
        minute: Number(e.KAOHE_BACKUP_TIME.slice(3)),
      },
      keep: e.KAOHE_BACKUP_KEEP,
    },
  };
}
