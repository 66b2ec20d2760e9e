// The outbox: messages are queued in the transaction of the event that causes them, once per dedupe key,
// rendered in the recipient's language, with the job that delivers them (same transaction).
import type { Db } from '../platform/db/pool.ts';
import { first, run, sql, type Row } from '../platform/db/tables.ts';
import { addJob } from '../platform/jobs.ts';
import { renderMessage, type MessageKind } from './messages.ts';

export const DELIVER_JOB = 'deliver-notification';

export interface NewNotification {
  /** The publisher the message is about and whose people may read it; null for staff messages. */
  publisherId: string | null;
  /**
   * The publisher the message is about when its people do not read it (`publisherId` null): a clock's warning or
   * escalation about one of its tasks, an invitation to one of its users. The console's outbox filters by it;
   * defaults to `publisherId`.
   */
  about?: string | null;
  /**
   * The event the message is about (without its recipient): one message per event and recipient (the dedupe key
   * is `<eventKey>:<lower-cased recipient>`), so a message rerouted to someone who has it already is not queued.
   */
  eventKey: string;
  kind: MessageKind;
  recipientEmail: string;
  language: string;
  payload: Record<string, unknown>;
  now: Date;
}

/** The engagements a publisher can opt out of (L8), and the messages each one stops. */
export const OPT_OUT_ENGAGEMENTS = ['all', 'welcome', 'announcements'] as const;
export type Engagement = (typeof OPT_OUT_ENGAGEMENTS)[number];
const STOPPED_BY: Record<Exclude<Engagement, 'all'>, readonly MessageKind[]> = {
  welcome: ['offer-live', 'welcome-lapsed'],
  announcements: [
    'benefit-unlocked',
    'sponsorship-unlocked',
    'self-serve-resources',
    'benefit-expiring',
    'benefit-refreshed',
  ],
};

/** The engagements whose opt-out stops `kind`; answers to the publisher's own requests are never stopped. */
export function engagementsStopping(kind: MessageKind): Engagement[] {
  const found = (Object.keys(STOPPED_BY) as (keyof typeof STOPPED_BY)[]).filter((e) =>
    STOPPED_BY[e].includes(kind),
  );
  return found.length > 0 ? ['all', ...found] : [];
}

export async function optedOut(db: Db, publisherId: string, engagements: Engagement[]): Promise<boolean> {
  if (engagements.length === 0) return false;
  const rows = await run(
    db,
    sql
      .selectFrom('publisher_opt_outs')
      .select('id')
      .where('publisher_id', '=', publisherId)
      .where('engagement', 'in', engagements)
      .where('withdrawn_at', 'is', null),
  );
  return rows.length > 0;
}

/**
 * Queues one message (none if this event's message to this recipient was queued before) and, in the same transaction, the job that
 * delivers it. A publisher that opted out of the engagement (L8) gets it recorded as suppressed, never sent.
 */
export async function enqueueNotification(db: Db, n: NewNotification): Promise<void> {
  const suppressed =
    n.publisherId !== null && (await optedOut(db, n.publisherId, engagementsStopping(n.kind)));
  const rendered = renderMessage(n.kind, n.payload, n.language);
  const inserted = await first(
    db,
    sql
      .insertInto('notifications')
      .values({
        publisher_id: n.publisherId,
        about_publisher_id: n.publisherId ?? n.about ?? null,
        dedupe_key: `${n.eventKey}:${n.recipientEmail.toLowerCase()}`,
        kind: n.kind,
        recipient_email: n.recipientEmail,
        language: n.language,
        payload: JSON.stringify(n.payload),
        created_at: n.now,
        subject: rendered.subject,
        body_text: rendered.text,
        body_html: rendered.html,
        status: suppressed ? 'suppressed' : 'queued',
        status_note: suppressed ? 'The publisher opted out of this engagement (L8).' : null,
        event_key: n.eventKey,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id'),
  );
  const id = inserted?.id;
  if (id && !suppressed) await addDeliveryJob(db, id);
}

/** The delivery job of a notification; one pending job per notification (its key). */
export async function addDeliveryJob(db: Db, notificationId: string, runAt?: Date): Promise<void> {
  await addJob(
    db,
    DELIVER_JOB,
    { id: notificationId },
    { jobKey: `notification:${notificationId}`, ...(runAt ? { runAt } : {}) },
  );
}

/** Who receives a message: an address (a marketing contact's, or a user's) and the language to write in. */
export type Recipient = Pick<Row<'marketing_contacts'>, 'email' | 'language'>;

/** Who hears about a publisher's rewards: its active marketing contacts, or else its active owners (S6). */
export async function rewardRecipients(db: Db, publisherId: string): Promise<Recipient[]> {
  const { rows } = await db.query<Recipient>(
    `SELECT c.email, c.language FROM marketing_contacts c JOIN users u ON u.id = c.user_id
     WHERE c.publisher_id = $1 AND u.active ORDER BY c.created_at, c.id`,
    [publisherId],
  );
  if (rows.length > 0) return rows;
  return publisherLeads(db, publisherId, ['publisher-owner']);
}

/**
 * A publisher's active users in `roles` (owners first), each in the language they gave as a marketing contact,
 * English otherwise.
 */
export async function publisherLeads(
  db: Db,
  publisherId: string,
  roles: string[] = ['publisher-owner', 'publisher-admin'],
): Promise<Recipient[]> {
  const { rows } = await db.query<Recipient>(
    `SELECT u.email, coalesce(
       (SELECT c.language FROM marketing_contacts c WHERE c.user_id = u.id ORDER BY c.updated_at DESC LIMIT 1), 'en'
     ) AS language
     FROM users u WHERE u.publisher_id = $1 AND u.role = ANY($2) AND u.active
     ORDER BY u.role <> 'publisher-owner', u.email`,
    [publisherId, roles],
  );
  return rows;
}

/** The language a user reads (from their marketing contact entry, if any), English otherwise. */
export async function userLanguage(db: Db, userId: string): Promise<string> {
  const contact = await first(
    db,
    sql
      .selectFrom('marketing_contacts')
      .select('language')
      .where('user_id', '=', userId)
      .orderBy('updated_at', 'desc')
      .limit(1),
  );
  return contact?.language ?? 'en';
}
