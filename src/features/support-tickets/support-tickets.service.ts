// Support tickets (S11): what a publisher opens when an offer went live and nobody got in touch.
import type { Program } from '../../domain/program.ts';
import { addDays } from '../../domain/time.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { first, sql, type Row } from '../../platform/db/tables.ts';
import { invalid } from '../../platform/problems.ts';
import { findOfferRow } from '../offers/offers.queries.ts';
import { clockFields } from '../tasks/tasks.clock.ts';
import { insertTask } from '../../usecases/tasks.ts';
import { assertRoomToOpen } from '../../usecases/publishers.ts';
import { rememberLanguage } from '../conversations/conversations.service.ts';
import type { CreateTicketBody, TicketView } from './support-tickets.schema.ts';

/** A ticket's row with its offer's name (null without an offer) and its task's clock. */
type TicketRow = Omit<Row<'support_tickets'>, 'status'> & {
  status: TicketView['status'];
  offer_name: Row<'offers'>['name'] | null;
} & Pick<Row<'tasks'>, 'due_at' | 'contacted_at'>;

const TICKET_SELECT = `
  SELECT s.*, o.name AS offer_name, t.due_at, t.contacted_at
  FROM support_tickets s LEFT JOIN offers o ON o.id = s.offer_id JOIN tasks t ON t.support_ticket_id = s.id`;

export async function openTicket(
  tx: Tx,
  program: Program,
  publisherId: string,
  body: CreateTicketBody,
  openedBy: string,
  now: Date,
): Promise<TicketView> {
  await assertRoomToOpen(tx, publisherId, 'support_tickets');
  if (body.offerId && !(await findOfferRow(tx, publisherId, body.offerId))) {
    throw invalid([
      { pointer: '/body/offerId', code: 'unknown-offer', detail: "is not one of this publisher's offers" },
    ]);
  }
  const ticket = await first(
    tx,
    sql
      .insertInto('support_tickets')
      .values({
        publisher_id: publisherId,
        offer_id: body.offerId ?? null,
        subject: body.subject,
        description: body.description,
        opened_by: openedBy,
        created_at: now,
      })
      .returning('id'),
  );
  await rememberLanguage(tx, openedBy, body.language);
  const id = ticket!.id;
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
