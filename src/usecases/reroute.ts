// When a person is deactivated, what was theirs goes to someone who can act: a staff member's tasks go back to
// the queue (unassigned); a publisher user's offers go to the publisher's owners or admins, and messages still
// waiting for them are sent to the publisher's current recipients who do not have them yet. Idempotent.
import type { Db } from '../platform/db/pool.ts';
import { change, first, run, sql, type Row } from '../platform/db/tables.ts';
import type { JsonObject } from '../platform/db/schema.ts';
import type { MessageKind } from './messages.ts';
import { enqueueNotification, publisherLeads, rewardRecipients } from './outbox.ts';

/** Reroutes the open work of `userId` (deactivated) at `now`; answers how many items moved. */
export async function rerouteFromUser(tx: Db, userId: string, now: Date): Promise<number> {
  const user = await first(
    tx,
    sql
      .selectFrom('users')
      .select(['publisher_id', 'email', 'display_name', 'active'])
      .where('id', '=', userId),
  );
  if (!user || user.active) return 0;
  let moved = 0;
  moved += await change(
    tx,
    sql
      .updateTable('tasks')
      .set({ assignee_id: null, assigned_at: null })
      .where('assignee_id', '=', userId)
      .where('status', 'in', ['open', 'contacted']),
  );
  if (!user.publisher_id) {
    const staffMail = await tx.query(
      `UPDATE notifications SET status = 'cancelled', status_note = 'The recipient was deactivated.'
       WHERE publisher_id IS NULL AND lower(recipient_email) = lower($1) AND status IN ('queued', 'held', 'failed')`,
      [user.email],
    );
    return moved + (staffMail.rowCount ?? 0);
  }
  const publisherId = user.publisher_id;

  // Offers: the first active owner (or admin) takes them over and is told.
  const { rows: heirs } = await tx.query<Pick<Row<'users'>, 'id' | 'email'>>(
    `SELECT id, email FROM users WHERE publisher_id = $1 AND active AND role IN ('publisher-owner', 'publisher-admin')
     ORDER BY role <> 'publisher-owner', created_at, id LIMIT 1`,
    [publisherId],
  );
  const heir = heirs[0];
  const offers = await run(
    tx,
    sql
      .updateTable('offers')
      .set({ owner_user_id: heir?.id ?? null })
      .where('publisher_id', '=', publisherId)
      .where('owner_user_id', '=', userId)
      .where('status', '<>', 'delisted')
      .returning(['id', 'name']),
  );
  moved += offers.length;
  if (heir && offers.length > 0) {
    const lead = (await publisherLeads(tx, publisherId)).find(
      (r) => r.email.toLowerCase() === heir.email.toLowerCase(),
    );
    await enqueueNotification(tx, {
      publisherId,
      eventKey: `work-rerouted:offers:${userId}:${offers.map((o) => o.id).join(',')}`,
      kind: 'work-rerouted',
      recipientEmail: heir.email,
      language: lead?.language ?? 'en',
      payload: { fromName: user.display_name, what: offers.map((o) => o.name).join(', ') },
      now,
    });
  }

  // Messages still waiting for them (as a user or as a marketing contact) go to who hears now.
  const { rows: waiting } = await tx.query<
    Pick<Row<'notifications'>, 'id' | 'dedupe_key' | 'event_key'> & { kind: MessageKind; payload: JsonObject }
  >(
    `UPDATE notifications SET status = 'cancelled', status_note = 'The recipient was deactivated; sent to others.'
     WHERE publisher_id = $1 AND status IN ('queued', 'held', 'failed')
       AND lower(recipient_email) IN (SELECT lower($2) UNION SELECT lower(email) FROM marketing_contacts WHERE user_id = $3)
     RETURNING id, dedupe_key, event_key, kind, payload`,
    [publisherId, user.email, userId],
  );
  if (waiting.length > 0) {
    const contacts = await rewardRecipients(tx, publisherId);
    const recipients = contacts.length > 0 ? contacts : await publisherLeads(tx, publisherId);
    for (const message of waiting)
      for (const r of recipients)
        await enqueueNotification(tx, {
          publisherId,
          // The same event: a recipient who has its message already is not sent a second (unique key).
          eventKey: message.event_key ?? message.dedupe_key,
          kind: message.kind,
          recipientEmail: r.email,
          language: r.language,
          payload: message.payload,
          now,
        });
  }
  return moved + waiting.length;
}
