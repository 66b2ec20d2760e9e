// L8: a publisher may opt out of any engagement at any time. Recording it cancels the open welcome work and
// suppresses the messages still waiting; from then on none are queued for it (enqueueNotification, insertTask).
import type { Program } from '../../domain/program.ts';
import type { Db } from '../../platform/db/pool.ts';
import { change, first, type Row, run, sql } from '../../platform/db/tables.ts';
import { AppError, notFound } from '../../platform/problems.ts';
import { MESSAGE_KINDS } from '../../usecases/messages.ts';
import { engagementsStopping } from '../../usecases/outbox.ts';
import { outboxCounts } from '../notifications/notifications.queries.ts';
import { listContactRows } from '../tasks/tasks.queries.ts';
import { listTasks } from '../tasks/tasks.service.ts';
import { toContactView } from '../tasks/tasks.view.ts';
import type { OptOutBody, OptOutView } from './engagement.schema.ts';

/** The column's CHECK holds it to the engagements a publisher may opt out of. */
type KnownEngagement = Pick<OptOutView, 'engagement'>;
type OptOutRow = Omit<Row<'publisher_opt_outs'>, 'engagement'> & KnownEngagement;

const toView = (r: OptOutRow): OptOutView => ({
  id: r.id,
  publisherId: r.publisher_id,
  engagement: r.engagement,
  note: r.note,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at.toISOString(),
  withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
});

export async function recordOptOut(
  tx: Db,
  publisherId: string,
  body: OptOutBody,
  by: string,
  now: Date,
): Promise<OptOutView> {
  const optOut = await first(
    tx,
    sql
      .insertInto('publisher_opt_outs')
      .values({
        publisher_id: publisherId,
        engagement: body.engagement,
        note: body.note,
        recorded_by: by,
        recorded_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .$narrowType<KnownEngagement>(),
  );
  if (!optOut)
    throw new AppError('opt-out-exists', `The publisher has opted out of ${body.engagement} already.`);
  if (body.engagement !== 'announcements') {
    await change(
      tx,
      sql
        .updateTable('tasks')
        .set({ status: 'cancelled', closed_at: now, cancel_reason: 'The publisher opted out (L8).' })
        .where('publisher_id', '=', publisherId)
        .where('kind', '=', 'welcome')
        .where('status', 'in', ['open', 'contacted']),
    );
  }
  const stopped = MESSAGE_KINDS.filter((k) => engagementsStopping(k).includes(body.engagement));
  await change(
    tx,
    sql
      .updateTable('notifications')
      .set({ status: 'suppressed', status_note: 'The publisher opted out of this engagement (L8).' })
      .where('publisher_id', '=', publisherId)
      .where((eb) => eb('kind', '=', eb.fn.any(eb.val(stopped))))
      .where('status', 'in', ['queued', 'held', 'failed']),
  );
  return toView(optOut);
}

export async function withdrawOptOut(
  tx: Db,
  publisherId: string,
  optOutId: string,
  by: string,
  now: Date,
): Promise<OptOutView> {
  const optOut = await first(
    tx,
    sql
      .updateTable('publisher_opt_outs')
      .set((eb) => ({
        withdrawn_at: eb.fn.coalesce('withdrawn_at', eb.val(now)),
        withdrawn_by: eb.fn.coalesce('withdrawn_by', eb.val(by)),
      }))
      .where('id', '=', optOutId)
      .where('publisher_id', '=', publisherId)
      .returningAll()
      .$narrowType<KnownEngagement>(),
  );
  if (!optOut) throw notFound('opt-out');
  return toView(optOut);
}

export async function listOptOuts(db: Db, publisherId: string): Promise<OptOutView[]> {
  const optOuts = await run(
    db,
    sql
      .selectFrom('publisher_opt_outs')
      .selectAll()
      .where('publisher_id', '=', publisherId)
      .orderBy('recorded_at', 'desc')
      .orderBy('id')
      .$narrowType<KnownEngagement>(),
  );
  return optOuts.map(toView);
}

/** The rewards team's view of one publisher's engagement: its tasks, the contact history, opt-outs, its outbox. */
export async function engagementOf(db: Db, program: Program, publisherId: string, now: Date, me: string) {
  const tasks = await listTasks(
    db,
    program,
    { publisherId, status: ['open', 'contacted', 'done', 'cancelled'], limit: 500 },
    now,
    me,
  );
  return {
    tasks,
    contacts: (await listContactRows(db, { publisherId })).map(toContactView),
    optOuts: await listOptOuts(db, publisherId),
    outbox: await outboxCounts(db, publisherId),
  };
}
