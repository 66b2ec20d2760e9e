// Sending deliveries (the `deliver-webhook` job). A worker claims a delivery (status `sending`, with its process
// key) in one transaction, sends it, and records the receiver's answer in another: 2xx delivered; anything else
// retried with backoff until WEBHOOK_MAX_ATTEMPTS, then failed; 410 Gone disables the subscription at once, and
// WEBHOOK_DISABLE_AFTER deliveries failed in a row disable it, with a notice to its owner. A job run twice finds
// the delivery done or claimed and does nothing; a claim of a worker that died is taken over (at least once: the
// receiver may get the same webhook-id again, which is what it deduplicates on).
import type pg from 'pg';
import { openSecret } from '../../platform/auth/mfa.ts';
import { inTransaction, type Db } from '../../platform/db/pool.ts';
import { workerGone } from '../../platform/jobs.ts';
import { addWebhookJob, type DeliveryJob, type DeliveryScope } from '../../usecases/webhooks/emit.ts';
import { postWebhook, type Attempt } from './webhooks.send.ts';
import { signedHeaders } from './webhooks.signing.ts';
import { disableSubscription } from './webhooks.notice.ts';
import type { TargetPolicy } from './webhooks.targets.ts';

export interface WebhookSettings {
  /** Which addresses a target may have (WEBHOOK_TARGETS). */
  policy: TargetPolicy;
  /** An attempt's limit from connection to the answer's end (WEBHOOK_TIMEOUT_SECONDS). */
  timeoutSeconds: number;
  /** Attempts before a delivery is failed (WEBHOOK_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** Deliveries failed in a row that disable a subscription (WEBHOOK_DISABLE_AFTER). */
  disableAfter: number;
  /** The key secrets are sealed under (WEBHOOK_SECRET_KEY); null: kept unsealed. */
  secretKey: Buffer | null;
  /** Where people reach the service (the notice's link). */
  publicUrl: string;
  /** The worker process's key (platform/jobs.ts): what makes a claim die with its process. */
  processKey: string;
}

export const DELIVERY_TABLE: Record<DeliveryScope, string> = {
  publisher: 'webhook_deliveries',
  program: 'webhook_program_deliveries',
};

/** Waits after attempt n (Standard Webhooks' example schedule), then a day; each with up to 10% jitter. */
const SCHEDULE_SECONDS = [5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400];
export function retryDelaySeconds(attempt: number, retryAfter: number | null = null): number {
  const base = SCHEDULE_SECONDS[Math.min(attempt, SCHEDULE_SECONDS.length) - 1] ?? 86400;
  const asked = retryAfter !== null ? Math.min(retryAfter, 86400) : 0;
  return Math.max(base, asked) + Math.floor(Math.random() * base * 0.1);
}

/** A `sending` delivery is taken over once its worker is gone and it is older than an attempt can last. */
export const takeoverAfterSeconds = (s: Pick<WebhookSettings, 'timeoutSeconds'>) => s.timeoutSeconds + 60;
const abandoned = (s: WebhookSettings) =>
  `d.last_attempt_at < now() - make_interval(secs => ${takeoverAfterSeconds(s)}) AND ${workerGone('d.sending_by')}`;

interface Claimed {
  id: string;
  event_id: string;
  subscription_id: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
  previous_secret: string | null;
  overlap: boolean;
}

export type WebhookOutcome = 'delivered' | 'retry' | 'failed' | 'skipped' | 'cancelled';

/** Sends one delivery. Safe to run any number of times, in any process. */
export async function deliverWebhook(
  pool: pg.Pool,
  job: DeliveryJob,
  settings: WebhookSettings,
): Promise<WebhookOutcome> {
  const s = { ...settings };
  const table = DELIVERY_TABLE[job.scope];
  if (inFlight.has(job.id)) return 'skipped';
  inFlight.add(job.id);
  try {
    const { rows } = await pool.query<Claimed>(
      `UPDATE ${table} d SET status = 'sending', sending_by = $2, attempts = d.attempts + 1,
         last_attempt_at = now()
       FROM webhook_subscriptions s
       WHERE d.id = $1 AND s.id = d.subscription_id AND s.enabled AND (
         (d.status = 'queued' AND d.next_attempt_at <= now() + interval '1 second')
         OR (d.status = 'sending' AND d.sending_by = $2)
         OR (d.status = 'sending' AND d.sending_by IS DISTINCT FROM $2 AND ${abandoned(s)}))
       RETURNING d.id, d.event_id, d.subscription_id, d.body, d.attempts, s.url, s.secret, s.previous_secret,
         coalesce(s.previous_secret_until > now(), false) AS overlap`,
      [job.id, s.processKey],
    );
    const claimed = rows[0];
    if (!claimed) {
      // A subscription disabled meanwhile: its waiting deliveries end here.
      const cancelled = await pool.query(
        `UPDATE ${table} d SET status = 'cancelled', last_error = 'The subscription was disabled.'
         FROM webhook_subscriptions s
         WHERE d.id = $1 AND s.id = d.subscription_id AND NOT s.enabled AND d.status = 'queued'`,
        [job.id],
      );
      return cancelled.rowCount ? 'cancelled' : 'skipped';
    }
    const secrets = [
      claimed.secret,
      ...(claimed.overlap && claimed.previous_secret ? [claimed.previous_secret] : []),
    ].map((sealed) => openSigningSecret(sealed, s.secretKey));
    const headers = signedHeaders(secrets, claimed.event_id, Math.floor(Date.now() / 1000), claimed.body);
    const attempt = await postWebhook(claimed.url, headers, claimed.body, {
      timeoutMs: s.timeoutSeconds * 1000,
      policy: s.policy,
      userAgent: 'MarketplaceRewards-Webhooks/1',
    });
    return await inTransaction(pool, (tx) => recordAttempt(tx, job.scope, claimed, attempt, s));
  } finally {
    inFlight.delete(job.id);
  }
}

/** Deliveries this process is sending now (their ids). */
const inFlight = new Set<string>();

/** A stored secret, opened; one sealed under a key that is not configured now says so. */
export function openSigningSecret(sealed: string, key: Buffer | null): string {
  if (!key && !sealed.startsWith('plain:'))
    throw new Error('A webhook secret is sealed but WEBHOOK_SECRET_KEY is not set.');
  return openSecret(sealed, key);
}

async function recordAttempt(
  tx: Db,
  scope: DeliveryScope,
  d: Claimed,
  attempt: Attempt,
  s: WebhookSettings,
): Promise<WebhookOutcome> {
  const table = DELIVERY_TABLE[scope];
  const ok = attempt.status !== null && attempt.status >= 200 && attempt.status < 300;
  const gone = attempt.status === 410;
  const final = ok || gone || d.attempts >= s.maxAttempts;
  const status = ok ? 'delivered' : final ? 'failed' : 'queued';
  const delay = final ? 0 : retryDelaySeconds(d.attempts, attempt.retryAfterSeconds);
  const { rows } = await tx.query<{ next_attempt_at: Date }>(
    `UPDATE ${table} SET status = $3, sending_by = NULL, last_status_code = $4, last_error = $5,
       delivered_at = CASE WHEN $3 = 'delivered' THEN now() ELSE delivered_at END,
       next_attempt_at = now() + make_interval(secs => $6),
       attempt_log = attempt_log || jsonb_build_array(jsonb_build_object('attempt', attempts, 'at', now(),
         'statusCode', $4::int, 'error', $5::text, 'durationMs', $7::int))
     WHERE id = $1 AND status = 'sending' AND sending_by = $2 RETURNING next_attempt_at`,
    [d.id, s.processKey, status, attempt.status, attempt.error, delay, attempt.durationMs],
  );
  if (!rows[0]) return 'skipped';
  if (ok) {
    await tx.query(`UPDATE webhook_subscriptions SET consecutive_failures = 0 WHERE id = $1`, [
      d.subscription_id,
    ]);
    return 'delivered';
  }
  if (!final) {
    await addWebhookJob(tx, { scope, id: d.id }, rows[0].next_attempt_at);
    return 'retry';
  }
  const { rows: counted } = await tx.query<{ consecutive_failures: number }>(
    `UPDATE webhook_subscriptions SET consecutive_failures = consecutive_failures + 1 WHERE id = $1
     RETURNING consecutive_failures`,
    [d.subscription_id],
  );
  const failures = counted[0]?.consecutive_failures ?? 0;
  if (gone || failures >= s.disableAfter)
    await disableSubscription(tx, d.subscription_id, gone ? 'gone' : 'failing', failures, s.publicUrl);
  return 'failed';
}

/**
 * Gives every delivery a worker again when its own was lost: claimed by a process that died longer ago than an
 * attempt can last, claimed by this process but not being sent, or queued and overdue by `graceSeconds` with no
 * job waiting for it. A delivery with two jobs is still sent once: the claim decides. Idempotent.
 */
export async function recoverWebhookDeliveries(
  db: Db,
  s: WebhookSettings,
  options: { graceSeconds: number; processKey?: string },
): Promise<number> {
  let n = 0;
  for (const scope of ['publisher', 'program'] as const) {
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM ${DELIVERY_TABLE[scope]} d
       WHERE (status = 'sending' AND ${abandoned(s)})
          OR (status = 'sending' AND sending_by = $2 AND NOT (id = ANY($3::uuid[])))
          OR (status = 'queued' AND next_attempt_at < now() - make_interval(secs => $1)
              AND NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j
                              WHERE j.key = 'webhook:' || d.id AND j.locked_at IS NULL))
       ORDER BY next_attempt_at LIMIT 1000`,
      [options.graceSeconds, options.processKey ?? null, [...inFlight]],
    );
    for (const { id } of rows) await addWebhookJob(db, { scope, id });
    n += rows.length;
  }
  return n;
}
