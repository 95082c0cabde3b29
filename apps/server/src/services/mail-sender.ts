/**
 * Sends the email queue (mail_outbox) after commit: claims due rows (a status transition
 * under `for update skip locked`, so two server processes never claim the same row),
 * sends each through nodemailer, marks it sent, or schedules the next attempt with
 * exponential backoff (1 min, 2, 4 … capped at 6 h) and gives up after MAX_ATTEMPTS.
 *
 * "Never twice": a row is sent only by the process holding its claim, and marked sent
 * right after the server accepts it. Only a crash between the SMTP server's acceptance
 * and that mark (or a send outliving its 5-minute claim) can repeat a message; SMTP
 * offers no way to close that window (decision 024).
 */
import { claimDueMail, type DbOrTx, markMailAttemptFailed, markMailSent } from '@kaohe/db';
import nodemailer from 'nodemailer';
import type { AppDeps } from '../context.ts';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function smtpTransport(url: string): MailTransport {
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail(mail);
    },
    close: () => transport.close(),
  };
}

export const MAX_ATTEMPTS = 8;
export const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 6 * 3_600_000;
const CLAIM_MS = 5 * 60_000;

/** The wait before attempt `attempts + 1`, after `attempts` failed ones. */
export const backoffMs = (attempts: number) =>
  Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_MS);

export interface DrainResult {
  sent: number;
  retrying: number;
  failed: number;
}

/** Sends everything due now; returns what happened. Safe to run in several processes at once. */
export async function drainOutbox(
  deps: { db: DbOrTx; now: () => Date; config: Pick<AppDeps['config'], 'mailFrom'> },
  transport: MailTransport,
  options: { batch?: number } = {},
): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, retrying: 0, failed: 0 };
  for (;;) {
    const claimed = await claimDueMail(deps.db, {
      now: deps.now(),
      limit: options.batch ?? 20,
      claimMs: CLAIM_MS,
    });
    if (claimed.length === 0) return result;
    for (const row of claimed) {
      try {
        await transport.send({
          from: deps.config.mailFrom,
          to: row.toAddress,
          subject: row.subject,
          text: row.body,
        });
        await markMailSent(deps.db, row.id, deps.now());
        result.sent++;
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        const retryAt =
          row.attempts >= MAX_ATTEMPTS
            ? null
            : new Date(deps.now().getTime() + backoffMs(row.attempts));
        await markMailAttemptFailed(deps.db, row.id, error, retryAt);
        if (retryAt) result.retrying++;
        else result.failed++;
      }
    }
  }
}

/**
 * The sender of one server process: drains soon after a `kick` (a commit that queued
 * email) and every `intervalMs` (retries that came due). One drain at a time.
 */
export class MailSender {
  private running: Promise<unknown> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: { db: DbOrTx; now: () => Date; config: AppDeps['config'] },
    private readonly transport: MailTransport,
    private readonly onError: (e: unknown) => void = (e) => console.error('mail sender', e),
  ) {}

  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = drainOutbox(this.deps, this.transport)
      .catch(this.onError)
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  start(intervalMs = 30_000): void {
    this.timer ??= setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Stops the timer and waits for a drain under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.transport.close();
  }
}
