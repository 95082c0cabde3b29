/**
 * Configuration from environment variables, validated once at start. A bad value stops
 * the start with a message naming the variable, in both languages.
 */
import { resolve } from 'node:path';
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
  })
  .superRefine((e, context) => {
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
  };
}
