// L8: a publisher may opt out of any engagement at any time. Recording it cancels the open welcome work and
// suppresses the messages still waiting; from then on none are queued for it (enqueueNotification, insertTask).
import type { Program } from '../../domain/program.ts';
import type { Db } from '../../platform/db/pool.ts';
import { AppError, notFound } from '../../platform/problems.ts';
import { MESSAGE_KINDS } from '../../usecases/messages.ts';
import { engagementsStopping } from '../../usecases/outbox.ts';
import { outboxCounts } from '../notifications/notifications.queries.ts';
import { listContactRows } from '../tasks/tasks.queries.ts';
import { listTasks, toContactView } from '../tasks/tasks.service.ts';
import type { OptOutBody, OptOutView } from './engagement.schema.ts';

interface OptOutRow {
  id: string;
  publisher_id: string;
  engagement: OptOutView['engagement'];
  note: string;
  recorded_by: string;
  recorded_at: Date;
  withdrawn_at: Date | null;
}

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
  const { rows } = await tx.query<OptOutRow>(
    `INSERT INTO publisher_opt_outs (publisher_id, engagement, note, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING *`,
    [publisherId, body.engagement, body.note, by, now],
  );
  if (!rows[0])
    throw new AppError('opt-out-exists', `The publisher has opted out of ${body.engagement} already.`);
  if (body.engagement !== 'announcements') {
    await tx.query(
      `UPDATE tasks SET status = 'cancelled', closed_at = $2, cancel_reason = 'The publisher opted out (L8).'
       WHERE publisher_id = $1 AND kind = 'welcome' AND status IN ('open', 'contacted')`,
      [publisherId, now],
    );
  }
  const stopped = MESSAGE_KINDS.filter((k) => engagementsStopping(k).includes(body.engagement));
  await tx.query(
    `UPDATE notifications SET status = 'suppressed', status_note = 'The publisher opted out of this engagement (L8).'
     WHERE publisher_id = $1 AND kind = ANY($2) AND status IN ('queued', 'held', 'failed')`,
    [publisherId, stopped],
  );
  return toView(rows[0]);
}

export async function withdrawOptOut(
  tx: Db,
  publisherId: string,
  optOutId: string,
  by: string,
  now: Date,
): Promise<OptOutView> {
  const { rows } = await tx.query<OptOutRow>(
    `UPDATE publisher_opt_outs SET withdrawn_at = coalesce(withdrawn_at, $3), withdrawn_by = coalesce(withdrawn_by, $4)
     WHERE id = $1 AND publisher_id = $2 RETURNING *`,
    [optOutId, publisherId, now, by],
  );
  if (!rows[0]) throw notFound('opt-out');
  return toView(rows[0]);
}

export async function listOptOuts(db: Db, publisherId: string): Promise<OptOutView[]> {
  const { rows } = await db.query<OptOutRow>(
    `SELECT * FROM publisher_opt_outs WHERE publisher_id = $1 ORDER BY recorded_at DESC, id`,
    [publisherId],
  );
  return rows.map(toView);
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
