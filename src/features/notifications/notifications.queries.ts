// The outbox: messages are queued in the transaction of the event that causes them, once per dedupe key.
// Sending them is the notification workers' job.
import type { Db } from '../../platform/db/pool.ts';

export interface NewNotification {
  publisherId: string | null;
  /** Identifies the message across retries: the same event and recipient queue one message. */
  dedupeKey: string;
  kind: string;
  recipientEmail: string;
  language: string;
  payload: Record<string, unknown>;
  now: Date;
}

export async function enqueueNotification(db: Db, n: NewNotification): Promise<void> {
  await db.query(
    `INSERT INTO notifications (publisher_id, dedupe_key, kind, recipient_email, language, payload, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (dedupe_key) DO NOTHING`,
    [n.publisherId, n.dedupeKey, n.kind, n.recipientEmail, n.language, JSON.stringify(n.payload), n.now],
  );
}

export interface Recipient {
  email: string;
  language: string;
}

/** Who hears about a publisher's rewards: its active marketing contacts, or else its active owners (S6). */
export async function rewardRecipients(db: Db, publisherId: string): Promise<Recipient[]> {
  const { rows } = await db.query<Recipient>(
    `SELECT c.email, c.language FROM marketing_contacts c JOIN users u ON u.id = c.user_id
     WHERE c.publisher_id = $1 AND u.active ORDER BY c.created_at, c.id`,
    [publisherId],
  );
  if (rows.length > 0) return rows;
  const owners = await db.query<Recipient>(
    `SELECT email, 'en' AS language FROM users WHERE publisher_id = $1 AND role = 'publisher-owner' AND active ORDER BY email`,
    [publisherId],
  );
  return owners.rows;
}

export interface NotificationRow {
  id: string;
  kind: string;
  recipient_email: string;
  language: string;
  payload: Record<string, unknown>;
  status: string;
  created_at: Date;
  sent_at: Date | null;
}

export async function listNotificationRows(db: Db, publisherId: string): Promise<NotificationRow[]> {
  const { rows } = await db.query<NotificationRow>(
    `SELECT id, kind, recipient_email, language, payload, status, created_at, sent_at FROM notifications
     WHERE publisher_id = $1 ORDER BY created_at DESC, id LIMIT 200`,
    [publisherId],
  );
  return rows;
}
