// Delivery of the outbox. A worker claims a message (status `sending`, with its process key) in one
// transaction, hands it to SMTP, and records the answer in another. A job run twice finds the message sent (or
// claimed by a live worker) and does nothing; a message claimed by a worker that died is claimed again.
import { setTimeout as wait } from 'node:timers/promises';
import type pg from 'pg';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { inTransaction } from '../../platform/db/pool.ts';
import { change, first, run, sql, type Row } from '../../platform/db/tables.ts';
import { workerGone } from '../../platform/jobs.ts';
import { MAX_SEND_SECONDS, type Mailer } from '../../platform/mail.ts';
import { AppError, notFound } from '../../platform/problems.ts';
import { renderMessage } from '../../usecases/messages.ts';
import { addDeliveryJob } from '../../usecases/outbox.ts';
import {
  lockNotificationRow,
  type MessageColumns,
  type NotificationRow,
  type OutboxRow,
} from './notifications.queries.ts';

export interface DeliverySettings {
  /** The SMTP transport; null keeps every message in the outbox (status `held`), readable and never lost. */
  mailer: Mailer | null;
  /** Attempts before a message is `failed` (NOTIFICATION_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** The right-hand side of every Message-ID (the PUBLIC_URL host). */
  messageIdDomain: string;
  /** The worker process's key (platform/jobs.ts): what makes a claim die with its process. */
  processKey: string;
}

/** Wait before attempt n+1: a minute, doubled each time, at most six hours. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(60 * 2 ** Math.max(0, attempt - 1), 6 * 3600);
}

export function messageIdOf(notificationId: string, domain: string): string {
  return `<${notificationId}@${domain}>`;
}

/** The rendered message of a row (rows queued before rendering was stored are rendered now). */
export function renderedOf(row: NotificationRow): { subject: string; text: string; html: string } {
  if (row.subject !== null && row.body_text !== null && row.body_html !== null)
    return { subject: row.subject, text: row.body_text, html: row.body_html };
  const r = renderMessage(row.kind, row.payload, row.language);
  return { subject: r.subject, text: r.text, html: r.html };
}

/**
 * A `sending` message is taken over only when its worker is gone AND its attempt is older than any send can last
 * (plus a minute): a worker whose liveness connection dropped may still be talking to the SMTP server.
 */
export const TAKEOVER_AFTER_SECONDS = MAX_SEND_SECONDS + 60;

/** SQL true when the `sending` row `n` may be taken over (its attempt is old enough and its worker is gone). */
const abandoned = `n.last_attempt_at < now() - make_interval(secs => ${TAKEOVER_AFTER_SECONDS})
  AND ${workerGone('n.sending_by')}`;

export type DeliveryOutcome = 'sent' | 'held' | 'skipped' | 'retry' | 'failed';

/** Delivers one message (the `deliver-notification` job). Safe to run any number of times, in any process. */
export async function deliverNotification(
  pool: pg.Pool,
  id: string,
  settings: DeliverySettings,
): Promise<DeliveryOutcome> {
  // The process key as the job starts: a worker started again under a new key finishes this job under the old.
  const s = { ...settings };
  if (!s.mailer) {
    const held = await change(
      pool,
      sql
        .updateTable('notifications')
        .set({ status: 'held', status_note: 'No mail transport is configured (SMTP_URL).' })
        .where('id', '=', id)
        .where('status', '=', 'queued'),
    );
    return held ? 'held' : 'skipped';
  }
  // One send of a message at a time in this process; a message this process claimed and is not sending (its
  // status write failed) is taken back by the next job, or only recorded when SMTP had accepted it already.
  if (inFlight.has(id)) return 'skipped';
  inFlight.add(id);
  try {
    const accepted = unrecorded.get(id);
    if (accepted === s.processKey) {
      await recordSent(pool, id, s.processKey);
      return 'sent';
    }
    const claimed = await inTransaction(pool, async (tx) => {
      const { rows } = await tx.query<NotificationRow>(
        `UPDATE notifications n SET status = 'sending', sending_by = $2, attempts = attempts + 1,
           last_attempt_at = now(), status_note = NULL
         WHERE id = $1 AND (
           (status IN ('queued', 'held') AND next_attempt_at <= now() + interval '1 second')
           OR (status = 'sending' AND sending_by = $2)
           OR (status = 'sending' AND sending_by IS DISTINCT FROM $2 AND ${abandoned}))
         RETURNING *`,
        [id, s.processKey],
      );
      return rows[0];
    });
    if (!claimed) return 'skipped';
    const message = renderedOf(claimed);
    try {
      await s.mailer.send({
        messageId: messageIdOf(claimed.id, s.messageIdDomain),
        to: claimed.recipient_email,
        subject: message.subject,
        text: message.text,
        html: message.html,
        language: claimed.language,
      });
    } catch (error) {
      return await withRetries(() => recordFailure(pool, claimed, error, s));
    }
    unrecorded.set(id, s.processKey);
    await recordSent(pool, id, s.processKey);
    return 'sent';
  } finally {
    inFlight.delete(id);
  }
}

/** Messages this process is sending now (their ids). */
const inFlight = new Set<string>();
/** Messages the SMTP server accepted whose `sent` row is not written yet, with the process key that sent them. */
const unrecorded = new Map<string, string>();

async function recordSent(pool: pg.Pool, id: string, processKey: string): Promise<void> {
  await withRetries(() =>
    change(
      pool,
      sql
        .updateTable('notifications')
        .set((eb) => ({ status: 'sent', sent_at: eb.fn<Date>('now'), sending_by: null, last_error: null }))
        .where('id', '=', id)
        .where('status', '=', 'sending')
        .where('sending_by', '=', processKey),
    ),
  );
  unrecorded.delete(id);
}

/** Runs a status write again after a transient error (a dropped connection, a failover): 4 tries in 1.5 s. */
async function withRetries<T>(write: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await write();
    } catch (error) {
      if (i >= 3) throw error;
      await wait(100 * 2 ** i);
    }
  }
}

/** nodemailer's codes and SMTP replies that say the server could not be reached or refused us, not the message. */
const TRANSPORT_CODES = ['EAUTH', 'ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS'];
const TRANSPORT_REPLIES = [421, 454, 530, 535];

export function isTransportProblem(error: unknown): boolean {
  const { code, responseCode } = error as { code?: string; responseCode?: number };
  return (
    (code !== undefined && TRANSPORT_CODES.includes(code)) ||
    (responseCode !== undefined && TRANSPORT_REPLIES.includes(responseCode))
  );
}

async function recordFailure(
  pool: pg.Pool,
  row: NotificationRow,
  error: unknown,
  s: DeliverySettings,
): Promise<DeliveryOutcome> {
  const code = (error as { responseCode?: number }).responseCode;
  const reason = `${code ? `${code} ` : ''}${(error as Error).message ?? String(error)}`.slice(0, 1000);
  // A permanent SMTP refusal (5xx) of the message will not change with time: it fails at once. A transport
  // problem (no connection, authentication refused) is not the message's: it stays queued, with backoff.
  const final =
    !isTransportProblem(error) && (row.attempts >= s.maxAttempts || (code !== undefined && code >= 500));
  return inTransaction(pool, async (tx) => {
    if (final) {
      await change(
        tx,
        sql
          .updateTable('notifications')
          .set((eb) => ({
            status: 'failed',
            failed_at: eb.fn<Date>('now'),
            sending_by: null,
            last_error: reason,
          }))
          .where('id', '=', row.id)
          .where('sending_by', '=', s.processKey),
      );
      return 'failed';
    }
    const { rows } = await tx.query<{ next: Row<'notifications'>['next_attempt_at'] }>(
      `UPDATE notifications SET status = 'queued', sending_by = NULL, last_error = $2,
         next_attempt_at = now() + make_interval(secs => $3)
       WHERE id = $1 AND sending_by = $4 RETURNING next_attempt_at AS next`,
      [row.id, reason, retryDelaySeconds(row.attempts), s.processKey],
    );
    if (rows[0]) await addDeliveryJob(tx, row.id, rows[0].next);
    return 'retry';
  });
}

/**
 * Gives every message a worker again when its own was lost: claimed by a process that died (SIGKILL between
 * SMTP and COMMIT, or before) longer ago than a send can last (`TAKEOVER_AFTER_SECONDS`), queued and overdue by `graceSeconds` with no job waiting for it (its job is held
 * by a dead worker, or gone), or held while no transport was configured and there is one now. A message that
 * ends up with two jobs is still sent once: the claim decides. Idempotent; safe in several processes.
 */
export async function recoverDeliveries(
  db: Db,
  options: {
    transport: boolean;
    graceSeconds: number;
    /** This process's key: its own `sending` messages that it is not sending now get a job too. */
    processKey?: string;
  },
): Promise<number> {
  const ids: string[] = [];
  if (options.transport) {
    const held = await run(
      db,
      sql
        .updateTable('notifications')
        .set((eb) => ({ status: 'queued', next_attempt_at: eb.fn<Date>('now'), status_note: null }))
        .where('status', '=', 'held')
        .returning('id'),
    );
    ids.push(...held.map((r) => r.id));
  }
  const { rows } = await db.query<Pick<Row<'notifications'>, 'id'>>(
    `SELECT id FROM notifications n
     WHERE (status = 'sending' AND ${abandoned})
        OR (status = 'sending' AND sending_by = $2 AND NOT (id = ANY($3::uuid[])))
        OR (status = 'queued' AND next_attempt_at < now() - make_interval(secs => $1)
            AND NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j
                            WHERE j.key = 'notification:' || n.id AND j.locked_at IS NULL))
     ORDER BY next_attempt_at LIMIT 1000`,
    [options.graceSeconds, options.processKey ?? null, [...inFlight]],
  );
  ids.push(...rows.map((r) => r.id));
  for (const id of ids) await addDeliveryJob(db, id);
  return ids.length;
}

/** Sends a failed (or held) message again from its first attempt (the console's Retry). */
export async function retryNotification(tx: Tx, id: string): Promise<OutboxRow> {
  const row = await lockNotificationRow(tx, id);
  if (!row) throw notFound('notification');
  if (row.status !== 'failed' && row.status !== 'held')
    throw new AppError(
      'notification-not-retryable',
      `The message is ${row.status}; only failed or held messages are retried.`,
    );
  const retried = await first(
    tx,
    sql
      .updateTable('notifications')
      .set((eb) => ({
        status: 'queued',
        attempts: 0,
        next_attempt_at: eb.fn<Date>('now'),
        failed_at: null,
        status_note: 'Retried from the console.',
      }))
      .where('id', '=', id)
      .returningAll()
      .$narrowType<MessageColumns>(),
  );
  await addDeliveryJob(tx, id);
  return { ...retried!, about_company_name: row.about_company_name };
}
