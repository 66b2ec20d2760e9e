// A subscription that keeps failing (or whose receiver answered 410 Gone) is disabled, and its owner is told by
// mail: the program admin who created it, or else the publisher's owners and admins. In the transaction of the
// attempt that disabled it.
import type { Db } from '../../platform/db/pool.ts';
import { enqueueNotification, publisherLeads, userLanguage, type Recipient } from '../../usecases/outbox.ts';

export type DisabledReason = 'by-hand' | 'failing' | 'gone';

interface Disabled {
  id: string;
  publisher_id: string | null;
  url: string;
  created_by: string;
  disabled_at: Date;
  creator_email: string;
  creator_role: string;
  creator_active: boolean;
}

/** Disables the subscription (once) for `reason` and mails its owner; nothing when it was disabled already. */
export async function disableSubscription(
  tx: Db,
  subscriptionId: string,
  reason: Exclude<DisabledReason, 'by-hand'>,
  failures: number,
  publicUrl: string,
): Promise<void> {
  const { rows } = await tx.query<Disabled>(
    `UPDATE webhook_subscriptions s SET enabled = false, disabled_at = now(), disabled_reason = $2, updated_at = now()
     FROM users u WHERE s.id = $1 AND s.enabled AND u.id = s.created_by
     RETURNING s.id, s.publisher_id, s.url, s.created_by, s.disabled_at, u.email AS creator_email,
       u.role AS creator_role, u.active AS creator_active`,
    [subscriptionId, reason],
  );
  const sub = rows[0];
  if (!sub) return;
  const byAdmin = sub.creator_role === 'program-admin';
  const to: Recipient[] =
    byAdmin || sub.publisher_id === null
      ? sub.creator_active
        ? [{ email: sub.creator_email, language: await userLanguage(tx, sub.created_by) }]
        : []
      : await publisherLeads(tx, sub.publisher_id);
  const page =
    sub.publisher_id === null || byAdmin
      ? `${publicUrl}/console?tab=webhooks${sub.publisher_id ? `&publisher=${sub.publisher_id}` : ''}`
      : `${publicUrl}/settings#webhooks`;
  for (const r of to)
    await enqueueNotification(tx, {
      // A publisher's people read their own outbox; an admin's notice is staff mail about the publisher.
      publisherId: byAdmin ? null : sub.publisher_id,
      about: sub.publisher_id,
      eventKey: `webhook-disabled:${sub.id}:${sub.disabled_at.toISOString()}`,
      kind: 'webhook-disabled',
      recipientEmail: r.email,
      language: r.language,
      payload: { subscriptionId: sub.id, url: sub.url, reason, failures, page },
      now: sub.disabled_at,
    });
}
