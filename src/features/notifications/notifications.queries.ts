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
