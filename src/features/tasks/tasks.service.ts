// The rewards team's queue: every promise to a publisher is a task with a clock that a logged contact closes.
import type { Program } from '../../domain/program.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { change, sql } from '../../platform/db/tables.ts';
import { AppError, invalid, notFound } from '../../platform/problems.ts';
import { refreshUnlocks } from '../../usecases/unlocks.ts';
import { enqueueNotification, rewardRecipients } from '../../usecases/outbox.ts';
import { emitEvent } from '../../usecases/webhooks/emit.ts';
import { closeGrants } from '../sponsorships/sponsorships.service.ts';
import { clockFields } from './tasks.clock.ts';
import { toAskedView, toReachViews } from './tasks.asked.ts';
import {
  findAskedRow,
  findTaskRow,
  lockTaskRow,
  listContactRows,
  listTaskRows,
  type ContactRow,
  type TaskRow,
} from './tasks.queries.ts';
import type {
  AssignBody,
  LogContactBody,
  TaskDetail,
  TasksQuery,
  TaskView,
  ContactView,
} from './tasks.schema.ts';
import { taskSubject } from './tasks.subject.ts';

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
    const about = benefitName ?? task.offer_name ?? taskSubject(task.kind, program, null, null);
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

/** Claims a task for `me`; a task someone else holds is theirs until it is assigned over on purpose. */
export async function claimTask(
  tx: Tx,
  program: Program,
  taskId: string,
  me: string,
  now: Date,
): Promise<TaskView> {
  const task = await openTask(tx, taskId);
  if (task.assignee_id && task.assignee_id !== me)
    throw new AppError(
      'task-claimed',
      `${task.assignee_name ?? 'Another team member'} has this task; assign it to take it over.`,
    );
  return giveTask(tx, program, task, me, now);
}

/** Gives a task to a rewards team member or program admin, whoever has it; null puts it back in the queue. */
export async function assignTask(
  tx: Tx,
  program: Program,
  taskId: string,
  body: AssignBody,
  now: Date,
): Promise<TaskView> {
  return giveTask(tx, program, await openTask(tx, taskId), body.assigneeId, now);
}

async function giveTask(
  tx: Db,
  program: Program,
  task: TaskRow,
  assigneeId: string | null,
  now: Date,
): Promise<TaskView> {
  if (assigneeId) {
    const { rows } = await tx.query<{ ok: boolean }>(
      `SELECT active AND role IN ('rewards-team', 'program-admin') AS ok FROM users WHERE id = $1`,
      [assigneeId],
    );
    if (!rows[0]?.ok)
      throw invalid([
        {
          pointer: '/body/assigneeId',
          code: 'not-a-team-member',
          detail: 'must be an active rewards team member or program admin',
        },
      ]);
  }
  await change(
    tx,
    sql
      .updateTable('tasks')
      .set({ assignee_id: assigneeId, assigned_at: assigneeId === null ? null : now })
      .where('id', '=', task.id),
  );
  return toTaskView((await findTaskRow(tx, task.id))!, program, now);
}

async function openTask(tx: Tx, taskId: string): Promise<TaskRow> {
  const task = await lockTaskRow(tx, taskId);
  if (!task) throw notFound('task');
  if (task.status === 'done' || task.status === 'cancelled')
    throw new AppError('task-closed', `The task is ${task.status}.`);
  return task;
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

export function toContactView(c: ContactRow): ContactView {
  return {
    id: c.id,
    taskId: c.task_id,
    channel: c.channel,
    note: c.note,
    contactedBy: c.contacted_by,
    contactedByName: c.contacted_by_name,
    contactedAt: c.contacted_at.toISOString(),
  };
}

export function toTaskView(r: TaskRow, program: Program, now: Date): TaskView {
  const clock = clockFields(r.due_at, r.contacted_at, program, now);
  return {
    id: r.id,
    publisherId: r.publisher_id,
    companyName: r.company_name,
    mpnId: r.mpn_id,
    kind: r.kind,
    status: r.status,
    subject: taskSubject(r.kind, program, r.benefit_id, r.offer_name, r.dispute_decided ?? false),
    benefitId: r.benefit_id,
    offerName: r.offer_name,
    activationId: r.activation_id,
    technicalRequestId: r.technical_request_id,
    offerId: r.offer_id,
    supportTicketId: r.support_ticket_id,
    disputeId: r.dispute_id,
    disputeDecided: r.dispute_decided,
    offerChangeId: r.offer_change_id,
    createdAt: r.created_at.toISOString(),
    ...clock,
    promiseKept:
      r.status === 'cancelled'
        ? null
        : clock.clock === 'kept'
          ? true
          : clock.clock === 'missed' || clock.clock === 'late'
            ? false
            : null,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    assignedAt: r.assigned_at?.toISOString() ?? null,
    warnedAt: r.warned_at?.toISOString() ?? null,
    escalatedAt: r.escalated_at?.toISOString() ?? null,
    closedAt: r.closed_at?.toISOString() ?? null,
    cancelReason: r.cancel_reason,
  };
}
