// Emitting an event: one row for the event (its id is every delivery's webhook-id) and one delivery row per
// subscription that follows it, each with its job, in the transaction of the change (the outbox, as for mail).
// A change that rolls back emits nothing; a change committed has its deliveries queued.
import type { Db } from '../../platform/db/pool.ts';
import { addJob } from '../../platform/jobs.ts';
import { eventBody, type EventData, type ProgramEventType, type PublisherEventType } from './catalog.ts';

export const DELIVER_WEBHOOK_JOB = 'deliver-webhook';

/** Where a delivery row lives: a publisher's event, or one of the program's own. */
export type DeliveryScope = 'publisher' | 'program';

export interface DeliveryJob {
  scope: DeliveryScope;
  id: string;
}

/** The job that sends one delivery; one pending job per delivery (its key). */
export async function addWebhookJob(db: Db, job: DeliveryJob, runAt?: Date): Promise<void> {
  await addJob(db, DELIVER_WEBHOOK_JOB, job, {
    jobKey: `webhook:${job.id}`,
    ...(runAt ? { runAt } : {}),
  });
}

/**
 * Emits a publisher's event: delivered to that publisher's subscriptions and to program-wide ones that follow
 * `type`, never to another publisher's. `key` names the change (an activation's id, a reply's id ...): the same
 * key emitted again is the same event, so a step run twice does not send twice. Costs one statement.
 */
export async function emitEvent<T extends PublisherEventType>(
  db: Db,
  event: { publisherId: string; type: T; data: EventData<T>; occurredAt: Date; key: string },
): Promise<void> {
  const body = eventBody(event.type, event.occurredAt, event.data);
  await db.query(
    `WITH e AS (
       INSERT INTO webhook_events (publisher_id, type, body, occurred_at, dedupe_key) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (publisher_id, dedupe_key) DO NOTHING RETURNING id),
     d AS (
       INSERT INTO webhook_deliveries (publisher_id, event_id, subscription_id, event_type, body, created_at)
       SELECT $1, e.id, s.id, $2, $3, $4 FROM e JOIN webhook_subscriptions s
         ON s.enabled AND $2 = ANY (s.event_types) AND (s.publisher_id = $1 OR s.publisher_id IS NULL)
       RETURNING id)
     SELECT graphile_worker.add_job('${DELIVER_WEBHOOK_JOB}', json_build_object('scope', 'publisher', 'id', d.id),
       job_key => 'webhook:' || d.id) FROM d`,
    [event.publisherId, event.type, body, event.occurredAt, `${event.type}:${event.key}`],
  );
}

/** Emits one of the program's own events to the program-wide subscriptions that follow it. */
export async function emitProgramEvent<T extends ProgramEventType>(
  db: Db,
  event: { type: T; data: EventData<T>; occurredAt: Date; key: string },
): Promise<void> {
  const body = eventBody(event.type, event.occurredAt, event.data);
  // The event's id is derived from its key, so that emitting it again finds the deliveries already there.
  await db.query(
    `WITH d AS (
       INSERT INTO webhook_program_deliveries (event_id, subscription_id, event_type, body, created_at)
       SELECT md5($4)::uuid, s.id, $1, $2, $3 FROM webhook_subscriptions s
       WHERE s.enabled AND s.publisher_id IS NULL AND $1 = ANY (s.event_types)
       ON CONFLICT (event_id, subscription_id) DO NOTHING RETURNING id)
     SELECT graphile_worker.add_job('${DELIVER_WEBHOOK_JOB}', json_build_object('scope', 'program', 'id', d.id),
       job_key => 'webhook:' || d.id) FROM d`,
    [event.type, body, event.occurredAt, `${event.type}:${event.key}`],
  );
}
