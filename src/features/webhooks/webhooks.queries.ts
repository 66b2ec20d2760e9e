// The SQL of webhook subscriptions and their deliveries (a publisher's deliveries and the program's own).
import type { Db } from '../../platform/db/pool.ts';
import type { DeliveryScope } from '../../usecases/webhooks/emit.ts';
import { DELIVERY_TABLE } from './webhooks.delivery.ts';

export interface SubscriptionRow {
  id: string;
  publisher_id: string | null;
  publisher_name: string | null;
  url: string;
  description: string;
  event_types: string[];
  secret: string;
  enabled: boolean;
  disabled_at: Date | null;
  disabled_reason: 'by-hand' | 'failing' | 'gone' | null;
  consecutive_failures: number;
  previous_secret_until: Date | null;
  created_at: Date;
  created_by_name: string;
}

/** Which subscriptions a caller reaches: one publisher's, or (program admins) every one. */
export type Reach = { publisherId: string } | 'program';

const SELECT = `SELECT s.id, s.publisher_id, p.company_name AS publisher_name, s.url, s.description, s.event_types,
    s.secret, s.enabled, s.disabled_at, s.disabled_reason, s.consecutive_failures,
    CASE WHEN s.previous_secret_until > now() THEN s.previous_secret_until END AS previous_secret_until,
    s.created_at, u.display_name AS created_by_name
  FROM webhook_subscriptions s JOIN users u ON u.id = s.created_by LEFT JOIN publishers p ON p.id = s.publisher_id`;

/** Subscriptions, newest first: one publisher's, or with `publisherId` undefined every one (program-wide first). */
export async function subscriptionRows(db: Db, publisherId: string | undefined): Promise<SubscriptionRow[]> {
  const { rows } = await db.query<SubscriptionRow>(
    `${SELECT} WHERE ($1::uuid IS NULL OR s.publisher_id = $1)
     ORDER BY s.publisher_id NULLS FIRST, s.created_at DESC, s.id`,
    [publisherId ?? null],
  );
  return rows;
}

/** One subscription the caller reaches (a publisher's own only), locked when `lock`; undefined otherwise. */
export async function subscriptionRow(
  db: Db,
  id: string,
  reach: Reach,
  lock = false,
): Promise<SubscriptionRow | undefined> {
  const { rows } = await db.query<SubscriptionRow>(
    `${SELECT} WHERE s.id = $1 AND ($2::uuid IS NULL OR s.publisher_id = $2) ${lock ? 'FOR UPDATE OF s' : ''}`,
    [id, reach === 'program' ? null : reach.publisherId],
  );
  return rows[0];
}

export async function countSubscriptions(db: Db, publisherId: string | null): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM webhook_subscriptions WHERE publisher_id IS NOT DISTINCT FROM $1`,
    [publisherId],
  );
  return rows[0]!.n;
}

export async function insertSubscription(
  db: Db,
  s: {
    publisherId: string | null;
    url: string;
    description: string;
    eventTypes: string[];
    secret: string;
    createdBy: string;
    now: Date;
  },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO webhook_subscriptions (publisher_id, url, description, event_types, secret, created_by, created_at,
       updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [s.publisherId, s.url, s.description, s.eventTypes, s.secret, s.createdBy, s.now],
  );
  return rows[0]!.id;
}

export async function updateSubscription(
  db: Db,
  id: string,
  change: { url?: string; eventTypes?: string[]; description?: string; enabled?: boolean },
  now: Date,
): Promise<void> {
  await db.query(
    `UPDATE webhook_subscriptions SET url = coalesce($2, url), event_types = coalesce($3, event_types),
       description = coalesce($4, description), updated_at = $5,
       enabled = coalesce($6, enabled),
       disabled_at = CASE WHEN $6 IS NULL THEN disabled_at WHEN $6 THEN NULL ELSE coalesce(disabled_at, now()) END,
       disabled_reason = CASE WHEN $6 IS NULL THEN disabled_reason WHEN $6 THEN NULL
                              ELSE coalesce(disabled_reason, 'by-hand') END,
       consecutive_failures = CASE WHEN $6 THEN 0 ELSE consecutive_failures END
     WHERE id = $1`,
    [
      id,
      change.url ?? null,
      change.eventTypes ?? null,
      change.description ?? null,
      now,
      change.enabled ?? null,
    ],
  );
}

/** A new secret; the old one signs too until `overlapHours` from now (the database's clock, as signing uses). */
export async function rotateSecret(db: Db, id: string, sealed: string, overlapHours: number): Promise<void> {
  await db.query(
    `UPDATE webhook_subscriptions SET previous_secret = CASE WHEN $3 > 0 THEN secret END,
       previous_secret_until = CASE WHEN $3 > 0 THEN now() + make_interval(hours => $3) END,
       secret = $2, updated_at = now() WHERE id = $1`,
    [id, sealed, overlapHours],
  );
}

/** Removes a subscription with its deliveries (the events stay: other subscriptions may have them). */
export async function deleteSubscription(db: Db, id: string): Promise<void> {
  await db.query(`DELETE FROM webhook_subscriptions WHERE id = $1`, [id]);
}

export interface DeliveryRow {
  scope: DeliveryScope;
  id: string;
  event_id: string;
  event_type: string;
  status: 'queued' | 'sending' | 'delivered' | 'failed' | 'cancelled';
  attempts: number;
  next_attempt_at: Date;
  last_status_code: number | null;
  last_error: string | null;
  attempt_log: {
    attempt: number;
    at: string;
    statusCode: number | null;
    error: string | null;
    durationMs: number;
  }[];
  created_at: Date;
  delivered_at: Date | null;
}

const DELIVERY_COLUMNS = `id, event_id, event_type, status, attempts, next_attempt_at, last_status_code, last_error,
  attempt_log, created_at, delivered_at`;

/** A subscription's deliveries, newest first, from both tables. */
export async function deliveryRows(
  db: Db,
  subscriptionId: string,
  filter: { status?: string | undefined; limit: number; id?: string },
): Promise<DeliveryRow[]> {
  const { rows } = await db.query<DeliveryRow>(
    `SELECT * FROM (
       SELECT 'publisher' AS scope, ${DELIVERY_COLUMNS} FROM webhook_deliveries WHERE subscription_id = $1
       UNION ALL
       SELECT 'program' AS scope, ${DELIVERY_COLUMNS} FROM webhook_program_deliveries WHERE subscription_id = $1) d
     WHERE ($2::text IS NULL OR status = $2) AND ($4::uuid IS NULL OR id = $4)
     ORDER BY created_at DESC, id LIMIT $3`,
    [subscriptionId, filter.status ?? null, filter.limit, filter.id ?? null],
  );
  return rows;
}

/** Puts a finished delivery back in the queue from its first attempt (its event and id unchanged). */
export async function requeueDelivery(db: Db, scope: DeliveryScope, id: string): Promise<void> {
  await db.query(
    `UPDATE ${DELIVERY_TABLE[scope]} SET status = 'queued', attempts = 0, next_attempt_at = now(), sending_by = NULL
     WHERE id = $1`,
    [id],
  );
}

/** A test event for one subscription: its own event row (a publisher's) and delivery; the delivery's id. */
export async function insertTestDelivery(
  db: Db,
  subscription: { id: string; publisherId: string | null },
  body: string,
  now: Date,
): Promise<{ scope: DeliveryScope; id: string }> {
  if (subscription.publisherId === null) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO webhook_program_deliveries (event_id, subscription_id, event_type, body, created_at)
       VALUES (gen_random_uuid(), $1, 'webhook.test', $2, $3) RETURNING id`,
      [subscription.id, body, now],
    );
    return { scope: 'program', id: rows[0]!.id };
  }
  const { rows } = await db.query<{ id: string }>(
    `WITH e AS (INSERT INTO webhook_events (publisher_id, type, body, occurred_at, dedupe_key)
                VALUES ($1, 'webhook.test', $2, $3, 'webhook.test:' || gen_random_uuid()) RETURNING id)
     INSERT INTO webhook_deliveries (publisher_id, event_id, subscription_id, event_type, body, created_at)
     SELECT $1, e.id, $4, 'webhook.test', $2, $3 FROM e RETURNING id`,
    [subscription.publisherId, body, now, subscription.id],
  );
  return { scope: 'publisher', id: rows[0]!.id };
}
