// The rewards team's queue: every promise to a publisher is a task with a clock that a logged contact closes.
import type { Program } from '../../domain/program.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { change, sql } from '../../platform/db/tables.ts';
import { AppError, notFound } from '../../platform/problems.ts';
import { refreshUnlocks } from '../../usecases/unlocks.ts';
import { enqueueNotification, rewardRecipients } from '../../usecases/outbox.ts';
import { emitEvent } from '../../usecases/webhooks/emit.ts';
import { closeGrants } from '../sponsorships/sponsorships.service.ts';
import { toAskedView, toReachViews } from './tasks.asked.ts';
import { openTask } from './tasks.assign.ts';
import { findAskedRow, findTaskRow, listContactRows, listTaskRows, type TaskRow } from './tasks.queries.ts';
import type { LogContactBody, TaskDetail, TasksQuery, TaskView } from './tasks.schema.ts';
import { taskSubject } from './tasks.subject.ts';
import { toContactView, toTaskView } from './tasks.view.ts';

/** The queue, the latest uncontacted work first (`listTaskRows`); `me` is the caller. */
export async function listTasks(
  db: Db,
  program: Program,
  query: TasksQuery,
  now: Date,
  me: string,
): Promise<TaskView[]> {
  const rows = await listTaskRows(db, {
    status: query.status ?? ['open', 'contacted'],
    kind: query.kind ?? null,
    clock: query.clock ?? null,
    assignee: query.assignee === 'me' ? me : (query.assignee?.toLowerCase() ?? null),
    publisherId: query.publisherId ?? null,
    limit: query.limit ?? 100,
    now,
    dueSoonHours: program.windows.dueSoonHours,
  });
  return rows.map((r) => toTaskView(r, program, now));
}

/** One task: its clock, the contacts logged on it, what was asked and whom to contact (three queries, not N+1). */
export async function getTask(db: Db, program: Program, taskId: string, now: Date): Promise<TaskDetail> {
  const row = await findTaskRow(db, taskId);
  const asked = await findAskedRow(db, taskId);
  if (!row || !asked) throw notFound('task');
  return {
    task: toTaskView(row, program, now),
    contacts: (await listContactRows(db, { taskId })).map(toContactView),
    asked: toAskedView(row, asked),
    whomToContact: toReachViews(asked),
  };
}

/** Logs a contact with the publisher. The first one stops the clock, moves the work in progress and tells them. */
export async function logContact(
  tx: Tx,
  program: Program,
  taskId: string,
  body: LogContactBody,
  by: string,
  now: Date,
): Promise<TaskView> {
  const task = await openTask(tx, taskId);
  await change(
    tx,
    sql.insertInto('task_contacts').values({
      task_id: task.id,
      publisher_id: task.publisher_id,
      channel: body.channel,
      note: body.note,
      contacted_by: by,
      contacted_at: now,
    }),
  );
  if (!task.contacted_at) {
    await change(
      tx,
      sql
        .updateTable('tasks')
        .set((eb) => ({
          contacted_at: now,
          status: 'contacted',
          assignee_id: eb.fn.coalesce('assignee_id', eb.val(by)),
          assigned_at: eb.fn.coalesce('assigned_at', eb.val(now)),
        }))
        .where('id', '=', task.id),
    );
    await setRelatedStatus(tx, task, 'in-progress');
    const benefitName = program.benefits.find((b) => b.id === task.benefit_id)?.name;
    const about =
      benefitName ??
      task.offer_name ??
      taskSubject(task.kind, program, null, null, task.answer_after_decision ?? false);
    for (const r of await rewardRecipients(tx, task.publisher_id))
      await enqueueNotification(tx, {
        publisherId: task.publisher_id,
        eventKey: `contact-logged:${task.id}`,
        kind: 'contact-logged',
        recipientEmail: r.email,
        language: r.language,
        payload: { taskId: task.id, about, channel: body.channel },
        now,
      });
    if (task.activation_id)
      await emitEvent(tx, {
        publisherId: task.publisher_id,
        type: 'activation.contacted',
        data: {
          publisherId: task.publisher_id,
          activationId: task.activation_id,
          taskId: task.id,
          channel: body.channel,
        },
        occurredAt: now,
        key: task.id,
      });
  }
  return toTaskView((await findTaskRow(tx, taskId))!, program, now);
}

/**
 * Completes a task: the benefit is fulfilled, the request, ticket or decided dispute closed. Completing counts as
 * contact. An undecided dispute's task is refused (409 dispute-needs-decision): it closes with its decision.
 */
export async function completeTask(tx: Tx, program: Program, taskId: string, now: Date): Promise<TaskView> {
  const task = await openTask(tx, taskId);
  if (task.dispute_id) {
    const { rows } = await tx.query(`SELECT 1 FROM disputes WHERE id = $1 AND decided_at IS NULL`, [
      task.dispute_id,
    ]);
    if (rows.length > 0)
      throw new AppError('dispute-needs-decision', 'A dispute ends with a decision: upheld or rejected.');
  }
  if (task.offer_change_id)
    throw new AppError(
      'offer-change-needs-decision',
      "Confirm or decline the publisher's change: the offer's facts stay as they are until then.",
    );
  await change(
    tx,
    sql
      .updateTable('tasks')
      .set((eb) => ({
        status: 'done',
        contacted_at: eb.fn.coalesce('contacted_at', eb.val(now)),
        closed_at: now,
      }))
      .where('id', '=', task.id),
  );
  await setRelatedStatus(tx, task, 'done');
  if (task.activation_id)
    await emitEvent(tx, {
      publisherId: task.publisher_id,
      type: 'activation.fulfilled',
      data: { publisherId: task.publisher_id, activationId: task.activation_id, taskId: task.id },
      occurredAt: now,
      key: task.id,
    });
  // A fulfilled benefit can be the prerequisite of others (listing optimization, L4).
  if (task.kind === 'activation') await refreshUnlocks(tx, program, task.publisher_id, now);
  return toTaskView((await findTaskRow(tx, taskId))!, program, now);
}

/** Cancels a task with a reason; its clock stops and keeps no promise. The related activation is cancelled too. */
export async function cancelTask(
  tx: Tx,
  program: Program,
  taskId: string,
  reason: string,
  now: Date,
): Promise<TaskView> {
  const task = await openTask(tx, taskId);
  await change(
    tx,
    sql
      .updateTable('tasks')
      .set({ status: 'cancelled', closed_at: now, cancel_reason: reason })
      .where('id', '=', task.id),
  );
  if (task.activation_id) {
    await change(
      tx,
      sql.updateTable('activations').set({ status: 'cancelled' }).where('id', '=', task.activation_id),
    );
    // A cancelled sponsorship's grant is closed with it (L9: it holds no next one back).
    await closeGrants(tx, { activationId: task.activation_id }, reason, now);
  }
  const closed = 'closed';
  if (task.technical_request_id)
    await change(
      tx,
      sql
        .updateTable('technical_requests')
        .set({ status: closed })
        .where('id', '=', task.technical_request_id),
    );
  if (task.support_ticket_id)
    await change(
      tx,
      sql.updateTable('support_tickets').set({ status: closed }).where('id', '=', task.support_ticket_id),
    );
  await tx.query(
    `UPDATE disputes SET status = 'closed' FROM tasks t WHERE t.id = $1 AND disputes.id = t.dispute_id`,
    [task.id],
  );
  // A change request whose task is cancelled is declined, with the reason: the publisher reads it on the offer.
  await tx.query(
    `UPDATE offer_change_requests r SET status = 'declined', decided_via = 'rewards-team', decided_at = $2, note = $3
     FROM tasks t WHERE t.id = $1 AND r.id = t.offer_change_id AND r.status = 'pending'`,
    [task.id, now, reason.slice(0, 1000)],
  );
  return toTaskView((await findTaskRow(tx, taskId))!, program, now);
}

async function setRelatedStatus(tx: Db, task: TaskRow, stage: 'in-progress' | 'done'): Promise<void> {
  if (task.activation_id) {
    await change(
      tx,
      sql
        .updateTable('activations')
        .set({ status: stage === 'done' ? 'fulfilled' : 'in-progress' })
        .where('id', '=', task.activation_id),
    );
  }
  const requestStatus = stage === 'done' ? 'closed' : 'in-progress';
  if (task.technical_request_id)
    await change(
      tx,
      sql
        .updateTable('technical_requests')
        .set({ status: requestStatus })
        .where('id', '=', task.technical_request_id),
    );
  if (task.support_ticket_id)
    await change(
      tx,
      sql
        .updateTable('support_tickets')
        .set({ status: requestStatus })
        .where('id', '=', task.support_ticket_id),
    );
  if (task.dispute_id)
    await change(
      tx,
      sql.updateTable('disputes').set({ status: requestStatus }).where('id', '=', task.dispute_id),
    );
}
