// Retention (issue 19): what the service keeps no longer than the settings say, removed by a daily job. Client
// addresses and browsers of the audit trail (through its own redaction function) and of sessions after
// RETAIN_CLIENT_ADDRESSES_DAYS; the text of support tickets and technical requests closed more than
// RETAIN_CLOSED_TICKET_TEXT_MONTHS ago, and of the replies on them; webhook deliveries that ended more than
// RETAIN_WEBHOOK_DAYS ago, and the events no delivery waits on any more (a queued or retried one keeps its event).
// Each pass is idempotent (it changes only what is still there) and audited when it changed anything. 0 turns a
// setting off.
import { addDays, addMonths } from '../../domain/time.ts';
import type { Tx } from '../../platform/db/pool.ts';

export interface RetentionSettings {
  /** Days after which client addresses go; 0 keeps them. */
  clientAddressDays: number;
  /** Months after a ticket or request closed that its text goes; 0 keeps it. */
  closedTicketTextMonths: number;
  /** Days after which webhook deliveries that ended, and the events none waits on, go; 0 keeps them. */
  webhookDays: number;
}

export interface RetentionResult {
  auditEntries: number;
  sessions: number;
  tickets: number;
  requests: number;
  messages: number;
  webhookDeliveries: number;
  webhookEvents: number;
}

/** The conversations whose task closed before $1 (a reopened one has an open task again). */
const CLOSED = (column: 'support_ticket_id' | 'technical_request_id') =>
  `SELECT t.${column} FROM tasks t WHERE t.${column} IS NOT NULL AND t.status IN ('done', 'cancelled')
     AND t.closed_at < $1`;

/** Applies the retention settings as of `now` in `tx`, with its audit entry; answers what it changed. */
export async function applyRetention(
  tx: Tx,
  settings: RetentionSettings,
  now: Date,
): Promise<RetentionResult> {
  const result: RetentionResult = {
    auditEntries: 0,
    sessions: 0,
    tickets: 0,
    requests: 0,
    messages: 0,
    webhookDeliveries: 0,
    webhookEvents: 0,
  };
  if (settings.clientAddressDays > 0) {
    const before = addDays(now, -settings.clientAddressDays);
    const audit = await tx.query<{ n: number }>('SELECT audit_forget_addresses($1)::int AS n', [before]);
    result.auditEntries = audit.rows[0]!.n;
    const sessions = await tx.query(
      `UPDATE sessions SET ip = NULL, user_agent = NULL
       WHERE coalesce(ended_at, expires_at) < $1 AND (ip IS NOT NULL OR user_agent IS NOT NULL)`,
      [before],
    );
    result.sessions = sessions.rowCount ?? 0;
  }
  if (settings.closedTicketTextMonths > 0) {
    const before = addMonths(now, -settings.closedTicketTextMonths);
    const tickets = await tx.query(
      `UPDATE support_tickets SET subject = '', description = '', text_removed_at = $2
       WHERE text_removed_at IS NULL AND id IN (${CLOSED('support_ticket_id')})`,
      [before, now],
    );
    const requests = await tx.query(
      `UPDATE technical_requests SET description = '', text_removed_at = $2
       WHERE text_removed_at IS NULL AND id IN (${CLOSED('technical_request_id')})`,
      [before, now],
    );
    const messages = await tx.query(
      `UPDATE conversation_messages SET body = '', text_removed_at = $2
       WHERE text_removed_at IS NULL
         AND (support_ticket_id IN (${CLOSED('support_ticket_id')})
              OR technical_request_id IN (${CLOSED('technical_request_id')}))`,
      [before, now],
    );
    result.tickets = tickets.rowCount ?? 0;
    result.requests = requests.rowCount ?? 0;
    result.messages = messages.rowCount ?? 0;
  }
  if (settings.webhookDays > 0) {
    const before = addDays(now, -settings.webhookDays);
    // Ended by its last attempt (a delivery sent again by hand ends anew), or by its creation if never tried.
    const ENDED =
      "status IN ('delivered', 'failed', 'cancelled') AND coalesce(delivered_at, last_attempt_at, created_at) < $1";
    const deliveries = await tx.query(`DELETE FROM webhook_deliveries WHERE ${ENDED}`, [before]);
    const programDeliveries = await tx.query(`DELETE FROM webhook_program_deliveries WHERE ${ENDED}`, [
      before,
    ]);
    const events = await tx.query(
      `DELETE FROM webhook_events e WHERE e.occurred_at < $1
         AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.publisher_id = e.publisher_id AND d.event_id = e.id)`,
      [before],
    );
    result.webhookDeliveries = (deliveries.rowCount ?? 0) + (programDeliveries.rowCount ?? 0);
    result.webhookEvents = events.rowCount ?? 0;
  }
  if (Object.values(result).some((n) => n > 0))
    await tx.query(
      `INSERT INTO audit_log (at, actor_type, actor_label, action, outcome, detail)
       VALUES ($1, 'system', 'retention', 'retention', 'success', $2)`,
      [
        now,
        `client addresses removed from ${result.auditEntries} audit entries and ${result.sessions} sessions; ` +
          `text removed from ${result.tickets} tickets, ${result.requests} technical requests and ` +
          `${result.messages} replies; ${result.webhookDeliveries} webhook deliveries and ${result.webhookEvents} ` +
          'webhook events removed',
      ],
    );
  return result;
}
