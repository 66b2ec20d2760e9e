// Support tickets (S11): what a publisher opens when an offer went live and nobody got in touch.
import type { Program } from '../../domain/program.ts';
import { addDays } from '../../domain/time.ts';
import type { Db } from '../../platform/db/pool.ts';
import { invalid } from '../../platform/problems.ts';
import { findOfferRow } from '../offers/offers.queries.ts';
import { clockFields } from '../tasks/tasks.clock.ts';
import { insertTask } from '../../usecases/tasks.ts';
import type { CreateTicketBody, TicketView } from './support-tickets.schema.ts';

interface TicketRow {
  id: string;
  publisher_id: string;
  offer_id: string | null;
  offer_name: string | null;
  subject: string;
  description: string;
  status: TicketView['status'];
  created_at: Date;
  due_at: Date;
  contacted_at: Date | null;
}

const TICKET_SELECT = `
  SELECT s.*, o.name AS offer_name, t.due_at, t.contacted_at
  FROM support_tickets s LEFT JOIN offers o ON o.id = s.offer_id JOIN tasks t ON t.support_ticket_id = s.id`;

export async function openTicket(
  tx: Db,
  program: Program,
  publisherId: string,
  body: CreateTicketBody,
  openedBy: string,
  now: Date,
): Promise<TicketView> {
  if (body.offerId && !(await findOfferRow(tx, publisherId, body.offerId))) {
    throw invalid([
      { pointer: '/body/offerId', code: 'unknown-offer', detail: "is not one of this publisher's offers" },
    ]);
  }
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO support_tickets (publisher_id, offer_id, subject, description, opened_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [publisherId, body.offerId ?? null, body.subject, body.description, openedBy, now],
  );
  const id = rows[0]!.id;
  await insertTask(tx, {
    publisherId,
    kind: 'support-ticket',
    supportTicketId: id,
    offerId: body.offerId ?? undefined,
    dueAt: addDays(now, program.windows.contactPromiseDays),
    now,
  });
  const created = await tx.query<TicketRow>(`${TICKET_SELECT} WHERE s.id = $1`, [id]);
  return toView(created.rows[0]!, program, now);
}

export async function listTickets(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<TicketView[]> {
  const { rows } = await db.query<TicketRow>(
    `${TICKET_SELECT} WHERE s.publisher_id = $1 ORDER BY s.created_at DESC, s.id`,
    [publisherId],
  );
  return rows.map((r) => toView(r, program, now));
}

function toView(r: TicketRow, program: Program, now: Date): TicketView {
  return {
    id: r.id,
    publisherId: r.publisher_id,
    offerId: r.offer_id,
    offerName: r.offer_name,
    subject: r.subject,
    description: r.description,
    status: r.status,
    openedAt: r.created_at.toISOString(),
    ...clockFields(r.due_at, r.contacted_at, program, now),
  };
}
