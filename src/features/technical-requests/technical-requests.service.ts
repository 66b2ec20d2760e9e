// Technical assistance requests (S9, L3): help for a solution's presales, design, deployment or development.
import type { Program } from '../../domain/program.ts';
import { addDays } from '../../domain/time.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { first, sql, type Row } from '../../platform/db/tables.ts';
import { AppError, invalid } from '../../platform/problems.ts';
import { refreshUnlocks } from '../../usecases/unlocks.ts';
import { findOfferRow } from '../offers/offers.queries.ts';
import { clockFields } from '../tasks/tasks.clock.ts';
import { insertTask } from '../../usecases/tasks.ts';
import { assertRoomToOpen } from '../../usecases/publishers.ts';
import { rememberLanguage } from '../conversations/conversations.service.ts';
import type { CreateTechnicalRequestBody, TechnicalRequestView } from './technical-requests.schema.ts';

/** A request's row with its offer's name and its task's clock. */
type RequestRow = Omit<Row<'technical_requests'>, 'stage' | 'status'> & {
  stage: TechnicalRequestView['stage'];
  status: TechnicalRequestView['status'];
  offer_name: Row<'offers'>['name'];
} & Pick<Row<'tasks'>, 'due_at' | 'contacted_at'>;

const REQUEST_SELECT = `
  SELECT r.*, o.name AS offer_name, t.due_at, t.contacted_at
  FROM technical_requests r JOIN offers o ON o.id = r.offer_id JOIN tasks t ON t.technical_request_id = r.id`;

export async function submitTechnicalRequest(
  tx: Tx,
  program: Program,
  publisherId: string,
  body: CreateTechnicalRequestBody,
  requestedBy: string,
  now: Date,
): Promise<TechnicalRequestView> {
  const eligibility = await refreshUnlocks(tx, program, publisherId, now);
  const technical = eligibility.benefits.filter((b) => b.benefit.activation === 'request');
  if (!technical.some((b) => b.state === 'available' || b.state === 'active')) {
    const expired = technical.some((b) => b.state === 'expired');
    throw new AppError(
      'benefit-not-available',
      expired
        ? 'Technical assistance has expired for this publisher (L5).'
        : 'Technical assistance is not available to this publisher.',
      { extensions: { reasons: technical.flatMap((b) => [...b.reasons, ...b.blockers]) } },
    );
  }
  await assertRoomToOpen(tx, publisherId, 'technical_requests');
  if (!(await findOfferRow(tx, publisherId, body.offerId))) {
    throw invalid([
      { pointer: '/body/offerId', code: 'unknown-offer', detail: "is not one of this publisher's offers" },
    ]);
  }
  const request = await first(
    tx,
    sql
      .insertInto('technical_requests')
      .values({
        publisher_id: publisherId,
        offer_id: body.offerId,
        stage: body.stage,
        solution: body.solution,
        description: body.description,
        requested_by: requestedBy,
        created_at: now,
      })
      .returning('id'),
  );
  await rememberLanguage(tx, requestedBy, body.language);
  const id = request!.id;
  await insertTask(tx, {
    publisherId,
    kind: 'technical-request',
    technicalRequestId: id,
    offerId: body.offerId,
    dueAt: addDays(now, program.windows.contactPromiseDays),
    now,
  });
  const created = await tx.query<RequestRow>(`${REQUEST_SELECT} WHERE r.id = $1`, [id]);
  return toView(created.rows[0]!, program, now);
}

export async function listTechnicalRequests(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<TechnicalRequestView[]> {
  const { rows } = await db.query<RequestRow>(
    `${REQUEST_SELECT} WHERE r.publisher_id = $1 ORDER BY r.created_at DESC, r.id`,
    [publisherId],
  );
  return rows.map((r) => toView(r, program, now));
}

function toView(r: RequestRow, program: Program, now: Date): TechnicalRequestView {
  return {
    id: r.id,
    publisherId: r.publisher_id,
    offerId: r.offer_id,
    offerName: r.offer_name,
    stage: r.stage,
    solution: r.solution,
    description: r.description,
    status: r.status,
    requestedAt: r.created_at.toISOString(),
    ...clockFields(r.due_at, r.contacted_at, program, now),
  };
}
