// Webhook subscriptions: program admins for every publisher (or one), a publisher's owners and admins for their
// own. A target is checked when it is given (WEBHOOK_TARGETS); the secret is made here, sealed, and shown once; a
// delivery is redelivered by hand from its first attempt with its event's id; a test event goes to one subscription.
import { sealSecret } from '../../platform/auth/mfa.ts';
import type { Tx, Db } from '../../platform/db/pool.ts';
import { AppError, invalid, notFound } from '../../platform/problems.ts';
import {
  eventBody,
  PROGRAM_EVENT_TYPES,
  TEST_EVENT_TYPE,
  type EventType,
} from '../../usecases/webhooks/catalog.ts';
import { assertPublisherExists } from '../../usecases/publishers.ts';
import { addWebhookJob } from '../../usecases/webhooks/emit.ts';
import {
  countSubscriptions,
  deleteSubscription,
  deliveryRows,
  insertSubscription,
  insertTestDelivery,
  requeueDelivery,
  rotateSecret,
  subscriptionRow,
  subscriptionRows,
  updateSubscription,
  type DeliveryRow,
  type Reach,
  type SubscriptionRow,
} from './webhooks.queries.ts';
import type {
  CreatedSubscription,
  DeliveriesQuery,
  DeliveryView,
  SubscriptionView,
  UpdateSubscriptionBody,
} from './webhooks.schema.ts';
import { newSigningSecret } from './webhooks.signing.ts';
import { targetProblem, type TargetPolicy } from './webhooks.targets.ts';

export interface WebhookConfig {
  targets: TargetPolicy;
  secretKey: Buffer | null;
}

/** Subscriptions a publisher (or the program) may have at once. */
export const MAX_SUBSCRIPTIONS = 10;

function toView(r: SubscriptionRow): SubscriptionView {
  return {
    id: r.id,
    publisherId: r.publisher_id,
    publisherName: r.publisher_name,
    url: r.url,
    description: r.description,
    eventTypes: r.event_types as EventType[],
    enabled: r.enabled,
    disabledAt: r.disabled_at?.toISOString() ?? null,
    disabledReason: r.disabled_reason,
    consecutiveFailures: r.consecutive_failures,
    previousSecretUntil: r.previous_secret_until?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    createdByName: r.created_by_name,
  };
}

function toDeliveryView(r: DeliveryRow): DeliveryView {
  const pending = r.status === 'queued' || r.status === 'sending';
  return {
    id: r.id,
    eventId: r.event_id,
    eventType: r.event_type,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: pending ? r.next_attempt_at.toISOString() : null,
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    createdAt: r.created_at.toISOString(),
    deliveredAt: r.delivered_at?.toISOString() ?? null,
    log: r.attempt_log.map((a) => ({ ...a, at: new Date(a.at).toISOString() })),
  };
}

async function checkTarget(url: string, config: WebhookConfig): Promise<void> {
  const problem = await targetProblem(url, config.targets);
  if (problem) throw invalid([{ pointer: '/body/url', code: 'target-refused', detail: problem }]);
}

/** The program's own events go to program-wide subscriptions only. */
function checkEventTypes(eventTypes: readonly string[], publisherId: string | null): void {
  const programOnly = eventTypes.filter((t) => (PROGRAM_EVENT_TYPES as readonly string[]).includes(t));
  if (publisherId !== null && programOnly.length > 0)
    throw invalid([
      {
        pointer: '/body/eventTypes',
        code: 'program-wide-only',
        detail: `${programOnly.join(', ')} concerns no publisher: only a program-wide subscription receives it`,
      },
    ]);
}

async function found(db: Db, id: string, reach: Reach, lock = false): Promise<SubscriptionRow> {
  const row = await subscriptionRow(db, id, reach, lock);
  if (!row) throw notFound('webhook subscription');
  return row;
}

export async function listSubscriptions(
  db: Db,
  publisherId: string | undefined,
): Promise<SubscriptionView[]> {
  return (await subscriptionRows(db, publisherId)).map(toView);
}

export async function getSubscription(db: Db, id: string, reach: Reach): Promise<SubscriptionView> {
  return toView(await found(db, id, reach));
}

/** A new subscription with a new secret, shown in this answer only. */
export async function createSubscription(
  tx: Tx,
  body: {
    url: string;
    eventTypes: EventType[];
    description?: string | undefined;
    publisherId: string | null;
  },
  createdBy: string,
  config: WebhookConfig,
  now: Date,
): Promise<CreatedSubscription> {
  checkEventTypes(body.eventTypes, body.publisherId);
  if (body.publisherId !== null) await assertPublisherExists(tx, body.publisherId);
  await checkTarget(body.url, config);
  if ((await countSubscriptions(tx, body.publisherId)) >= MAX_SUBSCRIPTIONS)
    throw new AppError(
      'webhook-limit',
      `At most ${MAX_SUBSCRIPTIONS} webhook subscriptions at once: remove one you no longer use first.`,
    );
  const secret = newSigningSecret();
  const id = await insertSubscription(tx, {
    publisherId: body.publisherId,
    url: body.url,
    description: body.description ?? '',
    eventTypes: body.eventTypes,
    secret: sealSecret(secret, config.secretKey),
    createdBy,
    now,
  });
  return { ...toView(await found(tx, id, 'program')), secret };
}

/** Changes the URL, events, note or state; enabling checks the target again and counts failures anew. */
export async function changeSubscription(
  tx: Tx,
  id: string,
  reach: Reach,
  body: UpdateSubscriptionBody,
  config: WebhookConfig,
  now: Date,
): Promise<SubscriptionView> {
  const row = await found(tx, id, reach, true);
  if (body.eventTypes) checkEventTypes(body.eventTypes, row.publisher_id);
  if (body.url !== undefined || body.enabled === true) await checkTarget(body.url ?? row.url, config);
  await updateSubscription(tx, id, body, now);
  return toView(await found(tx, id, reach));
}

/** A new secret, shown in this answer only; the old one signs too for `overlapHours` (a second signature). */
export async function rotateSubscriptionSecret(
  tx: Tx,
  id: string,
  reach: Reach,
  overlapHours: number,
  config: WebhookConfig,
): Promise<CreatedSubscription> {
  await found(tx, id, reach, true);
  const secret = newSigningSecret();
  await rotateSecret(tx, id, sealSecret(secret, config.secretKey), overlapHours);
  return { ...toView(await found(tx, id, reach)), secret };
}

export async function removeSubscription(tx: Tx, id: string, reach: Reach): Promise<void> {
  await found(tx, id, reach, true);
  await deleteSubscription(tx, id);
}

function assertEnabled(row: SubscriptionRow): void {
  if (!row.enabled)
    throw new AppError(
      'webhook-subscription-disabled',
      'The subscription is disabled: enable it first, then send or redeliver.',
    );
}

/** Sends a `webhook.test` event to this subscription only; the answer is its delivery, queued. */
export async function sendTestEvent(tx: Tx, id: string, reach: Reach, now: Date): Promise<DeliveryView> {
  const row = await found(tx, id, reach, true);
  assertEnabled(row);
  const body = eventBody(TEST_EVENT_TYPE, now, { subscriptionId: row.id, publisherId: row.publisher_id });
  const made = await insertTestDelivery(tx, { id: row.id, publisherId: row.publisher_id }, body, now);
  await addWebhookJob(tx, made);
  return toDeliveryView((await deliveryRows(tx, row.id, { limit: 1, id: made.id }))[0]!);
}

export async function listDeliveries(
  db: Db,
  id: string,
  reach: Reach,
  query: DeliveriesQuery,
): Promise<DeliveryView[]> {
  await found(db, id, reach);
  return (await deliveryRows(db, id, { status: query.status, limit: query.limit ?? 50 })).map(toDeliveryView);
}

/** Sends a delivery again by hand, from its first attempt, with the same webhook-id. */
export async function redeliver(tx: Tx, id: string, reach: Reach, deliveryId: string): Promise<DeliveryView> {
  const row = await found(tx, id, reach, true);
  const delivery = (await deliveryRows(tx, id, { limit: 1, id: deliveryId }))[0];
  if (!delivery) throw notFound('webhook delivery');
  assertEnabled(row);
  if (delivery.status === 'queued' || delivery.status === 'sending')
    throw new AppError(
      'webhook-delivery-pending',
      'This delivery is still being tried: its next attempt is on its way.',
    );
  await requeueDelivery(tx, delivery.scope, delivery.id);
  await addWebhookJob(tx, { scope: delivery.scope, id: delivery.id });
  return toDeliveryView((await deliveryRows(tx, id, { limit: 1, id: deliveryId }))[0]!);
}
